import { cellLabel, InputError, parseNumberText, shapeOf, type Place } from "../core";
import { blankNumber, emptyRange, notANumber, notASingle, notAVector, notFinite, raggedRange } from "../core/messages";

/** A range as Excel hands it to a custom function: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/** A blank cell in any of the forms Excel sends it: "", null, undefined or white space. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * One cell read as a number, or null when blank. Anything else is an InputError that names
 * the argument and the cell, and says how to mend it.
 */
export function readNumber(value: unknown, argument: string, where?: Place): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new InputError(argument, notFinite, [value], where);
  }
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed !== undefined) return parsed;
  }
  throw new InputError(argument, notANumber, [value], where);
}

/** Accepts a single value where a range is expected, as Excel does for `any[][]` parameters. */
export function asGrid(value: unknown): Grid {
  if (Array.isArray(value)) {
    if (value.length > 0 && Array.isArray(value[0])) return value as Grid;
    return [value as unknown[]];
  }
  return [[value]];
}

/**
 * Every cell of a range read as a number, a blank as `blank`; the first blank's place (none in a single cell) is kept for
 * a caller that refuses blanks once every other cell has been read (so a text anywhere is named
 * first). One pass, no copies: ranges of 10.000 × 12 cells are common.
 */
function readCells<B extends number | null>(
  grid: Grid,
  argument: string,
  blank: B,
): { cells: (number | B)[][]; blankAt: { place: Place | undefined } | undefined } {
  const { rows, columns } = shapeOf(grid);
  if (rows === 0 || columns === 0) throw new InputError(argument, emptyRange, []);
  const cells: (number | B)[][] = [];
  let blankAt: { place: Place | undefined } | undefined;
  for (let r = 0; r < rows; r++) {
    const row = grid[r] as readonly unknown[];
    if (row.length !== columns) throw new InputError(argument, raggedRange, []);
    const line: (number | B)[] = [];
    for (let c = 0; c < columns; c++) {
      const value = row[c];
      // A finite number needs no reading; the cell's label is built only for a cell that may fail.
      if (typeof value === "number" && Number.isFinite(value)) {
        line.push(value);
        continue;
      }
      const read = readNumber(value, argument, cellLabel(rows, columns, r + 1, c + 1));
      if (read === null && blankAt === undefined) blankAt = { place: cellLabel(rows, columns, r + 1, c + 1) };
      line.push(read === null ? blank : read);
    }
    cells.push(line);
  }
  return { cells, blankAt };
}

/**
 * The range itself when it is a rectangle of finite numbers, as Excel mostly sends amounts: nothing
 * to read, and no copy of 120.000 cells to make (the core only reads its arguments); undefined
 * otherwise, for readGrid and its kin to read cell by cell and name what is wrong.
 */
export function numbersAsGiven(grid: Grid): readonly (readonly number[])[] | undefined {
  const { rows, columns } = shapeOf(grid);
  if (rows === 0 || columns === 0) return undefined;
  for (let r = 0; r < rows; r++) {
    const row = grid[r] as readonly unknown[];
    if (row.length !== columns) return undefined;
    for (let c = 0; c < columns; c++) {
      const value = row[c];
      if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    }
  }
  return grid as readonly (readonly number[])[];
}

/** Every cell of a range read as a number (null where blank). */
export function readGrid(grid: Grid, argument: string): (number | null)[][] {
  return readCells(grid, argument, null).cells;
}

/** Every cell of a range read as a number, blank read as 0. */
export function readGridOrZero(grid: Grid, argument: string): number[][] {
  return readCells(grid, argument, 0).cells;
}

/**
 * Every cell read as a number, none blank: for amounts that define the calculation (a total, a
 * target), where a blank is a missing figure rather than a 0.
 */
export function readFilled(grid: Grid, argument: string): number[][] {
  const { cells, blankAt } = readCells(grid, argument, 0);
  if (blankAt) throw new InputError(argument, blankNumber, [], blankAt.place);
  return cells;
}

/** A range that must be a single row or a single column, with its layout. */
export interface Vector {
  values: (number | null)[];
  layout: "row" | "column";
}

export function readVector(grid: Grid, argument: string): Vector {
  const { rows, columns } = shapeOf(grid);
  const cells = readGrid(grid, argument);
  if (columns === 1) return { values: cells.map((row) => row[0] as number | null), layout: "column" };
  if (rows === 1) return { values: cells[0] as (number | null)[], layout: "row" };
  throw new InputError(argument, notAVector, [rows, columns]);
}

/** A single value (a scalar argument, or a one-cell range); blank gives the fallback. */
export function readScalar(value: unknown, argument: string, fallback?: number): number {
  let cell = value;
  if (Array.isArray(value)) {
    const grid = asGrid(value);
    const { rows, columns } = shapeOf(grid);
    if (rows !== 1 || columns !== 1) throw new InputError(argument, notASingle, [rows, columns]);
    cell = grid[0]?.[0];
  }
  const number = readNumber(cell, argument);
  if (number !== null) return number;
  if (fallback !== undefined) return fallback;
  throw new InputError(argument, blankNumber, []);
}
