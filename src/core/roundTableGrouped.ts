/**
 * ROUNDTABLE with groups: controlled rounding of a table whose rows stand in groups (the council's
 * annex: proposals under their department), with a subtotal row after each group. Besides what
 * roundTable.ts guarantees, every subtotal (group × column) and every group total is its exact
 * value rounded down or up (an exact multiple kept), a group's rows add up to its subtotal row and
 * the subtotal rows to the totals row.
 *
 * As a flow, one unit per figure rounded up: source → group g (g's total) → row r in g (r's total)
 * → group-column (g, c) (cell (r, c)) → column c (g's subtotal in c) → sink (c's total). That is
 * the network of FUNCTIONS.md (source → column → group-column → row → group → sink) with every arc
 * turned round, so that the search meets rows in order and each row's cells from left to right, as
 * the ungrouped network does. Each node is one sum (a group's rows make its total, a row's cells
 * its total, a group's cells in a column its subtotal, the subtotals of a column its total, the
 * columns the grand total), and each figure is an arc between the two sums it takes part in: a
 * network matrix, so the exact fractions being a flow makes an integer one exist, for the grand
 * total rounded either way. Valid numbers therefore never fail.
 *
 * Cost, start and ties as in roundTable.ts: every figure the result prints (cells, row totals,
 * subtotals, group totals, column totals) costs 1 when rounded away from its nearest multiple;
 * each starts at its nearest, an exact half away from zero, and the min-cost flow changes as few
 * as it must, searching groups in order, each group's rows in order, each row's cells from left
 * to right, then the subtotals and the columns.
 */
import { cellLabel, InputError, type Id } from "./errors";
import { unitsToNumber } from "./decimal";
import { subtotalDigits } from "./messages";
import { MinCostFlow } from "./minCostFlow";
import { checkDecimals, MAX_UNITS } from "./rounding";
import type { RoundedTable } from "./roundTable";
import { readGroups } from "./tableGroups";
import { WHOLE, type Part } from "./tableParts";
import {
  ARGUMENT,
  checkTable,
  costOf,
  floorSums,
  groupFloorSums,
  printed,
  readFractions,
  startOf,
} from "./tableRounding";

/** One group of rows: its label, its rows [first, end), its rounded subtotal per column and total. */
export interface RoundedGroup {
  label: Id;
  first: number;
  end: number;
  subtotals: number[];
  total: number;
}

export interface GroupedRoundedTable extends RoundedTable {
  /** The groups in order; the rows of group k are cells[first..end). */
  groups: RoundedGroup[];
}

/**
 * The table rounded so that every row, column, subtotal and group total adds up. `groups` holds a
 * label per row (rows of a group together; a blank keeps the group above).
 */
