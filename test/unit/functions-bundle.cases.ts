/**
 * The custom functions as Excel runs them: the BUILT dist/functions.js, loaded into a bare V8
 * context whose only globals are a CustomFunctions shim and console (no window, no document),
 * called with 2-D arrays of cells. Build first: `npx webpack --mode production` (npm test does).
 * Run twice: functions-bundle.test.ts in a plain context, functions-bundle-es2016.test.ts in one
 * stripped of every built-in newer than ES2016, as in Excel's JavaScript-only runtime.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import fc from "fast-check";
import { bundleRuntime } from "../support/bundle-runtime";
import { ExcelError, loadInSandbox, type CellFunction } from "../support/functionsBundle";
import { remainingPost2016, stripToEs2016 } from "../../scripts/es2016Runtime";

const METADATA = path.resolve(__dirname, "../../dist/functions.json");
// A copy of the team's shared/fixtures/worked-examples.json, kept here so a clean clone tests on its own.
const FIXTURES = path.resolve(__dirname, "../fixtures/worked-examples.json");

function loadBundle(): { functions: Map<string, CellFunction>; context: vm.Context } {
  return loadInSandbox((context) => {
    if (!bundleRuntime.es2016) return;
    stripToEs2016(context);
    const left = remainingPost2016(context);
    if (left.length > 0) throw new Error(`the ES2016 context still has ${left.join(", ")}`);
  });
}

let bundle: ReturnType<typeof loadBundle>;
beforeAll(() => {
  bundle = loadBundle();
});

/** Where a result is not a finite number or a non-empty rectangle of finite numbers, or undefined. */
function uncleanPart(result: unknown): string | undefined {
  const finite = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);
  if (!Array.isArray(result)) return finite(result) ? undefined : `the result ${String(result)}`;
  const rows = result as unknown[];
  const width = Array.isArray(rows[0]) ? rows[0].length : 0;
  if (width === 0) return "an empty result";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== width) return `row ${r + 1} of a ragged result`;
    const c = row.findIndex((cell) => !finite(cell));
    if (c >= 0) return `row ${r + 1}, column ${c + 1}: ${String(row[c])}`;
  }
  return undefined;
}

/** Calls a function by its id as Excel would; every result is checked for NaN, Infinity and undefined. */
function call(id: string, ...args: unknown[]): unknown {
  const fn = bundle.functions.get(id);
  if (!fn) throw new Error(`${id} is not associated by the bundle`);
  const result = fn(...args);
  expect(uncleanPart(result)).toBeUndefined();
  return result;
}

/** The Excel error a call raises; fails the test when the call returns a value instead. */
function failure(id: string, ...args: unknown[]): ExcelError {
  let result: unknown;
  try {
    result = call(id, ...args);
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
  throw new Error(`${id} returned ${JSON.stringify(result)} instead of raising an Excel error`);
}

const column = <T>(values: readonly T[]): T[][] => values.map((v) => [v]);
const ADMIN_KEY = [28.4, 8.1, 13.5, 6.8, 27.9, 15.3];
const ADMIN_KEY_TEXT = ["28,4 %", "8,1 %", "13,5 %", "6,8 %", "27,9 %", "15,3 %"];

describe("the built bundle", () => {
  test("runs without window or document and associates the 15 ids of functions.json", () => {
    expect(vm.runInContext("typeof window + typeof document + typeof self", bundle.context)).toBe(
      "undefinedundefinedundefined",
    );
    const metadata = JSON.parse(fs.readFileSync(METADATA, "utf8")) as { functions: { id: string }[] };
    const ids = [
      "DISTRIBUTE",
      "QUOTA",
      "KEY",
      "NETEFFECT",
      "CUMULATIVE",
      "PAYBACK",
      "PHASEIN",
      "GAP",
      "FTE",
      "HOURSFTE",
      "CHECK",
      "ROUNDTABLE",
      "HIERARCHY",
      "REPRICE",
      "DEMOGRAPHY",
    ];
    expect([...bundle.functions.keys()].sort()).toEqual([...ids].sort());
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...ids].sort());
  });

  test("functions.html loads the custom-functions runtime from its CDN before functions.js", () => {
    const page = fs.readFileSync(path.resolve(__dirname, "../../dist/functions.html"), "utf8");
    const runtime = page.indexOf("appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js");
    expect(runtime).toBeGreaterThan(-1);
    expect(page.indexOf("functions.js", runtime + 60)).toBeGreaterThan(runtime);
  });

  test("the playground page does not load Office.js", () => {
    const page = fs.readFileSync(path.resolve(__dirname, "../../dist/playground.html"), "utf8");
    expect(page).toMatch(/src="?js\/playground\.[0-9a-f]{16}\.js/);
    expect(page).not.toContain("appsforoffice.microsoft.com");
  });
});

