import { InputError, roundTableGroupedWithTotals, roundTableWithTotals, shapeOf, type Id } from "../core";
import { groupsShape, notALabel } from "../core/messages";
import { asGrid, isBlank, readGridOrZero, readScalar } from "./cells";
import { isOmitted } from "./grid";

/** A column of group labels, one per row of values: text or numbers, null where blank. */
function readLabels(groups: unknown, rows: number): (Id | null)[] {
  const grid = asGrid(groups);
  const shape = shapeOf(grid);
  if (shape.columns !== 1 || shape.rows !== rows) throw new InputError("groups", groupsShape, [shape, rows]);
  return grid.map((row, r) => {
    const cell = row[0];
    if (isBlank(cell)) return null;
    if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
    throw new InputError("groups", notALabel, [cell], [r + 1]);
  });
}

/**
 * ROUNDTABLE: the table rounded with a totals column, a totals row and the grand total; with
 * groups, a subtotal row after each group's rows.
 */
export function roundTableCells(values: unknown, decimals: unknown, groups?: unknown): number[][] {
  const table = readGridOrZero(asGrid(values), "values");
  const places = readScalar(decimals, "decimals", 0);
  if (isOmitted(groups)) return roundTableWithTotals(table, places);
  return roundTableGroupedWithTotals(table, places, readLabels(groups, table.length));
}
