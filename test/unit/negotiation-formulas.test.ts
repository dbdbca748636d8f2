/**
 * TRIM, EXACT and SUMPRODUCT in the playground's engine, as the negotiation sheet writes them (its
 * status rule and its exact department names), against HyperFormula, an engine that follows Excel
 * (with array arithmetic on, as Excel and LibreOffice lift EXACT over a range inside SUMPRODUCT).
 */
import { HyperFormula } from "hyperformula";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";

const DATA: (string | number | boolean)[][] = [
  ["MSB", 1, "Vedtaget "],
  ["msb", 2, "  vedtaget"],
  ["B*", 4, "Ved  taget"],
  ["Bolig", 8, "Delvis"],
  [">1", 16, true],
];

const FORMULAS = [
  '=TRIM(C1)="Vedtaget"',
  '=TRIM(C2)="Vedtaget"',
  "=TRIM(C3)",
  '=TRIM("  a  b  ")',
  "=TRIM(C5)",
  "=TRIM(B1)",
  '=EXACT(A1,"MSB")',
  '=EXACT(A2,"MSB")',
  "=EXACT(B1,1)",
  "=SUMPRODUCT(--EXACT(A1:A5,A1),B1:B5)",
  "=SUMPRODUCT(--EXACT(A1:A5,A2),B1:B5)",
  "=SUMPRODUCT(--EXACT(A1:A5,A3),B1:B5)",
  "=SUMPRODUCT(--EXACT(A1:A5,A5),B1:B5)",
  "=SUMPRODUCT(B1:B5,B1:B5)",
  "=SUMPRODUCT(A1:A5,B1:B5)",
];

const comparable = (value: unknown): unknown =>
  value instanceof FormulaError
    ? value.code
    : typeof value === "object" && value !== null && "value" in value
      ? String(value.value)
      : value;

describe("TRIM, EXACT and SUMPRODUCT agree with HyperFormula", () => {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  DATA.forEach((row, r) => row.forEach((v, c) => wb.setInput("Ark1", r, c, v)));
  FORMULAS.forEach((f, i) => wb.setInput("Ark1", 10 + i, 0, f));
  const sheet: (string | number | boolean | null)[][] = DATA.map((row) => [...row]);
  while (sheet.length < 10) sheet.push([]);
  for (const f of FORMULAS) sheet.push([f]);
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  afterAll(() => hf.destroy());

  test.each(FORMULAS.map((f, i) => [f, i] as const))("%s", (_f, i) => {
    expect(comparable(wb.value("Ark1", 10 + i, 0))).toEqual(
      comparable(hf.getCellValue({ sheet: 0, row: 10 + i, col: 0 })),
    );
  });

  test("the figures: MSB 1 and msb 2 apart, B* only itself", () => {
    expect([9, 10, 11, 12].map((i) => wb.value("Ark1", 10 + i, 0))).toEqual([1, 2, 4, 16]);
  });
});
