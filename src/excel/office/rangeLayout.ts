/**
 * Bold cells and column widths over Office.js (Range.format.font.bold, ExcelApi 1.1, and
 * Range.format.columnWidth, 1.2: within the manifest's 1.7, so never asked for): set with a write,
 * read before it so that undo can put them back.
 */
import { boldRuns } from "../layout";
import type { RangeLayout, WriteBlock } from "../types";
import { loaded } from "./loaded";

/** Queues the block's bold and widths on `range`, the block's own cells; the caller syncs. */
export function queueLayout(range: Excel.Range, block: WriteBlock): void {
  block.bold?.forEach((row, r) => {
    // One range per run of equal cells: a heading or total row is one call, not one per cell.
    for (const run of boldRuns(row))
      range.getCell(r, run.start).getResizedRange(0, run.length - 1).format.font.bold = run.bold;
  });
  block.columnWidths?.forEach((points, c) => {
    range.getColumn(c).format.columnWidth = points;
  });
}

/**
 * Bold per cell and the width of each column of a `rows` × `columns` range, in two round trips at
 * most: Excel tells a whole row's bold at once, and says null for a row of bold and plain cells,
 * whose cells are then asked one by one.
 */
export async function readRangeLayout(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  columns: number,
): Promise<RangeLayout> {
  const rowFonts = Array.from({ length: rows }, (_, r) => range.getRow(r).format.font.load("bold"));
  const columnFormats = Array.from({ length: columns }, (_, c) => range.getColumn(c).format.load("columnWidth"));
  await context.sync();
  const mixed = new Map<number, Excel.RangeFont[]>();
  rowFonts.forEach((font, r) => {
    if (typeof loaded(font.bold, "bold") !== "boolean")
      mixed.set(
        r,
        Array.from({ length: columns }, (_, c) => range.getCell(r, c).format.font.load("bold")),
      );
  });
  if (mixed.size > 0) await context.sync();
  const bold = rowFonts.map((font, r) => {
    const cells = mixed.get(r);
    return cells
      ? cells.map((cell) => loaded(cell.bold, "bold") === true)
      : new Array<boolean>(columns).fill(font.bold);
  });
  return { bold, columnWidths: columnFormats.map((format) => loaded(format.columnWidth, "columnWidth")) };
}
