import type ExcelJS from "exceljs";
import { parseNumberText } from "../core";

export { looksLikeFormula } from "../sheet/textCell";

/** A cell's value as the readers use it: what a viewer shows, with formulas reduced to their result. */
export type SheetValue = string | number | boolean | Date | null | { error: string };

/** Sheets as rows of values, from a file (exceljs) or from the open workbook (the task pane). */
export interface SheetGrids {
  readonly names: readonly string[];
  /** Rows of the named sheet (matched without regard to case), or undefined when there is no such sheet. */
  rows(name: string): readonly (readonly SheetValue[])[] | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Reduces exceljs's many value shapes (formula, rich text, hyperlink, error) to a SheetValue. */
export function plainValue(value: unknown): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (isRecord(value)) {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText
        .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
        .join("");
    }
    if ("formula" in value || "sharedFormula" in value) return plainValue(value.result);
    if ("text" in value) return plainValue(value.text);
  }
  return null;
}

/** The formula of a cell (without "="), or null when it holds a constant. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  const value: unknown = cell.value;
  if (!isRecord(value) || !("formula" in value || "sharedFormula" in value)) return null;
  // For a shared formula's dependent cells exceljs translates the master's formula on request.
  const formula = cell.formula;
  return typeof formula === "string" && formula !== "" ? formula : null;
}

export function isBlankValue(value: SheetValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** How a value is quoted in a message. */
export function describeValue(value: SheetValue): string {
  if (value === null) return "blank";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return `the error ${value.error}`;
}

/** Text of a value for a text field; numbers keep their shortest form. */
export function valueText(value: SheetValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return value.error;
  return String(value);
}

/** The grids of an exceljs workbook, bounded so that a sheet with a stray far-away cell stays cheap. */
export function gridsOfWorkbook(workbook: ExcelJS.Workbook, maxRows = 5000, maxColumns = 100): SheetGrids {
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const sheet of workbook.worksheets) sheets.set(sheet.name.toLowerCase(), sheet);
  return {
    names: workbook.worksheets.map((sheet) => sheet.name),
    rows(name) {
      const sheet = sheets.get(name.toLowerCase());
      if (!sheet) return undefined;
      const rows: SheetValue[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber > maxRows) return;
        const values: SheetValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          if (columnNumber <= maxColumns) values[columnNumber - 1] = plainValue(cell.value);
        });
        rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
      });
      return Array.from(rows, (row) => row ?? []);
    },
  };
}

/**
 * A value read as a number: numbers as they are, text in Danish or plain format through the core's
 * parser ("1.234,5", "28,4 %"). null when blank, undefined when it is not a number at all.
 */
export function numberOf(value: SheetValue): number | null | undefined {
  if (isBlankValue(value)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return parseNumberText(value);
  return undefined;
}
