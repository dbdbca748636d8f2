/**
 * The playground's in-memory workbook evaluates ROUNDTABLE under its English id and its Danish
 * name, spilling the rounded table with its totals, from a range of cells as a user types them.
 */
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { FormulaError, type Scalar } from "../../src/excel/memory/formula/values";

/** Cells typed from A1 (null: left empty), and the formula in E1: what it spills. */
function spill(formula: string, cells: (number | string | null)[][]): Scalar[][] {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  cells.forEach((row, r) => row.forEach((value, c) => value !== null && wb.setInput("Ark1", r, c, value)));
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

describe("ROUNDTABLE with groups in the in-memory workbook", () => {
  // Departments in A (written once, the rows below left empty), proposals in B:C (FUNCTIONS.md).
  const ANNEX = [
    ["MSB", 1.25, 2.45],
    [null, 0.35, 0.35],
    ["Teknik", 0.45, 1.15],
    [null, 2.05, 0.25],
  ];

  test.each(["=BUDGET.ROUNDTABLE(B1:C4,1,A1:A4)", "=BUDGET.AFRUND.TABEL(B1:C4,1,A1:A4)"])(
    "%s spills 7 × 3 with MSB's subtotal 1,6 | 2,8 and Teknik's 2,5 | 1,4",
    (formula) => {
      const grid = spill(formula, ANNEX);
      expect(grid).toHaveLength(7);
      expect(grid[2]).toEqual([1.6, 2.8, 4.4]);
      expect(grid[5]).toEqual([2.5, 1.4, 3.9]);
      expect(grid[6]).toEqual([4.1, 4.2, 8.3]);
    },
  );

  test("a department that comes back after another is #VALUE! naming the row", () => {
    const value = spill("=BUDGET.ROUNDTABLE(B1:C4,1,A1:A4)", [
      ["MSB", 1, 2],
      ["Teknik", 3, 4],
      ["MSB", 5, 6],
      [null, 7, 8],
    ])[0]?.[0];
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).message).toMatch(
      /^groups: row 3 \("MSB"\) comes back to a group that ended at row 1/,
    );
  });
});
