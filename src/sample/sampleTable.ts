/** How the sample's sheets lay out a table: a heading row, then rows whose numbers take their column's format. */
import type { CellInput } from "../sheet/types";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";

/** Rows from (row, column); below the heading row a number gets its column's format (ids stay plain). */
export function putTable(
  wb: MemoryWorkbook,
  sheet: string,
  row: number,
  column: number,
  rows: readonly (readonly CellInput[])[],
  formats: readonly (string | undefined)[],
): void {
  rows.forEach((cells, r) =>
    cells.forEach((input, c) => {
      const format = typeof input === "number" && r > 0 ? formats[c] : undefined;
      wb.setInput(sheet, row + r, column + c, input, format);
    }),
  );
}
