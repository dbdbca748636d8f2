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

/** QUOTA: each department's quota; with several columns, each column is a year of its own. */
export function quotaCells(budgets: unknown, exempt: unknown, rate: unknown, decimals: unknown): number[][] {
  const grid = asGrid(budgets);
  const budgetYears = transpose(readGridOrZero(grid, "budgets"));
  const exemptYears = readExempt(exempt, shapeOf(grid));
  const exemptByYear = exemptYears && transpose(exemptYears);
  const rateValue = readScalar(rate, "rate");
  const places = readScalar(decimals, "decimals", 0);
  const quotas = budgetYears.map(
    (year, y) => quotaPerDepartment(year, exemptByYear && (exemptByYear[y] as number[]), rateValue, places).quota,
  );
  return transpose(quotas);
}
