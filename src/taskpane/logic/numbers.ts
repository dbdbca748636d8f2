/**
 * Numbers as the user reads and types them. Display only: every amount shown here was computed by
 * src/core; this module never does arithmetic on money.
 */
import { decimalOf, decimalToNumber, parseNumberText } from "../../core";
import type { Language } from "../wizards/contract";

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * A number with `decimals` places and grouped thousands: 1234.5 → "1.234,5" (da) or "1,234.5" (en).
 * toFixed picks the decimal nearest to the double, which is the printed decimal for every amount the
 * core returns (they are rounded to at most `decimals` places already).
 */
export function formatNumber(value: number, decimals: number, language: Language): string {
  const { group, decimal } = SEPARATORS[language];
  const places = Math.max(0, Math.min(20, decimals));
  const fixed = Math.abs(value).toFixed(places);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

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

/** An Excel number format code (invariant syntax) for amounts with `decimals` places. */
export function amountFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}
