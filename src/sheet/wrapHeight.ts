/**
 * How tall a row of wrapped text must be to show all of it. Excel does not fit a row's height to a
 * wrapped text that a program writes (and LibreOffice keeps a height an .xlsx stores), so the writer
 * sets it: lines × one line's height, the lines counted from the text and the column's width.
 *
 * The count is by characters against the column's width in characters (an .xlsx's unit, the width of
 * Calibri 11's digits). Calibri's letters are narrower than its digits save a few (m, w, capitals),
 * so a heading counted this way breaks onto at least as many lines as Excel draws for it, and its
 * row is tall enough; a column's edges take about one character (Excel's 5 pixels of padding).
 */
import { DEFAULT_FONT_SIZE, DEFAULT_ROW_HEIGHT_POINTS } from "./blockLayout";

/** The lines `text` wraps onto in a column `widthCharacters` wide, breaking at spaces as Excel does. */
export function wrappedLines(text: string, widthCharacters: number): number {
  const room = Math.max(1, Math.floor(widthCharacters) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the column is broken wherever the edge falls, as Excel does.
      lines += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
  }
  return Math.max(1, lines);
}

/**
 * The height in points of a row whose wrapped cells hold `texts` in columns `widthsCharacters` wide
 * (one per cell; an empty text needs one line): the most lines of any of them, a standard row each.
 * A larger font (`fontSize` points, Excel's 11 by default) takes more width a character and more
 * height a line, in proportion.
 */
export function wrappedRowHeight(
  texts: readonly string[],
  widthsCharacters: readonly number[],
  fontSize = DEFAULT_FONT_SIZE,
): number {
  const scale = fontSize / DEFAULT_FONT_SIZE;
  let lines = 1;
  texts.forEach((text, c) => {
    if (text !== "") lines = Math.max(lines, wrappedLines(text, (widthsCharacters[c] ?? 8.43) / scale));
  });
  return Math.ceil(lines * DEFAULT_ROW_HEIGHT_POINTS * scale);
}
