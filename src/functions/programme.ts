import { cellLabel, cumulative, gap, InputError, netEffect, payback, phaseIn, shapeOf } from "../core";
import { asGrid, readFilled, readGridOrZero, readScalar, readVector } from "./cells";
import { fullEffectShape, noPayback, shapeMismatch, targetShape as targetShapeText } from "../core/messages";
import { blankAsZero, laidOut, optionalScalar, sameShape } from "./grid";

/** NETEFFECT: gains + costs, cell by cell; blanks count as 0. */
export function netEffectCells(gains: unknown, costs: unknown): number[][] {
  const gainsGrid = asGrid(gains);
  const costsGrid = asGrid(costs);
  const gainsCells = readGridOrZero(gainsGrid, "gains");
  const costsCells = readGridOrZero(costsGrid, "costs");
  if (!sameShape(shapeOf(gainsGrid), shapeOf(costsGrid))) {
    throw new InputError("costs", shapeMismatch, [shapeOf(costsGrid), "gains", shapeOf(gainsGrid)]);
  }
  return netEffect(gainsCells, costsCells);
}

/** CUMULATIVE: running sums along each row; down the column when the flows are one column. */
export function cumulativeCells(flows: unknown): number[][] {
  const grid = asGrid(flows);
  const cells = readGridOrZero(grid, "flows");
  const { rows, columns } = shapeOf(grid);
  if (columns === 1 && rows > 1) {
    const flowsDown = cells.map((row) => row[0] as number);
    return laidOut(
      cumulative(flowsDown, (i) => cellLabel(rows, 1, i + 1, 1)),
      "column",
    );
  }
  return cells.map((row, r) => cumulative(row, (i) => cellLabel(rows, columns, r + 1, i + 1)));
}

/** PAYBACK: the 1-based period in which the running sum first reaches 0 or more. */
export function paybackCells(flows: unknown): number {
  const { values } = readVector(asGrid(flows), "flows");
  const period = payback(blankAsZero(values));
  if (period === null) {
    throw new InputError("flows", noPayback, [values.length], undefined, "notAvailable");
  }
  return period;
}

/**
 * PHASEIN: fullEffect × each share of the profile, shaped as the profile; a column of full effects
 * with a row profile gives programmes × years.
 */
export function phaseInCells(fullEffect: unknown, profile: unknown, decimals: unknown): number[][] {
  const fullGrid = asGrid(fullEffect);
  const fullShape = shapeOf(fullGrid);
  const shares = readVector(asGrid(profile), "profile");
  const profileValues = blankAsZero(shares.values);
  const places = optionalScalar(decimals, "decimals");
  if (fullShape.rows === 1 && fullShape.columns === 1) {
    return laidOut(phaseIn(readScalar(fullEffect, "fullEffect"), profileValues, places), shares.layout);
  }
  if (fullShape.columns === 1 && (shares.layout === "row" || profileValues.length === 1)) {
    return readFilled(fullGrid, "fullEffect").map((row) => phaseIn(row[0] as number, profileValues, places));
  }
  throw new InputError("fullEffect", fullEffectShape, [fullShape]);
}

/** GAP: target minus the identified savings of each year (column), as one row. */
export function gapCells(target: unknown, identified: unknown): number[][] {
  const themes = readGridOrZero(asGrid(identified), "identified");
  const years = shapeOf(themes).columns;
  const targetGrid = asGrid(target);
  const targetShape = shapeOf(targetGrid);
  let targets: number[];
  if (targetShape.rows === 1 && targetShape.columns === 1) {
    targets = new Array<number>(years).fill(readScalar(target, "target"));
  } else if (targetShape.rows === 1 && targetShape.columns === years) {
    targets = readFilled(targetGrid, "target")[0] as number[];
  } else {
    throw new InputError("target", targetShapeText, [targetShape, years]);
  }
  return [gap(targets, themes)];
}
