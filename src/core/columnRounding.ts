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
  subtractInt,
  ZERO_INT,
} from "./exactInt";
import { type ExactColumn, exactOf, SMALL, type Whole } from "./exactColumn";
import { MAX_UNITS } from "./rounding";
import { kthLargest } from "./kthLargest";

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
const SAFE = 9007199254740992;

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

/** A running sum of whole numbers in a double while it is exact, in ExactInt beyond. */
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
  addExact(value: ExactInt): void {
    this.large = addInt(this.large, value);
  }
  isZero(): boolean {
    return this.small === 0 && this.large.sign === 0;
  }
  /** The sum as a double when it never left one, else NaN. */
  smallValue(): number {
    return this.large.sign === 0 ? this.small : NaN;
  }
  value(): ExactInt {
    return addInt(this.large, intOf(this.small));
  }
}

/**
 * Buffers the columns of one table (one Denominators) share while each is rounded in turn, so that
 * nothing of a column's length is allocated per column: rest i in `rests` (NaN where `restsLarge`
 * holds it), the fractions' estimates, and the denominators as doubles.
 */
export class RoundingScratch {
  readonly rests: Float64Array;
  readonly restsLarge = new Map<number, ExactInt>();
  readonly estimate: Float64Array;
  readonly keys: Float64Array;
  private readonly denSmall: number[] = [];

  constructor(readonly length: number) {
    this.rests = new Float64Array(length);
    this.estimate = new Float64Array(length);
    this.keys = new Float64Array(length);
  }

  /** Each denominator as a double where it is at most 2^52, else NaN; the table's list only grows. */
  smallDens(dens: readonly ExactInt[]): readonly number[] {
    for (let d = this.denSmall.length; d < dens.length; d++) {
      const den = dens[d] as ExactInt;
      this.denSmall.push(isSafeInt(den) && intToNumber(den) <= SMALL ? intToNumber(den) : NaN);
    }
    return this.denSmall;
  }

  rest(i: number): Whole {
    const value = this.rests[i] as number;
    return value === value ? value : (this.restsLarge.get(i) as ExactInt);
  }
}

/**
 * The column rounded: floor every cell, then give the missing units to the largest fractional
 * parts (exact), ties to the larger absolute value, then the earlier row.
 */
export function roundColumn(
  column: ExactColumn,
  dens: readonly ExactInt[],
  scratch = new RoundingScratch(column.length),
): RoundedColumn {
  const n = column.length;
  const denSmall = scratch.smallDens(dens);
  const floors: number[] = [];
  const rests = scratch.rests;
  scratch.restsLarge.clear();
  const floorSum = new UnitSum();
  // The fractional parts summed per denominator: Σ rest_i / den over the rows sharing it.
  const restSums = dens.map(() => new UnitSum());
  for (let i = 0; i < n; i++) {
    const num = column.small[i] as number;
    const d = column.den[i] as number;
    const den = denSmall[d] as number;
    if (num === num && den === den) {
      // Both at most 2^52: the quotient's estimate is off by at most one, and q × den, the rest and
      // their corrections are exact doubles.
      const magnitude = num < 0 ? -num : num;
      let q = Math.floor(magnitude / den);
      let r = magnitude - q * den;
      if (r < 0) {
        q -= 1;
        r += den;
      } else if (r >= den) {
        q += 1;
        r -= den;
      }
      if (q > MAX_UNITS || (q === MAX_UNITS && r > 0)) throw new ColumnDigitsError(i);
      let floor = num >= 0 ? q : -q;
      if (num < 0 && r !== 0) {
        floor = -q - 1;
        r = den - r;
      }
      floors.push(floor);
      rests[i] = r;
      floorSum.add(floor);
      if (r !== 0) (restSums[d] as UnitSum).add(r);
      continue;
    }
    const { floor, rest } = floorDivide(exactOf(column.num(i)), dens[d] as ExactInt, i);
    floors.push(floor);
    rests[i] = NaN;
    scratch.restsLarge.set(i, rest);
    floorSum.add(floor);
    if (rest.sign !== 0) (restSums[d] as UnitSum).addExact(rest);
  }
  const { total, missing } = columnTotal(floorSum, restSums, dens, denSmall);
  const units = floors;
  if (missing > 0) {
    const order = new FractionOrder(column, dens, denSmall, scratch);
    const chosen = order.largest(missing);
    for (const row of chosen) units[row] = (units[row] as number) + 1;
    if (chosen.some((row) => (units[row] as number) > MAX_UNITS)) {
      // The error names the first such row in the contract's order, as the units were handed out.
      const first = order.sorted(chosen).filter((row) => (units[row] as number) > MAX_UNITS)[0] as number;
      throw new ColumnDigitsError(first);
    }
  }
  return { units, total };
}

