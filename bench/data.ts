/**
 * Benchmark inputs, drawn from fixed seeds. Each number is made from an integer (thousandths of a
 * total, millionths of a weight), and the integers are kept beside the doubles so that the check
 * never has to read a double back.
 */
import { type ExactDistribution, roundHalfAway } from "./exact";
import { Random, seedOf } from "./random";

export type WeightKind = "uniform" | "skewed";

export interface DistributionCase {
  input: { totals: number[]; weights: number[]; decimals: number; holds?: (number | null)[][] };
  exact: ExactDistribution;
}

/** Amounts in mio. kr. printed with one decimal, the most common table in the domain brief. */
export const DECIMALS = 1;
const TOTAL_DECIMALS = 3;

/**
 * uniform: every weight drawn evenly from 0,001..1,000 (a key of percentages with one decimal).
 * skewed: one dominant part (60 %), most others tiny or 0 (a base such as spending by department),
 * with every tenth weight a copy of its neighbour so that exact ties occur.
 */
export function makeKey(kind: WeightKind, size: number, random: Random): { weights: number[]; ints: number[] } {
  if (kind === "uniform") {
    const ints = Array.from({ length: size }, () => random.int(1, 1000));
    return { weights: ints.map((k) => k / 1000), ints };
  }
  const ints = Array.from({ length: size }, () => Math.floor(1e6 * random.next() ** 6));
  ints[0] = 600_000;
  for (let i = 9; i < size; i += 10) ints[i] = ints[i - 1] as number;
  return { weights: ints.map((k) => k / 1e6), ints };
}

/** Which parts a holds case fixes: every fourth, alternately at 0 (already delivered) and at 2,5. */
export function holdTenths(index: number): number | null {
  if (index % 4 !== 1) return null;
  return index % 8 === 1 ? 0 : 25;
}

export interface DistributionSpec {
  rows: number;
  size: number;
  weights: WeightKind;
  holds: boolean;
  /** Seeds the data; cases with the same seed name draw the same numbers. */
  seedName: string;
}

/** N yearly totals (a tenth of them negative) spread by one key of size K, optionally with holds. */
export function makeDistributionCase(spec: DistributionSpec): DistributionCase {
  const random = new Random(seedOf(spec.seedName));
  const key = makeKey(spec.weights, spec.size, random);
  const totals = new Array<number>(spec.rows);
  const totalUnits = new Array<number>(spec.rows);
  for (let row = 0; row < spec.rows; row++) {
    // At least 100 (mio. kr.), so that the holds never exceed a total.
    const thousandths = random.int(100_000, 999_999_999) * (random.next() < 0.1 ? -1 : 1);
    totals[row] = thousandths / 10 ** TOTAL_DECIMALS;
    totalUnits[row] = Number(roundHalfAway(BigInt(thousandths), TOTAL_DECIMALS, DECIMALS));
  }
  const tenths = key.ints.map((_, i) => (spec.holds ? holdTenths(i) : null));
  const heldUnits = tenths.map((t) => (t === null ? null : t * 10 ** (DECIMALS - 1)));
  return {
    input: {
      totals,
      weights: key.weights,
      decimals: DECIMALS,
      ...(spec.holds ? { holds: tenths.map((t) => [t === null ? null : t / 10]) } : {}),
    },
    exact: { decimals: DECIMALS, totalUnits, weightInts: key.ints, heldUnits },
  };
}
