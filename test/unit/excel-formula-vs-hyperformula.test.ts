/**
 * The in-memory workbook's formula engine (the playground's stand-in for Excel) against a second,
 * independent spreadsheet engine: the same cells and formulas in both, and every result must agree.
 * HyperFormula (GPL-3.0, a test-only dependency) follows Excel's grammar and operator rules, so
 * this catches the places where our small engine would teach a user something Excel does not do.
 */
import { HyperFormula } from "hyperformula";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";

/** The data both engines see on their first sheet, from A1. */
const DATA: (string | number | boolean)[][] = [
  [1.5, 2, "tekst", true],
  [-3, 0.1, 0.2, false],
  [10, 20, 30, 40],
];

/** Formulas in the grammar the engine documents (docs/playground-formulas.md). */
const FORMULAS = [
  "=2^3^2",
  "=-2^2",
  "=2^-1",
  "=50%",
  "=10%^2",
  "=1+2*3-4/8",
  "=(1+2)*3",
  "=-(1+2)",
  "=2*-3",
  '="a"&"b"&1',
  "=A1&B1",
  "=1<2",
  "=2<=2",
  "=1<>1",
  '="abc"="ABC"',
  '="a"<"b"',
  '="b"<TRUE()',
  "=FALSE()<TRUE()",
  '=1<"1"',
  "=TRUE()>1",
  "=E1=0",
  '=E1=""',
  "=E1=FALSE()",
  "=A1+B1",
  "=A2*B2",
  "=SUM(A1:B3)",
  "=SUM(A3:D3,5)",
  "=SUM(C1:D1)",
  "=ROUND(2.675,2)",
  "=ROUND(-2.5,0)",
  "=ROUND(1234.5,-2)",
  "=MIN(A1:D3)",
  "=MAX(A1:D3)",
  "=ABS(A2)",
  "=1/0",
  "=A1+C1",
  "=SUM(A3:D3)/4",
  '=IF(A1>1,"stor","lille")',
  "=IF(A2>0,1)",
  "=IFERROR(1/0,-1)",
  "=IFERROR(A1*2,-1)",
  "=ISBLANK(E1)",
  "=ISBLANK(A1)",
  "=COUNT(A1:D3)",
  '=SUMIFS(A3:D3,A1:D1,">1")',
  '=SUMIFS(A3:D3,A1:D1,"tekst")',
  "=SUMIFS(A3:D3,A2:D2,0.1)",
  "=ISBLANK(NA())",
];

function ours(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  DATA.forEach((row, r) => row.forEach((value, c) => wb.setInput("Ark1", r, c, value)));
  FORMULAS.forEach((formula, i) => wb.setInput("Ark1", 10 + i, 0, formula));
  return wb;
}

function theirs(): HyperFormula {
  const sheet: (string | number | boolean | null)[][] = DATA.map((row) => [...row]);
  while (sheet.length < 10) sheet.push([]);
  for (const formula of FORMULAS) sheet.push([formula]);
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
}

/** Both engines' results as comparable values: errors by code, numbers to 15 significant digits. */
function comparable(value: unknown): unknown {
  if (value instanceof FormulaError) return value.code;
  if (typeof value === "object" && value !== null && "value" in value) return String(value.value);
  if (typeof value === "number") return Number(value.toPrecision(15));
  return value;
}

describe("the playground's formula engine agrees with HyperFormula", () => {
  const wb = ours();
  const hf = theirs();
  afterAll(() => hf.destroy());

  test.each(FORMULAS.map((formula, i) => [formula, i] as const))("%s", (_formula, i) => {
    const mine = comparable(wb.value("Ark1", 10 + i, 0));
    const other = comparable(hf.getCellValue({ sheet: 0, row: 10 + i, col: 0 }));
    expect(mine).toEqual(other);
  });

  test("the operators Excel groups left to right: 2^3^2 is 64, not 512", () => {
    expect(wb.value("Ark1", 10, 0)).toBe(64);
  });

  test("TRUE and FALSE as Excel takes them, bare or as functions", () => {
    wb.setInput("Ark1", 6, 5, '="b"<TRUE');
    wb.setInput("Ark1", 6, 6, "=TRUE=TRUE()");
    expect([wb.value("Ark1", 6, 5), wb.value("Ark1", 6, 6)]).toEqual([true, true]);
  });

  test("text compares in Danish order, as in Danish Excel: Å after Z", () => {
    wb.setInput("Ark1", 7, 5, '="Å">"Z"');
    wb.setInput("Ark1", 7, 6, '="æble"<"øl"');
    expect([wb.value("Ark1", 7, 5), wb.value("Ark1", 7, 6)]).toEqual([true, true]);
  });

  test("SUMME is German, not Danish: it is #NAME? here as in Danish Excel", () => {
    wb.setInput("Ark1", 5, 5, "=SUMME(A1:B1)");
    expect(comparable(wb.value("Ark1", 5, 5))).toBe("#NAME?");
    wb.setInput("Ark1", 5, 6, "=AFRUND(2.675;2)");
    expect(wb.value("Ark1", 5, 6)).toBe(2.68);
  });
});
