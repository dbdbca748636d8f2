/**
 * REPRICE (FREMSKRIV) and DEMOGRAPHY (DEMOGRAFI) through the BUILT dist/functions.js in a context
 * stripped of every built-in newer than ES2016, as Excel for Windows runs them: the worked examples
 * of FUNCTIONS.md with their numbers, and each error a user can cause, with its message.
 * Build first: `npx webpack --mode production` (npm test does).
 */
import { remainingPost2016, stripToEs2016 } from "../../scripts/es2016Runtime";
import { ExcelError, loadInSandbox, type CellFunction } from "../support/functionsBundle";

let functions: Map<string, CellFunction>;
beforeAll(() => {
  functions = loadInSandbox((context) => {
    stripToEs2016(context);
    expect(remainingPost2016(context)).toEqual([]);
  }).functions;
});

function call(id: string, ...args: unknown[]): unknown {
  const fn = functions.get(id);
  if (!fn) throw new Error(`${id} is not associated by the bundle`);
  return fn(...args);
}

function failure(id: string, ...args: unknown[]): ExcelError {
  try {
    const result = call(id, ...args);
    throw new Error(`${id} returned ${JSON.stringify(result)} instead of an Excel error`);
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
}

const column = <T>(values: readonly T[]): T[][] => values.map((v) => [v]);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

// FUNCTIONS.md, REPRICE: 1.000 kr., 2024-PL → 2026-PL.
const INDEX = [
  ["År", "Løn", "Priser"],
  [2025, 0.03, "2,0 %"],
  [2026, "2,5 %", 0.015],
];
const AMOUNTS = [
  [1250, 1300],
  [830, 845],
  [410, 400],
  [95, 95],
];
const TYPES = column(["Løn", "løn", " Priser ", "PRISER"]);

describe("REPRICE: the worked example", () => {
  test("each line by its kind's factor, each column adding up to its rounded exact total", () => {
    const result = call("REPRICE", AMOUNTS, 2024, 2026, INDEX, TYPES, null) as number[][];
    expect(result).toEqual([
      [1320, 1373],
      [876, 892],
      [425, 414],
      [98, 98],
    ]);
    // Exact totals 2.718,7865 and 2.777,05725 print as 2.719 and 2.777.
    expect(sum(result.map((row) => row[0] as number))).toBe(2719);
    expect(sum(result.map((row) => row[1] as number))).toBe(2777);
  });

  test("rounding each line on its own would print 2.718 and 2.776", () => {
    const exact = [
      [1319.6875, 1372.475],
      [876.2725, 892.10875],
      [424.473, 414.12],
      [98.3535, 98.3535],
    ];
    expect(sum(exact.map((row) => Math.round(row[0] as number)))).toBe(2718);
    expect(sum(exact.map((row) => Math.round(row[1] as number)))).toBe(2776);
  });

  test("back from 2026-PL to 2024-PL gives the original amounts", () => {
    const forward = call("REPRICE", AMOUNTS, 2024, 2026, INDEX, TYPES, 0) as number[][];
    expect(call("REPRICE", forward, 2026, 2024, INDEX, TYPES, 0)).toEqual(AMOUNTS);
  });

  test("the same year is factor 1; types left out take the first kind (Løn)", () => {
    expect(call("REPRICE", [[10.4], [10.4], [10.4]], 2025, 2025, INDEX, null, 0)).toEqual([[11], [10], [10]]);
    expect(call("REPRICE", [[1000]], 2024, 2025, INDEX, null, 0)).toEqual([[1030]]);
  });
});

describe("DEMOGRAPHY: the worked example (mio. kr., decimals 1)", () => {
  const BASE = column([4210, 8930, 2650]);
  const FORECAST = [
    [4180, 4150, 4165],
    [8990, 9075, 9120],
    [2790, 2935, 3080],
  ];
  const UNITS = column([0.0984, 0.0817, 0.1423]);
  const RATE = column([1, 1, "75 %"]);

  test("per age group and year, with the totals row", () => {
    expect(call("DEMOGRAPHY", BASE, FORECAST, UNITS, RATE, 1)).toEqual([
      [-2.9, -5.9, -4.4],
      [4.9, 11.9, 15.5],
      [14.9, 30.4, 45.9],
      [16.9, 36.4, 57],
    ]);
  });

  test("DEMOGRAFI's rate left out is 100 %", () => {
    expect(call("DEMOGRAPHY", [[100]], [[110, 90]], [[0.5]], null, 1)).toEqual([
      [5, -5],
      [5, -5],
    ]);
  });
});

describe("errors, each a #VALUE! naming the argument and the cell or year", () => {
  const message = (id: string, ...args: unknown[]): string => {
    const error = failure(id, ...args);
    expect(error.code).toBe("#VALUE!");
    return error.message ?? "";
  };

  test("a year the conversion needs and the index lacks", () => {
    expect(message("REPRICE", AMOUNTS, 2024, 2027, INDEX, TYPES)).toBe(
      "index: has no row for 2027, which the conversion from 2024-PL to 2027-PL needs. Add the rates for 2027 to the table.",
    );
  });

  test("a rate typed as a percent without its sign", () => {
    const index = [
      ["År", "Løn"],
      [2025, 3],
    ];
    expect(message("REPRICE", [[100]], 2024, 2025, index, null)).toBe(
      "index: row 2, column 2 is 3 (2025, Løn): a rate of 300 %? Type 3 % or 0,03.",
    );
  });

  test("an unknown kind names the row and lists the headings", () => {
    expect(message("REPRICE", [[1], [2]], 2024, 2026, INDEX, column(["Løn", "Anlæg"]))).toBe(
      'types: row 2 is "Anlæg", which is not a kind in the rate table\'s headings (Løn, Priser). Use one of those, or leave it blank for Løn.',
    );
  });

  test("a year that is not whole, a blank rate, a rate that is text", () => {
    expect(message("REPRICE", [[1]], 2024.5, 2026, INDEX)).toMatch(/^fromYear: is 2024,5, not a year\./);
    const blankRate = [
      ["År", "Løn"],
      [2025, ""],
    ];
    expect(message("REPRICE", [[1]], 2024, 2025, blankRate)).toMatch(
      /^index: row 2, column 2 has no rate for 2025, Løn\./,
    );
    const textRate = [
      ["År", "Løn"],
      [2025, "n/a"],
    ];
    expect(message("REPRICE", [[1]], 2024, 2025, textRate)).toMatch(
      /^index: row 2, column 2 is "n\/a", not a number\./,
    );
  });

  test("DEMOGRAPHY: shapes, counts and rates", () => {
    expect(message("DEMOGRAPHY", column([1, 2]), [[1], [2], [3]], column([1, 1, 1]))).toBe(
      "base: is 2 rows × 1 column, but 3 rows × 1 column is needed: one row per age group, as in forecast.",
    );
    expect(message("DEMOGRAPHY", column([1, 2]), [[1], [2.5]], column([1, 1]))).toMatch(
      /^forecast: row 2, column 1 is 2,5, not a number of citizens\./,
    );
    expect(message("DEMOGRAPHY", column([1, -2]), [[1], [2]], column([1, 1]))).toMatch(
      /^base: row 2 is -2, not a number/,
    );
    expect(message("DEMOGRAPHY", column([1]), [[1]], column([1]), 75)).toMatch(/^rate: is 75, which would be 7\.500 %/);
    expect(message("DEMOGRAPHY", column([1]), [[1]], column([1]), -0.5)).toMatch(
      /^rate: is -0,5\. A compensation rate is from 0 to 100 %/,
    );
    expect(message("DEMOGRAPHY", column([1, 1]), [[1], [1]], column([1, 1]), [[1, 1, 1]])).toMatch(
      /^rate: is 1 row × 3 columns\. Give one rate for all, or a column of 2 rates/,
    );
  });
});
