/**
 * What a key table's sum says about it. A published key of shares that sums to 99,9 % or 100,1 %
 * through its own rounding is spread as it is, and the preview says by how much it was off; a
 * percent key summing far from 100 % (200 %: a total row taken in) is asked about first.
 */
import { decimalOf, decimalToNumber, exactSum } from "../../../core";
import { formatNumber } from "../../logic/numbers";
import type { WizardInference } from "../../logic/tableInferences";
import { TableQuestion } from "../../logic/tableQuestion";
import type { Answers } from "../../../sheet/tableShape";

/** A share of 1 as an exact percentage: the decimal point moved, not a binary × 100. */
function asPercent(share: number): number {
  const { coef, exp } = decimalOf(share);
  return decimalToNumber({ coef, exp: exp + 2 });
}

/** Within this many percentage points of 100 a key is a published key off by its rounding. */
const NEAR = 10;

export function keySumInference(
  weights: readonly number[],
  percent: boolean,
  address: string,
  answers: Answers,
): WizardInference | undefined {
  const sum = exactSum(weights);
  if (sum === 0) return undefined;
  // Percent-formatted cells hold shares of 1; plain numbers near 100 are percentages typed as numbers.
  const inPercent = percent || sum < 2 ? asPercent(sum) : sum;
  if (inPercent === 100) return undefined;
  const off = Math.abs(exactSum([inPercent, -100]));
  if (off <= NEAR) return { code: "keyNotHundred", sum: inPercent, off };
  if (!percent) return undefined;
  const id = `keySum:${address}`;
  if (answers[id] === "spread") return { code: "keyFarFromHundred", sum: inPercent };
  const shown = { da: formatNumber(inPercent, 1, "da"), en: formatNumber(inPercent, 1, "en") };
  throw new TableQuestion(
    id,
    {
      da: `Nøglen: ${address} summer til ${shown.da} %, langt fra 100 %. Er en totalrække eller en afdeling taget med to gange? Vælg tabellen uden den, eller fordel efter vægtenes forhold alligevel.`,
      en: `The key: ${address} adds up to ${shown.en} %, far from 100 %. Was a total row or a department taken in twice? Select the table without it, or spread in proportion to the weights anyway.`,
    },
    [{ answer: "spread", label: { da: "Fordel efter forholdet alligevel", en: "Spread in proportion anyway" } }],
  );
}
