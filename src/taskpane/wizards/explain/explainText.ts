/** The Forklar wizard's words. */
import type { Text } from "../contract";

export const explainText = {
  title: { da: "Forklar", en: "Explain" },
  description: {
    da: "Hvorfor står der netop dette tal? Vælg en celle i et BUDGET-resultat, og se reglen, der gav det.",
    en: "Why this number? Select a cell of a BUDGET result and see the rule that gave it.",
  },
  heading: { da: "Den valgte celle", en: "The selected cell" },
  hint: {
    da: "Markér en celle i et resultat af fx BUDGET.FORDEL, KVOTE, NØGLE, FORDEL.HIERARKI, AFRUND.TABEL, FREMSKRIV eller DEMOGRAFI, og tryk Forklar.",
    en: "Select a cell of a result of e.g. BUDGET.DISTRIBUTE, QUOTA, KEY, HIERARCHY, ROUNDTABLE, REPRICE or DEMOGRAPHY, and press Explain.",
  },
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
  refusals: {
    notFormula: {
      da: "Cellen er ikke en del af en formel. Markér en celle i et BUDGET-resultat.",
      en: "The cell is not part of a formula. Select a cell of a BUDGET result.",
    },
    notBudget: {
      da: "Formlen er ikke ét BUDGET-kald. Forklar følger en formel som =BUDGET.FORDEL(B2;C2:C7;1), hvor hvert argument er en reference, et navn eller et tal.",
      en: "The formula is not one BUDGET call. Explain follows a formula such as =BUDGET.DISTRIBUTE(B2,C2:C7,1) whose arguments are references, names or numbers.",
    },
    noSpillParent: {
      da: "Denne Excel kan ikke finde formlen bag en celle i et spildt resultat (det kræver ExcelApi 1.12). Markér formlens første celle.",
      en: "This Excel cannot find the formula behind a cell of a spilled result (that needs ExcelApi 1.12). Select the formula's first cell.",
    },
    outside: {
      da: "Markeringen er ikke en celle. Markér én celle i et BUDGET-resultat.",
      en: "The selection is not a cell. Select one cell of a BUDGET result.",
    },
    outsideResult: {
      da: "Cellen ligger uden for formlens resultat.",
      en: "The cell lies outside the formula's result.",
    },
  },
  noRounding: {
    da: (name: string) => `${name} afrunder ikke efter en fordelingsregel; der er ingen afrunding at forklare.`,
    en: (name: string) => `${name} does not round by a spreading rule; there is no rounding to explain.`,
  },
  nested: {
    da: (n: number, text: string) =>
      `Argument ${n} (${text}) er et udtryk, ikke en reference eller et tal. Forklar kan følge formlen, når udtrykket står i en celle for sig, og formlen peger på den.`,
    en: (n: number, text: string) =>
      `Argument ${n} (${text}) is an expression, not a reference or a number. Explain can follow the formula when the expression stands in a cell of its own that the formula points to.`,
  },
  otherWorkbook: {
    da: (n: number, text: string) =>
      `Argument ${n} (${text}) peger på en anden projektmappe. Kopiér tallene ind i denne projektmappe for at få forklaringen.`,
    en: (n: number, text: string) =>
      `Argument ${n} (${text}) points to another workbook. Copy the numbers into this workbook to have them explained.`,
  },
} satisfies Record<string, unknown>;

export type ExplainTexts = typeof explainText;
export type { Text };
