import { DANISH_NORM_HOURS, fte, hoursFte } from "../core";
import { asGrid, readGridOrZero, readScalar } from "./cells";

/**
 * Applies a per-cell calculation to a single value or to every cell of a range. In Excel these
 * parameters are declared scalar, so Excel itself applies the function to each cell of a range;
 * a caller that passes a range directly gets the same cell-by-cell result.
 */
function cellByCell(value: unknown, argument: string, calculate: (x: number) => number): number | number[][] {
  if (Array.isArray(value)) return readGridOrZero(asGrid(value), argument).map((row) => row.map(calculate));
  return calculate(readScalar(value, argument, 0));
}

/** FTE: amount / averageSalary. */
export function fteCells(amount: unknown, averageSalary: unknown): number | number[][] {
  const salary = readScalar(averageSalary, "averageSalary");
  return cellByCell(amount, "amount", (x) => fte(x, salary));
}

/** HOURSFTE: hours / normHours, with the Danish norm of 1.924 hours when normHours is blank. */
export function hoursFteCells(hours: unknown, normHours: unknown): number | number[][] {
  const norm = readScalar(normHours, "normHours", DANISH_NORM_HOURS);
  return cellByCell(hours, "hours", (x) => hoursFte(x, norm));
}
