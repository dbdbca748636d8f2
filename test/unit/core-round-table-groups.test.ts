/**
 * ROUNDTABLE with groups (src/core/roundTableGrouped.ts) against the contract in FUNCTIONS.md,
 * "ROUNDTABLE with groups", judged by an independent BigInt reference
 * (test/support/groupedRoundTableReference.ts) and, on small tables, by brute force.
 */
import { exactSum, InputError, roundTableGrouped, roundTableGroupedWithTotals } from "../../src/core";
import { roundTable } from "../../src/core/roundTable";
import { readExactFractions, readSafeFractions } from "../../src/core/tableFractions";
import { fewestAwayGrouped, judgeGrouped } from "../support/groupedRoundTableReference";
import { KINDS, random, table, type Kind } from "../support/randomTables";

const NAMES = ["MSB", "Teknik", "Børn", "Kultur", 4711, "Ældre", "Job", 12, "Staben", "Sundhed"];

/**
 * Group sizes adding up to `rows`, and labels as a user types them: a name on the first row, and
 * below it the same name (at times in other case or with spaces) or a blank (kept from above).
 */
function grouping(next: () => number, rows: number): { sizes: number[]; labels: (string | number | null)[] } {
  const sizes: number[] = [];
  let left = rows;
  while (left > 0) {
    const size = next() < 0.3 ? 1 : 1 + Math.floor(next() * Math.min(left, 1 + Math.floor(next() * 8)));
    sizes.push(Math.min(size, left));
    left -= Math.min(size, left);
  }
  const labels: (string | number | null)[] = [];
  sizes.forEach((size, g) => {
    const name = g < NAMES.length ? (NAMES[g] as string | number) : `Område ${g}`;
    for (let k = 0; k < size; k++) {
      const pick = next();
      if (k === 0 || pick < 0.4) labels.push(name);
      else if (pick < 0.7) labels.push(null);
      else labels.push(typeof name === "number" ? String(name) : `  ${name.toLowerCase()} `);
    }
  });
  return { sizes, labels };
}

describe("the worked example of FUNCTIONS.md", () => {
  // MSB's proposals 1,25 | 2,45 and 0,35 | 0,35 (mio. kr., one decimal), Teknik's 0,45 | 1,15 and 2,05 | 0,25.
  const values = [
    [1.25, 2.45],
    [0.35, 0.35],
    [0.45, 1.15],
    [2.05, 0.25],
  ];
  const labels = ["MSB", "MSB", "Teknik", "Teknik"];

  test("MSB's subtotal is exactly 1,60 | 2,80 and prints 1,6 | 2,8", () => {
    const grid = roundTableGroupedWithTotals(values, 1, labels);
    expect(grid).toHaveLength(4 + 2 + 1);
    expect(grid[2]).toEqual([1.6, 2.8, 4.4]);
    // Teknik: 0,45 + 2,05 = 2,50 and 1,15 + 0,25 = 1,40, both on a multiple.
    expect(grid[5]).toEqual([2.5, 1.4, 3.9]);
    // 4,10 | 4,20, grand total 8,30.
    expect(grid[6]).toEqual([4.1, 4.2, 8.3]);
    expect(judgeGrouped(values, 1, [2, 2], grid).problems).toEqual([]);
  });

  test("the rows under MSB are each rounded down or up and add up to the subtotal", () => {
    const { cells, groups } = roundTableGrouped(values, 1, labels);
    const msb = groups[0];
    expect(msb).toMatchObject({ label: "MSB", first: 0, end: 2, subtotals: [1.6, 2.8], total: 4.4 });
    expect([1.2, 1.3]).toContain(cells[0]?.[0]);
    expect([2.4, 2.5]).toContain(cells[0]?.[1]);
    expect([0.3, 0.4]).toContain(cells[1]?.[0]);
    expect(exactSum([cells[0]?.[0] as number, cells[1]?.[0] as number])).toBe(1.6);
    expect(exactSum([cells[0]?.[1] as number, cells[1]?.[1] as number])).toBe(2.8);
  });

  test("the whole result as the README prints it", () => {
    expect(roundTableGroupedWithTotals(values, 1, ["MSB", null, "Teknik", null])).toEqual([
      [1.2, 2.5, 3.7],
      [0.4, 0.3, 0.7],
      [1.6, 2.8, 4.4],
      [0.4, 1.2, 1.6],
      [2.1, 0.2, 2.3],
      [2.5, 1.4, 3.9],
      [4.1, 4.2, 8.3],
    ]);
  });

  test("without groups the same table's rounded MSB rows add up to 1,5 | 2,9, not 1,6 | 2,8 (the annex's defect)", () => {
    const { cells } = roundTable(values, 1);
    const msb = [0, 1].map((c) => exactSum([cells[0]?.[c] as number, cells[1]?.[c] as number]));
    // As the README says: 1,5 | 2,9.
    expect(msb).toEqual([1.5, 2.9]);
  });
});

