/** The Forklar wizard's words. */
import type { Text } from "../contract";
import { budgetFunction } from "../../logic/formulaText";

export const explainText = {
  title: { da: "Forklar", en: "Explain" },
  description: {
    da: "Hvorfor står der netop dette tal? Vælg en celle i et BUDGET-resultat, og se reglen, der gav det.",
    en: "Why this number? Select a cell of a BUDGET result and see the rule that gave it.",
  },
  heading: { da: "Den valgte celle", en: "The selected cell" },
  // Named as the pane writes them (BUDGETDEV.FORDEL in the development add-in), so asked when it renders.
  hint: (): Text => ({
    da: `Markér en celle i et resultat af fx ${budgetFunction("DISTRIBUTE", "da")}, KVOTE, NØGLE, FORDEL.HIERARKI, AFRUND.TABEL, FREMSKRIV eller DEMOGRAFI, og tryk Forklar.`,
    en: `Select a cell of a result of e.g. ${budgetFunction("DISTRIBUTE", "en")}, QUOTA, KEY, HIERARCHY, ROUNDTABLE, REPRICE or DEMOGRAPHY, and press Explain.`,
  }),
  explain: { da: "Forklar markeret celle", en: "Explain selected cell" },
  write: { da: "Skriv forklaring", en: "Write explanation" },
  sheet: { da: "Forklaring", en: "Explanation" },
  formula: { da: "Formel", en: "Formula" },
  glance: { da: "Hele fordelingen", en: "The whole spread" },
  part: { da: "Del", en: "Part" },
  weight: { da: "Vægt", en: "Weight" },
  share: { da: "Andel", en: "Share" },
  exact: { da: "Præcist", en: "Exact" },
  floor: { da: "Rundet ned", en: "Floor" },
  rest: { da: "Rest", en: "Remainder" },
  rank: { da: "Nr.", en: "Rank" },
  result: { da: "Resultat", en: "Result" },
  line: { da: "Linje", en: "Line" },
  kind: { da: "Art", en: "Kind" },
  amount: { da: "Beløb", en: "Amount" },
  group: { da: "Gruppe", en: "Group" },
  change: { da: "Ændring", en: "Change" },
  nearest: { da: "Nærmeste", en: "Nearest" },
  printed: { da: "Trykt", en: "Printed" },
  total: { da: "I alt", en: "Total" },
  row: { da: "Række", en: "Row" },
  column: { da: "Kolonne", en: "Column" },
  method: { da: "forklaring af", en: "explanation of" },
} satisfies Record<string, unknown>;

export type ExplainTexts = typeof explainText;
export type { Text };
