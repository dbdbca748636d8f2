import { shapeOf, type Shape } from "../core";
import { asGrid, isBlank, readScalar } from "./cells";

export function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.columns === b.columns;
}

/**
 * An optional argument that was left out. Excel sends an omitted argument as null or undefined;
 * a single blank cell passed on purpose means the same.
 */
export function isOmitted(value: unknown): boolean {
  if (!Array.isArray(value)) return isBlank(value);
  const grid = asGrid(value);
  const { rows, columns } = shapeOf(grid);
  return columns === 0 || (rows === 1 && columns === 1 && isBlank(grid[0]?.[0]));
}

/** An optional number: undefined when omitted, else read as a single number. */
export function optionalScalar(value: unknown, argument: string): number | undefined {
  return isOmitted(value) ? undefined : readScalar(value, argument);
}

export function transpose<T>(grid: readonly (readonly T[])[]): T[][] {
  const { columns } = shapeOf(grid);
  return Array.from({ length: columns }, (_, c) => grid.map((row) => row[c] as T));
}

/** A vector laid out as the user laid out its input: a column (K×1) or a row (1×K). */
export function laidOut<T>(values: readonly T[], layout: "row" | "column"): T[][] {
  return layout === "row" ? [[...values]] : values.map((value) => [value]);
}

export function blankAsZero(values: readonly (number | null)[]): number[] {
  return values.map((value) => value ?? 0);
}
