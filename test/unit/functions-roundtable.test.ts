/**
 * ROUNDTABLE as Excel calls it: the BUILT dist/functions.js in a bare V8 context with a
 * CustomFunctions shim, called with 2-D arrays of cells as Excel passes them (blanks as "" or
 * null, numbers pasted as Danish text). Build first: `npx webpack --mode production`.
 */
import * as vm from "node:vm";
import { ExcelError, loadInSandbox, loadInThisContext, type CellFunction } from "../support/functionsBundle";
import { judgeGrouped } from "../support/groupedRoundTableReference";
import { judge } from "../support/roundTableReference";

type Runtime = "sandbox without BigInt" | "this context";

/**
 * The bundle's ROUNDTABLE. In the sandbox without BigInt, BigInt (and the other built-ins newer
 * than ES2016) are taken away from the context after loading, so that any use of them on
 * ROUNDTABLE's path fails as it would in Excel's ES2016 runtime. Speed is measured with the bundle
 * in this process's own context, as
 * bench/functions-runtime.ts explains: a node:vm sandbox reads every global through interceptors,
 * which Excel's runtime does not.
 */
function loadRoundTable(runtime: Runtime): CellFunction {
  let functions: Map<string, CellFunction>;
  if (runtime === "this context") functions = loadInThisContext();
  else {
    const loaded = loadInSandbox();
    functions = loaded.functions;
    // With the other built-ins newer than ES2016 that the bundle must not call.
    vm.runInContext(
      `delete this.BigInt; delete this.globalThis;
      delete Object.entries; delete Object.values; delete Object.fromEntries;
      delete String.prototype.padStart; delete String.prototype.padEnd; delete String.prototype.matchAll;
      delete Array.prototype.flat; delete Array.prototype.flatMap;`,
      loaded.context,
    );
    expect(vm.runInContext("typeof BigInt + typeof Object.entries + typeof [].flat", loaded.context)).toBe(
      "undefinedundefinedundefined",
    );
  }
  const fn = functions.get("ROUNDTABLE");
  if (!fn) throw new Error("ROUNDTABLE is not associated by the bundle");
  return fn;
}

let roundTable: CellFunction;
let unsandboxed: CellFunction;
beforeAll(() => {
  roundTable = loadRoundTable("sandbox without BigInt");
  unsandboxed = loadRoundTable("this context");
});

function failure(f: () => unknown): ExcelError {
  try {
    f();
  } catch (error) {
    // The shim's class lives in this realm: the bundle throws it as given.
    expect(error).toBeInstanceOf(ExcelError);
    return error as ExcelError;
  }
  throw new Error("no error");
}

describe("BUDGET.ROUNDTABLE in the built bundle", () => {
  test("the 3 × 3 example in mio. kr. with one decimal (README), cells as Excel passes them", () => {
    const values = [
      [12.34, "8,46", 5.25],
      [7.45, 3.33, "9,14"],
      [4.26, 6.25, 2.37],
    ];
    expect(roundTable(values, 1)).toEqual([
      [12.3, 8.5, 5.3, 26.1],
      [7.5, 3.3, 9.1, 19.9],
      [4.3, 6.2, 2.4, 12.9],
      [24.1, 18.0, 16.8, 58.9],
    ]);
  });

  test("blank cells are 0 and decimals defaults to 0", () => {
    expect(
      roundTable(
        [
          ["", 2.6],
          [null, 1.2],
        ],
        null,
      ),
    ).toEqual([
      [0, 3, 3],
      [0, 1, 1],
      [0, 4, 4],
    ]);
    expect(roundTable([[1.4]])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  test("a 2.000 × 100 table of money adds up both ways, judged exactly, within a second", () => {
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    // Amounts in kr. with two places, rounded to mio. kr. with one decimal (decimals −5).
    const values = Array.from({ length: 2000 }, () =>
      Array.from({ length: 100 }, () => Math.round((next() - 0.3) * 2e9) / 100),
    );
    const result = roundTable(values, -5) as number[][];
    expect(judge(values, -5, result).problems).toEqual([]);
    let fastest = Infinity;
    // The best of three calls: the machine running the tests is shared.
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const again = unsandboxed(values, -5);
      fastest = Math.min(fastest, performance.now() - started);
      expect(again).toEqual(result);
    }
    expect(fastest).toBeLessThan(1000);
  });

  test("a text cell and an error cell give #VALUE! naming the cell", () => {
    const text = failure(() =>
      roundTable(
        [
          [1, 2],
          [3, "n/a"],
        ],
        0,
      ),
    );
    expect([text.code, text.message]).toEqual([
      "#VALUE!",
      'values: row 2, column 2 is "n/a", not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.',
    ]);
    const error = failure(() => roundTable([[new ExcelError("#DIV/0!"), 2]], 0));
    expect([error.code, error.message]).toEqual([
      "#VALUE!",
      "values: column 1 is an error value, not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.",
    ]);
  });

  test.each([1.5, 11, -10, "x"])("decimals %p gives #VALUE! with a message", (decimals) => {
    const error = failure(() => roundTable([[1]], decimals));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^decimals: /);
  });

  test("a total beyond 15 digits gives #VALUE! naming it", () => {
    const error = failure(() => roundTable([[999_999_999_999_999, 1]], 0));
    expect([error.code, error.message]).toEqual([
      "#VALUE!",
      "values: the total of row 1, rounded to 0 decimals, needs more than the 15 digits Excel keeps. Use fewer decimals or state the amounts in 1.000 kr.",
    ]);
  });

  test("a result too large for Excel's 5 MB gives #VALUE!", () => {
    // 200.000 × 2 cells of about ten digits: with the totals some 6,6 MB of JSON.
    const values = Array.from({ length: 200_000 }, (_, r) => [(r % 1000) + 0.1234567, (r % 997) + 0.7654321]);
    const error = failure(() => roundTable(values, 6));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^result: .* more than the 5 MB Excel accepts/);
  });
});

