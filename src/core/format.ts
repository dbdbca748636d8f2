import { danishDecimal } from "../text/number";
import { absInt, decimalOf, type Decimal, intToString } from "./decimal";

/**
 * A number as a Danish reader writes it in a message (1.234,5), printed from the exact decimal, so
 * 1,1 × 100 shows as 110, not 110.00000000000001. The reading is the core's; the printing is
 * src/text's, which imports nothing and so cannot read a Decimal itself.
 */
export function formatDanish(value: number | Decimal): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const { coef, exp } = typeof value === "number" ? decimalOf(value) : value;
  return danishDecimal(coef.sign < 0, intToString(absInt(coef)), exp);
}
