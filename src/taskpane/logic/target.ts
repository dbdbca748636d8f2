/** Where a wizard writes: the top-left cell the user gave, checked before anything is read or written. */
import { cellName, parseRange, rangeFrom, formatRange, type RangeRef } from "../../sheet/address";
import type { CellInput } from "../../sheet/types";
import type { Language, Text } from "../wizards/contract";
import { UserError } from "./errorMessages";
import { logicText } from "./logicText";

/** A1 of a sheet the write will add: no sheet name yet. */
export const NEW_SHEET_TARGET: RangeRef = {
  sheet: undefined,
  start: { row: 0, column: 0 },
  end: { row: 0, column: 0 },
};

/** The top-left cell of a typed target ("Fordeling!B2", "B2", or the first cell of a range). */
export function parseTarget(text: string, defaultSheet: string): RangeRef {
  const range = parseRange(text);
  if (!range) {
    throw new UserError(logicText.notACell(text));
  }
  return { sheet: range.sheet ?? defaultSheet, start: range.start, end: range.start };
}

/** Where a wizard writes: A1 of the sheet it adds, or the top-left cell the user gave. */
export function writeTarget(where: { newSheet: boolean; target: string }, defaultSheet: string): RangeRef {
  return where.newSheet ? NEW_SHEET_TARGET : parseTarget(where.target, defaultSheet);
}

/**
 * The cells of a block written at the target, by row and column within it: "C4", without the sheet,
 * for formulas inside the block (the sheet may be a new one, named only on writing).
 */
export function blockCells(target: RangeRef): (row: number, column: number) => string {
  return (row, column) => cellName({ row: target.start.row + row, column: target.start.column + column });
}

/** A block of rows × columns to fill in before writing: blank cells in the General format. */
export function emptyBlock(rows: number, columns: number): { formulas: CellInput[][]; numberFormats: string[][] } {
  return {
    formulas: Array.from({ length: rows }, () => new Array<CellInput>(columns).fill("")),
    numberFormats: Array.from({ length: rows }, () => new Array<string>(columns).fill("General")),
  };
}

/** The address a block of rows × columns covers when written at the target. */
export function blockAddress(target: RangeRef, rows: number, columns: number): string {
  return formatRange(rangeFrom(target.start, rows, columns, target.sheet));
}

/**
 * The "writes to" line's address for a wizard whose block's size follows from its preview alone:
 * the same cells the write will cover, worked out before anything is written.
 */
export function targetAddressOf<P>(
  size: (preview: P) => { rows: number; columns: number },
): (preview: P, where: { newSheet: boolean; target: string }, defaultSheet: string) => string {
  return (preview, where, defaultSheet) => {
    const { rows, columns } = size(preview);
    return blockAddress(writeTarget(where, defaultSheet), rows, columns);
  };
}

/** "et nyt ark (Kvoter), A1:C10": a block on a sheet the write adds, whose name Excel may still suffix. */
export function describeTarget(address: string, newSheet: Text, language: Language): string {
  return language === "da" ? `et nyt ark (${newSheet.da}), ${address}` : `a new sheet (${newSheet.en}), ${address}`;
}
