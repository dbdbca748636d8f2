/**
 * A key of long decimals (shares computed by formulas, 15–17 digits) whose exact integers are built
 * only when the floating-point filter of allocateUnits cannot decide. Reading 10.000 such weights
 * into exact integers cost several times the allocation itself, and the filter nearly always decides.
 */
import { addInt, commonScale, decimalOf, type ExactInt, ZERO_INT } from "../decimal";
import { rankOf } from "./rank";

/** 2^53: below it every integer is an exact double. */
const SAFE = 9007199254740992;

export class LongKey {
  readonly size: number;
  readonly ints = null;
  readonly rank: Int32Array;
  /** The weights themselves: distinct doubles have distinct shortest decimals in the same order. */
  readonly approx: Float64Array;
  private exact: ExactInt[] | null = null;

  constructor(readonly numbers: readonly number[]) {
    this.size = numbers.length;
    this.rank = rankOf(this.size, (a, b) => (numbers[b] as number) - (numbers[a] as number));
    this.approx = Float64Array.from(numbers);
  }

  get bigInts(): readonly ExactInt[] {
    if (this.exact === null) this.exact = commonScale(this.numbers.map(decimalOf)).ints;
    return this.exact;
  }
}

/**
 * The exact sum of a long key's free weights, summed only when asked for; until then its double,
 * within 3 × 2^-53 relative of the exact sum: each weight's double is within 2^-53 of its decimal,
 * and compensated (Neumaier) summation of non-negative doubles adds 2^-52 and a term of
 * n × 2^-106, which stays far below the filter's margin of 1e-15 for any sheet's number of rows.
 */
export class LazySum implements ExactInt {
  readonly sign: 0 | 1;
  readonly approx: number;
  private exact: ExactInt | null = null;
  private readonly free: Uint8Array | null;

  constructor(
    private readonly key: LongKey,
    free: ArrayLike<boolean> | null,
  ) {
    const numbers = key.numbers;
    let sum = 0;
    let lost = 0;
    this.free = free === null ? null : new Uint8Array(key.size);
    for (let i = 0; i < key.size; i++) {
      if (free !== null) {
        if (!free[i]) continue;
        (this.free as Uint8Array)[i] = 1;
      }
      const x = numbers[i] as number;
      const next = sum + x;
      // The part of the smaller addend that the rounded sum lost, exactly.
      lost += sum >= x ? sum - next + x : x - next + sum;
      sum = next;
    }
    this.approx = sum + lost;
    // Non-negative doubles add up to 0 only when every one is 0, as their decimals do.
    this.sign = this.approx > 0 ? 1 : 0;
  }

  get limbs(): readonly number[] {
    if (this.exact === null) {
      const ints = this.key.bigInts;
      let sum = ZERO_INT;
      for (let i = 0; i < this.key.size; i++) {
        if (this.free === null || this.free[i] === 1) sum = addInt(sum, ints[i] as ExactInt);
      }
      this.exact = sum;
    }
    return this.exact.limbs;
  }
}

/**
 * A lazy key for weights that are finite, non-negative and below 1e300 (so that any sum of them is
 * a finite double) where their exact integers at the common scale certainly add up past 2^53, as
 * prepareKeyFromDecimals would find: the weight `long` alone has `places` places, so the common
 * scale has at least as many, and the weights' double sum × 10^places (checked with room for its
 * rounding) bounds the integer sum from below. Returns null where that is not shown.
 */
export function prepareLongKey(weights: readonly number[], long: number): LongKey | null {
  let sum = 0;
  for (const w of weights) {
    if (!(w >= 0 && w < 1e300)) return null;
    sum += w;
  }
  const d = decimalOf(long);
  const places = d.exp < 0 ? -d.exp : 0;
  // A plain running sum of n doubles is within n × 2^-53 relative of the exact sum.
  if (!(places <= 300 && sum * (1 - weights.length * 2.3e-16) * 10 ** places >= 2 * SAFE)) return null;
  return new LongKey(weights);
}
