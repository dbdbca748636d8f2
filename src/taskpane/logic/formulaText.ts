import { danishName, type FunctionId } from "../../functions/registry";
import type { Language } from "../wizards/contract";

/**
 * Pieces of formulas in Excel's invariant syntax (`,` between arguments, `.` as decimal point). Only
 * the BUDGET names follow the pane's language; the Office.js adapter turns them back into the ids
 * (src/excel/office/invariantFormula.ts).
 */

/** A number as a formula literal: the shortest decimal that prints the same. */
export function numberLiteral(value: number): string {
  return String(value).replace("e", "E");
}

/** A row of numbers as an array constant: {5,10,12.5}; a single number stays a plain literal. */
export function rowConstant(values: readonly number[]): string {
  if (values.length === 1) return numberLiteral(values[0] as number);
  return `{${values.map(numberLiteral).join(",")}}`;
}

/** A column of numbers or blanks as an array constant: {"";0;1.5}. A blank is an empty text. */
export function columnConstant(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? '""' : numberLiteral(v))).join(";")}}`;
}

/**
 * A BUDGET function's name as the user's Excel shows it: the Danish name of the registry in a
 * Danish pane (BUDGET.FORDEL), the English id otherwise (BUDGET.DISTRIBUTE). The in-memory workbook
 * evaluates both.
 */
export function budgetFunction(id: FunctionId, language: Language): string {
  return `BUDGET.${language === "da" ? danishName(id) : id}`;
}
