/**
 * ROUNDTABLE's core (src/core/roundTable.ts) against the contract in FUNCTIONS.md, judged by an
 * independent BigInt reference (test/support/roundTableReference.ts).
 */
import { InputError, roundTableWithTotals } from "../../src/core";
import { roundTable } from "../../src/core/roundTable";
import { readExactFractions, readSafeFractions } from "../../src/core/tableFractions";
import { KINDS, random, table, type Kind } from "../support/randomTables";
import { fewestAway, judge } from "../support/roundTableReference";

describe("ROUNDTABLE on 10.000 random tables, judged exactly", () => {
  test("adds up both ways, every figure its exact value rounded down or up, grand total = ROUND", () => {
    const next = random(20261130);
    let cells = 0;
    for (let run = 0; run < 10_000; run++) {
      // Mostly small tables, a few at the full 200 × 20, so that the run takes seconds.
      const big = run % 1000 === 0;
      const rows = big ? 200 : 1 + Math.floor(200 * next() ** 10);
      const columns = big ? 20 : 1 + Math.floor(20 * next() ** 4);
      const decimals = Math.floor(next() * 7) - 3;
      const kind = KINDS[run % KINDS.length] as Kind;
      const values = table(next, rows, columns, decimals, kind);
      const { problems } = judge(values, decimals, roundTableWithTotals(values, decimals));
      if (problems.length > 0) {
        throw new Error(
          `run ${run}, decimals ${decimals}: ${problems.slice(0, 3).join("; ")}\n${JSON.stringify(values)}`,
        );
      }
      cells += rows * columns;
    }
    expect(cells).toBeGreaterThan(100_000);
  });

  test("tables up to 3 × 3: as few figures rounded away from nearest as brute force over all roundings finds", () => {
    const next = random(7);
    let forced = 0;
    for (let run = 0; run < 4000; run++) {
      const rows = 1 + Math.floor(next() * 3);
      const columns = 1 + Math.floor(next() * 3);
      const decimals = Math.floor(next() * 7) - 3;
      const kind = KINDS[run % KINDS.length] as Kind;
      const values = table(next, rows, columns, decimals, kind);
      const { problems, away } = judge(values, decimals, roundTableWithTotals(values, decimals));
      expect(problems).toEqual([]);
      const fewest = fewestAway(values, decimals);
      if (away !== fewest)
        throw new Error(`run ${run}: ${away} away, brute force ${fewest}: ${JSON.stringify(values)}`);
      if (fewest > 0) forced++;
    }
    // The check has teeth: many tables cannot be rounded without a figure away from nearest.
    expect(forced).toBeGreaterThan(200);
  });

  test("the integer path and the exact path read every table alike", () => {
    const next = random(99);
    for (let run = 0; run < 2000; run++) {
      const decimals = Math.floor(next() * 7) - 3;
      const values = table(next, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 6), decimals, "mixed");
      const safe = readSafeFractions(values, decimals);
      if (safe) expect(readExactFractions(values, decimals)).toEqual(safe);
    }
  });

  test("tables only the exact path can read: tiny, long and large values, judged exactly", () => {
    const tables: [number[][], number][] = [
      [
        [
          [1e-300, -1e-300, 0.5],
          [2.5e-7, 0.4999999999999, -0.5000000000001],
        ],
        0,
      ],
      [
        [
          [123_456_789_012.345_67, -98_765_432_109.876_54],
          [0.000_05, 4_999_999_999.999_95],
        ],
        3,
      ],
      [
        [
          [1 / 3, 2 / 3, 1 / 7],
          [-1 / 3, 5 / 7, Math.PI],
        ],
        2,
      ],
      [
        [
          [4e15, 4e15],
          [1, -8e15],
        ],
        -9,
      ],
    ];
    for (const [values, decimals] of tables) {
      expect(readSafeFractions(values, decimals)).toBeUndefined();
      expect(judge(values, decimals, roundTableWithTotals(values, decimals)).problems).toEqual([]);
    }
  });

  test("the same table always gives the same rounding", () => {
    const next = random(3);
    const values = table(next, 40, 8, 1, "ties");
    const first = roundTableWithTotals(values, 1);
    expect(
      roundTableWithTotals(
        values.map((row) => [...row]),
        1,
      ),
    ).toEqual(first);
  });
});

