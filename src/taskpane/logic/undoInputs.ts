/**
 * What undo writes back into a range so each cell holds again what it held. A range read gives a
 * formula, or for any other cell its value (Office.js's Range.formulas: "If a cell has no formula,
 * its value is returned instead"), and Excel keeps a quote prefix apart where no read shows it. So a
 * text read back as "6,8", "00123", "1-2" or "=1+1" would, written as it reads, become the number
 * 6,8, the number 123, a date or a formula: undo would change the user's data. Such text goes back
 * behind the quote prefix, the sheet vocabulary's mark for "this text, as it stands" (textCell),
 * whatever its format was; the block is marked restoring, so a host makes sure it lands as text.
 */
import { textCell } from "../../sheet/textCell";
import type { CellInput, RangeData } from "../../sheet/types";

/**
 * Whether a cell read holds text rather than a formula: its value is text and its "formula" is not
 * one of its own. A formula's text always differs from what it shows, but for a formula that shows
 * its own text (=A1 where A1 holds the text "=A1"): that one cannot be told from text and goes back
 * as text.
 */
function holdsText(value: unknown, formula: CellInput | undefined): value is string {
  if (typeof value !== "string" || value === "") return false;
  return !(typeof formula === "string" && formula.startsWith("=") && formula !== value);
}

/**
 * Whether a text can go back without the prefix: Excel reads none of it as anything but text. Wider
 * than textCell's test, as Excel reads more than it names: any digit (dates such as "jan 25"), and
 * "#" (an error value such as "#N/A"), keep the prefix.
 */
function plainText(text: string): boolean {
  return textCell(text) === text && !/[0-9\uFF10-\uFF19]/.test(text) && !/^\s*#/.test(text);
}

/** The inputs that put a range read by readRange back as it was: formulas as formulas, text as text. */
export function undoInputs(data: RangeData): CellInput[][] {
  return data.formulas.map((row, r) =>
    row.map((formula, c) => {
      const value = data.values[r]?.[c];
      if (!holdsText(value, formula)) return formula;
      return plainText(value) ? value : `'${value}`;
    }),
  );
}
