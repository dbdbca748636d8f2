/**
 * A table read for controlled rounding: each cell split exactly into whole units of 10^-decimals
 * (its floor) and a fraction of a unit, and the fractions summed per row, per column and in all.
 * Only the class of a fraction matters afterwards (none, below half, half, above half) and how
 * many whole units the fractions of a row add up to, so both paths below give the same numbers:
 * plain integers in doubles when every scaled value is safely below 2^53, else the core's exact
 * decimals (ExactInt, decimal.ts). No BigInt: the functions bundle runs on ES2016. With groups of
 * rows (ROUNDTABLE's subtotals) the fractions are also summed per group and column and per group.
 */
import {
  absInt,
  addInt,
  compareInt,
  type Decimal,
  decimalOf,
  divideSmallQuotient,
  type ExactInt,
  pow10,
  pow10n,
  scaleInt,
  subtractInt,
  ZERO_INT,
} from "./decimal";
import { shapeOf } from "./shape";
import { placesOf, unitsFound } from "./kernel/shortDecimal";
import {
  ABOVE,
  BELOW,
  CellTooLarge,
  emptyFractions,
  HALF,
  partOf,
  WHOLE,
  type Part,
  type RowGroups,
  type TableFractions,
} from "./tableParts";

export type { TableFractions } from "./tableParts";

/** Values whose scaled sum stays below this are added as plain doubles, exactly. */
const SAFE = 2 ** 52;

/** floor(a / q) for safe integers a and q > 0 whose quotient's double may have rounded up. */
function floorDiv(a: number, q: number): number {
  const whole = Math.floor(a / q);
  const rest = a - whole * q;
  return rest < 0 ? whole - 1 : rest >= q ? whole + 1 : whole;
}

/**
 * The integer path: each value as m × 10^-s (s ≤ 9 places), all brought to one scale P with
 * unit q = 10^(P − decimals). Undefined when a value has more places, q is not an exact double,
 * or the sums could pass 2^52.
 */
export function readSafeFractions(
  values: readonly (readonly number[])[],
  decimals: number,
  groups?: RowGroups,
): TableFractions | undefined {
  const { rows, columns } = shapeOf(values);
  const count = rows * columns;
  const units = new Float64Array(count);
  const places = new Int8Array(count);
  let scale = decimals > 0 ? decimals : 0;
  let k = 0;
  for (const row of values) {
    for (const x of row) {
      const s = placesOf(x);
      if (s < 0) return undefined;
      units[k] = unitsFound();
      places[k++] = s;
      if (s > scale) scale = s;
    }
  }
  if (scale - decimals > 15) return undefined;
  const q = pow10(scale - decimals);
  const half = q / 2;
  const by: number[] = [];
  for (let s = 0; s <= scale; s++) by.push(pow10(scale - s));
  let magnitude = count * q;
  for (let i = 0; i < count; i++) {
    const a = (units[i] as number) * (by[places[i] as number] as number);
    units[i] = a;
    magnitude += a < 0 ? -a : a;
  }
  if (!(magnitude < SAFE)) return undefined;
  const out = emptyFractions(rows, columns, groups ? groups.count : 0);
  const { floors, parts } = out;
  const rowRest = new Float64Array(rows);
  const columnRest = new Float64Array(columns);
  const groupColumnRest = new Float64Array(out.groups * columns);
  const groupRest = new Float64Array(out.groups);
  let grandRest = 0;
  for (let r = 0, i = 0; r < rows; r++) {
    let restOfRow = 0;
    const g = groups ? (groups.of[r] as number) : -1;
    const base = g * columns;
    for (let c = 0; c < columns; c++, i++) {
      const a = units[i] as number;
      const floor = floorDiv(a, q);
      const rest = a - floor * q;
      floors[i] = floor;
      // partOf, written out: this loop runs once per cell.
      parts[i] = rest === 0 ? WHOLE : rest < half ? BELOW : rest === half ? HALF : ABOVE;
      restOfRow += rest;
      columnRest[c] = (columnRest[c] as number) + rest;
      if (g >= 0) groupColumnRest[base + c] = (groupColumnRest[base + c] as number) + rest;
    }
    rowRest[r] = restOfRow;
    grandRest += restOfRow;
    if (g >= 0) groupRest[g] = (groupRest[g] as number) + restOfRow;
  }
  const settle = (rests: Float64Array, whole: Float64Array, parts: Uint8Array): void => {
    for (let i = 0; i < rests.length; i++) {
      const w = floorDiv(rests[i] as number, q);
      whole[i] = w;
      parts[i] = partOf((rests[i] as number) - w * q, q);
    }
  };
  settle(rowRest, out.rowWhole, out.rowParts);
  settle(columnRest, out.columnWhole, out.columnParts);
  settle(groupColumnRest, out.groupColumnWhole, out.groupColumnParts);
  settle(groupRest, out.groupWhole, out.groupParts);
  out.grandWhole = floorDiv(grandRest, q);
  out.grandPart = partOf(grandRest - out.grandWhole * q, q);
  return out;
}

