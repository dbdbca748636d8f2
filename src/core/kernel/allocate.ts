import {
  compareInt,
  divideSmallQuotient,
  type ExactInt,
  intOf,
  intToNumber,
  intToString,
  multiplyInt,
  ZERO_INT,
} from "../decimal";
import { LazySum } from "./longKey";
import { SAFE, type PreparedKey } from "./preparedKey";

/** a × 10^-shift as a double (correctly rounded to within the 20 digits ECMAScript's StringToNumber keeps). */
function scaledNumber(a: ExactInt, shift: number): number {
  return shift === 0 ? intToNumber(a) : +(intToString(a) + "e-" + String(shift));
}

/** Reused buffers: the hot path allocates nothing per call beyond its result. */
let remainders = new Float64Array(64);
let candidates = new Int32Array(64);

function ensureCapacity(size: number): void {
  if (remainders.length < size) {
    remainders = new Float64Array(size);
    candidates = new Int32Array(size);
  }
}

/**
 * Spreads `units` (a whole, non-negative number of rounding units) over the free weights by the
 * largest-remainder (Hamilton) method and writes each part's units into `out` (0 where not free).
 * Every part is floor(units × w / W) or one more, and the parts add up to `units` exactly.
 * Ties between equal remainders go to the larger weight, then the earlier position. The caller
 * guarantees that the free weights sum to more than 0 when units > 0.
 */
export function allocateUnits(
  units: number,
  key: PreparedKey,
  free: ArrayLike<boolean> | null,
  freeSum: ExactInt,
  out: Float64Array | number[],
): void {
  if (units === 0 || freeSum.sign === 0) {
    for (let i = 0; i < key.size; i++) out[i] = 0;
    return;
  }
  // The same free sum comes back for every total of a key: its double is worked out once.
  const shift = key.ints === null ? (key.approxShift ?? 0) : 0;
  if (freeSum !== lastFreeSum || shift !== lastShift) {
    lastFreeSum = freeSum;
    lastShift = shift;
    // A lazy sum's double is on the scale of its key's weights, as the filter wants it.
    lastSum = freeSum instanceof LazySum ? freeSum.approx : scaledNumber(freeSum, shift);
  }
  const sum = lastSum;
  const ints = key.ints;
  if (ints === null) {
    const approx = key.approx;
    if (approx === undefined || !allocateByRatio(units, key, approx, key.classes ?? null, free, sum, out)) {
      allocateUnitsBig(units, key, free, freeSum, out);
    }
  } else if (units * sum < SAFE) allocateSafeUnits(units, key, free, sum, out);
  else if (sum < SPLIT_SUM) allocateSplitUnits(units, key, free, sum, out);
  // Budgets in kr. and øre: safe integers whose products pass 2^53. The integers are their own
  // exact doubles, which the filter needs.
  else if (!allocateByRatio(units, key, ints, null, free, sum, out)) allocateUnitsBig(units, key, free, freeSum, out);
}

let lastFreeSum: ExactInt = ZERO_INT;
let lastShift = 0;
let lastSum = 0;

/**
 * Whether allocateSafeUnits may be used: the key's weights are safe integers and units × (the free
 * weights' sum) stays below 2^53, so that every product and remainder is an exact double.
 */
export function isSafeAllocation(units: number, key: PreparedKey, sum: number): boolean {
  return key.ints !== null && units * sum < SAFE;
}

/**
 * floor(product / sum) for non-negative integers below 2^53 and sum > 0. The float quotient is
 * correctly rounded and may land one off the floor; the exact remainder shows which way.
 */
export function floorQuotient(product: number, sum: number): number {
  const whole = Math.floor(product / sum);
  const rest = product - whole * sum;
  return rest < 0 ? whole - 1 : rest >= sum ? whole + 1 : whole;
}

/**
 * allocateUnits for the common case, with the free weights' sum as a number: the caller guarantees
 * 0 < units, 0 < sum and isSafeAllocation(units, key, sum). Same result, bit for bit.
 */
export function allocateSafeUnits(
  units: number,
  key: PreparedKey,
  free: ArrayLike<boolean> | null,
  sum: number,
  out: Float64Array | number[],
): void {
  const size = key.size;
  const ints = key.ints as Float64Array;
  ensureCapacity(size);
  const rank = key.rank;
  let given = 0;
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (free !== null && !free[i]) {
      out[i] = 0;
      continue;
    }
    // units × w < 2^53, so the product, its quotient and the remainder are exact integers.
    const product = units * (ints[i] as number);
    const whole = floorQuotient(product, sum);
    const rest = product - whole * sum;
    out[i] = whole;
    given += whole;
    if (rest > 0) {
      remainders[count] = rest;
      candidates[count++] = i;
    }
  }
  giveMissingUnits(units - given, count, rank, out);
}

