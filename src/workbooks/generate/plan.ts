/**
 * What each department workbook will hold: quota and cross-cutting shares, computed once for all
 * departments by the core, so that every table adds up exactly to the municipality's totals.
 */
import { distribute, exactSum, InputError, keyFromBase, quotaPerDepartment, shiftDecimal } from "../../core";
import type { Central, CentralSettings } from "../central/central";
import { message, type GenerationWarning } from "../messages";
import { WorkbookProblems } from "../central/problems";
import { renderInputError } from "../../text/inputErrors";

/** One generation run; every workbook of the run carries it, so consolidation knows who was asked. */
export interface Batch {
  id: string;
  /** ISO time of generation. */
  created: string;
  /** Every department code of the run, in the central table's order. */
  departments: string[];
}

export interface ThemeShare {
  name: string;
  /** This department's share per year, budget year first. */
  shares: number[];
}

export interface DepartmentPlan {
  settings: CentralSettings;
  batch: Batch;
  code: string;
  name: string;
  budget: number;
  exempt: number;
  basis: number;
  /** The yearly savings quota, rounded to the decimals. */
  quota: number;
  /** Share of the administrative key as a fraction (0.284), or null when no key could be made. */
  keyShare: number | null;
  themes: ThemeShare[];
}

/**
 * The department as a sheet's heading names it: "MSB (Sociale Forhold og Beskæftigelse)", or the
 * code alone where the table has no name column (the code is then the name, and "MSB MSB" says nothing).
 */
export function departmentHeading(plan: Pick<DepartmentPlan, "code" | "name">): string {
  const name = plan.name.trim();
  return name === "" || name.toUpperCase() === plan.code.toUpperCase() ? plan.code : `${plan.code} (${name})`;
}

export interface GenerationPlan {
  batch: Batch;
  departments: DepartmentPlan[];
  totalQuota: number;
  /** Each theme's yearly totals as rounded and spread. */
  themeTotals: number[][];
  warnings: GenerationWarning[];
}

/** A key as fractions: 28,4 typed as percentage points is read as 0.284 (the spread is the same either way). */
function keyAsFractions(keys: readonly number[], warnings: GenerationWarning[]): number[] {
  const sum = exactSum(keys);
  const fractions = sum > 1.5 ? keys.map((k) => shiftDecimal(k, -2)) : [...keys];
  const total = exactSum(fractions);
  if (total !== 1) warnings.push(message("keyNotHundred", { total }));
  return fractions;
}

function batchId(created: string, codes: readonly string[]): string {
  return `${created.replace(/[-:.TZ]/g, "").slice(0, 14)}-${codes.length}`;
}

export function planDepartments(central: Central, now: Date = new Date()): GenerationPlan {
  const { settings, departments, themes } = central;
  const warnings = [...central.warnings];
  const codes = departments.map((d) => d.code);
  const created = now.toISOString();
  const batch: Batch = { id: batchId(created, codes), created, departments: codes };
  const yearCount = settings.outlineYears + 1;
  const quota = quotaPerDepartment(
    departments.map((d) => d.budget),
    departments.map((d) => d.exempt),
    settings.rate,
    settings.decimals,
  );
  const positiveBasis = quota.basis.map((b) => (b > 0 ? b : 0));
  let keys: (number | null)[];
  if (departments.every((d) => d.key !== null)) {
    keys = keyAsFractions(
      departments.map((d) => d.key ?? 0),
      warnings,
    );
  } else if (positiveBasis.some((b) => b > 0)) {
    keys = keyFromBase(positiveBasis, 3);
    if (themes.length > 0) warnings.push(message("keyFromBasis", {}));
  } else {
    keys = departments.map(() => null);
  }
  let shares: number[][][];
  try {
    shares = themes.map((theme) =>
      distribute({
        totals: theme.totals.slice(0, yearCount),
        weights: keys.map((k) => k ?? 0),
        decimals: settings.decimals,
      }),
    );
  } catch (error) {
    if (error instanceof InputError)
      throw new WorkbookProblems(message("spreadFailed", {}), [
        message("spreadDetail", {
          text: { da: renderInputError(error, "da"), en: error.message },
          kind: error.kind,
        }),
      ]);
    throw error;
  }
  return {
    batch,
    totalQuota: quota.totalQuota,
    themeTotals: shares.map((parts) =>
      Array.from({ length: yearCount }, (_, y) => exactSum(parts.map((p) => p[y] ?? 0))),
    ),
    warnings,
    departments: departments.map((d, i) => ({
      settings,
      batch,
      code: d.code,
      name: d.name,
      budget: d.budget,
      exempt: d.exempt,
      basis: quota.basis[i] ?? 0,
      quota: quota.quota[i] ?? 0,
      keyShare: keys[i] ?? null,
      themes: themes.map((theme, t) => ({ name: theme.name, shares: shares[t]?.[i] ?? [] })),
    })),
  };
}
