/**
 * The annex as an .xlsx (the CLI's `annex` command): the same rows as the pane writes, with A4
 * landscape, one page wide, the heading rows repeated on every page and the municipality and the
 * date in the page header. And the negotiation sheet read from an .xlsx, unpacked as a file that may
 * be hostile (src/workbooks' safe opener) and read by sheetCells.
 */
import ExcelJS from "exceljs";
import { unpackXlsx, type ZipLimits } from "../workbooks/file/safeOpen";
import { readNegotiationGrid } from "../negotiation/readSheet";
import type { Negotiation } from "../negotiation/model";
import { isWord, W, type SheetLanguage } from "../negotiation/words";
import { ANNEX_BOLD, ANNEX_WORDS, annexColumnWidths, annexPageSetup, annexRows, annexWriteBlock } from "./annexBlock";
import type { AnnexTable } from "./annexTable";
import { sheetsOf } from "./sheetCells";

/**
 * What the annex reads a negotiation workbook within: larger than a department workbook's limits (a
 * negotiation of 2.000 proposals × 100 years is a sheet of 32 MB), and stated in the refusal.
 */
export const NEGOTIATION_LIMITS: ZipLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxEntries: 1000,
  maxEntryBytes: 160 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
};

/**
 * The negotiation sheet of a workbook: the first sheet whose A1 is "Forhandling"/"Negotiation". Every
 * row is read (no row cap: the size limits above hold, and a refusal names them), in one pass over
 * the sheet's XML.
 */
export async function readNegotiationXlsx(bytes: Uint8Array, file: string): Promise<Negotiation> {
  const parts = await unpackXlsx(bytes, NEGOTIATION_LIMITS);
  for (const sheet of sheetsOf(parts)) {
    const grid = sheet.grid();
    if (isWord(grid[0]?.[0], W.title)) return readNegotiationGrid(grid, `${file}, ${sheet.name}`);
  }
  return readNegotiationGrid([], file);
}

/** Excel's header codes: &L left, &R right; a literal "&" is doubled. */
const headerText = (text: string) => text.replace(/&/g, "&&");

export function annexWorkbook(
  table: AnnexTable,
  language: SheetLanguage,
  municipality: string,
  date: Date,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const setup = annexPageSetup(municipality, date);
  const [first, last] = setup.titleRows ?? [1, 3];
  const sheet = workbook.addWorksheet(ANNEX_WORDS.sheet[language], {
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${first}:${last}`,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerText(setup.header?.left ?? "")}&R${headerText(setup.header?.right ?? "")}`,
    },
  });
  const rows = annexRows(table, language);
  const widths = annexColumnWidths(rows, table.decimals);
  const width = widths.length;
  sheet.columns = widths.map((w) => ({ width: w }));
  // The same layout the pane writes: alignment, borders and sizes per cell from one source.
  const layout = annexWriteBlock(rows, table.decimals);
  rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 1);
    row.cells.forEach((value, c) => {
      const cell = excelRow.getCell(c + 1);
      cell.value = value === "" ? null : value;
      const format = row.formats[c];
      if (format && format !== "General") cell.numFmt = format;
      if (layout.horizontalAlignment?.[r]?.[c] === "Right") cell.alignment = { horizontal: "right" };
    });
    if (ANNEX_BOLD.has(row.kind)) excelRow.font = { bold: true, size: layout.fontSize?.[r]?.[0] ?? 11 };
    if (row.kind === "proposal") excelRow.getCell(1).alignment = { indent: 1 };
    for (let c = 1; c <= width; c++) {
      const border = layout.bottomBorder?.[r]?.[c - 1];
      if (border === "thin" || border === "double") excelRow.getCell(c).border = { bottom: { style: border } };
    }
  });
  return workbook;
}
