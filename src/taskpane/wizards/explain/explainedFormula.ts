/**
 * The explained formula as the pane's language names it, for the written sheet's "Formel:" line:
 * Excel stores =BUDGET.DISTRIBUTE(…) whatever its language, and a Danish economist's Excel shows
 * =BUDGET.FORDEL(…), so a Danish sheet beside it names the function that way. The namespace is the
 * pane's own add-in's (formulaText.ts), as in the formulas it writes. Texts in quotes and quoted
 * sheet names are left as they stand.
 */
import { FUNCTION_IDS } from "../../../functions/registry";
import { budgetFunction } from "../../logic/formulaText";
import { readableNamespaces } from "../../logic/functionNamespace";
import type { Language } from "../contract";

/** A text in double quotes, a sheet name in single quotes, or a namespaced name before "(". */
const PIECE = /("(?:[^"]|"")*"|'(?:[^']|'')*')|\b([A-Z][A-Z0-9]*)\.([A-Z]+)(?=\s*\()/gi;

export function explainedFormula(formula: string, language: Language): string {
  const namespaces = readableNamespaces().map((n) => n.toUpperCase());
  return formula.replace(PIECE, (whole, quoted: string | undefined, namespace?: string, name?: string) => {
    if (quoted !== undefined || !namespace || !name || !namespaces.includes(namespace.toUpperCase())) return whole;
    const id = FUNCTION_IDS.find((f) => f === name.toUpperCase());
    return id === undefined ? whole : budgetFunction(id, language);
  });
}
