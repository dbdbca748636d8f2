/**
 * A sheet the add-in wrote, read whole from A1: the WorkbookApi has no "used range", so the rows are
 * found down column A and the columns along the heading row the sheet has (row `headingRow`).
 */
import { columnName, quoteSheet } from "../../sheet/address";
import type { CellValue, WorkbookApi } from "../../sheet/types";

const MAX_ROWS = 5000;
const MAX_COLUMNS = 702;

function lastFilled(cells: readonly CellValue[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== "") return i;
  return -1;
}

export async function readSheetGrid(workbook: WorkbookApi, sheet: string, headingRow: number): Promise<CellValue[][]> {
  const s = quoteSheet(sheet);
  const column = await workbook.readRange(`${s}!A1:A${MAX_ROWS}`);
  const rows = lastFilled(column.values.map((r) => r[0] ?? "")) + 1;
  if (rows === 0) return [];
  const heading = await workbook.readRange(`${s}!A${headingRow + 1}:${columnName(MAX_COLUMNS - 1)}${headingRow + 1}`);
  const columns = Math.max(3, lastFilled(heading.values[0] ?? []) + 1);
  return (await workbook.readRange(`${s}!A1:${columnName(columns - 1)}${rows}`)).values;
}
