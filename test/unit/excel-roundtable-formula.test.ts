/**
 * The playground's in-memory workbook evaluates ROUNDTABLE under its English id and its Danish
 * name, spilling the rounded table with its totals, from a range of cells as a user types them.
 */
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { FormulaError, type Scalar } from "../../src/excel/memory/formula/values";

/** The 3 × 3 example in mio. kr. (README) typed into A1:C3, and the formula in E1. */
function spill(formula: string, cells: (number | string)[][]): Scalar[][] {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  cells.forEach((row, r) => row.forEach((value, c) => wb.setInput("Ark1", r, c, value)));
  wb.setInput("Ark1", 0, 4, formula);
  const range = wb.spillRange("Ark1", 0, 4);
  const rows = range ? range.end.row - range.start.row + 1 : 1;
  const columns = range ? range.end.column - range.start.column + 1 : 1;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => wb.value("Ark1", r, 4 + c)));
}

const BUDGET = [
  [12.34, 8.46, 5.25],
  [7.45, 3.33, 9.14],
  [4.26, 6.25, 2.37],
];
const ROUNDED = [
  [12.3, 8.5, 5.3, 26.1],
  [7.5, 3.3, 9.1, 19.9],
  [4.3, 6.2, 2.4, 12.9],
  [24.1, 18.0, 16.8, 58.9],
];

describe("ROUNDTABLE in the in-memory workbook", () => {
  test.each(["=BUDGET.ROUNDTABLE(A1:C3,1)", "=BUDGET.AFRUND.TABEL(A1:C3,1)"])("%s spills 4 × 4", (formula) => {
    expect(spill(formula, BUDGET)).toEqual(ROUNDED);
  });

  test("a text cell is #VALUE! with the message naming the cell", () => {
    const value = spill("=BUDGET.ROUNDTABLE(A1:B2,1)", [
      [1, 2],
      ["n/a", 4],
    ])[0]?.[0];
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).message).toBe(
      'values: row 2, column 1 is "n/a", not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.',
    );
  });
});
