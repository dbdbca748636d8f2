import { checkWeights, distribute } from "./distribute";
import { InputError } from "./errors";
import { baseZero } from "./messages";

/**
 * A distribution key from a base (spending, headcount, budget): each part's share of the base
 * total as a fraction rounded to `decimals` places (3: 0,1 %), adding up exactly to 1.
 */
export function keyFromBase(base: readonly number[], decimals = 3, layout: "row" | "column" = "column"): number[] {
  checkWeights(base, "base", layout);
  if (base.every((b) => b === 0)) {
    throw new InputError("base", baseZero, [], undefined, "divisionByZero");
  }
  return distribute({ totals: [1], weights: base, decimals, layout }).map((row) => row[0] as number);
}