/**
 * One more unit to each of the `missing` first candidates by remainder (largest first, then the
 * smaller tie rank), the candidates' remainders and indices standing in the first `count` places.
 */
function giveMissingUnits(missing: number, count: number, rank: Int32Array, out: Float64Array | number[]): void {
  // Linear-time selection of the missing units' winners (remainder desc, tie rank asc): an
  // insertion into order grows with K² when there are fewer units than parts.
  if (missing > 0 && missing < count) selectByRank(count, missing, rank);
  for (let j = 0; j < missing; j++) {
    const index = candidates[j] as number;
    out[index] = (out[index] as number) + 1;
  }
}

/**
 * Which parts get the extra unit, as a bit mask (bit i: part i), when units ≡ residue (mod sum) is
 * spread by allocateSafeUnits. A part's remainder is (units × w) mod sum = (residue × w) mod sum,
 * and the number of missing units is the sum of the remainders over sum, so the parts that get
 * one more unit depend on the residue alone: spreading the residue itself finds them. The caller
 * guarantees key.size ≤ MASK_PARTS, 0 ≤ residue < sum and sum × sum < 2^53.
 */
export function extraUnitMask(residue: number, key: PreparedKey, free: ArrayLike<boolean> | null, sum: number): number {
  if (residue === 0) return 0;
  ensureCapacity(key.size);
  const parts = maskParts;
  allocateSafeUnits(residue, key, free, sum, parts);
  const ints = key.ints as Float64Array;
  let mask = 0;
  for (let i = 0; i < key.size; i++) {
    // floor(residue × w / sum) + 1 exactly when part × sum > residue × w.
    if ((parts[i] as number) * sum > residue * (ints[i] as number)) mask |= 1 << i;
  }
  return mask;
}

/** Keys up to this size fit extraUnitMask's mask in a non-negative 31-bit integer. */
export const MASK_PARTS = 30;
const maskParts = new Float64Array(MASK_PARTS);

/** Whether candidate a goes before candidate b: larger remainder, then smaller tie rank. */
function before(restA: number, indexA: number, restB: number, indexB: number, rank: Int32Array): boolean {
  return restA > restB || (restA === restB && (rank[indexA] as number) < (rank[indexB] as number));
}

/**
 * Quickselect over the first `count` candidates by (remainder desc, tie rank asc), which are
 * distinct pairs (remainders alone when they are distinct): afterwards the `wanted` first are in the first `wanted` places, in no order.
 */
function selectByRank(count: number, wanted: number, rank: Int32Array): void {
  const target = wanted - 1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    const pivotRest = remainders[middle] as number;
    const pivotIndex = candidates[middle] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(remainders[i] as number, candidates[i] as number, pivotRest, pivotIndex, rank)) i++;
      while (before(pivotRest, pivotIndex, remainders[j] as number, candidates[j] as number, rank)) j--;
      if (i <= j) {
        const r = remainders[i] as number;
        remainders[i] = remainders[j] as number;
        remainders[j] = r;
        const c = candidates[i] as number;
        candidates[i] = candidates[j] as number;
        candidates[j] = c;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

/** Sums of weights below 2^26 let allocateSplitUnits work in exact doubles for any units < 2^53. */
const SPLIT_SUM = 67108864;
const TWO_26 = 67108864;

/**
 * allocateUnits when units × sum passes 2^53 but the weights are safe integers whose free sum is
 * below 2^26 (decimals 10, totals of 1e14 with an ordinary key): units = high × 2^26 + low, and
 * units × w = (q1 × sum + r1) × 2^26 + low × w, each step an exact product below 2^53, so the
 * quotient and the remainder are exact without big integers. Same result as allocateUnitsBig.
 */
function allocateSplitUnits(
  units: number,
  key: PreparedKey,
  free: ArrayLike<boolean> | null,
  sum: number,
  out: Float64Array | number[],
): void {
  const size = key.size;
  const ints = key.ints as Float64Array;
  ensureCapacity(size);
  const high = Math.floor(units / TWO_26);
  const low = units - high * TWO_26;
  let given = 0;
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (free && !free[i]) {
      out[i] = 0;
      continue;
    }
    const w = ints[i] as number;
    // high × w < 2^27 × 2^26 and r1 × 2^26 + low × w < 2 × 2^52: all exact.
    const q1 = floorQuotient(high * w, sum);
    const r1 = high * w - q1 * sum;
    const t = r1 * TWO_26 + low * w;
    const q2 = floorQuotient(t, sum);
    const rest = t - q2 * sum;
    const whole = q1 * TWO_26 + q2;
    out[i] = whole;
    given += whole;
    if (rest > 0) {
      remainders[count] = rest;
      candidates[count++] = i;
    }
  }
  giveMissingUnits(units - given, count, key.rank, out);
}

