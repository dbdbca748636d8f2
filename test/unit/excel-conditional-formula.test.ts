/** IF and SUMIFS in the in-memory workbook, as the negotiation sheet and the playground use them. */
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";

function sheet(rows: (string | number)[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("S");
  rows.forEach((row, r) => row.forEach((v, c) => wb.setInput("S", r, c, v)));
  return wb;
}

function calc(wb: MemoryWorkbook, formula: string): unknown {
  wb.setInput("S", 20, 0, formula);
  const v = wb.value("S", 20, 0);
  return v instanceof FormulaError ? v.code : v;
}

describe("IF and SUMIFS in the in-memory workbook", () => {
  const wb = sheet([
    ["MSB", "Vedtaget", 1.1],
    ["MBU", "Forkastet", 2.2],
    ["msb", "Delvis", 3.3],
    ["MSB", "", 4.4],
    ["BA", "Vedtaget", "tekst"],
  ]);

  test("SUMIFS: text compares without regard to case; the sum is exact; text in the sum range is passed over", () => {
    expect(calc(wb, '=SUMIFS(C1:C5,A1:A5,"MSB")')).toBe(8.8);
    expect(calc(wb, '=SUMIFS(C1:C5,A1:A5,"msb",B1:B5,"Vedtaget")')).toBe(1.1);
    expect(calc(wb, '=SUMIFS(C1:C5,B1:B5,"<>Forkastet")')).toBe(8.8);
    expect(calc(wb, '=SUMIFS(C1:C5,C1:C5,">2")')).toBe(9.9);
    expect(calc(wb, '=SUMIFS(C1:C5,B1:B5,"")')).toBe(4.4);
    expect(calc(wb, "=SUMIFS(C1:C5,A1:A4,A1)")).toBe("#VALUE!");
  });

  test("IF: the chosen branch, FALSE without a third argument, an error condition passed on", () => {
    expect(calc(wb, '=IF(B1="vedtaget",C1,0)')).toBe(1.1);
    expect(calc(wb, '=IF(B2="Vedtaget",C2,IF(B2="Delvis",C2+0,0))')).toBe(0);
    expect(calc(wb, '=IF(B4="Vedtaget",C4)')).toBe(false);
    expect(calc(wb, "=IF(1/0,1,2)")).toBe("#DIV/0!");
    expect(calc(wb, '=HVIS(B3="Delvis",C3*2,0)')).toBe(6.6);
  });
});
