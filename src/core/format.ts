import { absInt, decimalOf, type Decimal, intToString } from "./decimal";

/**
 * A number as a Danish reader writes it in a message: `.` groups thousands and `,` is the decimal
 * mark (1.234,5). Printed from the exact decimal, so 1,1 × 100 shows as 110, not 110.00000000000001.
 */
export function formatDanish(value: number | Decimal): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const { coef, exp } = typeof value === "number" ? decimalOf(value) : value;
  const negative = coef.sign < 0;
  let digits = intToString(absInt(coef));
  let fraction = "";
  if (exp > 0) digits += "0".repeat(exp);
  else if (exp < 0) {
    // No padStart: the functions bundle runs on ES2016.
    if (digits.length < -exp + 1) digits = "0".repeat(-exp + 1 - digits.length) + digits;
    fraction = digits.slice(exp).replace(/0+$/, "");
    digits = digits.slice(0, exp);
  }
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ".");
  const text = fraction ? `${grouped},${fraction}` : grouped;
  return negative && text !== "0" ? `-${text}` : text;
}
