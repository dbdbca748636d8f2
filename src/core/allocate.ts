import {
  addInt,
  commonScale,
  compareInt,
  decimalOf,
  divideSmallQuotient,
  type Decimal,
  type ExactInt,
  intOf,
  intToNumber,
  isSafeInt,
  multiplyInt,
  ZERO_INT,
} from "./decimal";

/**
 * A distribution key prepared once and then used for many totals (one per year, or a million rows):
 * the weights as exact integers at a common decimal scale, and the tie order of FUNCTIONS.md.
 */
export interface PreparedKey {
  readonly size: number;
  /** The weights as safe integers, or null when some weight or their sum does not fit in 2^53. */
  readonly ints: Float64Array | null;
  /** The weights as exact integers at the common scale (named when they were native bigints). */
  readonly bigInts: readonly ExactInt[];
  /** rank[i]: the place of weight i in the tie order (larger weight first, then earlier position). */
  readonly rank: Int32Array;
}

export function prepareKey(weights: readonly number[]): PreparedKey {
  return prepareKeyFromDecimals(weights.map(decimalOf));
}

export function prepareKeyFromDecimals(weights: readonly Decimal[]): PreparedKey {
  for (const w of weights) if (w.coef.sign < 0) throw new RangeError("weights must not be negative");
  const { ints: bigInts } = commonScale(weights);
  let sum = ZERO_INT;
  for (const w of bigInts) sum = addInt(sum, w);
  const ints = isSafeInt(sum) ? Float64Array.from(bigInts, intToNumber) : null;
  const order = bigInts.map((_, i) => i);
  order.sort((a, b) => compareInt(bigInts[b] as ExactInt, bigInts[a] as ExactInt) || a - b);
  const rank = new Int32Array(bigInts.length);
  order.forEach((index, place) => (rank[index] = place));
  return { size: bigInts.length, ints, bigInts, rank };
}

/** Sum of the weights that are free (all when free is null), exactly. */
export function freeWeightSum(key: PreparedKey, free: ArrayLike<boolean> | null): ExactInt {
  let sum = ZERO_INT;
  for (let i = 0; i < key.size; i++) if (!free || free[i]) sum = addInt(sum, key.bigInts[i] as ExactInt);
  return sum;
}

/** 2^53: below it every integer is an exact double. */
const SAFE = 9007199254740992;

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
 * Above this many weights the candidates for a missing unit are selected in linear time rather than
 * kept in order by insertion, whose cost grows with the square of the key's size.
 */
const INSERTION_LIMIT = 16;

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
  const sum = intToNumber(freeSum);
  if (key.ints === null || units * sum >= SAFE) {
    allocateUnitsBig(units, key, free, freeSum, out);
    return;
  }
  allocateSafeUnits(units, key, free, sum, out);
}

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
  // rest × size + (size − 1 − rank) orders like (remainder desc, tie rank asc), and the keys are
  // distinct; exact below 2^53 (rest < sum), so one comparison of doubles decides a pair.
  if (sum * size > SAFE) {
    allocateByRank(units, key, free, sum, out);
    return;
  }
  const select = size > INSERTION_LIMIT;
  const last = size - 1;
  const keys = remainders;
  const order = candidates;
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
      const tieKey = rest * size + (last - (rank[i] as number));
      let j = count++;
      if (!select) {
        // Insertion into the candidates ordered by key, descending.
        while (j > 0) {
          const previous = keys[j - 1] as number;
          if (previous > tieKey) break;
          keys[j] = previous;
          order[j] = order[j - 1] as number;
          j--;
        }
      }
      keys[j] = tieKey;
      order[j] = i;
    }
  }
  const missing = units - given;
  if (select && missing > 0 && missing < count) moveLargestFirst(count, missing);
  for (let j = 0; j < missing; j++) {
    const index = order[j] as number;
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

/** allocateSafeUnits when rest × size may pass 2^53: remainders and tie ranks compared apart. */
function allocateByRank(
  units: number,
  key: PreparedKey,
  free: ArrayLike<boolean> | null,
  sum: number,
  out: Float64Array | number[],
): void {
  const size = key.size;
  const ints = key.ints as Float64Array;
  const rank = key.rank;
  let given = 0;
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (free && !free[i]) {
      out[i] = 0;
      continue;
    }
    const product = units * (ints[i] as number);
    const whole = floorQuotient(product, sum);
    const rest = product - whole * sum;
    out[i] = whole;
    given += whole;
    if (rest > 0) {
      // Insertion into the candidates ordered by remainder desc, then tie rank asc.
      let j = count++;
      while (j > 0) {
        const prevRest = remainders[j - 1] as number;
        const prevIndex = candidates[j - 1] as number;
        if (prevRest > rest || (prevRest === rest && (rank[prevIndex] as number) < (rank[i] as number))) break;
        remainders[j] = prevRest;
        candidates[j] = prevIndex;
        j--;
      }
      remainders[j] = rest;
      candidates[j] = i;
    }
  }
  const missing = units - given;
  for (let j = 0; j < missing; j++) {
    const index = candidates[j] as number;
    out[index] = (out[index] as number) + 1;
  }
}

/**
 * Quickselect over the first `count` candidates by their (distinct) keys in `remainders`: afterwards
 * the `wanted` largest are in the first `wanted` places, in no particular order.
 */
function moveLargestFirst(count: number, wanted: number): void {
  const target = wanted - 1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const pivot = remainders[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((remainders[i] as number) > pivot) i++;
      while ((remainders[j] as number) < pivot) j--;
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
