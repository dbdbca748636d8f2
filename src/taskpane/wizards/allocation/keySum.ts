/**
 * What a key table's sum says about it. A published key of shares that sums to 99,9 % or 100,1 %
 * through its own rounding is spread as it is, and the preview says by how much it was off; a
 * percent key summing far from 100 % (200 %: a total row taken in) is asked about first.
 *
 * A key of plain numbers is weights, whose sum means nothing on its own (head counts, square
 * metres), so it is asked about only when one row is exactly the sum of all the others: the sum is
 * exactly twice that row, the sign of a total taken in by a hand-trimmed range. With fewer than
 * three rows that cannot be told from two equal weights, so it is not asked.
 */
import { decimalOf, decimalToNumber, exactSum, fractionDigits } from "../../../core";
import { allocationText } from "./allocationText";
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
  rows?: { names: readonly string[]; cells: readonly string[] },
): WizardInference | undefined {
  const sum = exactSum(weights);
  if (sum === 0) return undefined;
  // Percent-formatted cells hold shares of 1; plain numbers near 100 are percentages typed as numbers.
  const inPercent = percent || sum < 2 ? asPercent(sum) : sum;
  if (inPercent === 100) return undefined;
  const off = Math.abs(exactSum([inPercent, -100]));
  if (off <= NEAR) return { code: "keyNotHundred", sum: inPercent, off };
  const id = `keySum:${address}`;
  if (!percent) return plainKeyHoldingItsTotal(weights, sum, id, address, answers, rows);
  if (answers[id] === "spread") return { code: "keyFarFromHundred", sum: inPercent };
  const shown = { da: formatNumber(inPercent, 1, "da"), en: formatNumber(inPercent, 1, "en") };
  throw new TableQuestion(id, allocationText.keyAddsUpFar(address, shown), [
    { answer: "spread", label: { da: "Fordel efter forholdet alligevel", en: "Spread in proportion anyway" } },
  ]);
}

function plainKeyHoldingItsTotal(
  weights: readonly number[],
  sum: number,
  id: string,
  address: string,
  answers: Answers,
  rows: { names: readonly string[]; cells: readonly string[] } | undefined,
): WizardInference | undefined {
  if (weights.length < 3) return undefined;
  const total = weights.findIndex((w) => w > 0 && exactSum([w, w]) === sum);
  if (total < 0) return undefined;
  const name = rows?.names[total] ?? "";
  const cell = rows?.cells[total] ?? address;
  const row = `${cell}${name === "" ? "" : ` (${name})`}`;
  if (answers[id] === "spread") return { code: "keyHoldsItsTotal", row };
  const sumShown = {
    da: formatNumber(sum, fractionDigitsOf(weights), "da"),
    en: formatNumber(sum, fractionDigitsOf(weights), "en"),
  };
  throw new TableQuestion(id, allocationText.keyAddsUpSum(address, sumShown, row), [
    { answer: "spread", label: { da: "Fordel med den som vægt", en: "Spread with it as a weight" } },
  ]);
}

/** The most decimals any weight is written with, so the sum is shown as the weights are. */
function fractionDigitsOf(weights: readonly number[]): number {
  let places = 0;
  for (const w of weights) places = Math.max(places, fractionDigits(w));
  return places;
}
