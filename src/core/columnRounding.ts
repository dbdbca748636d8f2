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
import { selectFirst } from "./selectFirst";

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
  value(): ExactInt {
    return addInt(this.large, intOf(this.small));
  }
}

/** The floors and rests of a column's cells: rest i in `small` (NaN where `large` holds it). */
interface Rests {
  small: Float64Array;
  large: Map<number, ExactInt>;
}

/**
 * The column rounded: floor every cell, then give the missing units to the largest fractional
 * parts (exact), ties to the larger absolute value, then the earlier row.
 */
export function roundColumn(column: ExactColumn, dens: readonly ExactInt[]): RoundedColumn {
  const n = column.length;
  // Each denominator as a double where it is at most 2^52, else NaN.
  const denSmall = dens.map((d) => (isSafeInt(d) && intToNumber(d) <= SMALL ? intToNumber(d) : NaN));
  const floors: number[] = [];
  const rests: Rests = { small: new Float64Array(n), large: new Map() };
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
      rests.small[i] = r;
      floorSum.add(floor);
      if (r !== 0) (restSums[d] as UnitSum).add(r);
      continue;
    }
    const { floor, rest } = floorDivide(exactOf(column.num(i)), dens[d] as ExactInt, i);
    floors.push(floor);
    rests.small[i] = NaN;
    rests.large.set(i, rest);
    floorSum.add(floor);
    if (rest.sign !== 0) (restSums[d] as UnitSum).addExact(rest);
  }
  // Σ fractions = fractionNum / fractionDen over the product of the denominators in use.
  let fractionNum = ZERO_INT;
  let fractionDen = intOf(1);
  for (let d = 0; d < dens.length; d++) {
    const sum = (restSums[d] as UnitSum).value();
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
    const order = new FractionOrder(column, dens, denSmall, rests);
    const chosen = order.largest(missing);
    for (const row of chosen) units[row] = (units[row] as number) + 1;
    if (chosen.some((row) => (units[row] as number) > MAX_UNITS)) {
      // The error names the first such row in the contract's order, as the units were handed out.
      const first = order.sorted(chosen).filter((row) => (units[row] as number) > MAX_UNITS)[0] as number;
      throw new ColumnDigitsError(first);
    }
  }
  return { units, total: intToNumber(total) };
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
    private readonly rests: Rests,
  ) {
    // A double estimate of each fraction decides the order unless two are too close to tell.
    this.estimate = new Float64Array(column.length);
    for (let i = 0; i < column.length; i++) {
      const rest = rests.small[i] as number;
      const d = column.den[i] as number;
      const den = denSmall[d] as number;
      if (rest === rest && den === den) {
        if (rest === 0) continue;
        this.estimate[i] = rest / den;
      } else {
        const exact = this.rest(i);
        if (exact.sign === 0) continue;
        this.estimate[i] = ratioEstimate(exact, dens[d] as ExactInt);
      }
      this.rows.push(i);
    }
  }

  private rest(i: number): ExactInt {
    const value = this.rests.small[i] as number;
    return value === value ? intOf(value) : (this.rests.large.get(i) as ExactInt);
  }

  private restWhole(i: number): Whole {
    const value = this.rests.small[i] as number;
    return value === value ? value : (this.rests.large.get(i) as ExactInt);
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
    const byFraction = compareRatios(this.restWhole(b), sb, db, this.restWhole(a), sa, da);
    if (byFraction !== 0) return byFraction;
    const byMagnitude = compareRatios(magnitudeOf(column.num(b)), sb, db, magnitudeOf(column.num(a)), sa, da);
    return byMagnitude !== 0 ? byMagnitude : a - b;
  };

  sorted(rows: readonly number[]): number[] {
    return rows.slice().sort(this.compare);
  }

  /** The `count` first rows in this order, as a set: only which rows get a unit matters. */
  largest(count: number): number[] {
    const rows = this.rows;
    if (count >= rows.length) return rows.slice();
    selectFirst(rows, count, this.compare);
    return rows.slice(0, count);
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
