/** The quota preview: the core's quotaPerDepartment over what was read, with totals and the check. */
import { exactSum, InputError, quotaPerDepartment } from "../../../core";
import { UserError } from "../../logic/errorMessages";
import type { QuotaInput } from "./quotaModel";
import type { QuotaSources } from "./quotaSources";
import { readRate } from "../../logic/rate";
import { UNIT_WORDS } from "../../../text/units";

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

export const RATE = { da: "Satsen", en: "The rate" };
/** What a rate of 100 % would take. */
const WHOLE_BUDGET = { da: "hele budgettet", en: "the whole budget" };

export function planQuota(sources: QuotaSources, input: QuotaInput): QuotaPreview {
  const rate = readRate(input.rate, RATE, WHOLE_BUDGET);
  let result;
  try {
    result = quotaPerDepartment(sources.budgets, sources.exempt, rate, input.decimals);
  } catch (error) {
    if (error instanceof InputError)
      throw new UserError({
        da: `Kvoten kan ikke regnes med ${input.decimals} decimaler: tallene bliver for store til Excels 15 cifre. Vælg færre decimaler, eller angiv budgetterne i 1.000 kr.`,
        en: `The quota cannot be computed at ${input.decimals} decimals: the numbers need more than Excel's 15 digits. Choose fewer decimals, or state the budgets in ${UNIT_WORDS.tkr.en}.`,
      });
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
