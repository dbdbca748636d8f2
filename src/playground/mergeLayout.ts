/** Which grid cells a merged area spans and which it hides, for the rows and columns drawn. */
import type { MergedArea } from "../sheet/types";

export interface MergeLayout {
  /** The span at a merged area's top-left cell, "covered" for its other cells, undefined elsewhere. */
  at(row: number, column: number): { rows: number; columns: number } | "covered" | undefined;
}

export function mergeLayout(merges: readonly MergedArea[], rows: number, columns: number): MergeLayout {
  const spans = new Map<string, { rows: number; columns: number } | "covered">();
  for (const m of merges) {
    // Cut at the edge of what is drawn: a merge down a whole column must not make a million keys.
    const lastRow = Math.min(m.row + m.rows, rows);
    const lastColumn = Math.min(m.column + m.columns, columns);
    if (m.row >= lastRow || m.column >= lastColumn) continue;
    for (let r = m.row; r < lastRow; r++) for (let c = m.column; c < lastColumn; c++) spans.set(`${r}:${c}`, "covered");
    spans.set(`${m.row}:${m.column}`, { rows: lastRow - m.row, columns: lastColumn - m.column });
  }
  return { at: (row, column) => spans.get(`${row}:${column}`) };
}