/**
 * allocateUnits for weights that need more than 2^53 at their common scale (shares computed by
 * formulas, 16–17 digits), or safe integers whose products do (budgets in kr. and øre), given as
 * doubles in `approx` (see PreparedKey), without big integers when a floating-point estimate settles every
 * decision: each part's share units × w / W is estimated within a relative 2^-50, which fixes its
 * floor unless the share is that close to a whole number, and fixes which remainders are largest
 * unless two unequal weights' remainders are that close at the cut. Equal weights have equal
 * remainders, decided by the tie rank as the exact route does. Returns false, having written
 * nothing that counts, when the estimate does not settle it; allocateUnitsBig then decides exactly.
 */
function allocateByRatio(
  units: number,
  key: PreparedKey,
  approx: Float64Array,
  classes: Int32Array | null,
  free: ArrayLike<boolean> | null,
  sum: number,
  out: Float64Array | number[],
): boolean {
  if (!(units < 1e12)) return false;
  // A free sum that is a subnormal double (free weights below 1e-290 of the largest one) has lost
  // the precision the margin counts on; the exact route decides those.
  if (!(sum >= MIN_RATIO_SUM && sum < Infinity)) return false;
  const size = key.size;
  ensureCapacity(size);
  // Four correctly rounded steps (w, W, w / W, × units) err by less than 5 × 2^-53 relative.
  const margin = units * 1e-15 + 1e-300;
  let given = 0;
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (free && !free[i]) {
      out[i] = 0;
      continue;
    }
    const weight = approx[i] as number;
    // A weight that is not 0 but scaled to 0 has a share below 1e-33, which never wins a unit: the
    // other remainders are all above the margin and add up to less than their count.
    if (weight === 0) {
      out[i] = 0;
      continue;
    }
    // A weight that became a subnormal double when scaled is off by at most 2^-1075, below 1e-33
    // of the free sum: the share stays within the margin.
    const share = units * (weight / sum);
    const whole = Math.floor(share);
    const fraction = share - whole;
    if (!(fraction >= margin && fraction <= 1 - margin)) return false;
    out[i] = whole;
    given += whole;
    remainders[count] = fraction;
    candidates[count++] = i;
  }
  const missing = units - given;
  if (!(missing >= 0 && missing <= count)) return false;
  if (missing === 0 || missing === count) {
    for (let j = 0; j < missing; j++) out[candidates[j] as number] = (out[candidates[j] as number] as number) + 1;
    return true;
  }
  selectByRank(count, missing, key.rank);
  let lowestIn = Infinity;
  let highestOut = -Infinity;
  for (let j = 0; j < count; j++) {
    const f = remainders[j] as number;
    if (j < missing) lowestIn = f < lowestIn ? f : lowestIn;
    else highestOut = f > highestOut ? f : highestOut;
  }
  if (lowestIn - highestOut <= 2 * margin) {
    // Near the cut, only equal weights (exactly equal remainders) may be ordered by rank.
    let cls = -1;
    for (let j = 0; j < count; j++) {
      const f = remainders[j] as number;
      if (f < highestOut - 2 * margin || f > lowestIn + 2 * margin) continue;
      const index = candidates[j] as number;
      const c = classes !== null ? (classes[index] as number) : (approx[index] as number);
      if (cls === -1)
        cls = c; // classes and doubles are never negative
      else if (c !== cls) return false;
    }
  }
  for (let j = 0; j < missing; j++) {
    const index = candidates[j] as number;
    out[index] = (out[index] as number) + 1;
  }
  return true;
}

/** The least free sum (as a scaled double) for which allocateByRatio's margin holds: far from subnormal. */
const MIN_RATIO_SUM = 1e-280;

function allocateUnitsBig(
  units: number,
  key: PreparedKey,
  free: ArrayLike<boolean> | null,
  freeSum: ExactInt,
  out: Float64Array | number[],
): void {
  const total = intOf(units);
  const rests: { index: number; rest: ExactInt }[] = [];
  let given = 0;
  for (let i = 0; i < key.size; i++) {
    if (free && !free[i]) {
      out[i] = 0;
      continue;
    }
    // units × w / W ≤ units < 2^53: the quotient is a safe integer.
    const { quotient, rest } = divideSmallQuotient(multiplyInt(total, key.bigInts[i] as ExactInt), freeSum);
    out[i] = quotient;
    given += quotient;
    if (rest.sign > 0) rests.push({ index: i, rest });
  }
  rests.sort((a, b) => compareInt(b.rest, a.rest) || (key.rank[a.index] as number) - (key.rank[b.index] as number));
  const missing = units - given;
  for (let j = 0; j < missing; j++) {
    const index = (rests[j] as { index: number }).index;
    out[index] = (out[index] as number) + 1;
  }
}
