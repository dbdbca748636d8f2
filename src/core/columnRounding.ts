/**
 * The sum-preserving rounding of a column (FUNCTIONS.md): every cell is its exact value rounded
 * down or up to a whole unit (an exact multiple is kept), and the column adds up to its exact total
 * rounded half away from zero. The exact values are rationals because REPRICE backwards divides by
 * a product of rates; the decimal cases are the rationals over a power of ten.
 */
import {
  absInt,
  addInt,
  compareInt,
  divideSmallQuotient,
  type ExactInt,
  intOf,
  intToNumber,
  isSafeInt,
  multiplyInt,
  pow10Int,
  scaleInt,
  subtractInt,
  ZERO_INT,
} from "./exactInt";
import { MAX_UNITS } from "./rounding";

/** An exact value in units: num / dens[den], where the denominators are above 0 and shared by index. */
export interface ExactCell {
  num: ExactInt;
  den: number;
}

/** A cell (its 0-based row) or the column's total (row −1) needs more than the 15 digits Excel keeps. */
export class ColumnDigitsError extends RangeError {
  constructor(readonly row: number) {
    super(row < 0 ? "column total beyond 15 digits" : `row ${row + 1} beyond 15 digits`);
  }
}

export interface RoundedColumn {
  units: number[];
  total: number;
}

const MAX_UNITS_INT = intOf(MAX_UNITS);
const TWO = intOf(2);
const ONE = intOf(1);

/** floor(num / den) and the rest, 0 ≤ rest < den, for den > 0 and |num / den| within Excel's digits. */
function floorDivide(num: ExactInt, den: ExactInt, row: number): { floor: number; rest: ExactInt } {
  const magnitude = absInt(num);
  // |num| > den × MAX_UNITS means even the floor has more digits than a cell can print. With at most
  // one limb more than den, |num| / den < 10^14 and the product need not be formed.
  if (magnitude.limbs.length > den.limbs.length + 1 && compareInt(magnitude, multiplyInt(den, MAX_UNITS_INT)) > 0) {
    throw new ColumnDigitsError(row);
  }
  const { quotient, rest } = divideSmallQuotient(magnitude, den);
  if (num.sign >= 0) return { floor: quotient, rest };
  return rest.sign === 0 ? { floor: -quotient, rest } : { floor: -quotient - 1, rest: subtractInt(den, rest) };
}

/** A running sum of whole units in a double while it is exact, in ExactInt beyond. */
class UnitSum {
  private small = 0;
  private large: ExactInt = ZERO_INT;
  add(units: number): void {
    const next = this.small + units;
    if (Number.isSafeInteger(next)) this.small = next;
    else {
      this.large = addInt(this.large, intOf(this.small));
      this.small = units;
    }
  }
  value(): ExactInt {
    return addInt(this.large, intOf(this.small));
  }
}

/**
 * The column rounded: floor every cell, then give the missing units to the largest fractional
 * parts (exact), ties to the larger absolute value, then the earlier row.
 */
export function roundColumn(cells: readonly ExactCell[], dens: readonly ExactInt[]): RoundedColumn {
  const n = cells.length;
  const floors: number[] = new Array<number>(n);
  const rests: ExactInt[] = new Array<ExactInt>(n);
  const floorSum = new UnitSum();
  // The fractional parts summed per denominator: Σ rest_i / den over the rows sharing it.
  const restSums: ExactInt[] = dens.map(() => ZERO_INT);
  for (let i = 0; i < n; i++) {
    const cell = cells[i] as ExactCell;
    const { floor, rest } = floorDivide(cell.num, dens[cell.den] as ExactInt, i);
    floors[i] = floor;
    rests[i] = rest;
    floorSum.add(floor);
    if (rest.sign !== 0) restSums[cell.den] = addInt(restSums[cell.den] as ExactInt, rest);
  }
  // Σ fractions = fractionNum / fractionDen over the product of the denominators in use.
  let fractionNum = ZERO_INT;
  let fractionDen = intOf(1);
  for (let d = 0; d < dens.length; d++) {
    const sum = restSums[d] as ExactInt;
    if (sum.sign === 0) continue;
    const den = dens[d] as ExactInt;
    fractionNum = addInt(multiplyInt(fractionNum, den), multiplyInt(sum, fractionDen));
    fractionDen = multiplyInt(fractionDen, den);
  }
  // Σ fractions < n, so its floor is a small quotient.
  const whole = divideSmallQuotient(fractionNum, fractionDen);
  const below = addInt(floorSum.value(), intOf(whole.quotient));
  // The exact total is below + rest / fractionDen; half away from zero decides an exact half.
  const half = compareInt(multiplyInt(whole.rest, TWO), fractionDen);
  const up = half > 0 || (half === 0 && below.sign >= 0);
  const total = up ? addInt(below, intOf(1)) : below;
  if (compareInt(absInt(total), MAX_UNITS_INT) > 0) throw new ColumnDigitsError(-1);
  const missing = intToNumber(subtractInt(total, floorSum.value()));
  const units = floors;
  if (missing > 0) {
    for (const row of largestFractions(cells, dens, rests, missing)) {
      units[row] = (units[row] as number) + 1;
      if (units[row] > MAX_UNITS) throw new ColumnDigitsError(row);
    }
  }
  return { units, total: intToNumber(total) };
}

