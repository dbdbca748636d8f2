/**
 * A formula as a language's Excel shows it. Excel stores formulas with the English BUDGET ids
 * (what Office.js `formulas` takes) and Danish Excel shows =BUDGET.FORDEL(…) for a stored
 * =BUDGET.DISTRIBUTE(…); the playground's grid and formula bar do the same. Only the display
 * translates: the workbook keeps what was written.
 */
import { danishName } from "../../../functions/registry";
import type { Language } from "../../../text/language";
import { budgetFunctionId } from "./budgetFunctions";

/** A text in double quotes ("" inside), a sheet name in single quotes, or a BUDGET name before "(". */
const PIECE = /("(?:[^"]|"")*"|'(?:[^']|'')*')|\bBUDGET\.([\p{L}\p{N}_.]+?)(?=\s*\()/giu;

export function shownFormula(formula: string, language: Language): string {
  if (!formula.startsWith("=")) return formula;
  return formula.replace(PIECE, (whole, quoted: string | undefined, name: string | undefined) => {
    if (quoted !== undefined || name === undefined) return whole;
    const id = budgetFunctionId(name);
    if (id === undefined) return whole;
    return `BUDGET.${language === "da" ? danishName(id) : id}`;
  });
}
