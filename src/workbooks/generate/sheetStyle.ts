/** Shared look of the department workbook: yellow input cells (the Danish convention), grey locked values. */
import type ExcelJS from "exceljs";
import { canonicalValue, type LockedValue } from "../identity";
import { plainValue } from "../values";

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Printed one page wide, as many pages down as it takes. */
export const FIT_TO_WIDTH: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

export function title(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true, size: 14 };
}

export function label(cell: ExcelJS.Cell, text: string, bold = false): void {
  cell.value = text;
  if (bold) cell.font = { bold: true };
}

export function header(cell: ExcelJS.Cell, text: string | number): void {
  cell.value = text;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BOX;
  cell.alignment = { vertical: "middle", wrapText: true };
}

/** An input cell: unlocked on the protected sheet, yellow (its validation is set per range, see validation.ts). */
export function input(cell: ExcelJS.Cell, numFmt?: string, wrap = false): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.border = BOX;
  if (numFmt) cell.numFmt = numFmt;
  if (wrap) cell.alignment = { vertical: "top", wrapText: true };
}

/** A formula with its cached result, computed by the core, for viewers that do not recalculate. */
export function formula(cell: ExcelJS.Cell, text: string, result: number | string, numFmt?: string): void {
  cell.value = { formula: text, result, date1904: false };
  cell.border = BOX;
  if (numFmt) cell.numFmt = numFmt;
}

/** Records every locked value written, so the identification sheet can list them with their addresses. */
export class LockedValues {
  readonly cells: LockedValue[] = [];

  set(sheet: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
    const cell = sheet.getCell(address);
    cell.value = value;
    cell.fill = LOCKED_FILL;
    cell.border = BOX;
    if (numFmt) cell.numFmt = numFmt;
    this.cells.push({ address: `${sheet.name}!${address}`, value: canonicalValue(plainValue(value)) });
    return cell;
  }
}
