/**
 * exceljs gives every cell a style object of its own, and its writer then renders each cell's font,
 * fill and border to XML just to find that the look exists already (profiled: the largest part of
 * writing a department workbook). The writer remembers a style object it has seen, so cells that
 * look alike are handed one object before writing: the file is the same, the work done once a look.
 */
import type ExcelJS from "exceljs";

/** exceljs keeps a row's cells off its typings; without them the styles are left as they are. */
interface RowCells {
  _cells?: unknown;
}

/**
 * The writer picks a number format from the cell's type when the style has none, and remembers the
 * first pick per object: cells share only when both their look and that type agree.
 */
function lookOf(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>): string {
  return `${JSON.stringify(style)}|${style.numFmt ? "" : String(cell.effectiveType)}`;
}

/** Call when the workbook is complete: a later edit to one cell's style would reach every cell sharing it. */
export function shareCellStyles(workbook: ExcelJS.Workbook): void {
  const byLook = new Map<string, Partial<ExcelJS.Style>>();
  // Cells that shared one object before (merged cells) keep sharing it, as the writer saw them.
  const chosen = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const cells = (row as unknown as RowCells)._cells;
      if (!Array.isArray(cells)) return;
      for (const cell of cells as (ExcelJS.Cell | undefined)[]) {
        const style = cell?.style;
        if (!cell || !style) continue;
        let shared = chosen.get(style);
        if (!shared) {
          const look = lookOf(cell, style);
          shared = byLook.get(look) ?? style;
          byLook.set(look, shared);
          chosen.set(style, shared);
        }
        cell.style = shared;
      }
    });
  });
}
