/**
 * QUOTA explained: each department's basis (budget − exempt), the rate times the positive bases
 * as the exact total quota and its rounding, and the largest-remainder spread of that total by the
 * positive bases, checked against quotaPerDepartment's own quotas.
 */
import { traceAllocation } from "./allocationTrace";
import {
  addDecimal,
  decimalOf,
  decimalToUnits,
  type Decimal,
  intToNumber,
  multiplyDecimal,
  negateDecimal,
  ZERO_INT,
} from "./decimal";
import { checkAgainst, explainSpread, type SpreadExplanation } from "./explainDistribute";
import { prepareKeyFromDecimals } from "./kernel/preparedKey";
import { quotaPerDepartment } from "./quota";

export interface QuotaExplanation {
  rate: Decimal;
  /** budget − exempt per department, exactly; a basis at or below 0 weighs 0. */
  basis: Decimal[];
  /** The sum of the positive bases. */
  totalBasis: Decimal;
  /** rate × totalBasis, before rounding. */
  exactTotal: Decimal;
  spread: SpreadExplanation;
}

export function explainQuota(
  budgets: readonly number[],
  exempt: readonly number[] | null,
  rate: number,
  decimals = 0,
): QuotaExplanation {
  const { quota } = quotaPerDepartment(budgets, exempt, rate, decimals);
  const basis = budgets.map((b, i) => addDecimal(decimalOf(b), negateDecimal(decimalOf(exempt?.[i] ?? 0))));
  const positive = basis.map((b) => (b.coef.sign > 0 ? b : { coef: ZERO_INT, exp: 0 }));
  const totalBasis = positive.reduce(addDecimal, { coef: ZERO_INT, exp: 0 });
  const exactTotal = multiplyDecimal(decimalOf(rate), totalBasis);
  const key = prepareKeyFromDecimals(positive);
  const spread = explainSpread(
    intToNumber(decimalToUnits(exactTotal, decimals)),
    basis.map(() => null),
    (units, free) => traceAllocation(units, key, free),
    decimals,
  );
  checkAgainst("QUOTA", spread.result, quota, decimals);
  return { rate: decimalOf(rate), basis, totalBasis, exactTotal, spread };
}
