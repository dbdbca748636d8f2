/**
 * A sheet the add-in wrote, read whole from A1: the WorkbookApi has no "used range", so the rows are
 * found down column A and the columns along the heading row the sheet has (row `headingRow`).
 *
 * No row cap: column A is read in blocks until a whole block is empty (the sheets read here have
 * at most a row or two blank between their parts), as far as Excel's last row. The cells are read
 * in blocks of about CELLS_PER_READ, so a large sheet never makes one huge request to Excel.
 */
import { columnName, quoteSheet } from "../../sheet/address";
import type { CellInput, CellValue, WorkbookApi } from "../../sheet/types";

const ROWS_PER_PROBE = 5000;
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const CELLS_PER_READ = 100_000;

export interface SheetGrid {
  values: CellValue[][];
  /** What was typed: formulas ("=C7/2") and constants, as values has them. */
  formulas: CellInput[][];
}

function lastFilled(cells: readonly CellValue[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== "") return i;
  return -1;
}

/** The number of rows down to column A's last filled cell. */
async function rowCount(workbook: WorkbookApi, s: string): Promise<number> {
  let rows = 0;
  for (let first = 0; first < EXCEL_ROWS; first += ROWS_PER_PROBE) {
    const last = Math.min(first + ROWS_PER_PROBE, EXCEL_ROWS);
    const column = await workbook.readRange(`${s}!A${first + 1}:A${last}`);
    const filled = lastFilled(column.values.map((r) => r[0] ?? ""));
    if (filled < 0) break;
    rows = first + filled + 1;
  }
  return rows;
}

export async function readSheetGrid(workbook: WorkbookApi, sheet: string, headingRow: number): Promise<SheetGrid> {
  const s = quoteSheet(sheet);
  const rows = await rowCount(workbook, s);
  if (rows === 0) return { values: [], formulas: [] };
  const heading = await workbook.readRange(`${s}!A${headingRow + 1}:${columnName(EXCEL_COLUMNS - 1)}${headingRow + 1}`);
  const columns = Math.max(3, lastFilled(heading.values[0] ?? []) + 1);
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
