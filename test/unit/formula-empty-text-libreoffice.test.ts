/**
 * The text "" a formula returns is not an empty cell, in the in-memory engine as in Excel and
 * LibreOffice: ISBLANK is FALSE for it, COUNTA counts it, SUMIFS "<>" matches it, "" matches it and
 * an empty cell, "=" only the empty cell, and arithmetic on it is #VALUE!. Each probe is a number
 * (truth as 1/0, an error as -1), computed by the engine and by LibreOffice recalculating the same
 * sheet; both must give the values written here by the Excel rules above. A reference to an empty
 * cell as a formula's whole result (=A2, =IF(…,A2)) is the number 0 in its cell, as in Excel.
 *
 * Needs `soffice` (Debian: apt-get install -y libreoffice-calc). Without it this test fails.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";
import { recalculatingProfile, requireLibreOffice, soffice } from "../support/libreOffice";

const SHORT = 180_000;
/**
 * A1: a formula returning ""; A2: empty; A3: 5. C1:C3 the amounts SUMIFS adds: 1, 2, 4. D1:D3
 * formulas whose whole result is a reference: to the empty A2, to A1's "", and to A2 through IF.
 */
const INPUTS: [number, number, string | number][] = [
  [0, 0, '=IF(1>2,1,"")'],
  [2, 0, 5],
  [0, 2, 1],
  [1, 2, 2],
  [2, 2, 4],
  [0, 3, "=A2"],
  [1, 3, "=A1"],
  [2, 3, "=IF(1<2,A2)"],
];
/** Column B from row 1: each probe and the value the Excel rules give. */
const PROBES: [string, number][] = [
  ["=IF(ISBLANK(A1),1,0)", 0],
  ["=IF(ISBLANK(A2),1,0)", 1],
  ["=COUNTA(A1:A3)", 2],
  ["=COUNT(A1:A3)", 1],
  ['=SUMIFS(C1:C3,A1:A3,"<>")', 5],
  ['=SUMIFS(C1:C3,A1:A3,"")', 3],
  ['=SUMIFS(C1:C3,A1:A3,"=")', 2],
  ['=IF(A1="",1,0)', 1],
  ['=IF(A2="",1,0)', 1],
  ["=IFERROR(A1+1,-1)", -1],
  ["=IFERROR(A2+1,-1)", 1],
  ['=IF(ISBLANK(""),1,0)', 0],
  // A reference to an empty cell is 0 as a whole result; "" joined to it is text.
  ["=A2", 0],
  ['=IF(ISBLANK(A2&""),1,0)', 0],
  ['=IFERROR((A2&"")+1,-1)', -1],
  ["=IF(ISBLANK(TRIM(A2)),1,0)", 0],
  // What those references leave in their cells: the number 0 for the empty cell, the text "" for "".
  ["=IF(1<2,A2)", 0],
  ["=COUNT(D1:D3)", 2],
  ["=COUNTA(D1:D3)", 3],
  ["=IF(ISBLANK(D1),1,0)", 0],
  ["=IFERROR(D2+1,-1)", -1],
  ["=D1+D3+1", 1],
];

let libreOffice: string[];
let work: string;

beforeAll(async () => {
  requireLibreOffice();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Prøve");
  for (const [r, c, v] of INPUTS)
    sheet.getCell(r + 1, c + 1).value = typeof v === "string" ? { formula: v.slice(1) } : v;
  PROBES.forEach(([formula], r) => (sheet.getCell(r + 1, 2).value = { formula: formula.slice(1) }));
  work = mkdtempSync(join(tmpdir(), "raaderum-emptytext-"));
  // Recalculate on load: the file carries no results of its own.
  const profile = recalculatingProfile(work);
  mkdirSync(join(work, "in"));
  writeFileSync(join(work, "in", "probe.xlsx"), await workbookBytes(workbook));
  soffice(
    ["--convert-to", "csv", "--outdir", join(work, "out"), join(work, "in", "probe.xlsx")],
    profile,
    SHORT / 2 - 10_000,
  );
  if (!existsSync(join(work, "out", "probe.csv"))) throw new Error("soffice did not write probe.csv");
  libreOffice = readFileSync(join(work, "out", "probe.csv"), "utf8")
    .split(/\r?\n/)
    .slice(0, PROBES.length)
    .map((line) => line.split(",")[1] ?? "");
}, SHORT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the text "" from a formula is not an empty cell', () => {
  test("LibreOffice gives the Excel rules' values", () => {
    expect(libreOffice.map(Number)).toEqual(PROBES.map(([, expected]) => expected));
  });

  test("the in-memory engine gives the same", () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Prøve");
    for (const [r, c, v] of INPUTS) wb.setInput("Prøve", r, c, v);
    PROBES.forEach(([formula], r) => wb.setInput("Prøve", r, 1, formula));
    expect(PROBES.map((_, r) => wb.value("Prøve", r, 1))).toEqual(PROBES.map(([, expected]) => expected));
    // The cell itself shows nothing, as in Excel.
    expect(wb.value("Prøve", 0, 0)).toBe("");
  });
});
