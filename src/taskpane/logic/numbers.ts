/**
 * Numbers as the user reads and types them. Display only: every amount shown here was computed by
 * src/core; this module never does arithmetic on money.
 */
import { parseNumberText } from "../../core";

// The pane's wizards print and format amounts and shares with the one formatter of src/text.
export { amountFormat, formatNumber, formatPercent } from "../../text/number";

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
