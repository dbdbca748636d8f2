import { hierarchy, InputError, shapeOf, type HierarchyInput, type NodeId } from "../core";
import { idsEmpty, idsShape, notAnId } from "../core/messages";
import { asGrid, isBlank, readGrid, readScalar, type Grid } from "./cells";
import { readTotals } from "./distribute";

/** A range that must be one column (one row per node). */
function column(value: unknown, argument: string): Grid {
  const grid = asGrid(value);
  const shape = shapeOf(grid);
  if (shape.rows === 0 || shape.columns === 0) throw new InputError(argument, idsEmpty, []);
  if (shape.columns !== 1) {
    throw new InputError(argument, idsShape, [shape]);
  }
  return grid;
}

/** A column of ids: text or numbers, null where blank. */
function readIds(value: unknown, argument: string): (NodeId | null)[] {
  return column(value, argument).map((row, r) => {
    const cell = row[0];
    if (isBlank(cell)) return null;
    if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
    throw new InputError(argument, notAnId, [cell], [r + 1]);
  });
}

/** HIERARCHY's arguments as the core takes them. */
export function readHierarchyInput(
  total: unknown,
  nodes: unknown,
  parents: unknown,
  weights: unknown,
  decimals: unknown,
): HierarchyInput {
  const totals = readTotals(total);
  const weightCells = readGrid(column(weights, "weights"), "weights");
  return {
    totals,
    nodes: readIds(nodes, "nodes"),
    parents: readIds(parents, "parents"),
    weights: weightCells.map((row) => row[0] ?? null),
    decimals: readScalar(decimals, "decimals", 0),
  };
}

/** HIERARCHY: one amount per row (a column per year), every node's children adding up to it. */
export function hierarchyCells(
  total: unknown,
  nodes: unknown,
  parents: unknown,
  weights: unknown,
  decimals: unknown,
): number[][] {
  return hierarchy(readHierarchyInput(total, nodes, parents, weights, decimals));
}