/**
 * The column's exact total rounded half away from zero, and how many units the floors miss of it.
 * In doubles when the fractions share one small denominator (the usual table), else exactly.
 */
function columnTotal(
  floorSum: UnitSum,
  restSums: readonly UnitSum[],
  dens: readonly ExactInt[],
  denSmall: readonly number[],
): { total: number; missing: number } {
  let only = -1;
  let several = false;
  for (let d = 0; d < restSums.length; d++) {
    if ((restSums[d] as UnitSum).isZero()) continue;
    several = only >= 0;
    only = d;
  }
  const floors = floorSum.smallValue();
  const sum = only < 0 ? 0 : (restSums[only] as UnitSum).smallValue();
  const den = only < 0 ? 1 : (denSmall[only] as number);
  if (!several && floors === floors && sum === sum && den === den) {
    // Σ fractions = sum / den < n: its floor and rest are exact in doubles, as is 2 × rest.
    let whole = Math.floor(sum / den);
    let rest = sum - whole * den;
    if (rest < 0) {
      whole -= 1;
      rest += den;
    } else if (rest >= den) {
      whole += 1;
      rest -= den;
    }
    const below = floors + whole;
    if (Number.isSafeInteger(below)) {
      const up = 2 * rest > den || (2 * rest === den && below >= 0);
      const total = up ? below + 1 : below;
      if (Math.abs(total) > MAX_UNITS) throw new ColumnDigitsError(-1);
      return { total, missing: total - floors };
    }
  }
  // Σ fractions = fractionNum / fractionDen over the product of the denominators in use.
  let fractionNum = ZERO_INT;
  let fractionDen = intOf(1);
  for (let d = 0; d < dens.length; d++) {
    const sumOf = (restSums[d] as UnitSum).value();
    if (sumOf.sign === 0) continue;
    const denOf = dens[d] as ExactInt;
    fractionNum = addInt(multiplyInt(fractionNum, denOf), multiplyInt(sumOf, fractionDen));
    fractionDen = multiplyInt(fractionDen, denOf);
  }
  // Σ fractions < n, so its floor is a small quotient.
  const whole = divideSmallQuotient(fractionNum, fractionDen);
  const below = addInt(floorSum.value(), intOf(whole.quotient));
  // The exact total is below + rest / fractionDen; half away from zero decides an exact half.
  const half = compareInt(multiplyInt(whole.rest, TWO), fractionDen);
  const up = half > 0 || (half === 0 && below.sign >= 0);
  const total = up ? addInt(below, intOf(1)) : below;
  if (compareInt(absInt(total), MAX_UNITS_INT) > 0) throw new ColumnDigitsError(-1);
  return { total: intToNumber(total), missing: intToNumber(subtractInt(total, floorSum.value())) };
}

