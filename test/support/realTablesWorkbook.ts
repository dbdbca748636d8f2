/**
 * A municipal key table as economists really have it, written with exceljs: a merged title, a
 * heading over two rows with merged heading cells, a group label merged down three rows, a blank
 * row, a number typed as text ("6,8"), a hidden row (an obsolete department), an "I alt" row whose
 * SUM therefore misses 6,8, a footnote, a text that looks like a formula, and a hidden sheet.
 * Used by the unit test of the opener and by the playground's e2e test.
 */
import ExcelJS from "exceljs";

/** The key's numbers that are numbers: 28,4 + 8,1 + 13,5 + 27,9 + 0 + 15,3 (6,8 is text). */
export const SUM_OF_NUMBERS = 93.2;
export const FORMULA_LIKE_TEXT = '=WEBSERVICE("http://example.invalid/x")';

export async function realTablesWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nøgle");
  const rows: (string | number | null)[][] = [
    ["Administrativ fordelingsnøgle 2025", null, null],
    ["Gruppe", "Afdeling", "Andel"],
    [null, null, "i %"],
    ["Voksne", "MSB", 28.4],
    [null, "MTM", 8.1],
    [null, "MSO", 13.5],
    [null, null, null],
    ["Børn", "MKB", "6,8"],
    [null, "MBU", 27.9],
    [null, "Nedlagt afd.", 0],
    [null, "BA", 15.3],
    [null, "I alt", null],
    ["Kilde: budgetnotat, april", null, null],
    [null, "Note", FORMULA_LIKE_TEXT],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v)));
  sheet.getCell("C12").value = { formula: "SUM(C4:C11)", result: SUM_OF_NUMBERS };
  for (let r = 4; r <= 12; r++) sheet.getCell(`C${r}`).numFmt = "0.0";
  sheet.mergeCells("A1:C1");
  sheet.mergeCells("A2:A3");
  sheet.mergeCells("B2:B3");
  sheet.mergeCells("A4:A6");
  sheet.getRow(10).hidden = true;
  const hidden = workbook.addWorksheet("Gammel", { state: "hidden" });
  hidden.getCell("A1").value = "Gemt væk";
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
