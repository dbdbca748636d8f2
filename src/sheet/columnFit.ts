/**
 * A written block's columns fitted to what they print: each column as wide as its longest text or
 * figure (Excel's columns are 64 px until a writer sets them, and cut a heading such as "Afdeling
 * (mio. kr.)" beside a filled cell), and a heading over figures right-aligned like them. Widths in
 * characters, as an .xlsx stores them; blockLayout.ts turns them into points for the pane's writes.
 */
import { formatNumber, formatPercent } from "../text/number";
import { pointsFromCharacterWidth } from "./blockLayout";
import type { CellInput, HorizontalAlignment } from "./types";

/** Room beside the widest content, and the narrowest and widest a column gets. */
const ROOM = 2;
const LEAST = 10;
const MOST = 45;
/** How much wider a bold text prints than a plain one, at most. */
const BOLD_WIDER = 1.1;

/** Characters a cell prints as: a text as it stands, a number with its places, a formula as the widest figure. */
export function printedLength(input: CellInput, decimals: number, widestFigure: number, percent = false): number {
  if (typeof input === "number")
    return (percent ? formatPercent(input, decimals, "da") : formatNumber(input, decimals, "da")).length;
  if (typeof input === "boolean") return 5;
  if (input.startsWith("=")) return widestFigure;
  return input.startsWith("'") ? input.length - 1 : input.length;
}

/** A column's width in characters for its widest printed content, with room, within Excel's sensible bounds. */
export function fittedWidth(widest: number): number {
  return Math.min(MOST, Math.max(LEAST, widest + ROOM));
}

/** Places an Excel number format shows ("#,##0.0" → 1, "0.00 %" → 2), and whether it is a percentage. */
function placesOf(format: string): { places: number; percent: boolean } {
  const fraction = /\.(0+)/.exec(format);
  return { places: fraction?.[1]?.length ?? 0, percent: /%/.test(format) };
}

/**
 * Widths in characters for a written block's columns. `figures` are the amounts the block's formulas
 * and spilled cells will show (the preview's): a formula prints at most as wide as their summed size,
 * the widest any total can be. A text on a line of its own (a title, a sentence) runs on over the
 * empty cells to its right, as Excel shows it, so it does not widen its column. A bold cell counts a
 * tenth wider: bold letters are wider (Calibri's by some 7 %, other fonts' by more).
 */
export function blockColumnCharacters(
  formulas: readonly (readonly CellInput[])[],
  numberFormats: readonly (readonly string[])[] | undefined,
  figures: readonly number[],
  bold?: readonly (readonly boolean[])[],
): number[] {
  const places = Math.max(0, ...(numberFormats ?? []).flat().map((f) => (f === "General" ? 0 : placesOf(f).places)));
  const total = figures.reduce((sum, v) => sum + Math.abs(v), 0);
  const widestFigure = formatNumber(-total, places, "da").length;
  const columns = formulas[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    let widest = 0;
    formulas.forEach((row, r) => {
      const input = row[c];
      if (input === undefined || input === "") return;
      const alone = typeof input === "string" && !input.startsWith("=") && row.every((v, i) => i === c || v === "");
      if (alone) return;
      const format = numberFormats?.[r]?.[c] ?? "General";
      const shown =
        format === "General" ? { places: typeof input === "number" ? 0 : places, percent: false } : placesOf(format);
      const length = printedLength(input, shown.places, widestFigure, shown.percent);
      widest = Math.max(widest, bold?.[r]?.[c] === true ? Math.ceil(length * BOLD_WIDER) : length);
    });
    return fittedWidth(widest);
  });
}

/** The same widths in points, what a WriteBlock's columnWidths take. */
export function blockColumnWidths(
  formulas: readonly (readonly CellInput[])[],
  numberFormats: readonly (readonly string[])[] | undefined,
  figures: readonly number[],
  bold?: readonly (readonly boolean[])[],
): number[] {
  return blockColumnCharacters(formulas, numberFormats, figures, bold).map(pointsFromCharacterWidth);
}

/**
 * Alignment for a block with a heading row: a heading right-aligned over a column of figures (its
 * cells below carry a number format), so it stands over their last digits; every other cell as
 * Excel has it (numbers right, text left), so a text column's heading stays left.
 */
export function headingAlignment(
  numberFormats: readonly (readonly string[])[],
  headingRow = 0,
): HorizontalAlignment[][] {
  return numberFormats.map((row, r) =>
    row.map((_, c): HorizontalAlignment => {
      if (r !== headingRow) return "General";
      const figures = numberFormats.slice(r + 1).some((below) => (below[c] ?? "General") !== "General");
      return figures ? "Right" : "General";
    }),
  );
}

/** Bold for whole rows of a block (its totals), plain elsewhere. */
export function boldRows(formulas: readonly (readonly CellInput[])[], rows: readonly number[]): boolean[][] {
  return formulas.map((row, r) => row.map(() => rows.includes(r)));
}
