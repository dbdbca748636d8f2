/**
 * Which columns of a table hold the amounts, the names and a group: the amounts are the columns
 * mostly of numbers, the names the text column just before them (not necessarily column A), and a
 * group column may stand before the names.
 */
import { isWordCell, numberIn } from "./tableShapeLabels";
import type { CellValue, MergedArea } from "./types";

export interface TableColumns {
  names: number | undefined;
  group: number | undefined;
  amounts: number[];
}

/** A copy of the grid where a merged text stands in every cell it covers, as the reader sees it. */
export function fillMerges(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedArea[] = [],
): CellValue[][] {
  const grid = values.map((row) => [...row]);
  for (const m of merges) {
    const source = values[m.row]?.[m.column];
    if (typeof source !== "string" || source.trim() === "") continue;
    for (let r = Math.max(0, m.row); r < m.row + m.rows && r < grid.length; r++)
      for (let c = Math.max(0, m.column); c < m.column + m.columns; c++) {
        const row = grid[r] as CellValue[];
        // Excel reads the covered cells as empty; a value there (a host that kept one) is left alone.
        if (c < row.length && (r !== m.row || c !== m.column) && row[c] === "") row[c] = source;
      }
  }
  return grid;
}

/** Headings, a title, units and a total label may be text in an amount column: a few words among the numbers. */
const WORDS_ALLOWED = 2;

function counts(grid: readonly (readonly CellValue[])[], c: number): { numbers: number; words: number } {
  let numbers = 0;
  let words = 0;
  for (const row of grid) {
    const v = row[c];
    if (numberIn(v) !== undefined) numbers++;
    else if (isWordCell(v)) words++;
  }
  return { numbers, words };
}

/**
 * The columns of a table of `width` columns. `wanted` amount columns from the first column of
 * numbers that has a text column before it (all columns from there when undefined).
 */
export function findColumns(grid: readonly (readonly CellValue[])[], width: number, wanted?: number): TableColumns {
  const stats = Array.from({ length: width }, (_, c) => counts(grid, c));
  const numeric = stats.map((s) => s.numbers > 0 && s.numbers + WORDS_ALLOWED >= s.words);
  const text = stats.map((s, c) => !numeric[c] && s.words > 0);
  let first = numeric.findIndex((n, c) => n && text.slice(0, c).some(Boolean));
  if (first < 0) first = numeric.indexOf(true);
  // No column of numbers at all: the amounts are where they are wanted, and their cells say what is wrong.
  if (first < 0) first = wanted === undefined ? Math.min(1, width - 1) : Math.max(0, width - wanted);
  if (wanted !== undefined && first + wanted > width) first = Math.max(0, width - wanted);
  const count = wanted ?? width - first;
  const amounts = Array.from({ length: count }, (_, i) => first + i);
  let names: number | undefined;
  for (let c = first - 1; c >= 0 && names === undefined; c--) if (text[c]) names = c;
  // Without a text column, a column before the amounts still holds the names (numbers as ids, or blanks).
  if (names === undefined && first > 0) names = first - 1;
  let group: number | undefined;
  for (let c = (names ?? 0) - 1; c >= 0 && group === undefined; c--) if (text[c]) group = c;
  return { names, group, amounts };
}