describe("ROUNDTABLE with groups on 5.000 random tables, judged exactly", () => {
  test("every figure its exact value rounded down or up, rows → subtotals → totals add up, grand = ROUND", () => {
    const next = random(20261206);
    let subtotals = 0;
    for (let run = 0; run < 5000; run++) {
      // Mostly small tables, two of 200 × 12, so that the run takes seconds.
      const big = run % 2500 === 0;
      const rows = big ? 200 : 1 + Math.floor(30 * next() ** 3);
      const columns = big ? 12 : 1 + Math.floor(6 * next() ** 2);
      const decimals = Math.floor(next() * 7) - 3;
      const kind = KINDS[run % KINDS.length] as Kind;
      const values = table(next, rows, columns, decimals, kind);
      const { sizes, labels } = grouping(next, rows);
      const grid = roundTableGroupedWithTotals(values, decimals, labels);
      const { problems } = judgeGrouped(values, decimals, sizes, grid);
      if (problems.length > 0) {
        throw new Error(
          `run ${run}, decimals ${decimals}, sizes ${JSON.stringify(sizes)}: ${problems.slice(0, 3).join("; ")}\n${JSON.stringify(values)}`,
        );
      }
      subtotals += sizes.length * columns;
    }
    expect(subtotals).toBeGreaterThan(20_000);
  });

  test("small tables: as few figures rounded away from nearest as brute force over all roundings finds", () => {
    const next = random(11);
    let forced = 0;
    let runs = 0;
    while (runs < 1500) {
      const rows = 1 + Math.floor(next() * 4);
      const columns = 1 + Math.floor(next() * 3);
      if (rows * columns > 10) continue;
      const decimals = Math.floor(next() * 5) - 2;
      const kind = KINDS[runs % KINDS.length] as Kind;
      const values = table(next, rows, columns, decimals, kind);
      const { sizes, labels } = grouping(next, rows);
      const { problems, away } = judgeGrouped(
        values,
        decimals,
        sizes,
        roundTableGroupedWithTotals(values, decimals, labels),
      );
      expect(problems).toEqual([]);
      const fewest = fewestAwayGrouped(values, decimals, sizes);
      if (away !== fewest) {
        throw new Error(
          `run ${runs}: ${away} away, brute force ${fewest}: ${JSON.stringify({ values, decimals, sizes })}`,
        );
      }
      if (fewest > 0) forced++;
      runs++;
    }
    // The check has teeth: many tables cannot be rounded without a figure away from nearest.
    expect(forced).toBeGreaterThan(150);
  });

  test("the integer path and the exact path sum the groups alike", () => {
    const next = random(5);
    let compared = 0;
    for (let run = 0; run < 800; run++) {
      const decimals = Math.floor(next() * 7) - 3;
      const rows = 1 + Math.floor(next() * 12);
      const values = table(next, rows, 1 + Math.floor(next() * 6), decimals, "mixed");
      const { sizes } = grouping(next, rows);
      const of = new Int32Array(sizes.flatMap((size, g) => Array.from({ length: size }, () => g)));
      const groups = { of, count: sizes.length };
      const safe = readSafeFractions(values, decimals, groups);
      if (safe) {
        expect(readExactFractions(values, decimals, groups)).toEqual(safe);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  test("one group: its subtotal row is the totals row; a group per row: each subtotal row repeats its row", () => {
    const next = random(42);
    for (let run = 0; run < 300; run++) {
      const rows = 1 + Math.floor(next() * 10);
      const values = table(next, rows, 1 + Math.floor(next() * 5), 1, "ties");
      const one = roundTableGroupedWithTotals(values, 1, new Array<string | null>(rows).fill(null).fill("Alle", 0, 1));
      expect(one[rows]).toEqual(one[rows + 1]);
      const each = roundTableGroupedWithTotals(
        values,
        1,
        values.map((_, r) => `Række ${r}`),
      );
      for (let r = 0; r < rows; r++) expect(each[2 * r + 1]).toEqual(each[2 * r]);
    }
  });

  test("the same table always gives the same rounding", () => {
    const next = random(3);
    const values = table(next, 40, 6, 1, "ties");
    const { labels } = grouping(next, 40);
    const first = roundTableGroupedWithTotals(values, 1, labels);
    expect(
      roundTableGroupedWithTotals(
        values.map((row) => [...row]),
        1,
        [...labels],
      ),
    ).toEqual(first);
  });
});

describe("labels", () => {
  const values = [[0.4], [0.4], [0.4], [0.4]];

  test('trimmed, case ignored, 4711 and "4711" alike; a blank keeps the group above', () => {
    const { groups } = roundTableGrouped(values, 0, [" msb", "MSB ", 4711, "4711"]);
    expect(groups.map((g) => [g.label, g.first, g.end])).toEqual([
      ["msb", 0, 2],
      [4711, 2, 4],
    ]);
    const merged = roundTableGrouped(values, 0, ["MSB", null, "", "Teknik"]);
    expect(merged.groups.map((g) => [g.label, g.first, g.end])).toEqual([
      ["MSB", 0, 3],
      ["Teknik", 3, 4],
    ]);
    expect(roundTableGroupedWithTotals(values, 0, ["MSB", null, "", "Teknik"])).toHaveLength(4 + 2 + 1);
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
  const values = [[1], [2], [3], [4]];

  test("a label that comes back after another group names the row", () => {
    expect(message(() => roundTableGrouped(values, 0, ["MSB", "Teknik", null, " msb"]))).toBe(
      'groups: row 4 ("msb") comes back to a group that ended at row 1, after "Teknik". The rows of a group must stand together: sort the rows by group, or give these rows a label of their own.',
    );
  });

  test("labels for another number of rows, a blank first label, a label that is not text or a number", () => {
    expect(message(() => roundTableGrouped(values, 0, ["MSB", "MSB"]))).toBe(
      "groups: is 2 rows × 1 column, but values has 4 rows. Select a single column beside values, with each row's group label (e.g. its department).",
    );
    expect(message(() => roundTableGrouped(values, 0, [null, "MSB", "MSB", "MSB"]))).toMatch(
      /^groups: row 1 is blank, and there is no group above it to keep\./,
    );
    expect(message(() => roundTableGrouped(values, 0, ["MSB", NaN, "MSB", "MSB"]))).toMatch(
      /^groups: row 2 is NaN, not a group label\./,
    );
  });

  test("the table itself is checked first, as without groups", () => {
    expect(message(() => roundTableGrouped([[1, Infinity]], 0, ["MSB"]))).toMatch(/^values: column 2 is Infinity/);
    expect(message(() => roundTableGrouped([[1]], 1.5, ["MSB"]))).toMatch(/^decimals: is 1,5/);
  });

  test("a subtotal beyond the 15 digits Excel keeps is refused, naming the group", () => {
    // Each row and the grand total fit in 15 digits, MSB's subtotal of column 1 does not.
    const big = [
      [600_000_000_000_000, 0],
      [600_000_000_000_000, 0],
      [-600_000_000_000_000, 0],
      [-600_000_000_000_000, 0],
    ];
    expect(message(() => roundTableGrouped(big, 0, ["MSB", "", "Teknik", ""]))).toBe(
      'values: the subtotal in column 1 of group "MSB", rounded to 0 decimals, needs more than the 15 digits Excel keeps. Use fewer decimals or state the amounts in 1.000 kr.',
    );
  });
});