interface WorkedExample {
  name: string;
  fn: string;
  args: unknown[];
  expect?: unknown;
  error?: string;
}

describe("worked examples (test/fixtures/worked-examples.json)", () => {
  const { cases } = JSON.parse(fs.readFileSync(FIXTURES, "utf8")) as { cases: WorkedExample[] };

  test("the fixture file has cases with an expectation or an error each", () => {
    expect(cases.length).toBeGreaterThanOrEqual(11);
    for (const c of cases) expect(c.expect !== undefined || c.error !== undefined).toBe(true);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, example) => {
    if (example.error !== undefined) {
      const error = failure(example.fn, ...example.args);
      expect(error.code).toBe(example.error);
      expect(error.message).toMatch(/\w/);
    } else {
      expect(call(example.fn, ...example.args)).toEqual(example.expect);
    }
  });
});

describe("the published table (DOMAIN.md): 2,00 by the administrative key at two decimals", () => {
  test("rounding each part on its own prints 2,01 (computed here in whole hundredths)", () => {
    // Exact part in hundredths = 200 × w / 1000 with w in tenths of a percent; ROUND is half up here.
    const naive = [284, 81, 135, 68, 279, 153].map((w) => Math.floor((2 * 200 * w + 1000) / 2000));
    expect(naive).toEqual([57, 16, 27, 14, 56, 31]);
    expect(naive.reduce((a, b) => a + b, 0)).toBe(201);
  });

  test("DISTRIBUTE prints parts that add up to exactly 2,00", () => {
    const parts = call("DISTRIBUTE", 2, column(ADMIN_KEY), 2) as number[][];
    expect(parts).toEqual([[0.57], [0.16], [0.27], [0.13], [0.56], [0.31]]);
    expect(parts.reduce((sum, [part]) => sum + Math.round((part as number) * 100), 0)).toBe(200);
  });

  test("the key typed as Danish percent text gives the same parts", () => {
    expect(call("DISTRIBUTE", "2,00", column(ADMIN_KEY_TEXT), 2)).toEqual([
      [0.57],
      [0.16],
      [0.27],
      [0.13],
      [0.56],
      [0.31],
    ]);
  });

  test("tie: 2 × 6,8 % and 2 × 15,3 % leave the same remainder; the larger weight gets the unit", () => {
    // Exact parts 0,136 and 0,306: both 0,6 of a hundredth over. In binary they are not equal.
    expect(2 * 0.068 * 100 - 13).not.toBe(2 * 0.153 * 100 - 30);
    const forward = call("DISTRIBUTE", 2, column(ADMIN_KEY), 2) as number[][];
    expect([forward[3]?.[0], forward[5]?.[0]]).toEqual([0.13, 0.31]);
    // Reversed, BA comes before MKB, and still BA (the larger weight) wins: the rule is not position.
    const reversed = call("DISTRIBUTE", 2, column([...ADMIN_KEY].reverse()), 2) as number[][];
    expect([reversed[0]?.[0], reversed[2]?.[0]]).toEqual([0.31, 0.13]);
  });
});