describe("worked examples, checked by hand", () => {
  // Mio. kr. with one decimal: three departments × three years.
  const budget = [
    [12.34, 8.46, 5.25],
    [7.45, 3.33, 9.14],
    [4.26, 6.25, 2.37],
  ];

  test("rounding each cell on its own breaks a column and a row", () => {
    const each = budget.map((row) => row.map((x) => Math.round(x * 10) / 10));
    // 2026: 8,5 + 3,3 + 6,3 = 18,1, but 8,46 + 3,33 + 6,25 = 18,04 prints 18,0.
    expect(each.map((row) => row[1])).toEqual([8.5, 3.3, 6.3]);
    // Teknik: 4,3 + 6,3 + 2,4 = 13,0, but 4,26 + 6,25 + 2,37 = 12,88 prints 12,9.
    expect(each[2]).toEqual([4.3, 6.3, 2.4]);
  });

  test("ROUNDTABLE rounds the half way 6,25 down: every row and column adds up, none away from nearest", () => {
    expect(roundTableWithTotals(budget, 1)).toEqual([
      [12.3, 8.5, 5.3, 26.1],
      [7.5, 3.3, 9.1, 19.9],
      [4.3, 6.2, 2.4, 12.9],
      [24.1, 18.0, 16.8, 58.9],
    ]);
    expect(judge(budget, 1, roundTableWithTotals(budget, 1))).toEqual({ problems: [], away: 0 });
  });

  test("four cells of 0,4 in whole kroner: the grand total 1,6 prints 2, so two cells must go up", () => {
    const result = roundTable(
      [
        [0.4, 0.4],
        [0.4, 0.4],
      ],
      0,
    );
    expect(result.grandTotal).toBe(2);
    expect(result.rowTotals).toEqual([1, 1]);
    expect(result.columnTotals).toEqual([1, 1]);
    // One 1 in each row and each column: a diagonal, two cells away from their nearest 0.
    expect(result.cells.flat().sort()).toEqual([0, 0, 1, 1]);
    expect(result.cells[0]?.[0]).toBe(result.cells[1]?.[1]);
  });

  test("thousands (decimals −3), negative amounts and a grand total half way below zero", () => {
    // −1.500 + −1.000 = −2.500: ROUND to thousands gives −3.000 (half away from zero).
    const result = roundTableWithTotals([[-1500, -1000]], -3);
    expect(result).toEqual([
      [-2000, -1000, -3000],
      [-2000, -1000, -3000],
    ]);
  });

  test("values already on a multiple are kept, totals too", () => {
    expect(
      roundTableWithTotals(
        [
          [1.5, 2.25],
          [3, 4],
        ],
        2,
      ),
    ).toEqual([
      [1.5, 2.25, 3.75],
      [3, 4, 7],
      [4.5, 6.25, 10.75],
    ]);
  });

  test("exact decimals, not doubles: 0,1 + 0,2 is 0,3 and 2,675 is half way at two places", () => {
    expect(roundTableWithTotals([[0.1, 0.2]], 1)).toEqual([
      [0.1, 0.2, 0.3],
      [0.1, 0.2, 0.3],
    ]);
    // 2,675 (below 2,675 as a double) is half way: ROUND gives 2,68, as Excel prints it.
    expect(roundTableWithTotals([[2.675]], 2)).toEqual([
      [2.68, 2.68],
      [2.68, 2.68],
    ]);
  });
});

describe("errors", () => {
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
    throw new Error("no error");
  };

  test("an empty or ragged table, or a cell that is not a finite number", () => {
    expect(message(() => roundTable([], 0))).toBe("values: is empty. Select at least one cell.");
    expect(message(() => roundTable([[1, 2], [3]], 0))).toMatch(/^values: has rows of different lengths/);
    expect(
      message(() =>
        roundTable(
          [
            [1, 2],
            [3, NaN],
          ],
          0,
        ),
      ),
    ).toMatch(/^values: row 2, column 2 is NaN/);
  });

  test.each([1.5, 11, -10, NaN])("decimals %p", (decimals) => {
    expect(message(() => roundTable([[1]], decimals))).toMatch(/^decimals: is .*Use a whole number from -9 to 10/);
  });

  test("a cell or a total beyond the 15 digits Excel keeps is refused, naming it", () => {
    expect(
      message(() =>
        roundTable(
          [
            [1, 2],
            [3, 1e20],
          ],
          0,
        ),
      ),
    ).toMatch(
      /^values: row 2, column 2 \(100\.000\.000\.000\.000\.000\.000\), rounded to 0 decimals, needs more than the 15 digits/,
    );
    expect(message(() => roundTable([[999_999_999_999_999, 1]], 0))).toMatch(
      /^values: the total of row 1, rounded to 0 decimals, needs/,
    );
    expect(message(() => roundTable([[999_999_999_999_999], [1]], 0))).toMatch(/^values: the total of column 1/);
    // 15 digits are fine.
    expect(roundTable([[999_999_999_999_998, 1]], 0).grandTotal).toBe(999_999_999_999_999);
  });
});
