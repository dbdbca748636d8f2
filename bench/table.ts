/** The 10.000 × 12 table shared by B2 and B3, and its key with one weight changed (a recalculation). */
import { makeDistributionCase, type DistributionCase } from "./data";
import type { ExactDistribution } from "./exact";
import { TABLE } from "./plan";

export function tableCase(): DistributionCase {
  return makeDistributionCase({ ...TABLE, weights: "uniform", holds: false, seedName: "table 10000 x 12" });
}

/** The first weight as an economist retypes it, in thousandths: each recalculation takes the next. */
export const CHANGED_FIRST_WEIGHT = [500, 250, 125, 333, 999, 1, 750, 68];

export function withFirstWeight(exact: ExactDistribution, thousandths: number): ExactDistribution {
  return { ...exact, weightInts: exact.weightInts.map((w, i) => (i === 0 ? thousandths : w)) };
}

export function weightsWithFirst(weights: readonly number[], thousandths: number): number[] {
  return weights.map((w, i) => (i === 0 ? thousandths / 1000 : w));
}