describe('blank cells arrive as "" or null', () => {
  test("blank weights count as 0", () => {
    expect(call("DISTRIBUTE", 10, [[1], [""], [null], [1]], 0)).toEqual([[5], [0], [0], [5]]);
  });

  test("in holds a typed 0 holds a part at 0 and a blank leaves it to the key", () => {
    expect(call("DISTRIBUTE", 10, [[1], [1], [1]], 0, [[0], [""], [null]])).toEqual([[0], [5], [5]]);
    expect(call("DISTRIBUTE", 10, [[1], [1], [1]], 0, [[""], [""], [null]])).toEqual([[4], [3], [3]]);
  });

  test("omitted optional arguments (null, undefined, a blank cell) take their defaults", () => {
    const expected = [[3], [1], [1], [1], [3], [1]];
    expect(call("DISTRIBUTE", 10, column(ADMIN_KEY))).toEqual(expected);
    expect(call("DISTRIBUTE", 10, column(ADMIN_KEY), null, null)).toEqual(expected);
    expect(call("DISTRIBUTE", 10, column(ADMIN_KEY), "", [[""]])).toEqual(expected);
    expect(call("KEY", [[1], [2]], null)).toEqual([[0.333], [0.667]]);
    expect(call("HOURSFTE", 3848, "")).toBe(2);
    expect(call("CHECK", [[1, 2]], 3, undefined)).toBe(0);
  });

  test("QUOTA: exempt left out or blank is no exemption", () => {
    const budgets = [[100], [55.5], [""]];
    const expected = [[2], [1.1], [0]];
    expect(call("QUOTA", budgets, null, 0.02, 1)).toEqual(expected);
    expect(call("QUOTA", budgets, [[""]], 0.02, 1)).toEqual(expected);
    expect(call("QUOTA", budgets, [[null], [""], [0]], 0.02, 1)).toEqual(expected);
  });

  test("NETEFFECT, CUMULATIVE and GAP read blank amounts as 0", () => {
    expect(call("NETEFFECT", [[1, "", null]], [[null, -1, ""]])).toEqual([[1, -1, 0]]);
    expect(call("CUMULATIVE", [[-1.5, "", 4]])).toEqual([[-1.5, -1.5, 2.5]]);
    expect(
      call("GAP", 10, [
        [1, null],
        ["", 2],
      ]),
    ).toEqual([[9, 8]]);
  });

  test("CHECK skips blank parts: they are not printed figures and do not widen the tolerance", () => {
    // 10 + 10 against 21,6: off by 1,6; three figures allow 1,5; five would allow 2,5.
    expect(call("CHECK", [[10, 10, "", null]], 21.6, 0)).toBe(-1.6);
    expect(call("CHECK", [[10, 10, 0, 0]], 21.6, 0)).toBe(0);
  });

  test("a blank total or target is a missing figure, not 0", () => {
    expect(failure("DISTRIBUTE", "", column(ADMIN_KEY), 1)).toEqual(
      new ExcelError("#VALUE!", "total: is blank. Type a number."),
    );
    const years = failure("DISTRIBUTE", [[5, null]], column(ADMIN_KEY), 1);
    expect(years.message).toMatch(/^total: column 2 is blank/);
    expect(failure("GAP", [[""]], [[1]]).message).toMatch(/^target: is blank/);
  });
});

describe("Danish text numbers", () => {
  test('"1.234,5" and "28,4 %" are read the Danish way', () => {
    expect(call("DISTRIBUTE", "1.234,5", [["28,4 %"], ["71,6 %"]], 1)).toEqual([[350.6], [883.9]]);
  });

  test('"1.000" is one thousand and "450.000" four hundred and fifty thousand', () => {
    expect(call("FTE", "900.000", "450.000")).toBe(2);
    expect(call("HOURSFTE", "1.924")).toBe(1);
    expect(call("NETEFFECT", [["1.000"]], [["-250"]])).toEqual([[750]]);
  });

  test('a plain point decimal ("1234.5") is read as such', () => {
    expect(call("NETEFFECT", [["1234.5"]], [["-0,5"]])).toEqual([[1234]]);
  });

  test('a leading group of 0 is not grouping: "0.500" is the point decimal 0,5, "1.500" is 1.500', () => {
    expect(call("NETEFFECT", [["0.500"]], [["-0,25"]])).toEqual([[0.25]]);
    expect(call("NETEFFECT", [["-0.500"]], [[0]])).toEqual([[-0.5]]);
    expect(call("NETEFFECT", [["1.500"]], [[0]])).toEqual([[1500]]);
    expect(call("FTE", "0.500", 2)).toBe(0.25);
  });

  test("QUOTA takes its rate as Danish percent text", () => {
    expect(call("QUOTA", [["100,0"], ["55,5"], ["-3,0"]], [[0], ["10,0"], ["-3,0"]], "2 %", 1)).toEqual([
      [2],
      [0.9],
      [0],
    ]);
  });
});

