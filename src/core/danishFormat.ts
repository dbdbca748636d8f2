import { absInt, decimalOf, type Decimal, intToString } from "./decimal";

/**
 * A number as a Danish reader writes it in a message (1.234,5), printed from the exact decimal, so
 * 1,1 × 100 shows as 110, not 110.00000000000001. The core's
 * own messages print numbers so, which is why this stands in the core, below src/text (whose
 * number formatter borrows groupDigits from here).
 */
export function formatDanish(value: number | Decimal): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const { coef, exp } = typeof value === "number" ? decimalOf(value) : value;
  return danishDecimal(coef.sign < 0, intToString(absInt(coef)), exp);
}

/** Whole-number digits with a separator every three from the right: "1234567" → "1.234.567". */
export function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * An exact decimal, ±digits × 10^exp, as a Danish reader writes it in a message: `.` groups
 * thousands and `,` is the decimal mark (1.234,5), trailing zeros of the fraction dropped.
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
  return `${negative ? "-" : ""}${groupDigits(whole, ".")}${fraction ? `,${fraction}` : ""}`;
}

/** d,ddd…E±n with a decimal comma, as Danish Excel shows a number too long to print in full. */
function scientific(negative: boolean, digits: string, exp: number): string {
  const power = exp + digits.length - 1;
  const rest = digits.slice(1).replace(/0+$/, "");
  const mantissa = rest ? `${digits.charAt(0)},${rest}` : digits.charAt(0);
  return `${negative ? "-" : ""}${mantissa}E${power < 0 ? "-" : "+"}${Math.abs(power)}`;
}
