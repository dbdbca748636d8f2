import { distribute, InputError, shapeOf, type Shape } from "../core";
import { asGrid, readGrid, readScalar, readVector } from "./cells";
import { refuseOversizedShape } from "./payload";
import { blankAsZero, isOmitted, readFilled, sameShape, shapeLabel, shapeMismatch, transpose } from "./grid";

type Layout = "row" | "column";

/** One total, or a row of yearly totals. */
export function readTotals(total: unknown): number[] {
  const grid = asGrid(total);
  const shape = shapeOf(grid);
  if (shape.rows !== 1) {
    throw new InputError(
      "total",
      `is ${shapeLabel(shape)}. Give one total, or a row of yearly totals (one column per year).`,
    );
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
    const perYear = years > 1 ? ` or ${shapeLabel({ rows: weights.rows, columns: years })} (one column per year)` : "";
    throw shapeMismatch(
      "holds",
      shape,
      "weights",
      weights,
      `Select holds of the same shape as weights${perYear}, and leave blank the parts that follow the key.`,
    );
  }
  const cells = readGrid(grid, "holds");
  return layout === "row" ? transpose(cells) : cells;
}

/** DISTRIBUTE: parts × years for a column of weights, a row of parts for a row of weights. */
export function distributeCells(total: unknown, weights: unknown, decimals: unknown, holds: unknown): number[][] {
  const totals = readTotals(total);
  const weightsGrid = asGrid(weights);
  const key = readVector(weightsGrid, "weights");
  if (key.layout === "row" && totals.length > 1) {
    throw new InputError(
      "weights",
      `is a row, but total has ${totals.length} yearly totals. Select the weights as a column (one row per part): the result then has one column per year.`,
    );
  }
  // Parts × years is known from the shapes: a result too large for Excel is refused before computing.
  const years = key.layout === "row" ? 1 : totals.length;
  refuseOversizedShape(key.layout === "row" ? 1 : key.values.length, key.layout === "row" ? key.values.length : years);
  const parts = distribute({
    totals,
    weights: blankAsZero(key.values),
    decimals: readScalar(decimals, "decimals", 0),
    holds: readHolds(holds, shapeOf(weightsGrid), totals.length, key.layout),
    layout: key.layout,
  });
  return key.layout === "row" ? transpose(parts) : parts;
}