describe("shapes", () => {
  test("a row of weights with one total gives a row of parts", () => {
    expect(call("DISTRIBUTE", 5, [ADMIN_KEY], 1)).toEqual([[1.4, 0.4, 0.7, 0.3, 1.4, 0.8]]);
  });

  test("holds per year: K × Y holds with yearly totals", () => {
    expect(
      call("DISTRIBUTE", [[10, 20]], [[1], [1], [2]], 0, [
        [1, ""],
        ["", 0],
        ["", ""],
      ]),
    ).toEqual([
      [1, 7],
      [3, 0],
      [6, 13],
    ]);
  });

  test("QUOTA with several columns takes each column as a year", () => {
    expect(
      call(
        "QUOTA",
        [
          [100, 200],
          [55.5, 0],
        ],
        null,
        0.02,
        1,
      ),
    ).toEqual([
      [2, 4],
      [1.1, 0],
    ]);
  });

  test("KEY keeps the layout of its base", () => {
    expect(call("KEY", [[1, 1, 1]], 2)).toEqual([[0.34, 0.33, 0.33]]);
    expect(call("KEY", [[1], [1], [1]])).toEqual([[0.334], [0.333], [0.333]]);
  });

  test("CUMULATIVE runs along each row, and down a single column", () => {
    expect(
      call("CUMULATIVE", [
        [1, 2, 3],
        [-1, -1, 5],
      ]),
    ).toEqual([
      [1, 3, 6],
      [-1, -2, 3],
    ]);
    expect(call("CUMULATIVE", [[0.1], [0.2], [0.3]])).toEqual([[0.1], [0.3], [0.6]]);
  });

  test("PAYBACK takes a column as well as a row", () => {
    expect(call("PAYBACK", [[-3], [1], [1], [1]])).toBe(4);
    expect(call("PAYBACK", [[0, -1]])).toBe(1);
  });

  test("PHASEIN: a column profile gives a column; full effects by programme × a row profile give a table", () => {
    expect(call("PHASEIN", 2000, [["25 %"], ["50 %"]])).toEqual([[500], [1000]]);
    expect(call("PHASEIN", [[2000], [1000]], [[0.25, 0.5, 1]])).toEqual([
      [500, 1000, 2000],
      [250, 500, 1000],
    ]);
    expect(call("PHASEIN", 1000, [[1 / 3]], 2)).toEqual([[333.33]]);
    expect(call("PHASEIN", [[2000], [1000]], [["50 %"]])).toEqual([[1000], [500]]);
  });

  test("GAP takes a row of yearly targets", () => {
    expect(
      call(
        "GAP",
        [[50000, 60000]],
        [
          [10000, 20000],
          [5000, 5000],
        ],
      ),
    ).toEqual([[35000, 35000]]);
  });

  test("FTE and HOURSFTE work cell by cell over a range", () => {
    expect(call("FTE", [[900000], [450000], [""]], 450000)).toEqual([[2], [1], [0]]);
    expect(call("HOURSFTE", [[1924, 962]], 1924)).toEqual([[1, 0.5]]);
  });

  test("CHECK on a catalogue row, one decimal", () => {
    expect(call("CHECK", [[2.0, -1.0]], 1.0, 1)).toBe(0);
    expect(call("CHECK", [[4.5, -0.5]], 3.5, 1)).toBe(0.5);
  });
});

