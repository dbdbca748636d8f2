/**
 * From the selection to what the pane shows: the formula found and read, the core's explanation,
 * and the part names beside it; or the plain reason the explainer cannot follow the formula.
 */
import type { WorkbookApi } from "../../../sheet/types";
import type { Language } from "../contract";
import type { Refusal } from "./budgetCall";
import { budgetFunction } from "../../logic/formulaText";
import { explainSelection, OutsideResult, type Explained } from "./explainModel";
import { readExplainSources, readLabels, type ExplainSources } from "./explainSources";
import { refusalIn } from "../../../text/explainRefusals";

export type Explanation =
  | { sources: ExplainSources; explained: Explained; labels: (string | null)[] | null }
  | { refusal: Refusal | { code: "noSpillParent" | "outside" | "outsideResult" } };

export async function findExplanation(workbook: WorkbookApi): Promise<Explanation> {
  const finding = await readExplainSources(workbook);
  if ("refusal" in finding) return finding;
  const { sources } = finding;
  let explained: Explained;
  try {
    explained = explainSelection(sources);
  } catch (error) {
    if (error instanceof OutsideResult) return { refusal: { code: "outsideResult" } };
    throw error;
  }
  // Names beside the result's rows, where a part is a row (a column of weights, quotas, shares).
  const rows = partRows(explained, sources.row);
  return { sources, explained, labels: rows > 0 ? await readLabels(workbook, sources.anchor, rows) : null };
}

/** How many rows of the result are parts with a name beside them (0 where the parts run across). */
function partRows(explained: Explained, row: number): number {
  switch (explained.kind) {
    case "spread":
      return explained.part === row ? explained.spread.result.length : 0;
    case "reprice":
      return explained.explanation.amounts.length;
    case "demography":
      return explained.explanation.years[0]?.terms.length ?? 0;
    default:
      return 0;
  }
}

/** The refusal in the user's language, with what the explainer would need. */
export function refusalText(refusal: Extract<Explanation, { refusal: unknown }>["refusal"], l: Language): string {
  switch (refusal.code) {
    case "noRounding":
      return refusalIn({ code: "noRounding", params: { name: budgetFunction(refusal.id, l) } }, l);
    case "notBudget":
      return refusalIn({ code: "notBudget", params: { name: budgetFunction("DISTRIBUTE", l) } }, l);
    case "nested":
    case "otherWorkbook":
      return refusalIn({ code: refusal.code, params: { argument: refusal.argument, text: refusal.text } }, l);
    default:
      return refusalIn({ code: refusal.code, params: {} }, l);
  }
}
