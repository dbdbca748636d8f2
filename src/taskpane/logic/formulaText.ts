import { danishName, type FunctionId } from "../../functions/registry";
import type { Language } from "../wizards/contract";
import { functionNamespace } from "./functionNamespace";

/**
 * Pieces of formulas in Excel's invariant syntax (`,` between arguments, `.` as decimal point, the
 * English BUDGET ids): what Office.js `formulas` takes whatever language the user's Excel speaks,
 * and what Excel then shows in that language. So a formula the pane writes is always "stored";
 * a language names the functions only in text a person reads (the log's Metode, a summary).
 */
export type Naming = "stored" | Language;

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
 * A BUDGET function's name: as a formula stores it (BUDGET.DISTRIBUTE), or as a language's Excel
 * shows it (BUDGET.FORDEL in Danish, the id in English); under the namespace of the pane's own
 * add-in (BUDGETDEV.DISTRIBUTE in the development add-in: functionNamespace.ts).
 */
export function budgetFunction(id: FunctionId, naming: Naming = "stored"): string {
  return `${functionNamespace()}.${naming === "da" ? danishName(id) : id}`;
}
