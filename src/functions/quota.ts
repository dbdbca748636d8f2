import { InputError, quotaPerDepartment, shapeOf, type Shape } from "../core";
import { asGrid, readGridOrZero, readScalar } from "./cells";
import { shapeMismatch } from "../core/messages";
import { isOmitted, sameShape, transpose } from "./grid";

function readExempt(exempt: unknown, budgets: Shape): number[][] | null {
  if (isOmitted(exempt)) return null;
  const grid = asGrid(exempt);
  const shape = shapeOf(grid);
  if (!sameShape(shape, budgets)) {
    throw new InputError("exempt", shapeMismatch, [shape, "budgets", budgets]);
  }
  return readGridOrZero(grid, "exempt");
}

/** QUOTA's arguments read column by column (each column a year of its own), as the core takes them. */
export function readQuotaInput(
  budgets: unknown,
  exempt: unknown,
  rate: unknown,
  decimals: unknown,
): { budgetYears: number[][]; exemptByYear: number[][] | null; rate: number; decimals: number } {
  const grid = asGrid(budgets);
  const budgetYears = transpose(readGridOrZero(grid, "budgets"));
  const exemptYears = readExempt(exempt, shapeOf(grid));
  return {
    budgetYears,
    exemptByYear: exemptYears && transpose(exemptYears),
    rate: readScalar(rate, "rate"),
    decimals: readScalar(decimals, "decimals", 0),
  };
}

/** QUOTA: each department's quota; with several columns, each column is a year of its own. */
export function quotaCells(budgets: unknown, exempt: unknown, rate: unknown, decimals: unknown): number[][] {
  const q = readQuotaInput(budgets, exempt, rate, decimals);
  const quotas = q.budgetYears.map(
    (year, y) => quotaPerDepartment(year, q.exemptByYear && (q.exemptByYear[y] as number[]), q.rate, q.decimals).quota,
  );
  return transpose(quotas);
}
