/**
 * Key preparation: a distribution key's weights turned once into exact integers at a common scale
 * and its tie order, so that allocate.ts can spread many totals over it without re-reading them.
 */
import {
  addInt,
  commonScale,
  compareInt,
  decimalOf,
  type Decimal,
  type ExactInt,
  intOf,
  intToNumber,
  isSafeInt,
  pow10,
  ZERO_INT,
} from "../decimal";
import { LazySum, LongKey, prepareLongKey } from "./longKey";
import { rankOf } from "./rank";
import { placesOf, unitsFound } from "./shortDecimal";

/** 2^53: below it every integer is an exact double. */
export const SAFE = 9007199254740992;

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
  /**
   * Where ints is null: each weight × 10^-approxShift as a double within a relative 2^-53 (or, when
   * subnormal, within 2^-1075), for the floating-point filter of allocateByRatio; and, where two
   * unequal weights may have the same double, a class per weight (equal weights, and only they,
   * share one). Without classes, equal doubles are equal weights.
   */
  readonly approx?: Float64Array;
  readonly approxShift?: number;
  readonly classes?: Int32Array;
  /** The sum of all weights, where it was worked out when the key was prepared. */
  readonly totalSum?: ExactInt;
}

export function prepareKey(weights: readonly number[]): PreparedKey {
  return prepareShortKey(weights) ?? prepareLazyKey(weights) ?? prepareKeyFromDecimals(weights.map(decimalOf), weights);
}

/** A LongKey where some weight has more places than prepareShortKey reads and the sum shows it is needed. */
function prepareLazyKey(weights: readonly number[]): LongKey | null {
  for (const w of weights) if (!(placesOf(w) >= 0)) return prepareLongKey(weights, w);
  return null;
}

/**
 * A key whose weights are short decimals (at most 9 places) and whose integer sum at their common
 * scale stays below 2^53, prepared with numbers alone: no decimal text, no exact integers unless
 * a caller asks for bigInts. Gives the same key as prepareKeyFromDecimals, or null where it
 * cannot (a negative weight is left to that route's refusal).
 */
function prepareShortKey(weights: readonly number[]): PreparedKey | null {
  const size = weights.length;
  const units = new Float64Array(size);
  const places = new Int8Array(size);
  let scale = 0;
  for (let i = 0; i < size; i++) {
    const w = weights[i] as number;
    const s = w >= 0 ? placesOf(w) : -1;
    if (s < 0) return null;
    units[i] = unitsFound() + 0; // + 0: a weight of −0 is 0
    places[i] = s;
    if (s > scale) scale = s;
  }
  let sum = 0;
  for (let i = 0; i < size; i++) {
    // Products and the running sum are exact integers while each stays below 2^53.
    const w = (units[i] as number) * pow10(scale - (places[i] as number));
    sum += w;
    if (!(w < SAFE) || !(sum < SAFE)) return null;
    units[i] = w;
  }
  return new ShortKey(
    units,
    rankOf(size, (a, b) => (units[b] as number) - (units[a] as number)),
  );
}

/** A prepared key of safe integers whose exact integers are made only when asked for. */
class ShortKey implements PreparedKey {
  private exact: ExactInt[] | null = null;
  readonly size: number;

  constructor(
    readonly ints: Float64Array,
    readonly rank: Int32Array,
  ) {
    this.size = ints.length;
  }

  get bigInts(): readonly ExactInt[] {
    if (this.exact === null) this.exact = Array.from(this.ints, intOf);
    return this.exact;
  }
}

/**
 * `numbers`, where given, are the doubles the weights print as. Distinct doubles have distinct
 * shortest decimals in the same order, so the tie order and the filter's doubles come from them
 * without comparing or converting exact integers; for shares computed by formulas (16–17 digits)
 * that was most of the cost of a key.
 */
export function prepareKeyFromDecimals(weights: readonly Decimal[], numbers?: readonly number[]): PreparedKey {
  for (const w of weights) if (w.coef.sign < 0) throw new RangeError("weights must not be negative");
  const { ints: bigInts, exp } = commonScale(weights);
  let sum = ZERO_INT;
  for (const w of bigInts) sum = addInt(sum, w);
  const ints = isSafeInt(sum) ? Float64Array.from(bigInts, intToNumber) : null;
  const size = bigInts.length;
  const rank =
    numbers !== undefined
      ? rankOf(size, (a, b) => (numbers[b] as number) - (numbers[a] as number))
      : rankOf(size, (a, b) => compareInt(bigInts[b] as ExactInt, bigInts[a] as ExactInt));
  if (ints !== null) return { size, ints, bigInts, rank };
  // Weights below 1e300 keep any sum of them a finite double (the sum's double is scaled the same).
  if (numbers?.every((x) => x < 1e300)) {
    return { size, ints, bigInts, rank, approx: Float64Array.from(numbers), approxShift: -exp, totalSum: sum };
  }
  // Equal weights are neighbours in the tie order: each class is named by its first member's place.
  const byPlace = new Int32Array(size);
  for (let i = 0; i < size; i++) byPlace[rank[i] as number] = i;
  const classes = new Int32Array(size);
  for (let place = 0; place < size; place++) {
    const i = byPlace[place] as number;
    const previous = place > 0 ? (byPlace[place - 1] as number) : -1;
    const same = previous >= 0 && compareInt(bigInts[i] as ExactInt, bigInts[previous] as ExactInt) === 0;
    classes[i] = same ? (classes[previous] as number) : place;
  }
  // A weight of 1.79e308 at the scale of a weight of 5e-324 has 632 digits, Infinity as a double:
  // allocateByRatio leaves a free sum of Infinity to the exact route.
  return { size, ints, bigInts, rank, approx: Float64Array.from(bigInts, intToNumber), classes, totalSum: sum };
}

/** Sum of the weights that are free (all when free is null), exactly. */
export function freeWeightSum(key: PreparedKey, free: ArrayLike<boolean> | null): ExactInt {
  if (key instanceof LongKey) return new LazySum(key, free);
  const ints = key.ints;
  if (ints !== null) {
    // The weights' whole sum is below 2^53, so every partial sum is exact.
    let small = 0;
    for (let i = 0; i < key.size; i++) if (!free || free[i]) small += ints[i] as number;
    return intOf(small);
  }
  if (!free && key.totalSum !== undefined) return key.totalSum;
  let sum = ZERO_INT;
  for (let i = 0; i < key.size; i++) if (!free || free[i]) sum = addInt(sum, key.bigInts[i] as ExactInt);
  return sum;
}