/** -1, 0 or 1 as a/b < c/d, =, > (b, d > 0; b and d the doubles of B and D when small, else NaN). */
function compareRatios(a: Whole, b: number, B: ExactInt, c: Whole, d: number, D: ExactInt): number {
  if (typeof a === "number" && typeof c === "number" && b === b && d === d) {
    if (b === d) return a < c ? -1 : a > c ? 1 : 0;
    const left = a * d;
    const right = c * b;
    // Products below 2^53 are exact (a double rounds a larger one to at least 2^53).
    if (Math.abs(left) < SAFE && Math.abs(right) < SAFE) return left < right ? -1 : left > right ? 1 : 0;
  }
  if (B === D) return compareInt(exactOf(a), exactOf(c));
  return compareInt(multiplyInt(exactOf(a), D), multiplyInt(exactOf(c), B));
}

/** The rows with a fractional part, ordered largest fraction first, then larger |value|, then earlier row. */
class FractionOrder {
  private readonly estimate: Float64Array;
  private readonly rows: number[] = [];

  constructor(
    private readonly column: ExactColumn,
    private readonly dens: readonly ExactInt[],
    private readonly denSmall: readonly number[],
    private readonly scratch: RoundingScratch,
  ) {
    // A double estimate of each fraction decides the order unless two are too close to tell.
    this.estimate = scratch.estimate;
    for (let i = 0; i < column.length; i++) {
      const rest = scratch.rests[i] as number;
      const d = column.den[i] as number;
      const den = denSmall[d] as number;
      if (rest === rest && den === den) {
        if (rest === 0) continue;
        this.estimate[i] = rest / den;
      } else {
        const exact = exactOf(scratch.rest(i));
        if (exact.sign === 0) continue;
        this.estimate[i] = ratioEstimate(exact, dens[d] as ExactInt);
      }
      this.rows.push(i);
    }
  }

  /** Negative when row a comes before row b. */
  readonly compare = (a: number, b: number): number => {
    const x = this.estimate[a] as number;
    const y = this.estimate[b] as number;
    if (Math.abs(x - y) > 1e-9 * (x + y)) return y - x;
    const column = this.column;
    const ia = column.den[a] as number;
    const ib = column.den[b] as number;
    const sa = this.denSmall[ia] as number;
    const sb = this.denSmall[ib] as number;
    const da = this.dens[ia] as ExactInt;
    const db = this.dens[ib] as ExactInt;
    const byFraction = compareRatios(this.scratch.rest(b), sb, db, this.scratch.rest(a), sa, da);
    if (byFraction !== 0) return byFraction;
    const byMagnitude = compareRatios(magnitudeOf(column.num(b)), sb, db, magnitudeOf(column.num(a)), sa, da);
    return byMagnitude !== 0 ? byMagnitude : a - b;
  };

  sorted(rows: readonly number[]): number[] {
    return rows.slice().sort(this.compare);
  }

  /**
   * The `count` first rows in this order, as a set: only which rows get a unit matters. The
   * count-th largest estimate t splits the rows: an estimate more than w above t is exactly larger
   * than at least n − count + 1 rows (so it is in), one more than w below is exactly smaller than at
   * least count rows (so it is out), since w is far above the estimates' error; the band between is
   * ordered exactly.
   */
  largest(count: number): number[] {
    const rows = this.rows;
    if (count >= rows.length) return rows.slice();
    const estimate = this.estimate;
    const keys = this.scratch.keys;
    for (let i = 0; i < rows.length; i++) keys[i] = estimate[rows[i] as number] as number;
    const t = kthLargest(keys, rows.length, count);
    const w = t * 1e-9 + 1e-18;
    const chosen: number[] = [];
    const band: number[] = [];
    for (const row of rows) {
      const e = estimate[row] as number;
      if (e > t + w) chosen.push(row);
      else if (e >= t - w) band.push(row);
    }
    band.sort(this.compare);
    for (let i = 0; chosen.length < count; i++) chosen.push(band[i] as number);
    return chosen;
  }
}

function magnitudeOf(value: Whole): Whole {
  return typeof value === "number" ? (value < 0 ? -value : value) : absInt(value);
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
