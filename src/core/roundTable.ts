/**
 * ROUNDTABLE: controlled rounding of a two-way table (Bacharach 1966, Cox 1987). Every cell and
 * every row and column total goes to the multiple of 10^-decimals just below or just above its
 * exact value, so that rows and columns add up to their rounded totals and the grand total is
 * ROUND of the exact grand total; among all such roundings one with the fewest values rounded
 * away from their nearest multiple.
 *
 * As a flow: one unit per value rounded up. Source → row i carries whether row total i is rounded
 * up, row i → column j whether cell (i, j) is, column j → sink whether column total j is; the
 * whole units that the fractions of a row add up to are the row's fixed supply (its lower bound),
 * and the sink takes exactly as many units as the rounded grand total asks. A unit costs +1 where
 * rounding up is away from nearest (fraction below half), −1 where rounding down would be (above
 * half), 0 at exactly half. Such a flow always exists (the fractions themselves are one, and the
 * network is totally unimodular), so valid numbers never fail.
 *
 * Ties, the documented deterministic rule: every value starts at its nearest multiple, an exact
 * half rounded away from zero as ROUND does; the min-cost flow then changes as few as it must,
 * searching rows in order, each row's cells from left to right, then the columns (row-major).
 * The same table therefore always gives the same rounding, in Excel, the playground and the CLI.
 */
import { cellLabel } from "./errors";
import { MinCostFlow } from "./minCostFlow";
import { checkDecimals } from "./rounding";
import { WHOLE, type Part } from "./tableParts";
import { checkTable, costOf, floorSums, printed, readFractions, startOf } from "./tableRounding";

export interface RoundedTable {
  /** The rounded cells, shaped as the input. */
  cells: number[][];
  /** Each row's rounded total: the sum of its rounded cells. */
  rowTotals: number[];
  /** Each column's rounded total: the sum of its rounded cells. */
  columnTotals: number[];
  /** ROUND of the exact grand total: the sum of the row totals and of the column totals. */
  grandTotal: number;
}

/** The table rounded so that every row and column adds up, with its totals. */
export function roundTable(values: readonly (readonly number[])[], decimals = 0): RoundedTable {
  checkTable(values);
  checkDecimals(decimals);
  const t = readFractions(values, decimals);
  const { rows, columns, floors, parts } = t;
  const { rowFloors, columnFloors, grandFloor } = floorSums(t);
  const grandUp = startOf(t.grandPart, grandFloor);
  // Units above the cells' floors that the rounded grand total asks for.
  const units = t.grandWhole + grandUp;

  const source = 0;
  const sink = rows + columns + 1;
  const flow = new MinCostFlow(rows + columns + 2, rows * columns + rows + columns);
  let rowFixed = 0;
  let columnFixed = 0;
  const rowArcs = new Int32Array(rows).fill(-1);
  const columnArcs = new Int32Array(columns).fill(-1);
  const cellArcs = new Int32Array(rows * columns).fill(-1);
  for (let r = 0; r < rows; r++) {
    const whole = t.rowWhole[r] as number;
    rowFixed += whole;
    flow.addSupply(1 + r, whole);
    const part = t.rowParts[r] as Part;
    if (part !== WHOLE) {
      rowArcs[r] = flow.addArc(source, 1 + r, 1, costOf(part), startOf(part, rowFloors[r] as number));
    }
  }
  for (let r = 0, i = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++, i++) {
      const part = parts[i] as Part;
      if (part === WHOLE) continue;
      cellArcs[i] = flow.addArc(1 + r, 1 + rows + c, 1, costOf(part), startOf(part, floors[i] as number));
    }
  }
  for (let c = 0; c < columns; c++) {
    const whole = t.columnWhole[c] as number;
    columnFixed += whole;
    flow.addSupply(1 + rows + c, -whole);
    const part = t.columnParts[c] as Part;
    if (part !== WHOLE) {
      columnArcs[c] = flow.addArc(1 + rows + c, sink, 1, costOf(part), startOf(part, columnFloors[c] as number));
    }
  }
  flow.addSupply(source, units - rowFixed);
  flow.addSupply(sink, -(units - columnFixed));
  if (!flow.solve()) throw new Error("ROUNDTABLE found no rounding that adds up; the bounds contradict the theory");

  const up = (arc: number): number => (arc < 0 ? 0 : flow.flowOn(arc));
  const cells: number[][] = [];
  for (let r = 0, i = 0; r < rows; r++) {
    const row: number[] = new Array<number>(columns);
    for (let c = 0; c < columns; c++, i++) {
      const arc = cellArcs[i] as number;
      const value = (floors[i] as number) + (arc < 0 ? 0 : flow.flowOn(arc));
      row[c] = printed(value, decimals, () => cellLabel(rows, columns, r + 1, c + 1));
    }
    cells.push(row);
  }
  const rowTotals = Array.from(rowFloors, (floor, r) =>
    printed(floor + up(rowArcs[r] as number), decimals, () => [r + 1], "row"),
  );
  const columnTotals = Array.from(columnFloors, (floor, c) =>
    printed(floor + up(columnArcs[c] as number), decimals, () => [0, c + 1], "column"),
  );
  const grandTotal = printed(grandFloor + grandUp, decimals, () => undefined, "grand");
  return { cells, rowTotals, columnTotals, grandTotal };
}

/** ROUNDTABLE's result: the rounded cells with a totals column, a totals row and the grand total. */
export function roundTableWithTotals(values: readonly (readonly number[])[], decimals = 0): number[][] {
  const { cells, rowTotals, columnTotals, grandTotal } = roundTable(values, decimals);
  const grid = cells.map((row, r) => [...row, rowTotals[r] as number]);
  grid.push([...columnTotals, grandTotal]);
  return grid;
}