describe("errors name the argument and say how to mend it", () => {
  // A result beyond the largest number a cell holds is the user's input, never "report this to us".
  test.each([
    [
      "NETEFFECT",
      [
        [
          [1, 2],
          [3, 1e308],
        ],
        [
          [0, 0],
          [0, 1e308],
        ],
      ],
      /^gains: gains \+ costs, 1E\+308 \+ 1E\+308, in row 2, column 2 is beyond ±1,79E\+308.*within ±1E\+307/,
    ],
    ["NETEFFECT", [1e308, 1e308], /^gains: gains \+ costs, 1E\+308 \+ 1E\+308, is beyond ±1,79E\+308/],
    [
      "FTE",
      [1, 5e-324],
      /^averageSalary: amount \/ averageSalary, 1 \/ 5E-324, is beyond ±1,79E\+308.*at least 1 kr\./,
    ],
    [
      "HOURSFTE",
      [1e308, 1e-10],
      /^normHours: hours \/ normHours, 1E\+308 \/ 0,0000000001, is beyond .*at least 1 hour/,
    ],
    ["CUMULATIVE", [[[1], [1e308], [1e308]]], /^flows: the running sum in row 3 is beyond ±1,79E\+308/],
    [
      "CUMULATIVE",
      [
        [
          [1, 2],
          [1e308, 1e308],
        ],
      ],
      /^flows: the running sum in row 2, column 2 is beyond/,
    ],
    [
      "GAP",
      [[[1e308, 0]], [[-1e308, 0]]],
      /^identified: the target minus the identified savings in column 1 is beyond/,
    ],
    ["PHASEIN", [1e308, [[10]]], /^fullEffect: fullEffect × share, 1E\+308 × 10, is beyond .*within ±1E\+300/],
    ["CHECK", [[[1e308], [1e308]], 0], /^parts: the difference between the parts' sum and printedTotal is beyond/],
    ["QUOTA", [[[1e308], [1]], [[-1e308], [0]], 0], /^exempt: budget − exempt, 1E\+308 − -1E\+308, in row 1 is beyond/],
  ])("%s overflowing on the user's numbers names the argument and the cell and what works", (id, args, message) => {
    const error = failure(id, ...args);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/Råderum team|report/i);
  });

  test("a negative weight", () => {
    const error = failure("DISTRIBUTE", 100, [[1], [-1]], 0);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^weights: row 2 is -1, a negative weight/);
  });

  test("a text weight names 'weights' and 'row 2'", () => {
    const error = failure("DISTRIBUTE", 100, [[1], ["n/a"], [2]], 0);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^weights: row 2 is "n\/a", not a number/);
  });

  test("all weights zero → #DIV/0!", () => {
    expect(failure("DISTRIBUTE", 100, [[0], [""], [0]], 0).code).toBe("#DIV/0!");
    expect(failure("KEY", [[0], [0]]).code).toBe("#DIV/0!");
  });

  test("holds beyond the total", () => {
    const error = failure("DISTRIBUTE", 10, [[1], [1]], 0, [[8], [5]]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^holds: add up to 13, beyond the total 10/);
  });

  test("holds of another shape than weights", () => {
    const error = failure("DISTRIBUTE", 10, [[1], [1], [1]], 0, [[1], [2]]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^holds: is 2 rows × 1 column, but weights is 3 rows × 1 column/);
    expect(failure("DISTRIBUTE", 10, [[1], [1]], 0, [[1, ""]]).message).toMatch(/^holds: is 1 row × 2 columns/);
  });

  test("a row of weights with yearly totals", () => {
    expect(failure("DISTRIBUTE", [[5, 10]], [[1, 2, 3]], 0).message).toMatch(/^weights: is a row, but total has 2/);
  });

  test.each([1.5, 11, -10, "x"])("decimals %p", (decimals) => {
    const error = failure("DISTRIBUTE", 100, [[1], [2]], decimals);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^decimals: is/);
  });

  test("a rate of 1,5 meant as 1,5 % says how to write it", () => {
    const error = failure("QUOTA", [[100]], null, 1.5, 1);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^rate: /);
    expect(error.message).toContain("%");
  });

  test("an average salary of 0", () => {
    const error = failure("FTE", 1000, 0);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^averageSalary: is 0/);
  });

  test("NETEFFECT on ranges of different shapes", () => {
    const error = failure("NETEFFECT", [[1, 2, 3]], [[1, 2]]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "costs: is 1 row × 2 columns, but gains is 1 row × 3 columns. Select gains and costs of the same shape (programmes × years).",
    );
  });

  test("an amount too large for Excel's 15 digits at 2 decimals", () => {
    const error = failure("DISTRIBUTE", 1e15, [[1], [1]], 2);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^total: .*15 digits/);
  });

  test("tiny weights such as 1e-12 are fine", () => {
    expect(call("DISTRIBUTE", 1, [[1e-12], [2e-12]], 2)).toEqual([[0.33], [0.67]]);
  });

  test("PAYBACK that never comes → #N/A with a message", () => {
    const error = failure("PAYBACK", [[-5, 1, 1]]);
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^flows: never add up to 0/);
  });

  test("shape errors of GAP, PHASEIN and PAYBACK", () => {
    expect(failure("GAP", [[1, 2, 3]], [[1, 2]]).message).toMatch(/^target: is 1 row × 3 columns/);
    expect(failure("PHASEIN", [[1, 2]], [[0.5, 1]]).message).toMatch(/^fullEffect: is 1 row × 2 columns/);
    expect(
      failure("PAYBACK", [
        [1, 2],
        [3, 4],
      ]).message,
    ).toMatch(/^flows: is 2 rows × 2 columns/);
  });

  test("an unexpected exception becomes #VALUE! with a message, not a crash", () => {
    const hostile = new Proxy([[1]], {
      get() {
        throw new TypeError("cells unavailable");
      },
    });
    const error = failure("DISTRIBUTE", 10, hostile);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^unexpected problem \(cells unavailable\)/);
  });
});