describe("BUDGET.ROUNDTABLE with groups in the built bundle, without BigInt or later built-ins", () => {
  // MSB's proposals 1,25 | 2,45 and 0,35 | 0,35, Teknik's 0,45 | 1,15 and 2,05 | 0,25 (FUNCTIONS.md).
  const values = [
    [1.25, "2,45"],
    ["0,35", 0.35],
    [0.45, 1.15],
    [2.05, ""],
  ];

  test("a subtotal row after each group; MSB's prints 1,6 | 2,8, its exact 1,60 | 2,80", () => {
    // The department written once and the cells below it blank, as a merged cell arrives.
    const grid = roundTable(values, 1, [["MSB"], [""], ["Teknik"], [null]]) as number[][];
    expect(grid).toHaveLength(4 + 2 + 1);
    expect(grid[2]).toEqual([1.6, 2.8, 4.4]);
    // Teknik: 2,50 | 1,15, of which 1,15 is half way; the grand total 8,05 prints 8,1.
    expect(grid[6]?.[2]).toBe(8.1);
    const numbers = [
      [1.25, 2.45],
      [0.35, 0.35],
      [0.45, 1.15],
      [2.05, 0],
    ];
    expect(judgeGrouped(numbers, 1, [2, 2], grid).problems).toEqual([]);
  });

  test("groups omitted, or a single blank cell, is ROUNDTABLE without subtotals", () => {
    const plain = roundTable(values, 1) as number[][];
    expect(plain).toHaveLength(5);
    expect(roundTable(values, 1, null)).toEqual(plain);
    expect(roundTable(values, 1, [[""]])).toEqual(plain);
  });

  test("a label that comes back after another group gives #VALUE! naming the row", () => {
    const error = failure(() => roundTable(values, 1, [["MSB"], ["Teknik"], ["MSB"], ["Teknik"]]));
    expect([error.code, error.message]).toEqual([
      "#VALUE!",
      'groups: row 3 ("MSB") comes back to a group that ended at row 1, after "Teknik". The rows of a group must stand together: sort the rows by group, or give these rows a label of their own.',
    ]);
  });

  test("groups that are not one label per row of values, or an error value, give #VALUE! naming groups", () => {
    const row = failure(() => roundTable(values, 1, [["MSB", "MSB", "Teknik", "Teknik"]]));
    expect([row.code, row.message]).toEqual([
      "#VALUE!",
      "groups: is 1 row × 4 columns, but values has 4 rows. Select a single column beside values, with each row's group label (e.g. its department).",
    ]);
    const short = failure(() => roundTable(values, 1, [["MSB"], ["Teknik"]]));
    expect(short.message).toMatch(/^groups: is 2 rows × 1 column, but values has 4 rows\./);
    const error = failure(() => roundTable(values, 1, [["MSB"], [new ExcelError("#N/A")], ["Teknik"], [""]]));
    expect(error.message).toMatch(/^groups: row 2 is an error value, not a group label\./);
  });

  test("a 2.000 × 100 table in 200 groups adds up every way, judged exactly, within a second", () => {
    let seed = 777;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = Array.from({ length: 2000 }, () =>
      Array.from({ length: 100 }, () => Math.round((next() - 0.3) * 2e9) / 100),
    );
    const labels = values.map((_, r) => [`Område ${Math.floor(r / 10)}`]);
    const result = roundTable(values, -5, labels) as number[][];
    expect(
      judgeGrouped(
        values,
        -5,
        Array.from({ length: 200 }, () => 10),
        result,
      ).problems,
    ).toEqual([]);
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const again = unsandboxed(values, -5, labels);
      fastest = Math.min(fastest, performance.now() - started);
      expect(again).toEqual(result);
    }
    expect(fastest).toBeLessThan(1000);
  });
});
