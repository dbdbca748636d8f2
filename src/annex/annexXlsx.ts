/**
 * The annex as an .xlsx (the CLI's `annex` command): the same rows as the pane writes, with A4
 * landscape, one page wide, the heading rows repeated on every page and the municipality and the
 * date in the page header. And the negotiation sheet read from an .xlsx, opened as a file that may
 * be hostile (src/workbooks' safe opener).
 */
import ExcelJS from "exceljs";
import { EXCEL_ROWS, openWorkbookSafely } from "../workbooks/file/safeOpen";
import { readNegotiationGrid, type Grid } from "../negotiation/readSheet";
import type { Negotiation } from "../negotiation/model";
import { isWord, W, type SheetLanguage } from "../negotiation/words";
import { ANNEX_BOLD, ANNEX_WORDS, annexColumnWidths, annexPageSetup, annexRows, annexWriteBlock } from "./annexBlock";
import type { AnnexTable } from "./annexTable";

/** A cell's value as a sheet shows it: a formula's cached result, rich text as its text. */
function shown(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("result" in value) return shown((value as { result?: ExcelJS.CellValue }).result ?? "");
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return value;
}

/**
 * The sheet's values as a grid from A1, in one pass over the rows it stores (exceljs's columnCount
 * walks every row, so it is asked once, not per cell: the reader is linear in the cells).
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    while (rows.length < number - 1) rows.push([]);
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push("");
      cells.push(shown(cell.value));
    });
    rows.push(cells);
  });
  return rows;
}

/**
 * The negotiation sheet of a workbook: the first sheet whose A1 is "Forhandling"/"Negotiation".
 * Every row is read (no row cap: the file's size limits hold, and a refusal names them).
 */
export async function readNegotiationXlsx(bytes: Uint8Array, file: string): Promise<Negotiation> {
  const workbook = await openWorkbookSafely(bytes, undefined, undefined, EXCEL_ROWS);
  const sheet = workbook.worksheets.find((s) => isWord(shown(s.getCell(1, 1).value), W.title));
  return readNegotiationGrid(sheet ? worksheetGrid(sheet) : [], sheet ? `${file}, ${sheet.name}` : file);
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