/** partOf for exact integers: how 0 ≤ rest < unit lies against half a unit. */
function partOfInt(rest: ExactInt, unit: ExactInt): Part {
  if (rest.sign === 0) return WHOLE;
  const order = compareInt(addInt(rest, rest), unit);
  return order < 0 ? BELOW : order === 0 ? HALF : ABOVE;
}

/** Splits sums of fractions (each below `count` units) into whole units and a part. */
function settleExact(sums: ExactInt[], unit: ExactInt, whole: Float64Array, parts: Uint8Array): void {
  for (let i = 0; i < sums.length; i++) {
    const { quotient, rest } = divideSmallQuotient(sums[i] as ExactInt, unit);
    whole[i] = quotient;
    parts[i] = partOfInt(rest, unit);
  }
}

/**
 * The exact path, for tables the integer path cannot take (more than nine places, tiny or huge
 * magnitudes): every value read as the decimal it prints (decimalOf) and brought to the finest
 * scale in the table, whose unit is then 10^(scale − decimals) exactly. A floor must fit in the
 * 15 digits every printed result keeps.
 */
export function readExactFractions(
  values: readonly (readonly number[])[],
  decimals: number,
  groups?: RowGroups,
): TableFractions {
  const { rows, columns } = shapeOf(values);
  const read: Decimal[] = [];
  let scale = decimals;
  for (const row of values) {
    for (const x of row) {
      const d = decimalOf(x);
      read.push(d);
      if (d.coef.sign !== 0 && -d.exp > scale) scale = -d.exp;
    }
  }
  const unit = pow10n(scale - decimals);
  const tooLarge = pow10n(15 + scale - decimals);
  const out = emptyFractions(rows, columns, groups ? groups.count : 0);
  const rowSums: ExactInt[] = [];
  const columnSums: ExactInt[] = [];
  for (let c = 0; c < columns; c++) columnSums.push(ZERO_INT);
  const groupColumnSums: ExactInt[] = [];
  for (let k = 0; k < out.groups * columns; k++) groupColumnSums.push(ZERO_INT);
  const groupSums: ExactInt[] = [];
  for (let g = 0; g < out.groups; g++) groupSums.push(ZERO_INT);
  let grand = ZERO_INT;
  for (let r = 0, i = 0; r < rows; r++) {
    let rowSum = ZERO_INT;
    const g = groups ? (groups.of[r] as number) : -1;
    for (let c = 0; c < columns; c++, i++) {
      const { coef, exp } = read[i] as Decimal;
      const magnitude = scaleInt(absInt(coef), exp + scale);
      if (compareInt(magnitude, tooLarge) >= 0) throw new CellTooLarge(i);
      let { quotient, rest } = divideSmallQuotient(magnitude, unit);
      if (coef.sign < 0) {
        // −(q + f) = (−q − 1) + (1 − f) when the fraction f is not 0; + 0 turns −0 into 0.
        quotient = rest.sign === 0 ? 0 - quotient : -quotient - 1;
        if (rest.sign !== 0) rest = subtractInt(unit, rest);
      }
      out.floors[i] = quotient;
      out.parts[i] = partOfInt(rest, unit);
      rowSum = addInt(rowSum, rest);
      columnSums[c] = addInt(columnSums[c] as ExactInt, rest);
      if (g >= 0) groupColumnSums[g * columns + c] = addInt(groupColumnSums[g * columns + c] as ExactInt, rest);
    }
    rowSums.push(rowSum);
    grand = addInt(grand, rowSum);
    if (g >= 0) groupSums[g] = addInt(groupSums[g] as ExactInt, rowSum);
  }
  settleExact(rowSums, unit, out.rowWhole, out.rowParts);
  settleExact(columnSums, unit, out.columnWhole, out.columnParts);
  settleExact(groupColumnSums, unit, out.groupColumnWhole, out.groupColumnParts);
  settleExact(groupSums, unit, out.groupWhole, out.groupParts);
  const { quotient, rest } = divideSmallQuotient(grand, unit);
  out.grandWhole = quotient;
  out.grandPart = partOfInt(rest, unit);
  return out;
}

/**
 * The table split into floors and fraction parts. Throws CellTooLarge when a cell's floor needs
 * more than 15 digits; the caller names the cell.
 */
export function readTableFractions(
  values: readonly (readonly number[])[],
  decimals: number,
  groups?: RowGroups,
): TableFractions {
  return readSafeFractions(values, decimals, groups) ?? readExactFractions(values, decimals, groups);
}
