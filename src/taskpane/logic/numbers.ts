/**
 * Numbers as the user reads and types them. Display only: every amount shown here was computed by
 * src/core; this module never does arithmetic on money.
 */
import { decimalOf, decimalToNumber, parseNumberText } from "../../core";
import { formatNumber } from "../../text/number";
import type { Language } from "../wizards/contract";

// The pane's wizards print and format amounts with the one formatter of src/text.
export { amountFormat, formatNumber } from "../../text/number";

/** A share of 1 as a percentage with `decimals` places: 0.284 → "28,4 %". */
export function formatPercent(share: number, decimals: number, language: Language): string {
  // Moving the decimal point keeps 0.284 exactly 28.4, not 28.399999999999995.
  const { coef, exp } = decimalOf(share);
  const percent = decimalToNumber({ coef, exp: exp + 2 });
  return `${formatNumber(percent, decimals, language)} %`;
}

/**
 * A list of typed numbers: "5,0; 10,0; 12,5" (";" or white space between them, as "," is the
 * Danish decimal mark). `bad` is the first entry that is not a number.
 */
export function parseTypedList(text: string): { values: number[] } | { bad: string } {
  const entries = text
    .replace(/\s+%/g, "%")
    .split(/[;\s]+/)
    .filter((entry) => entry !== "");
  const values: number[] = [];
  for (const entry of entries) {
    const value = parseNumberText(entry);
    if (value === undefined) return { bad: entry };
    values.push(value);
  }
  return { values };
}
