/** The quota preview: the core's quotaPerDepartment over what was read, with totals and the check. */
import { exactSum, InputError, quotaPerDepartment } from "../../../core";
import { quotaText } from "./quotaText";
import { UserError } from "../../logic/errorMessages";
import type { QuotaInput } from "./quotaModel";
import type { QuotaSources } from "./quotaSources";
import { readRate } from "../../logic/rate";

export interface QuotaPreview {
  rate: number;
  departments: string[];
  budgets: number[];
  exempt: number[] | null;
  /** budget − exempt, exactly (may be negative: such a department gets 0). */
  basis: number[];
  /** Rounded; adding up exactly to totalQuota. */
  quota: number[];
  budgetSum: number;
  exemptSum: number | null;
  basisSum: number;
  /** The sum of the positive bases: what the rate applies to. */
  positiveBasis: number;
  /** The quotas summed exactly. */
  quotaSum: number;
  /** rate × positiveBasis, rounded to the decimals: what the quotas must add up to. */
  totalQuota: number;
  addsUp: boolean;
}

export const RATE = quotaText.theRate;
/** What a rate of 100 % would take. */
const WHOLE_BUDGET = quotaText.wholeBudget;

export function planQuota(sources: QuotaSources, input: QuotaInput): QuotaPreview {
  const rate = readRate(input.rate, RATE, WHOLE_BUDGET);
  let result;
  try {
    result = quotaPerDepartment(sources.budgets, sources.exempt, rate, input.decimals);
  } catch (error) {
    if (error instanceof InputError) throw new UserError(quotaText.quotaCannotComputedDecimals(input));
    throw error;
  }
  const quotaSum = exactSum(result.quota);
  return {
    rate,
    departments: sources.departments,
    budgets: sources.budgets,
    exempt: sources.exempt,
    basis: result.basis,
    quota: result.quota,
    budgetSum: exactSum(sources.budgets),
    exemptSum: sources.exempt && exactSum(sources.exempt),
    basisSum: exactSum(result.basis),
    positiveBasis: result.totalBasis,
    quotaSum,
    totalQuota: result.totalQuota,
    // Both are the nearest double to an exact decimal, so equal decimals give equal numbers.
    addsUp: quotaSum === result.totalQuota,
  };
}
