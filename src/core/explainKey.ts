/**
 * KEY explained: a key from a base is DISTRIBUTE of 1 over the base (key.ts), so its explanation is
 * that spread, checked against keyFromBase's own shares.
 */
import { explainDistribute, checkAgainst, type DistributeExplanation } from "./explainDistribute";
import { keyFromBase } from "./key";
import { roundToUnits } from "./rounding";

export function explainKey(
  base: readonly number[],
  decimals = 3,
  layout: "row" | "column" = "column",
): DistributeExplanation {
  const shares = keyFromBase(base, decimals, layout);
  const explained = explainDistribute({ totals: [1], weights: base, decimals, layout });
  const year = explained.years[0];
  if (year === undefined) throw new Error("KEY has one total");
  checkAgainst("KEY", year.result, shares, decimals);
  // The total spread is 1 exactly: the shares are units of 10^-decimals adding up to it.
  if (year.totalUnits !== roundToUnits(1, decimals)) throw new Error("KEY spreads 1");
  return explained;
}
