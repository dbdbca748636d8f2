import { demography, InputError, shapeOf, type Shape } from "../core";
import type { DemographyInput } from "../core/demography";
import { demographyShape, rateShape } from "../core/messages";
import { asGrid, type Grid, numbersAsGiven, readFilled, readScalar } from "./cells";
import { isOmitted, sameShape } from "./grid";
import { refuseOversizedShape } from "./payload";

/** A column of one number per age group, every cell filled. */
function readGroupColumn(value: unknown, argument: string, groups: number): number[] {
  const grid = asGrid(value);
  const shape = shapeOf(grid);
  const expected: Shape = { rows: groups, columns: 1 };
  if (!sameShape(shape, expected)) throw new InputError(argument, demographyShape, [shape, expected]);
  return readFilled(grid, argument).map((row) => row[0] as number);
}

/** One rate for all groups, or one per group; undefined when omitted (100 %). */
function readRate(rate: unknown, groups: number): number | number[] | undefined {
  if (isOmitted(rate)) return undefined;
  const grid: Grid = asGrid(rate);
  const shape = shapeOf(grid);
  if (shape.rows === 1 && shape.columns === 1) return readScalar(rate, "rate");
  if (shape.columns !== 1 || shape.rows !== groups) throw new InputError("rate", rateShape, [shape, groups]);
  return readFilled(grid, "rate").map((row) => row[0] as number);
}

/** DEMOGRAPHY's arguments read as the function reads them (the Forklar wizard reads them so too). */
export function readDemographyInput(
  base: unknown,
  forecast: unknown,
  unitAmounts: unknown,
  rate: unknown,
  decimals: unknown,
): DemographyInput {
  const grid = asGrid(forecast);
  const { rows, columns } = shapeOf(grid);
  refuseOversizedShape(rows + 1, columns);
  const counts = numbersAsGiven(grid) ?? readFilled(grid, "forecast");
  return {
    base: readGroupColumn(base, "base", rows),
    forecast: counts,
    unitAmounts: readGroupColumn(unitAmounts, "unitAmounts", rows),
    rate: readRate(rate, rows),
    decimals: readScalar(decimals, "decimals", 0),
  };
}

/** DEMOGRAPHY: the adjustment per age group and year, then a row of yearly totals. */
export function demographyCells(
  base: unknown,
  forecast: unknown,
  unitAmounts: unknown,
  rate: unknown,
  decimals: unknown,
): number[][] {
  return demography(readDemographyInput(base, forecast, unitAmounts, rate, decimals));
}
