import { distribute, InputError, shapeOf, type DistributeInput, type Shape } from "../core";
import { asGrid, readFilled, readGrid, readScalar, readVector } from "./cells";
import { refuseOversizedShape } from "./payload";
import { shapeMismatch, totalShape, weightsRow } from "../core/messages";
import { blankAsZero, isOmitted, sameShape, transpose } from "./grid";

type Layout = "row" | "column";

/** One total, or a row of yearly totals. */
export function readTotals(total: unknown): number[] {
  const grid = asGrid(total);
  const shape = shapeOf(grid);
  if (shape.rows !== 1) {
    throw new InputError("total", totalShape, [shape]);
  }
  return readFilled(grid, "total")[0] as number[];
}

/**
 * Holds as the core wants them, parts × (1 or years), or undefined when there are none. A typed
 * number (0 too) holds its part; a blank cell leaves the part to the key.
 */
function readHolds(holds: unknown, weights: Shape, years: number, layout: Layout): (number | null)[][] | undefined {
  if (isOmitted(holds)) return undefined;
  const grid = asGrid(holds);
  const shape = shapeOf(grid);
  const yearly = layout === "column" && years > 1 && shape.rows === weights.rows && shape.columns === years;
  if (!sameShape(shape, weights) && !yearly) {
    throw new InputError("holds", shapeMismatch, [shape, "weights", weights, years]);
  }
  const cells = readGrid(grid, "holds");
  return layout === "row" ? transpose(cells) : cells;
}

/** DISTRIBUTE's arguments as the core takes them (the Forklar wizard reads them so too). */
export function readDistributeInput(
  total: unknown,
  weights: unknown,
  decimals: unknown,
  holds: unknown,
): DistributeInput {
  const totals = readTotals(total);
  const weightsGrid = asGrid(weights);
  const key = readVector(weightsGrid, "weights");
  if (key.layout === "row" && totals.length > 1) {
    throw new InputError("weights", weightsRow, [totals.length]);
  }
  // Parts × years is known from the shapes: a result too large for Excel is refused before computing.
  const years = key.layout === "row" ? 1 : totals.length;
  refuseOversizedShape(key.layout === "row" ? 1 : key.values.length, key.layout === "row" ? key.values.length : years);
  return {
    totals,
    weights: blankAsZero(key.values),
    decimals: readScalar(decimals, "decimals", 0),
    holds: readHolds(holds, shapeOf(weightsGrid), totals.length, key.layout),
    layout: key.layout,
  };
}

/** DISTRIBUTE: parts × years for a column of weights, a row of parts for a row of weights. */
export function distributeCells(total: unknown, weights: unknown, decimals: unknown, holds: unknown): number[][] {
  const input = readDistributeInput(total, weights, decimals, holds);
  const parts = distribute(input);
  return input.layout === "row" ? transpose(parts) : parts;
}
