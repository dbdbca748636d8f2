/**
 * Numbers as a reader sees them: the one place that groups thousands and sets the decimal mark,
 * for messages, the task pane, the log sheet and the sheets' number formats. Display only: every
 * amount printed here was computed elsewhere, exactly; nothing here does arithmetic on money.
 */
import type { Language } from "./language";

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** Whole-number digits with a separator every three from the right: "1234567" → "1.234.567". */
function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * An exact decimal, ±digits × 10^exp, as a Danish reader writes it in a message: `.` groups
 * thousands and `,` is the decimal mark (1.234,5), trailing zeros of the fraction dropped. The core
 * reads a number's exact decimal and prints it with this (formatDanish in core/format.ts), so
 * 1,1 × 100 shows as 110, not 110.00000000000001.
 */
export function danishDecimal(negative: boolean, digits: string, exp: number): string {
  // Beyond 21 digits a number is shown as Excel shows it (1E+308, 5E-324), not in 300 digits.
  if (digits !== "0" && (exp + digits.length > 21 || exp + digits.length < -20))
    return scientific(negative, digits, exp);
  let whole = digits;
  let fraction = "";
  if (exp > 0) whole += "0".repeat(exp);
  else if (exp < 0) {
    // No padStart: the functions bundle runs on ES2016.
    if (whole.length < -exp + 1) whole = "0".repeat(-exp + 1 - whole.length) + whole;
    fraction = whole.slice(exp).replace(/0+$/, "");
    whole = whole.slice(0, exp);
  }
  // A negative decimal has a digit that is not 0 (its coefficient is not 0), so "-0" cannot occur.
  return `${negative ? "-" : ""}${grouped(whole, ".")}${fraction ? `,${fraction}` : ""}`;
}

/** d,ddd…E±n with a decimal comma, as Danish Excel shows a number too long to print in full. */
function scientific(negative: boolean, digits: string, exp: number): string {
  const power = exp + digits.length - 1;
  const rest = digits.slice(1).replace(/0+$/, "");
  const mantissa = rest ? `${digits.charAt(0)},${rest}` : digits.charAt(0);
  return `${negative ? "-" : ""}${mantissa}E${power < 0 ? "-" : "+"}${Math.abs(power)}`;
}

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
  return `${negative ? "-" : ""}${grouped(whole, group)}${fraction ? decimal + fraction : ""}`;
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
