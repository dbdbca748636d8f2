/**
 * A sheet the add-in wrote, read whole from A1: the WorkbookApi has no "used range", so the rows are
 * found down column A and the columns along the heading row the sheet has (row `headingRow`).
 *
 * No row cap: column A is read in blocks until BLANK_ROWS_END rows in a row are empty (the sheets read
 * here have at most a row or two blank between their parts), as far as Excel's last row; likewise the
 * heading row until BLANK_COLUMNS_END columns in a row are empty. The first blocks are small, because
 * nearly every sheet read here is small and each cell read costs (in the playground, the whole preview's
 * time went to reading 16.384 heading cells and 10.000 cells of column A for a 25 × 24 sheet); they
 * grow to ROWS_PER_PROBE for long sheets. The cells are read in blocks of about CELLS_PER_READ, so a
 * large sheet never makes one huge request to Excel.
 */
import { columnName, quoteSheet } from "../../sheet/address";
import type { CellInput, CellValue, WorkbookApi } from "../../sheet/types";

const FIRST_ROW_PROBE = 1000;
const ROWS_PER_PROBE = 5000;
const BLANK_ROWS_END = 500;
const COLUMNS_PER_PROBE = 512;
const BLANK_COLUMNS_END = 256;
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const CELLS_PER_READ = 100_000;

export interface SheetGrid {
  values: CellValue[][];
  /** What was typed: formulas ("=C7/2") and constants, as values has them. */
  formulas: CellInput[][];
}

/**
 * How many cells along a line (a column down, a row across) up to its last filled one before the first
 * `blankEnd` empty cells in a row: read in blocks from `read`, growing from `first` to `most` cells.
 */
async function filledLength(
  read: (from: number, to: number) => Promise<CellValue[]>,
  limit: number,
  first: number,
  most: number,
  blankEnd: number,
): Promise<number> {
  let length = 0;
  for (let from = 0, size = first; from < limit; from += size, size = Math.min(size * 2, most)) {
    const cells = await read(from, Math.min(from + size, limit));
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] !== "") length = from + i + 1;
      else if (from + i + 1 - length >= blankEnd) return length;
    }
  }
  return length;
}

export async function readSheetGrid(workbook: WorkbookApi, sheet: string, headingRow: number): Promise<SheetGrid> {
  const s = quoteSheet(sheet);
  const rows = await filledLength(
    async (from, to) => (await workbook.readRange(`${s}!A${from + 1}:A${to}`)).values.map((r) => r[0] ?? ""),
    EXCEL_ROWS,
    FIRST_ROW_PROBE,
    ROWS_PER_PROBE,
    BLANK_ROWS_END,
  );
  if (rows === 0) return { values: [], formulas: [] };
  const row = headingRow + 1;
  const filledColumns = await filledLength(
    async (from, to) =>
      (await workbook.readRange(`${s}!${columnName(from)}${row}:${columnName(to - 1)}${row}`)).values[0] ?? [],
    EXCEL_COLUMNS,
    COLUMNS_PER_PROBE,
    COLUMNS_PER_PROBE,
    BLANK_COLUMNS_END,
  );
  const columns = Math.max(3, filledColumns);
  const step = Math.max(1, Math.floor(CELLS_PER_READ / columns));
  const grid: SheetGrid = { values: [], formulas: [] };
  for (let first = 0; first < rows; first += step) {
    const last = Math.min(first + step, rows);
    const part = await workbook.readRange(`${s}!A${first + 1}:${columnName(columns - 1)}${last}`);
    for (const row of part.values) grid.values.push(row);
    for (const row of part.formulas) grid.formulas.push(row);
  }
  return grid;
}
