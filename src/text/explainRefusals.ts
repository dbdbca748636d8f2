/**
 * Why Forklar cannot follow a formula, and what it would need: each a code and its parameters, one
 * renderer per language (the Forklar wizard shows them; src/text/explanations.ts has the
 * explanations themselves).
 */
import type { Language } from "./language";
import { renderWith, type MessageOf, type Texts } from "./messageCatalogue";

type None = Record<string, never>;

export interface RefusalParams {
  notFormula: None;
  /** `name`: DISTRIBUTE as the user's Excel names it under the pane's namespace (BUDGETDEV.FORDEL), for the example. */
  notBudget: { name: string };
  noSpillParent: None;
  outside: None;
  outsideResult: None;
  /** `name`: the function as the user's Excel names it (BUDGET.FTE / BUDGET.ÅRSVÆRK). */
  noRounding: { name: string };
  /** `argument`: 1-based; `text`: the argument as typed. */
  nested: { argument: number; text: string };
  otherWorkbook: { argument: number; text: string };
}

export type RefusalCode = keyof RefusalParams;
export type RefusalMessage = MessageOf<RefusalParams>;

export const REFUSAL_TEXTS: Texts<RefusalParams> = {
  notFormula: {
    da: () => "Cellen er ikke en del af en formel. Markér en celle i et BUDGET-resultat.",
    en: () => "The cell is not part of a formula. Select a cell of a BUDGET result.",
  },
  notBudget: {
    da: (p) =>
      `Formlen er ikke ét BUDGET-kald. Forklar følger en formel som =${p.name}(B2;C2:C7;1), hvor hvert argument er en reference, et navn eller et tal.`,
    en: (p) =>
      `The formula is not one BUDGET call. Explain follows a formula such as =${p.name}(B2,C2:C7,1) whose arguments are references, names or numbers.`,
  },
  noSpillParent: {
    da: () =>
      "Denne Excel kan ikke finde formlen bag en celle i et spildt resultat (det kræver ExcelApi 1.12). Markér formlens første celle.",
    en: () =>
      "This Excel cannot find the formula behind a cell of a spilled result (that needs ExcelApi 1.12). Select the formula's first cell.",
  },
  outside: {
    da: () => "Markeringen er ikke en celle. Markér én celle i et BUDGET-resultat.",
    en: () => "The selection is not a cell. Select one cell of a BUDGET result.",
  },
  outsideResult: {
    da: () => "Cellen ligger uden for formlens resultat.",
    en: () => "The cell lies outside the formula's result.",
  },
  noRounding: {
    da: (p) => `${p.name} afrunder ikke efter en fordelingsregel; der er ingen afrunding at forklare.`,
    en: (p) => `${p.name} does not round by a spreading rule; there is no rounding to explain.`,
  },
  nested: {
    da: (p) =>
      `Argument ${p.argument} (${p.text}) er et udtryk, ikke en reference eller et tal. Forklar kan følge formlen, når udtrykket står i en celle for sig, og formlen peger på den.`,
    en: (p) =>
      `Argument ${p.argument} (${p.text}) is an expression, not a reference or a number. Explain can follow the formula when the expression stands in a cell of its own that the formula points to.`,
  },
  otherWorkbook: {
    da: (p) =>
      `Argument ${p.argument} (${p.text}) peger på en anden projektmappe. Kopiér tallene ind i denne projektmappe for at få forklaringen.`,
    en: (p) =>
      `Argument ${p.argument} (${p.text}) points to another workbook. Copy the numbers into this workbook to have them explained.`,
  },
};

/** A refusal's sentence in a language. */
export function refusalIn(message: RefusalMessage, language: Language): string {
  return renderWith(REFUSAL_TEXTS, message, language);
}
