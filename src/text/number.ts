/**
 * Numbers as a reader sees them: the one place that groups thousands and sets the decimal mark,
 * for messages, the task pane, the log sheet and the sheets' number formats. Display only: every
 * amount printed here was computed elsewhere, exactly; nothing here does arithmetic on money.
 */
import { shiftDecimal } from "../core";
import { groupDigits } from "../core/danishFormat";
import type { Language } from "./language";

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * A number with `decimals` places and grouped thousands: 1234.5 → "1.234,5" (da) or "1,234.5" (en).
 * toFixed picks the decimal nearest to the double, which is the printed decimal for every amount the
 * core returns (they are rounded to at most `decimals` places already). With `trim`, `decimals` is
 * the most places shown and trailing zeros go: 12.50 → "12,5".
 */
export function formatNumber(value: number, decimals: number, language: Language, trim = false): string {
  const { group, decimal } = SEPARATORS[language];
  const places = Math.max(0, Math.min(20, decimals));
  const fixed = fixedOf(Math.abs(value), places);
  const [whole = "0", digits = ""] = fixed.split(".");
  const fraction = trim ? digits.replace(/0+$/, "") : digits;
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? "-" : ""}${groupDigits(whole, group)}${fraction ? decimal + fraction : ""}`;
}

/**
 * A share of 1 as a percentage, as formatNumber prints the number: 0.284 → "28,4 %" (Danish puts a
 * space before the sign) or "28.4%" (English none), as percentFormat's codes print it in a sheet. The
 * point moves in decimal terms, so 0.284 is exactly 28.4, not 28.399999999999995.
 */
export function formatPercent(share: number, decimals: number, language: Language, trim = false): string {
  return `${formatNumber(shiftDecimal(share, 2), decimals, language, trim)}${percentSign(language)}`;
}

/** The percent sign as a language writes it after a number: a typographic rule, not a word. */
function percentSign(language: Language): string {
  return language === "da" ? " %" : "%";
}

/**
 * A number printed the Danish way (formatDanish: 1.234,5, all its digits) in a language's marks:
 * as it is in Danish, 1,234.5 in English.
 */
export function inLanguage(danish: string, language: Language): string {
  return language === "da" ? danish : danish.replace(/[.,]/g, (mark) => (mark === "." ? "," : "."));
}

/** value.toFixed(places), with all its digits from 1e21 up too, where toFixed writes 1e+21. */
function fixedOf(value: number, places: number): string {
  const fixed = value.toFixed(places);
  const e = fixed.indexOf("e+");
  if (e < 0) return fixed;
  const [whole = "", fraction = ""] = fixed.slice(0, e).split(".");
  const zeros = "0".repeat(Number(fixed.slice(e + 2)) - fraction.length);
  return `${whole}${fraction}${zeros}${places > 0 ? `.${"0".repeat(places)}` : ""}`;
}

/**
 * An Excel number format code (invariant syntax: Excel shows it with the user's own separators) for
 * amounts with `decimals` places. With `blankZero` a zero shows as an empty cell, for the rows of a
 * form that are not filled in yet.
 */
export function amountFormat(decimals: number, blankZero = false): string {
  const body = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return blankZero ? `${body};-${body};""` : body;
}

/**
 * An Excel number format code for a share shown as a percentage with `places` decimals, as the pane
 * prints it: Danish puts a space before the sign ("90,0 %", the format "0.0 %", whose space Excel and
 * LibreOffice print as it stands), English none ("90.0%").
 */
export function percentFormat(places: number, language: Language): string {
  const body = places > 0 ? `0.${"0".repeat(places)}` : "0";
  return `${body}${percentSign(language)}`;
}
