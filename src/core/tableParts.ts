/** The shape both readers of a table for controlled rounding fill in (tableFractions.ts). */

/** How a value lies between two multiples of the unit: on one, below half way, half way, above. */
export type Part = 0 | 1 | 2 | 3;
export const WHOLE = 0;
export const BELOW = 1;
export const HALF = 2;
export const ABOVE = 3;

export interface TableFractions {
  rows: number;
  columns: number;
  /** Floor of each cell in units, row-major. */
  floors: Float64Array;
  /** Part of each cell's fraction, row-major. */
  parts: Uint8Array;
  /** Per row: whole units in the sum of the row's fractions, and the part of what is left. */
  rowWhole: Float64Array;
  rowParts: Uint8Array;
  columnWhole: Float64Array;
  columnParts: Uint8Array;
  grandWhole: number;
  grandPart: Part;
  /** Groups of rows with subtotals (0 without): per group × column (group-major) and per group, as rows. */
  groups: number;
  groupColumnWhole: Float64Array;
  groupColumnParts: Uint8Array;
  groupWhole: Float64Array;
  groupParts: Uint8Array;
}

/** Which group each row is in (0-based, rows of a group together), and how many groups there are. */
export interface RowGroups {
  of: Int32Array;
  count: number;
}

export function partOf(rest: number, unit: number): Part {
  if (rest === 0) return WHOLE;
  const twice = 2 * rest;
  return twice < unit ? BELOW : twice === unit ? HALF : ABOVE;
}

export function emptyFractions(rows: number, columns: number, groups = 0): TableFractions {
  return {
    rows,
    columns,
    floors: new Float64Array(rows * columns),
    parts: new Uint8Array(rows * columns),
    rowWhole: new Float64Array(rows),
    rowParts: new Uint8Array(rows),
    columnWhole: new Float64Array(columns),
    columnParts: new Uint8Array(columns),
    grandWhole: 0,
    grandPart: WHOLE,
    groups,
    groupColumnWhole: new Float64Array(groups * columns),
    groupColumnParts: new Uint8Array(groups * columns),
    groupWhole: new Float64Array(groups),
    groupParts: new Uint8Array(groups),
  };
}

/** A cell whose floor in units needs more than the 15 digits Excel keeps; index is row-major. */
export class CellTooLarge extends RangeError {
  constructor(readonly index: number) {
    super(`cell ${index} needs more than 15 significant digits`);
  }
}
