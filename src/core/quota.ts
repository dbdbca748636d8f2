import { allocateUnits } from "./kernel/allocate";
import { freeWeightSum, prepareKeyFromDecimals } from "./kernel/preparedKey";
import {
  addDecimal,
  decimalOf,
  decimalToNumber,
  decimalToUnits,
  multiplyDecimal,
  negateDecimal,
  type Decimal,
  unitsToNumber,
  compareInt,
  intOf,
  intToNumber,
  ZERO_INT,
} from "./decimal";
import { InputError } from "./errors";
import { basesOverflow, basisOverflow, quotaDigits, rateAsPercent, rateNegative } from "./messages";
import { checkDecimals, MAX_UNITS } from "./rounding";
import { finiteOr } from "./overflow";

export interface QuotaResult {
  /** budget − exempt per department, exactly. */
  basis: number[];
  /** Each department's quota, rounded; they add up exactly to totalQuota. */
  quota: number[];
  /** Sum of the positive bases: what the rate applies to. */
  totalBasis: number;
  /** rate × totalBasis, rounded to the decimals. */
  totalQuota: number;
}

export function checkRate(rate: number): void {
  if (rate > 1) {
    throw new InputError("rate", rateAsPercent, [decimalOf(rate)]);
  }
  if (rate < 0) throw new InputError("rate", rateNegative, [rate]);
}

/**
 * Each department's savings quota: rate × (budget − exempt), where a basis at or below zero gives 0.
 * The quotas are rounded by the largest-remainder rule so that they add up exactly to the rounded
 * rate × the sum of the positive bases.
 */
export function quotaPerDepartment(
  budgets: readonly number[],
  exempt: readonly number[] | null,
  rate: number,
  decimals = 0,
): QuotaResult {
  checkDecimals(decimals);
  checkRate(rate);
  const basis: Decimal[] = budgets.map((b, i) => addDecimal(decimalOf(b), negateDecimal(decimalOf(exempt?.[i] ?? 0))));
  const positive = basis.map((b) => (b.coef.sign > 0 ? b : { coef: ZERO_INT, exp: 0 }));
  const totalBasis = positive.reduce(addDecimal, { coef: ZERO_INT, exp: 0 });
  const totalUnits = decimalToUnits(multiplyDecimal(decimalOf(rate), totalBasis), decimals);
  if (compareInt(totalUnits, intOf(MAX_UNITS)) > 0) {
    throw new InputError("budgets", quotaDigits, [decimals]);
  }
  const key = prepareKeyFromDecimals(positive);
  const parts = new Float64Array(key.size);
  allocateUnits(intToNumber(totalUnits), key, null, freeWeightSum(key, null), parts);
  return {
    basis: basis.map((b, i) => {
      const value = decimalToNumber(b);
      if (Number.isFinite(value)) return value;
      return finiteOr(value, "exempt", basisOverflow, budgets[i] as number, exempt?.[i] ?? 0, [i + 1] as const);
    }),
    quota: Array.from(parts, (units) => unitsToNumber(units, decimals)),
    totalBasis: finiteOr(decimalToNumber(totalBasis), "budgets", basesOverflow),
    totalQuota: unitsToNumber(intToNumber(totalUnits), decimals),
  };
}
