import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";

/** A sheet with A1:D1 = 1, "", 3, "x" and A2:D2 = 10, 20, 30, 40; returns what a formula in F1 gives. */
function evaluate(formula: string): unknown {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  [1, "", 3, "x"].forEach((v, c) => wb.setInput("Ark1", 0, c, v));
  [10, 20, 30, 40].forEach((v, c) => wb.setInput("Ark1", 1, c, v));
  wb.setInput("Ark1", 0, 5, formula);
  const value = wb.value("Ark1", 0, 5);
  return value instanceof FormulaError ? value.code : value;
}

describe("in-memory workbook: Excel's IF, IFERROR, ISBLANK, COUNT, NA and SUMIFS", () => {
  test("IF picks a branch; an error in the other branch does not leak", () => {
    expect(evaluate('=IF(A1>0,"ja","nej")')).toBe("ja");
    expect(evaluate('=IF(B1="",NA(),1)')).toBe("#N/A");
    expect(evaluate("=IF(A1<0,NA(),A2)")).toBe(10);
    expect(evaluate("=HVIS(0,1)")).toBe(false);
  });

  test("IFERROR, ISBLANK and COUNT", () => {
    expect(evaluate("=IFERROR(A2/0,-1)")).toBe(-1);
    expect(evaluate("=IFERROR(A2/2,-1)")).toBe(5);
    expect(evaluate("=ISBLANK(B1)")).toBe(true);
    expect(evaluate("=ISBLANK(A1)")).toBe(false);
    // Only numbers count: 1 and 3, not the blank nor "x".
    expect(evaluate("=COUNT(A1:D1)")).toBe(2);
  });

  test('SUMIFS with "<>", "", a comparison and a text', () => {
    // Non-blank criteria cells A1, C1, D1: 10 + 30 + 40 = 80; the blank B1: 20.
    expect(evaluate('=SUMIFS(A2:D2,A1:D1,"<>")')).toBe(80);
    expect(evaluate('=SUMIFS(A2:D2,A1:D1,"")')).toBe(20);
    // Numbers ≥ 2: only C1 (3) → 30; the text "x" (any case) → 40.
    expect(evaluate('=SUMIFS(A2:D2,A1:D1,">=2")')).toBe(30);
    expect(evaluate('=SUMIFS(A2:D2,A1:D1,"X")')).toBe(40);
    expect(evaluate('=SUMIFS(A2:D2,A1:C1,"<>")')).toBe("#VALUE!");
  });
});