export function roundTableGrouped(
  values: readonly (readonly number[])[],
  decimals: number,
  groups: readonly (Id | null | undefined)[],
): GroupedRoundedTable {
  checkTable(values);
  checkDecimals(decimals);
  const spans = readGroups(groups, values.length);
  const t = readFractions(values, decimals, spans);
  const { rows, columns, floors, parts } = t;
  const count = spans.count;
  const { rowFloors, columnFloors, grandFloor } = floorSums(t);
  const { groupColumnFloors, groupFloors } = groupFloorSums(t, spans);
  const units = t.grandWhole + startOf(t.grandPart, grandFloor);

  // A group of one row: its total is the row's total, its subtotals the row's cells. Their arcs
  // would lie in series (on a 2.000-row table of such groups, twice the path length), so each pair
  // is one arc that counts both figures, past the group's own nodes.
  const single = (g: number): boolean => (spans.end[g] as number) - (spans.first[g] as number) === 1;
  // Where group g's subtotal nodes start (one per column), in groups of more than one row.
  const subtotalBase = new Int32Array(count);
  const source = 0;
  const groupNode = 1;
  const rowNode = groupNode + count;
  let node = rowNode + rows;
  for (let g = 0; g < count; g++) {
    subtotalBase[g] = node;
    if (!single(g)) node += columns;
  }
  const columnNode = node;
  const sink = columnNode + columns;
  const flow = new MinCostFlow(sink + 1, count + rows + rows * columns + count * columns + columns);
  // An arc per figure, costing `figures` where one arc carries two printed figures that are one sum.
  const arc = (from: number, to: number, part: Part, floor: number, figures = 1): number =>
    part === WHOLE ? -1 : flow.addArc(from, to, 1, figures * costOf(part), startOf(part, floor));

  // Each node must pass on the whole units its incoming figures' fractions make, less its outgoing ones'.
  let groupWholes = 0;
  const groupArcs = new Int32Array(count).fill(-1);
  for (let g = 0; g < count; g++) {
    const whole = t.groupWhole[g] as number;
    groupWholes += whole;
    if (single(g)) continue;
    flow.addSupply(groupNode + g, whole);
    groupArcs[g] = arc(source, groupNode + g, t.groupParts[g] as Part, groupFloors[g] as number);
  }
  const rowArcs = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const whole = t.rowWhole[r] as number;
    const g = spans.of[r] as number;
    flow.addSupply(rowNode + r, whole);
    if (single(g)) {
      rowArcs[r] = groupArcs[g] = arc(source, rowNode + r, t.rowParts[r] as Part, rowFloors[r] as number, 2);
      continue;
    }
    flow.addSupply(groupNode + g, -whole);
    rowArcs[r] = arc(groupNode + g, rowNode + r, t.rowParts[r] as Part, rowFloors[r] as number);
  }
  const cellArcs = new Int32Array(rows * columns);
  const subtotalArcs = new Int32Array(count * columns).fill(-1);
  for (let r = 0, i = 0; r < rows; r++) {
    const g = spans.of[r] as number;
    const base = subtotalBase[g] as number;
    for (let c = 0; c < columns; c++, i++) {
      if (single(g)) {
        const a = arc(rowNode + r, columnNode + c, parts[i] as Part, floors[i] as number, 2);
        cellArcs[i] = subtotalArcs[g * columns + c] = a;
      } else cellArcs[i] = arc(rowNode + r, base + c, parts[i] as Part, floors[i] as number);
    }
  }
  for (let g = 0, k = 0; g < count; g++) {
    for (let c = 0; c < columns; c++, k++) {
      if (single(g)) continue;
      const whole = t.groupColumnWhole[k] as number;
      flow.addSupply((subtotalBase[g] as number) + c, -whole);
      flow.addSupply(columnNode + c, whole);
      subtotalArcs[k] = arc(
        (subtotalBase[g] as number) + c,
        columnNode + c,
        t.groupColumnParts[k] as Part,
        groupColumnFloors[k] as number,
      );
    }
  }
  let columnWholes = 0;
  const columnArcs = new Int32Array(columns);
  for (let c = 0; c < columns; c++) {
    const whole = t.columnWhole[c] as number;
    columnWholes += whole;
    flow.addSupply(columnNode + c, -whole);
    columnArcs[c] = arc(columnNode + c, sink, t.columnParts[c] as Part, columnFloors[c] as number);
  }
  flow.addSupply(source, units - groupWholes);
  flow.addSupply(sink, -(units - columnWholes));
  if (!flow.solve()) throw new Error("ROUNDTABLE found no rounding with subtotals; the bounds contradict the theory");

  const up = (a: number): number => (a < 0 ? 0 : flow.flowOn(a));
  const cells: number[][] = [];
  for (let r = 0, i = 0; r < rows; r++) {
    const row: number[] = new Array<number>(columns);
    for (let c = 0; c < columns; c++, i++) {
      const value = (floors[i] as number) + up(cellArcs[i] as number);
      row[c] = printed(value, decimals, () => cellLabel(rows, columns, r + 1, c + 1));
    }
    cells.push(row);
  }
  const rowTotals = Array.from(rowFloors, (floor, r) =>
    printed(floor + up(rowArcs[r] as number), decimals, () => [r + 1], "row"),
  );
  const subtotal = (floor: number, a: number, label: Id, column: number): number => {
    const value = floor + up(a);
    if (!(value <= MAX_UNITS && value >= -MAX_UNITS))
      throw new InputError(ARGUMENT, subtotalDigits, [decimals, label, column]);
    return unitsToNumber(value, decimals);
  };
  const roundedGroups: RoundedGroup[] = spans.labels.map((label, g) => ({
    label,
    first: spans.first[g] as number,
    end: spans.end[g] as number,
    subtotals: Array.from({ length: columns }, (_, c) =>
      subtotal(groupColumnFloors[g * columns + c] as number, subtotalArcs[g * columns + c] as number, label, c + 1),
    ),
    total: subtotal(groupFloors[g] as number, groupArcs[g] as number, label, 0),
  }));
  const columnTotals = Array.from(columnFloors, (floor, c) =>
    printed(floor + up(columnArcs[c] as number), decimals, () => [0, c + 1], "column"),
  );
  const grandTotal = printed(grandFloor + units - t.grandWhole, decimals, () => undefined, "grand");
  return { cells, rowTotals, groups: roundedGroups, columnTotals, grandTotal };
}

/**
 * ROUNDTABLE's result with groups, (R+G+1)×(C+1): each group's rows with their totals, then the
 * group's subtotal row, and at the end the totals row with the grand total.
 */
export function roundTableGroupedWithTotals(
  values: readonly (readonly number[])[],
  decimals: number,
  groups: readonly (Id | null | undefined)[],
): number[][] {
  const { cells, rowTotals, groups: rounded, columnTotals, grandTotal } = roundTableGrouped(values, decimals, groups);
  const grid: number[][] = [];
  for (const group of rounded) {
    for (let r = group.first; r < group.end; r++) grid.push([...(cells[r] as number[]), rowTotals[r] as number]);
    grid.push([...group.subtotals, group.total]);
  }
  grid.push([...columnTotals, grandTotal]);
  return grid;
}
