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
import { shapeOf } from "./shape";
import { cellLabel, InputError, type Place } from "./errors";
import { addInt, intOf, intToNumber, unitsToNumber, ZERO_INT } from "./decimal";
import { emptyRange, notFinite, raggedRange, tableDigits } from "./messages";
import { MinCostFlow } from "./minCostFlow";
import { checkDecimals, MAX_UNITS } from "./rounding";
import { readTableFractions } from "./tableFractions";
import { ABOVE, BELOW, CellTooLarge, HALF, WHOLE, type Part, type TableFractions } from "./tableParts";

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

const ARGUMENT = "values";

function costOf(part: Part): number {
  return part === BELOW ? 1 : part === ABOVE ? -1 : 0;
}

/** Where a value starts: rounded up (1) at its nearest multiple, a half away from zero. */
function startOf(part: Part, floor: number): number {
  return part === ABOVE || (part === HALF && floor >= 0) ? 1 : 0;
}

const SPLIT = 2 ** 26;

/**
 * Exact sum of whole numbers below 2^53 each, as the nearest double: exact whenever it can be
 * printed (below 10^15), and beyond that refused by printed() whatever its last bits.
 */
function wholeSum(values: ArrayLike<number>, start: number, count: number, stride: number): number {
  let sum = ZERO_INT;
  for (let k = 0, i = start; k < count; k++, i += stride) sum = addInt(sum, intOf(values[i] as number));
  return intToNumber(sum);
}

/**
 * The floors of the rows, columns and grand total: the cells' floors added up, plus the whole
 * units in their fractions. Plain sums when no partial sum can reach 2^53, else exact ones.
 */
function floorSums(t: TableFractions): { rowFloors: Float64Array; columnFloors: Float64Array; grandFloor: number } {
  const { rows, columns, floors } = t;
  const rowFloors = new Float64Array(rows);
  const columnFloors = new Float64Array(columns);
  let magnitude = 0;
  for (let i = 0; i < floors.length; i++) magnitude += Math.abs(floors[i] as number);
  let grandFloor: number;
  if (magnitude < SPLIT * SPLIT) {
    let grand = 0;
    for (let r = 0, i = 0; r < rows; r++) {
      let sum = 0;
      for (let c = 0; c < columns; c++, i++) {
        const f = floors[i] as number;
        sum += f;
        columnFloors[c] = (columnFloors[c] as number) + f;
      }
      rowFloors[r] = sum;
      grand += sum;
    }
    grandFloor = grand;
  } else {
    for (let r = 0; r < rows; r++) rowFloors[r] = wholeSum(floors, r * columns, columns, 1);
    for (let c = 0; c < columns; c++) columnFloors[c] = wholeSum(floors, c, rows, columns);
    grandFloor = wholeSum(floors, 0, rows * columns, 1);
  }
  for (let r = 0; r < rows; r++) rowFloors[r] = (rowFloors[r] as number) + (t.rowWhole[r] as number);
  for (let c = 0; c < columns; c++) columnFloors[c] = (columnFloors[c] as number) + (t.columnWhole[c] as number);
  return { rowFloors, columnFloors, grandFloor: grandFloor + t.grandWhole };
}

function checkTable(values: readonly (readonly number[])[]): void {
  const { rows, columns } = shapeOf(values);
  if (rows === 0 || columns === 0) throw new InputError(ARGUMENT, emptyRange, []);
  values.forEach((row, r) => {
    if (row.length !== columns) {
      throw new InputError(ARGUMENT, raggedRange, []);
    }
    row.forEach((x, c) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new InputError(ARGUMENT, notFinite, [x], cellLabel(rows, columns, r + 1, c + 1));
      }
    });
  });
}

function readFractions(values: readonly (readonly number[])[], decimals: number): TableFractions {
  try {
    return readTableFractions(values, decimals);
  } catch (error) {
    if (!(error instanceof CellTooLarge)) throw error;
    const { rows, columns } = shapeOf(values);
    const r = Math.floor(error.index / columns);
    const c = error.index % columns;
    throw new InputError(ARGUMENT, tableDigits, [decimals, cellLabel(rows, columns, r + 1, c + 1), values[r]?.[c]]);
  }
}

/** Units back to a printed number, refused beyond 15 digits. */
function printed(
  units: number,
  decimals: number,
  place: () => Place | undefined,
  total?: "row" | "column" | "grand",
): number {
  if (!(units <= MAX_UNITS && units >= -MAX_UNITS))
    throw new InputError(ARGUMENT, tableDigits, [decimals, place(), undefined, total]);
  return unitsToNumber(units, decimals);
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
