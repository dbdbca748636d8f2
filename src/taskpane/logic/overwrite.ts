/**
 * What a write over filled cells would change, for the question before it: how many cells hold
 * something, how many of them formulas and what takes their place, and whether Råderum wrote the
 * cells itself earlier in this session, so a user can tell their own work from a result they may
 * write over again.
 */
import { parseRange, sameSheet, type RangeRef } from "../../sheet/address";
import type { CellInput, RangeData, WriteBlock } from "../../sheet/types";

export interface Overwrite {
  /** Cells that hold a value or a formula. */
  occupied: number;
  /** Of them, the ones holding a formula. */
  formulas: number;
  /** What the write puts where those formulas stand; undefined where there are none. */
  formulasBecome: "values" | "formulas" | "both" | undefined;
  /**
   * The latest write of this session still to be undone that covers some of the filled cells: its
   * wizard's id, and whether the session's writes cover all of them.
   */
  earlier: { wizard: string; all: boolean } | undefined;
}

/** A write of this session as the writer keeps it (the range it wrote, as written). */
export interface EarlierWrite {
  wizard: string;
  address: string;
}

function isFormula(input: CellInput | undefined): boolean {
  return typeof input === "string" && input.startsWith("=");
}

function holds(data: RangeData, row: number, column: number): boolean {
  return (data.formulas[row]?.[column] ?? "") !== "" || (data.values[row]?.[column] ?? "") !== "";
}

function covers(range: RangeRef, sheet: string, row: number, column: number): boolean {
  return (
    range.sheet !== undefined &&
    sameSheet(range.sheet, sheet) &&
    row >= range.start.row &&
    row <= range.end.row &&
    column >= range.start.column &&
    column <= range.end.column
  );
}

/**
 * `before` is the range as read, `block` what is about to go there from its top-left cell,
 * `writes` the session's writes, oldest first.
 */
export function describeOverwrite(before: RangeData, block: WriteBlock, writes: readonly EarlierWrite[]): Overwrite {
  const sheet = before.range.sheet ?? "";
  const ranges = writes.map((w) => ({ wizard: w.wizard, range: parseRange(w.address) }));
  let occupied = 0;
  let formulas = 0;
  let byValue = false;
  let byFormula = false;
  let latest = -1;
  let allCovered = true;
  before.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (!holds(before, r, c)) return;
      occupied++;
      if (isFormula(formula)) {
        formulas++;
        if (isFormula(block.formulas[r]?.[c])) byFormula = true;
        else byValue = true;
      }
      const at = { row: before.range.start.row + r, column: before.range.start.column + c };
      let found = -1;
      ranges.forEach((w, i) => {
        if (w.range && covers(w.range, sheet, at.row, at.column)) found = i;
      });
      if (found < 0) allCovered = false;
      latest = Math.max(latest, found);
    }),
  );
  const formulasBecome = formulas === 0 ? undefined : byFormula && byValue ? "both" : byFormula ? "formulas" : "values";
  const earlierWrite = latest >= 0 ? writes[latest] : undefined;
  return {
    occupied,
    formulas,
    formulasBecome,
    earlier: earlierWrite ? { wizard: earlierWrite.wizard, all: allCovered } : undefined,
  };
}
