import { InputError, shapeOf } from "../core";
import { tooLarge } from "../core/messages";

/**
 * Excel refuses a custom function's result whose JSON exceeds 5 MB; the limit is taken in decimal
 * megabytes to stay on the safe side.
 */
export const MAX_RESULT_CHARS = 5_000_000;

/** The longest JSON text of a finite double ("-2.2250738585072014e-308") plus its comma. */
const MAX_CHARS_PER_CELL = 25;
/** The shortest: one digit and a comma. */
const MIN_CHARS_PER_CELL = 2;

/**
 * Whether the grid's JSON would exceed the limit. Counting cells settles almost every case; the
 * exact JSON is built only when the count leaves the answer open.
 */
export function exceedsPayload(grid: readonly (readonly unknown[])[], limit = MAX_RESULT_CHARS): boolean {
  let cells = 0;
  for (const row of grid) cells += row.length;
  if (2 + grid.length * 3 + cells * MAX_CHARS_PER_CELL <= limit) return false;
  if (cells * MIN_CHARS_PER_CELL > limit) return true;
  // The JSON's length counted cell by cell (a finite number's JSON is its String), stopping as
  // soon as the limit is passed: no 5 MB string is built to be thrown away.
  let length = 1 + grid.length;
  for (const row of grid) {
    length += 1 + row.length;
    for (const cell of row) length += typeof cell === "number" ? String(cell).length : JSON.stringify(cell).length;
    if (length > limit) return true;
  }
  return length > limit;
}

/**
 * Refuses, before anything is computed, a result of rows × columns cells whose JSON cannot fit
 * whatever its numbers are (at least one digit and a comma per cell).
 */
export function refuseOversizedShape(rows: number, columns: number, limit = MAX_RESULT_CHARS): void {
  if (rows * columns * MIN_CHARS_PER_CELL > limit) throw new InputError("result", tooLarge, [rows, columns]);
}

/** The #VALUE! message for a result too large for Excel, or undefined when it fits. */
export function oversizeMessage(grid: readonly (readonly unknown[])[], limit = MAX_RESULT_CHARS): string | undefined {
  if (!exceedsPayload(grid, limit)) return undefined;
  const { rows, columns } = shapeOf(grid);
  return `result: ${tooLarge(rows, columns)}`;
}
