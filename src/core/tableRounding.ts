/**
 * What ROUNDTABLE's two networks (roundTable.ts, and roundTableGrouped.ts with subtotals) share:
 * the table checked and read into floors and fraction parts, the cost and start of each figure's
 * arc, exact sums of floors, and units turned back into printed numbers.
 */
import { shapeOf } from "./shape";
import { cellLabel, InputError, type Place } from "./errors";
import { addInt, type ExactInt, intOf, intToNumber, unitsToNumber, ZERO_INT } from "./decimal";
import { emptyRange, notFinite, raggedRange, tableDigits } from "./messages";
import { MAX_UNITS } from "./rounding";
import { readTableFractions } from "./tableFractions";
import { ABOVE, BELOW, CellTooLarge, HALF, type Part, type RowGroups, type TableFractions } from "./tableParts";

export const ARGUMENT = "values";

export function costOf(part: Part): number {
  return part === BELOW ? 1 : part === ABOVE ? -1 : 0;
}

/** Where a value starts: rounded up (1) at its nearest multiple, a half away from zero. */
export function startOf(part: Part, floor: number): number {
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
export function floorSums(t: TableFractions): {
  rowFloors: Float64Array;
  columnFloors: Float64Array;
  grandFloor: number;
} {
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

/**
 * The floors of each group's subtotals (group-major, one per column) and of its total, as
 * floorSums gives them for rows: the cells' floors added up, plus the whole units in their fractions.
 */
export function groupFloorSums(
  t: TableFractions,
  groups: RowGroups,
): { groupColumnFloors: Float64Array; groupFloors: Float64Array } {
  const { rows, columns, floors } = t;
  const count = groups.count;
  const groupColumnFloors = new Float64Array(count * columns);
  const groupFloors = new Float64Array(count);
  let magnitude = 0;
  for (let i = 0; i < floors.length; i++) magnitude += Math.abs(floors[i] as number);
  if (magnitude < SPLIT * SPLIT) {
    for (let r = 0, i = 0; r < rows; r++) {
      const g = groups.of[r] as number;
      const base = g * columns;
      let sum = 0;
      for (let c = 0; c < columns; c++, i++) {
        const f = floors[i] as number;
        sum += f;
        groupColumnFloors[base + c] = (groupColumnFloors[base + c] as number) + f;
      }
      groupFloors[g] = (groupFloors[g] as number) + sum;
    }
  } else {
    const exact: ExactInt[] = [];
    for (let k = 0; k < count * columns; k++) exact.push(ZERO_INT);
    const totals: ExactInt[] = [];
    for (let g = 0; g < count; g++) totals.push(ZERO_INT);
    for (let r = 0, i = 0; r < rows; r++) {
      const g = groups.of[r] as number;
      for (let c = 0; c < columns; c++, i++) {
        const f = intOf(floors[i] as number);
        exact[g * columns + c] = addInt(exact[g * columns + c] as ExactInt, f);
        totals[g] = addInt(totals[g] as ExactInt, f);
      }
    }
    exact.forEach((sum, k) => (groupColumnFloors[k] = intToNumber(sum)));
    totals.forEach((sum, g) => (groupFloors[g] = intToNumber(sum)));
  }
  for (let k = 0; k < count * columns; k++)
    groupColumnFloors[k] = (groupColumnFloors[k] as number) + (t.groupColumnWhole[k] as number);
  for (let g = 0; g < count; g++) groupFloors[g] = (groupFloors[g] as number) + (t.groupWhole[g] as number);
  return { groupColumnFloors, groupFloors };
}

export function checkTable(values: readonly (readonly number[])[]): void {
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

export function readFractions(
  values: readonly (readonly number[])[],
  decimals: number,
  groups?: RowGroups,
): TableFractions {
  try {
    return readTableFractions(values, decimals, groups);
  } catch (error) {
    if (!(error instanceof CellTooLarge)) throw error;
    const { rows, columns } = shapeOf(values);
    const r = Math.floor(error.index / columns);
    const c = error.index % columns;
    throw new InputError(ARGUMENT, tableDigits, [decimals, cellLabel(rows, columns, r + 1, c + 1), values[r]?.[c]]);
  }
}

/** Units back to a printed number, refused beyond 15 digits. */
export function printed(
  units: number,
  decimals: number,
  place: () => Place | undefined,
  total?: "row" | "column" | "grand",
): number {
  if (!(units <= MAX_UNITS && units >= -MAX_UNITS))
    throw new InputError(ARGUMENT, tableDigits, [decimals, place(), undefined, total]);
  return unitsToNumber(units, decimals);
}
