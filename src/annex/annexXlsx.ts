/**
 * The annex as an .xlsx (the CLI's `annex` command): the same rows as the pane writes, with A4
 * landscape, one page wide, the heading rows repeated on every page and the municipality and the
 * date in the page header. And the negotiation sheet read from an .xlsx, unpacked as a file that may
 * be hostile (src/workbooks' safe opener) and read by sheetCells.
 */
import ExcelJS from "exceljs";
import { unpackXlsx, type ZipLimits } from "../workbooks/file/safeOpen";
import { shownText } from "../sheet/textCell";
import { readNegotiationGrid } from "../negotiation/readSheet";
import type { Negotiation } from "../negotiation/model";
import { isWord, W, type SheetLanguage } from "../negotiation/words";
import {
  ANNEX_BOLD,
  ANNEX_WORDS,
  annexColumnWidths,
  annexPageSetup,
  annexRows,
  annexWriteBlock,
  type AnnexRow,
} from "./annexBlock";
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
  // The same layout the pane writes: alignment, borders and sizes per cell from one source. Cells
  // of one look share one style object, which exceljs writes once (2.000 × 100 in a fraction of
  // the time a style per cell takes).
  const layout = annexWriteBlock(rows, table.decimals);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (r: number, c: number, kind: AnnexRow["kind"], format: string | undefined) => {
    const right = layout.horizontalAlignment?.[r]?.[c] === "Right";
    const indent = layout.indentLevel?.[r]?.[c] ?? 0;
    const bold = ANNEX_BOLD.has(kind);
    const size = layout.fontSize?.[r]?.[c] ?? 11;
    const border = layout.bottomBorder?.[r]?.[c];
    const wrap = layout.wrapText?.[r]?.[c] === true;
    const numFmt = format && format !== "General" ? format : undefined;
    const key = `${numFmt ?? ""}|${right}|${indent}|${bold}|${size}|${border ?? ""}|${wrap}`;
    let style = styles.get(key);
    if (!style) {
      style = {};
      if (numFmt) style.numFmt = numFmt;
      if (right) style.alignment = { horizontal: "right" };
      if (indent > 0) style.alignment = { indent };
      if (wrap) style.alignment = { ...style.alignment, wrapText: true };
      if (bold) style.font = { bold: true, size };
      if (border === "thin" || border === "double") style.border = { bottom: { style: border } };
      styles.set(key, style);
    }
    return style;
  };
  rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 1);
    const height = layout.rowHeights?.[r];
    if (height !== undefined && height !== null) excelRow.height = height;
    for (let c = 0; c < width; c++) {
      const cell = excelRow.getCell(c + 1);
      const value = row.cells[c] ?? "";
      // The pane's quote prefix is not needed here: exceljs stores a string as text, never a formula.
      cell.value = value === "" ? null : typeof value === "string" ? shownText(value) : value;
      cell.style = styleOf(r, c, row.kind, row.formats[c]);
    }
  });
  return workbook;
}
