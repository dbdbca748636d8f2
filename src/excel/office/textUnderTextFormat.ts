/**
 * Text behind the quote prefix ("'6,8") that undo puts back (a restoring block) reaching Excel as
 * that text. Office.js documents how Range.values and Range.formulas read and that a string written
 * beginning with +, - or = becomes a formula, but not what a leading apostrophe written there does;
 * an apostrophe kept as a character would show, and text written without it would become a number,
 * a date or a formula. Where the block gives the cell's number format, the way is known either way:
 * the cell is formatted as text ("@") first, so what is written stays the text it is, and then gets
 * its own format, which does not turn existing text into a number. A wizard's own text goes with
 * its apostrophe, as typing it in Excel makes the text and keeps the prefix that Excel's F2 and
 * Enter respect (textCell).
 */
import type { CellInput, WriteBlock } from "../../sheet/types";

/** Excel's number format "Text": what is typed into such a cell stays text. */
export const TEXT_FORMAT = "@";

export interface TextWrite {
  /** The formats to set before the cells: "@" on the quote-prefixed text, the block's on the others. */
  before: string[][];
  /** The cells, the quote prefix taken off the text. */
  formulas: CellInput[][];
}

const quoted = (input: CellInput): input is string => typeof input === "string" && input.startsWith("'");

/** Whether a row of a block holds quote-prefixed text that a format of its own will follow. */
export function rowHasTextUnderFormat(block: WriteBlock, r: number): boolean {
  const formats = block.numberFormats?.[r];
  return (
    formats !== undefined && (block.formulas[r] ?? []).some((input, c) => quoted(input) && formats[c] !== undefined)
  );
}

/** How to write a block's quote-prefixed text under "@"; undefined when there is none with a format. */
export function textUnderTextFormat(block: WriteBlock): TextWrite | undefined {
  const formats = block.numberFormats;
  if (!formats || !block.formulas.some((_, r) => rowHasTextUnderFormat(block, r))) return undefined;
  const asText = (r: number, c: number): boolean =>
    quoted(block.formulas[r]?.[c] ?? "") && formats[r]?.[c] !== undefined;
  return {
    before: formats.map((row, r) => row.map((format, c) => (asText(r, c) ? TEXT_FORMAT : format))),
    formulas: block.formulas.map((row, r) => row.map((input, c) => (asText(r, c) ? String(input).slice(1) : input))),
  };
}
