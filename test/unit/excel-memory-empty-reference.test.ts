/**
 * A reference to an empty cell, in the in-memory engine as in Excel: 0 in arithmetic and as a
 * formula's whole result (=A1 on an empty A1 shows 0, and so do the empty cells a spilled =A1:B1
 * covers), while text stays text: =A1&"" and =TRIM(A1) give the text "", which ISBLANK, arithmetic
 * and a reference to their cell tell apart from an empty cell, as they do for =IF(…,"").
 */
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";

/** A1 = 5, B1 empty, C1 = 3; the formulas go in row 3 (A3, B3, …). */
function sheet(formulas: string[]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  wb.setInput("Ark1", 0, 0, 5);
  wb.setInput("Ark1", 0, 2, 3);
  formulas.forEach((formula, c) => wb.setInput("Ark1", 2, c, formula));
  return wb;
}

function value(wb: MemoryWorkbook, row: number, column: number): unknown {
  const v = wb.value("Ark1", row, column);
  return v instanceof FormulaError ? v.code : v;
}

function one(formula: string): unknown {
  return value(sheet([formula]), 2, 0);
}

describe("a reference to an empty cell", () => {
  test("is 0 as a formula's whole result, also through IF", () => {
    expect(one("=B1")).toBe(0);
    expect(one("=IF(TRUE,B1)")).toBe(0);
    expect(one("=A1")).toBe(5);
  });

  test("is 0 in the empty cells of a spilled range", () => {
    const wb = sheet(["=A1:C1"]);
    expect([value(wb, 2, 0), value(wb, 2, 1), value(wb, 2, 2)]).toEqual([5, 0, 3]);
  });

  test("is 0 in arithmetic and blank to ISBLANK", () => {
    expect(one("=B1+1")).toBe(1);
    expect(one("=ISBLANK(B1)")).toBe(true);
  });

  test('gives the text "" through & and TRIM: not blank, #VALUE! in arithmetic', () => {
    expect(one('=B1&""')).toBe("");
    expect(one("=TRIM(B1)")).toBe("");
    expect(one('=ISBLANK(B1&"")')).toBe(false);
    expect(one("=ISBLANK(TRIM(B1))")).toBe(false);
    expect(one('=(B1&"")+1')).toBe("#VALUE!");
    expect(one('=B1&"x"')).toBe("x");
  });

  test('a cell holding a formula that returns "" is read as that text, not as an empty cell', () => {
    // A3 = B1&"" and B3 = IF(…,"") show nothing; C3 and D3 refer to them and show nothing too.
    const wb = sheet(['=B1&""', '=IF(A1>9,1,"")', "=A3", "=B3", "=ISBLANK(A3)", "=IFERROR(B3+1,-1)"]);
    expect([0, 1, 2, 3, 4, 5].map((c) => value(wb, 2, c))).toEqual(["", "", "", "", false, -1]);
  });

  test("a cell holding =B1 holds 0: ISBLANK is FALSE and COUNT counts it", () => {
    const wb = sheet(["=B1", "=ISBLANK(A3)", "=COUNT(A3)"]);
    expect([value(wb, 2, 0), value(wb, 2, 1), value(wb, 2, 2)]).toEqual([0, false, 1]);
  });
});
