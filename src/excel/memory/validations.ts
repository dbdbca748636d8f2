/**
 * The in-memory sheet's drop-downs as Excel keeps them: a cell has at most one validation, so a new
 * one, or a cleared range, cuts the cells it covers out of any list already there. What a range held
 * is read clipped to it, so undo can cut the range clear and put exactly those pieces back.
 */
import type { RangeRef } from "../../sheet/address";
import type { MemorySheet } from "./memoryWorkbook";

type Validation = MemorySheet["validations"][number];

function rect(sheet: string, top: number, left: number, bottom: number, right: number): RangeRef {
  return { sheet, start: { row: top, column: left }, end: { row: bottom, column: right } };
}

/** The part of `a` inside `b`, if any. */
function intersect(a: RangeRef, b: RangeRef): RangeRef | undefined {
  const top = Math.max(a.start.row, b.start.row);
  const bottom = Math.min(a.end.row, b.end.row);
  const left = Math.max(a.start.column, b.start.column);
  const right = Math.min(a.end.column, b.end.column);
  return top <= bottom && left <= right ? rect(a.sheet as string, top, left, bottom, right) : undefined;
}

/** `a` without `cut`: up to four rectangles (above, below, left, right of the cut). */
function subtract(a: RangeRef, cut: RangeRef): RangeRef[] {
  const inside = intersect(a, cut);
  if (!inside) return [a];
  const sheet = a.sheet as string;
  const pieces: RangeRef[] = [];
  if (a.start.row < inside.start.row)
    pieces.push(rect(sheet, a.start.row, a.start.column, inside.start.row - 1, a.end.column));
  if (inside.end.row < a.end.row) pieces.push(rect(sheet, inside.end.row + 1, a.start.column, a.end.row, a.end.column));
  if (a.start.column < inside.start.column)
    pieces.push(rect(sheet, inside.start.row, a.start.column, inside.end.row, inside.start.column - 1));
  if (inside.end.column < a.end.column)
    pieces.push(rect(sheet, inside.start.row, inside.end.column + 1, inside.end.row, a.end.column));
  return pieces;
}

/** The validations on `range`, clipped to it. */
export function validationsIn(sheet: MemorySheet, range: RangeRef): Validation[] {
  const clipped: Validation[] = [];
  for (const v of sheet.validations) {
    const inside = intersect(v.range, { ...range, sheet: v.range.sheet });
    if (inside) clipped.push({ range: inside, choices: [...v.choices] });
  }
  return clipped;
}

/** Leaves `range` without validation; lists reaching outside it keep their outside cells. */
export function clearValidations(sheet: MemorySheet, range: RangeRef): void {
  const kept = sheet.validations.flatMap((v) =>
    subtract(v.range, { ...range, sheet: v.range.sheet }).map((piece) => ({ range: piece, choices: v.choices })),
  );
  sheet.validations.splice(0, sheet.validations.length, ...kept);
}
