import { absInt, decimalOf, type Decimal, intToString } from "./decimal";

/**
 * A number as a Danish reader writes it in a message: `.` groups thousands and `,` is the decimal
 * mark (1.234,5). Printed from the exact decimal, so 1,1 × 100 shows as 110, not 110.00000000000001.
 */
export function formatDanish(value: number | Decimal): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const { coef, exp } = typeof value === "number" ? decimalOf(value) : value;
  const digits = intToString(absInt(coef));
  // Beyond 21 digits a number is shown as Excel shows it (1E+308, 5E-324), not in 300 digits.
  if (coef.sign !== 0 && (exp + digits.length > 21 || exp + digits.length < -20)) return scientific(coef, exp, digits);
  const negative = coef.sign < 0;
  let whole = digits;
  let fraction = "";
  if (exp > 0) whole += "0".repeat(exp);
  else if (exp < 0) {
    // No padStart: the functions bundle runs on ES2016.
    if (whole.length < -exp + 1) whole = "0".repeat(-exp + 1 - whole.length) + whole;
    fraction = whole.slice(exp).replace(/0+$/, "");
    whole = whole.slice(0, exp);
  }
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ".");
  const text = fraction ? `${grouped},${fraction}` : grouped;
  return negative && text !== "0" ? `-${text}` : text;
}

/** d,ddd…E±n with a decimal comma, as Danish Excel shows a number too long to print in full. */
function scientific(coef: Decimal["coef"], exp: number, digits: string): string {
  const power = exp + digits.length - 1;
  const rest = digits.slice(1).replace(/0+$/, "");
  const mantissa = rest ? `${digits.charAt(0)},${rest}` : digits.charAt(0);
  return `${coef.sign < 0 ? "-" : ""}${mantissa}E${power < 0 ? "-" : "+"}${Math.abs(power)}`;
}