/** The rows of the `count` largest fractional parts, in the contract's order. */
function largestFractions(
  cells: readonly ExactCell[],
  dens: readonly ExactInt[],
  rests: readonly ExactInt[],
  count: number,
): number[] {
  const rows: number[] = [];
  // A double estimate of each fraction decides the order unless two are too close to tell.
  const estimate: number[] = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const rest = rests[i] as ExactInt;
    if (rest.sign === 0) continue;
    rows.push(i);
    estimate[i] = ratioEstimate(rest, dens[(cells[i] as ExactCell).den] as ExactInt);
  }
  const compare = (a: number, b: number): number => {
    const x = estimate[a] as number;
    const y = estimate[b] as number;
    if (Math.abs(x - y) > 1e-9 * (x + y)) return y - x;
    const ca = cells[a] as ExactCell;
    const cb = cells[b] as ExactCell;
    const da = dens[ca.den] as ExactInt;
    const db = dens[cb.den] as ExactInt;
    const byFraction = compareRatios(rests[b] as ExactInt, db, rests[a] as ExactInt, da);
    if (byFraction !== 0) return byFraction;
    const byMagnitude = compareRatios(absInt(cb.num), db, absInt(ca.num), da);
    return byMagnitude !== 0 ? byMagnitude : a - b;
  };
  rows.sort(compare);
  return rows.slice(0, count);
}

/** -1, 0 or 1 as a/b < c/d, =, > (b, d > 0). */
function compareRatios(a: ExactInt, b: ExactInt, c: ExactInt, d: ExactInt): number {
  return b === d ? compareInt(a, c) : compareInt(multiplyInt(a, d), multiplyInt(c, b));
}

/** a / b as a double for 0 < a < b, good to a relative 1e-15 or so. */
function ratioEstimate(a: ExactInt, b: ExactInt): number {
  if (isSafeInt(a) && isSafeInt(b)) return intToNumber(a) / intToNumber(b);
  // Both may be beyond a double's range: drop the same number of low limbs from each.
  const drop = Math.max(0, b.limbs.length - 4);
  const top = (x: ExactInt): number => {
    let value = 0;
    for (let i = x.limbs.length - 1; i >= drop; i--) value = value * 1e7 + (x.limbs[i] as number);
    return value;
  };
  return top(a) / top(b);
}

/** The denominators of a table's cells, each made once and shared by index (see roundColumn). */
export class Denominators {
  readonly list: ExactInt[] = [];
  private readonly byKey = new Map<string, number>();
  index(key: string, make: () => ExactInt): number {
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(make());
      this.byKey.set(key, i);
    }
    return i;
  }
}

/** coef × 10^exp in units of 10^-decimals, as a cell for roundColumn. */
export function decimalCell(coef: ExactInt, exp: number, decimals: number, dens: Denominators): ExactCell {
  const shift = exp + decimals;
  if (shift >= 0) return { num: scaleInt(coef, shift), den: dens.index("1", () => ONE) };
  return { num: coef, den: dens.index(`e${-shift}`, () => pow10Int(-shift)) };
}
