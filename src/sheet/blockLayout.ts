/**
 * A written block's layout beyond its cells: bold cells, indents, wrapped text, row heights and column widths. Widths travel in points,
 * the unit Office.js's Range.format.columnWidth reads and sets; an .xlsx (exceljs's `width`) stores
 * them in characters of the default font's widest digit, so the annex converts its character widths
 * here, the way Excel itself turns a stored width into pixels on screen.
 */
import type { LayoutPart, WriteBlock } from "./types";

/** Calibri 11's widest digit, in pixels at 96 dpi: the character unit of a stored column width. */
const DIGIT_PIXELS = 7;

/** Excel's standard column (8,43 characters = 64 pixels = 48 points), what a column has until set. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

/** Excel's standard row (15 points = 20 pixels): one line of Calibri 11, what a row has until set. */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

/** Excel's tallest row. */
export const MAX_ROW_HEIGHT_POINTS = 409;

/** Excel's default font size (Calibri 11), what a cell has until set. */
export const DEFAULT_FONT_SIZE = 11;

/** The deepest indent Excel's Format Cells dialog sets: deeper trees stop indenting there. */
export const MAX_INDENT = 15;

/** Every part of a layout, in the order a reader asks for them. */
export const LAYOUT_PARTS: readonly LayoutPart[] = [
  "bold",
  "columnWidths",
  "horizontalAlignment",
  "bottomBorder",
  "fontSize",
  "indentLevel",
  "wrapText",
  "rowHeights",
];

/** The layout parts a block sets, so a write reads (for undo) only what it is about to change. */
export function partsOf(block: WriteBlock): LayoutPart[] {
  return LAYOUT_PARTS.filter((part) => block[part] !== undefined);
}

/**
 * Points for a column width stored in an .xlsx as `width` characters: ECMA-376 §18.3.1.13 gives
 * pixels = trunc(((256·width + trunc(128/digit)) / 256) · digit), and a pixel is ¾ point.
 */
export function pointsFromCharacterWidth(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return (pixels * 3) / 4;
}

/** On-screen pixels for a width in points (96 dpi), for the playground's grid. */
export function pixelsFromPoints(points: number): number {
  return (points * 4) / 3;
}

/**
 * A block's layout must match its cells: a mistake here would format or resize cells outside
 * the block, which undo does not know of. Thrown as a fault of the caller (the wizards build blocks).
 */
export function checkLayout(block: WriteBlock): void {
  const rows = block.formulas.length;
  const columns = block.formulas[0]?.length ?? 0;
  const grids = [
    ["bold", block.bold],
    ["alignment", block.horizontalAlignment],
    ["bottom border", block.bottomBorder],
    ["font size", block.fontSize],
    ["indent", block.indentLevel],
    ["wrap", block.wrapText],
  ] as const;
  for (const [name, grid] of grids)
    if (grid && (grid.length !== rows || grid.some((row: readonly unknown[]) => row.length !== columns)))
      throw new Error(`a block's ${name} grid must have its ${rows} × ${columns} shape`);
  // Excel's font sizes run from 1 to 409 points.
  if (block.fontSize?.some((row) => row.some((size) => !Number.isFinite(size) || size < 1 || size > 409)))
    throw new Error("a font size must be between 1 and 409 points");
  // Excel's indent levels are whole numbers from 0 (Excel's dialog stops at 15; Office.js takes up to 250).
  if (
    block.indentLevel?.some((row) => row.some((level) => !Number.isInteger(level) || level < 0 || level > MAX_INDENT))
  )
    throw new Error(`an indent level must be a whole number from 0 to ${MAX_INDENT}`);
  if (block.rowHeights) {
    if (block.rowHeights.length !== rows) throw new Error(`a block's row heights must be one per row (${rows})`);
    // Excel's rows run from 0 points (hidden) to 409.
    if (block.rowHeights.some((h) => h !== null && (!Number.isFinite(h) || h < 0 || h > MAX_ROW_HEIGHT_POINTS)))
      throw new Error(`a row height must be between 0 and ${MAX_ROW_HEIGHT_POINTS} points`);
  }
  if (block.columnWidths) {
    if (block.columnWidths.length !== columns)
      throw new Error(`a block's column widths must be one per column (${columns})`);
    // Excel's widest column is 255 characters; 0 hides the column.
    const widest = pointsFromCharacterWidth(255);
    if (block.columnWidths.some((w) => !Number.isFinite(w) || w < 0 || w > widest))
      throw new Error(`a column width must be between 0 and ${widest} points`);
  }
}

/** A row's cells as runs of equal value, so a writer sets each run as one range. */
export function runs<T>(row: readonly T[]): { start: number; length: number; value: T }[] {
  const found: { start: number; length: number; value: T }[] = [];
  row.forEach((value, c) => {
    const last = found[found.length - 1];
    if (last && last.value === value) last.length++;
    else found.push({ start: c, length: 1, value });
  });
  return found;
}

/** A row's bold cells as runs of equal value. */
export function boldRuns(row: readonly boolean[]): { start: number; length: number; bold: boolean }[] {
  return runs(row).map(({ start, length, value }) => ({ start, length, bold: value }));
}
