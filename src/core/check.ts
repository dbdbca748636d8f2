import {
  addDecimal,
  compareDecimal,
  decimalOf,
  decimalToUnits,
  negateDecimal,
  sumDecimals,
  type Decimal,
  unitsToNumber,
  intOf,
  intToNumber,
} from "./decimal";
import { checkDecimals } from "./rounding";
import { checkOverflow } from "./messages";
import { finiteOr } from "./overflow";

/**
 * Whether printed figures add up. Each printed figure may be off by half a unit of its last digit,
 * so with n figures (the parts and the total) the tolerance is n × ½ × 10^-decimals. Returns 0
 * within tolerance, else sum(parts) − printedTotal rounded to decimals + 1 places.
 */
export function checkSum(parts: readonly number[], printedTotal: number, decimals = 0): number {
  checkDecimals(decimals);
  const difference: Decimal = addDecimal(sumDecimals(parts), negateDecimal(decimalOf(printedTotal)));
  const figures = parts.length + 1;
  const tolerance: Decimal = { coef: intOf(figures * 5), exp: -(decimals + 1) };
  const magnitude: Decimal = difference.coef.sign < 0 ? negateDecimal(difference) : difference;
  if (compareDecimal(magnitude, tolerance) <= 0) return 0;
  return finiteOr(
    unitsToNumber(intToNumber(decimalToUnits(difference, decimals + 1)), decimals + 1),
    "parts",
    checkOverflow,
  );
}
