import { decimalOf, type Decimal, commonScale } from "./decimal";

/**
 * A distribution key prepared once and then used for many totals (one per year, or a million rows):
 * the weights as exact integers at a common decimal scale, and the tie order of FUNCTIONS.md.
 */
export interface PreparedKey {
  readonly size: number;
  /** The weights as safe integers, or null when some weight or their sum needs a bigint. */
  readonly ints: Float64Array | null;
  readonly bigInts: readonly bigint[];
  /** rank[i]: the place of weight i in the tie order (larger weight first, then earlier position). */
  readonly rank: Int32Array;
}

export function prepareKey(weights: readonly number[]): PreparedKey {
  return prepareKeyFromDecimals(weights.map(decimalOf));
}

export function prepareKeyFromDecimals(weights: readonly Decimal[]): PreparedKey {
  for (const w of weights) if (w.coef < 0n) throw new RangeError("weights must not be negative");
  const { ints: bigInts } = commonScale(weights);
  let sum = 0n;
  for (const w of bigInts) sum += w;
  const ints = sum < 9007199254740992n ? Float64Array.from(bigInts, Number) : null;
  const order = bigInts.map((_, i) => i);
  order.sort((a, b) => {
    const wa = bigInts[a] as bigint;
    const wb = bigInts[b] as bigint;
    return wa === wb ? a - b : wa > wb ? -1 : 1;
  });
  const rank = new Int32Array(bigInts.length);
  order.forEach((index, place) => (rank[index] = place));
  return { size: bigInts.length, ints, bigInts, rank };
}

/** Sum of the weights that are free (all when free is null), exactly. */
export function freeWeightSum(key: PreparedKey, free: ArrayLike<boolean> | null): bigint {
  let sum = 0n;
  for (let i = 0; i < key.size; i++) if (!free || free[i]) sum += key.bigInts[i] as bigint;
  return sum;
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
  freeSum: bigint,
  out: Float64Array | number[],
): void {
  const size = key.size;
  const ints = key.ints;
  const sum = Number(freeSum);
  if (units === 0 || freeSum === 0n) {
    for (let i = 0; i < size; i++) out[i] = 0;
    return;
  }
  if (ints === null || units * sum >= 9007199254740992) {
    allocateUnitsBig(units, key, free, freeSum, out);
    return;
  }
  ensureCapacity(size);
  // rest × size + (size − 1 − rank) orders like (remainder desc, tie rank asc) and is exact below 2^53.
  const select = size > INSERTION_LIMIT && sum * size <= 9007199254740992;
  const rank = key.rank;
  let given = 0;
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (free && !free[i]) {
      out[i] = 0;
      continue;
    }
    // units × w < 2^53, so the product is exact; the float quotient may be one off, mended below.
    const product = units * (ints[i] as number);
    let whole = Math.floor(product / sum);
    let rest = product - whole * sum;
    if (rest < 0) {
      whole -= 1;
      rest += sum;
    } else if (rest >= sum) {
      whole += 1;
      rest -= sum;
    }
    out[i] = whole;
    given += whole;
    if (rest > 0) {
      if (select) {
        remainders[count] = rest * size + (size - 1 - (rank[i] as number));
        candidates[count++] = i;
        continue;
      }
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
  if (select && missing > 0 && missing < count) moveLargestFirst(count, missing);
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
  freeSum: bigint,
  out: Float64Array | number[],
): void {
  const total = BigInt(units);
  const rests: { index: number; rest: bigint }[] = [];
  let given = 0n;
  for (let i = 0; i < key.size; i++) {
    if (free && !free[i]) {
      out[i] = 0;
      continue;
    }
    const product = total * (key.bigInts[i] as bigint);
    const whole = product / freeSum;
    const rest = product % freeSum;
    out[i] = Number(whole);
    given += whole;
    if (rest > 0n) rests.push({ index: i, rest });
  }
  rests.sort((a, b) =>
    a.rest === b.rest ? (key.rank[a.index] as number) - (key.rank[b.index] as number) : a.rest > b.rest ? -1 : 1,
  );
  const missing = Number(total - given);
  for (let j = 0; j < missing; j++) {
    const index = (rests[j] as { index: number }).index;
    out[index] = (out[index] as number) + 1;
  }
}
