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
import { explainText as t } from "./explainText";

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
  const rows = explained.kind === "spread" && explained.part === sources.row ? explained.spread.result.length : 0;
  return { sources, explained, labels: rows > 0 ? await readLabels(workbook, sources.anchor, rows) : null };
}

/** The refusal in the user's language, with what the explainer would need. */
export function refusalText(refusal: Extract<Explanation, { refusal: unknown }>["refusal"], l: Language): string {
  switch (refusal.code) {
    case "noRounding":
      return t.noRounding[l](budgetFunction(refusal.id, l));
    case "nested":
      return t.nested[l](refusal.argument, refusal.text);
    case "otherWorkbook":
      return t.otherWorkbook[l](refusal.argument, refusal.text);
    default:
      return t.refusals[refusal.code][l];
  }
}