describe("Excel's 5 MB limit on a result", () => {
  test("DISTRIBUTE of 12 yearly totals over 100.000 weights is refused with the cell count", () => {
    const weights = Array.from({ length: 100_000 }, (_, i) => [(i % 97) + 1]);
    const totals = [Array.from({ length: 12 }, (_, y) => 98_765_432.1 + y)];
    const error = failure("DISTRIBUTE", totals, weights, 2);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^result: 1\.200\.000 cells \(100\.000 rows × 12 columns\)/);
    expect(error.message).toContain("Split the range");
  });

  test("480.000 small parts fit and are returned", () => {
    const weights = Array.from({ length: 40_000 }, () => [1]);
    const totals = [Array.from({ length: 12 }, (_, y) => y + 1)];
    const parts = call("DISTRIBUTE", totals, weights, 0) as number[][];
    expect(parts.length).toBe(40_000);
    expect(parts[0]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(parts.reduce((sum, row) => sum + (row[11] as number), 0)).toBe(12);
  });
});

/** A whole number of hundredths rounded to `decimals` places, half away from zero, in whole units. */
function centsToUnits(cents: number, decimals: number): number {
  if (decimals >= 2) return cents * 10 ** (decimals - 2);
  const unit = 10 ** (2 - decimals);
  // + 0 turns the -0 of a small negative total into the 0 that a sum of parts gives.
  return Math.sign(cents) * Math.floor((Math.abs(cents) + unit / 2) / unit) + 0;
}

describe("properties", () => {
  test("DISTRIBUTE: every column adds up exactly to its rounded total, all cells finite", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (totalCents, weights, decimals) => {
          fc.pre(weights.some((w) => w > 0));
          const totals = totalCents.map((c) => c / 100);
          const parts = call("DISTRIBUTE", [totals], column(weights.map((w) => w / 10)), decimals) as number[][];
          const scale = 10 ** decimals;
          totalCents.forEach((cents, y) => {
            const sum = parts.reduce((s, row) => s + Math.round((row[y] as number) * scale), 0);
            expect(sum).toBe(centsToUnits(cents, decimals));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
