/**
 * An .xlsx of the user's own opened into an in-memory workbook, so every wizard can be tried on
 * real tables without Excel. The file goes through the same safe opener as a returned department
 * workbook (src/workbooks/file/safeOpen.ts: size, zip-bomb and XXE limits, rows past the bound
 * counted), and the limits below are checked before anything is loaded: a file beyond them is
 * refused with the limit named, never read in part.
 *
 * Kept: sheet names and order (hidden sheets stay hidden), values, formulas (the playground
 * calculates them itself), number formats, hidden rows and merged areas. Not kept: defined names
 * (the safe opener drops them), charts, styles. Text that looks like a formula stays text.
 */
import type ExcelJS from "exceljs";
import { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import { parseRange } from "../sheet/address";
import { textCell } from "../sheet/textCell";
import type { CellInput, MergedArea } from "../sheet/types";
import { refusalAbout, render, type FileNoun } from "../workbooks/messages";
import { checkFileSize, danishCount, OPEN_LIMITS, refuse } from "./openLimits";
import {
  DEFAULT_LIMITS,
  openWorkbookSafely,
  RefusedFile,
  sheetScanOf,
  unpackXlsx,
  type ZipLimits,
} from "../workbooks/file/safeOpen";
import { sheetPartNames } from "../workbooks/file/sheetXml";

const ZIP_LIMITS: ZipLimits = { ...DEFAULT_LIMITS, maxFileBytes: OPEN_LIMITS.maxFileBytes };

/** What a file opened in the playground was meant to be, for the opener's refusals. */
const YOUR_WORKBOOK: FileNoun = { da: "en projektmappe", en: "a workbook" };

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([^"']*)["']/g;

/** The merged areas written in each worksheet part, by sheet name (exceljs is told to skip them). */
function mergesBySheet(parts: Map<string, Uint8Array>, name: string): Map<string, MergedArea[]> {
  const decoder = new TextDecoder();
  const names = sheetPartNames(
    decoder.decode(parts.get("xl/workbook.xml")),
    decoder.decode(parts.get("xl/_rels/workbook.xml.rels") ?? new Uint8Array()),
  );
  const found = new Map<string, MergedArea[]>();
  for (const [part, sheet] of names) {
    const data = parts.get(part);
    if (!data) continue;
    const areas: MergedArea[] = [];
    for (const match of decoder.decode(data).matchAll(MERGE_CELL)) {
      const range = parseRange(match[1] ?? "");
      if (!range) continue;
      if (areas.length >= OPEN_LIMITS.maxMerges)
        throw refuse(
          name,
          `arket «${sheet}» har mere end ${danishCount(OPEN_LIMITS.maxMerges)} flettede områder; legepladsen åbner højst så mange pr. ark.`,
          `the sheet "${sheet}" has more than ${OPEN_LIMITS.maxMerges} merged areas; the playground opens at most that many per sheet.`,
        );
      // Only the rows the opener reads: a merge reaching below them is cut at the bound.
      if (range.start.row >= OPEN_LIMITS.maxRows) continue;
      const lastRow = Math.min(range.end.row, OPEN_LIMITS.maxRows - 1);
      const area = {
        row: range.start.row,
        column: range.start.column,
        rows: lastRow - range.start.row + 1,
        columns: range.end.column - range.start.column + 1,
      };
      if (area.rows * area.columns > 1) areas.push(area);
    }
    found.set(sheet.toLowerCase(), areas);
  }
  return found;
}

/** Days since Excel's day 0 (1899-12-30), as a date cell holds them. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A cell as the in-memory workbook stores it: a formula, a number, a truth value, or text kept as text. */
function inputOf(cell: ExcelJS.Cell): CellInput {
  const formula = cell.formula;
  if (typeof formula === "string" && formula !== "") return `=${formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return textCell(value);
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "object") {
    if ("richText" in value) return textCell(value.richText.map((r) => r.text).join(""));
    if ("error" in value) return textCell(String(value.error));
    if ("text" in value) return textCell(String(value.text));
    if ("result" in value)
      return typeof value.result === "number" || typeof value.result === "boolean" ? value.result : textCell(cell.text);
  }
  return textCell(String(cell.text));
}

/**
 * Opens the bytes of an .xlsx file named `name` into a new in-memory workbook; throws OpenRefused
 * with the reason when the file is hostile, damaged or beyond OPEN_LIMITS.
 */
export async function openXlsx(bytes: Uint8Array, name: string): Promise<MemoryWorkbook> {
  checkFileSize(name, bytes.length);
  let workbook: ExcelJS.Workbook;
  let merges: Map<string, MergedArea[]>;
  try {
    merges = mergesBySheet(await unpackXlsx(bytes, ZIP_LIMITS), name);
    workbook = await openWorkbookSafely(bytes, ZIP_LIMITS);
  } catch (error) {
    if (error instanceof RefusedFile) {
      const reason = refusalAbout(error.reason, YOUR_WORKBOOK);
      throw refuse(name, render(reason, "da"), render(reason, "en"));
    }
    throw error;
  }
  let cells = 0;
  for (const sheet of workbook.worksheets) {
    const scanned = sheetScanOf(workbook, sheet.name)?.dropped;
    // The opener's own bound, or ours where it reads further.
    const dropped =
      scanned ??
      (sheet.actualRowCount > 0 && sheet.lastRow && sheet.lastRow.number > OPEN_LIMITS.maxRows
        ? { first: OPEN_LIMITS.maxRows + 1, last: sheet.lastRow.number }
        : null);
    if (dropped)
      throw refuse(
        name,
        `arket «${sheet.name}» har indhold i række ${danishCount(dropped.first)}–${danishCount(dropped.last)}, og legepladsen åbner højst ${danishCount(OPEN_LIMITS.maxRows)} rækker pr. ark. Gem en kopi med færre rækker, og åbn den.`,
        `the sheet "${sheet.name}" has content in rows ${dropped.first}–${dropped.last}, and the playground opens at most ${OPEN_LIMITS.maxRows} rows per sheet. Save a copy with fewer rows, and open that.`,
      );
    sheet.eachRow({ includeEmpty: false }, (row) => (cells += row.cellCount));
  }
  if (cells > OPEN_LIMITS.maxCells)
    throw refuse(
      name,
      `den har ${danishCount(cells)} udfyldte celler, og legepladsen åbner højst ${danishCount(OPEN_LIMITS.maxCells)}. Gem en kopi med kun de ark, du vil prøve, og åbn den.`,
      `it has ${cells} cells in use, and the playground opens at most ${OPEN_LIMITS.maxCells}. Save a copy with only the sheets you want to try, and open that.`,
    );
  if (workbook.worksheets.length === 0) throw refuse(name, "den har ingen ark.", "it has no sheets.");

  const opened = new MemoryWorkbook();
  for (const source of workbook.worksheets) {
    const sheet = opened.addSheet(source.name);
    sheet.hidden = source.state !== "visible";
    source.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) opened.setRowHidden(sheet.name, rowNumber - 1, true);
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const format = cell.numFmt;
        opened.setInput(sheet.name, rowNumber - 1, columnNumber - 1, inputOf(cell), format || undefined);
      });
    });
    for (const area of merges.get(source.name.toLowerCase()) ?? []) {
      try {
        opened.merge(sheet.name, area);
      } catch {
        throw refuse(
          name,
          `arket «${sheet.name}» har flettede celler, der overlapper hinanden, som Excel ikke tillader: filen er beskadiget. Åbn og gem den i Excel, og prøv igen.`,
          `the sheet "${sheet.name}" has merged cells that overlap, which Excel does not allow: the file is damaged. Open and save it in Excel, and try again.`,
        );
      }
    }
  }
  return opened;
}
