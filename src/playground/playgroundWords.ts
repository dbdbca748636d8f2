/**
 * The playground's own words, beside the pane's: the grid's controls and labels, and the error
 * values and truth values as Excel in each language shows them (Danish Excel prints #I/T, not #N/A).
 */
import type { Text } from "../text/bilingual";
import type { Language } from "../text/language";

export const playgroundWords = {
  sheets: { da: "Ark", en: "Sheets" },
  sheet: { da: "Ark", en: "Sheet" },
  hidden: { da: "skjult", en: "hidden" },
  showFormulas: { da: "Vis formler", en: "Show formulas" },
  showHidden: { da: "Vis skjulte ark", en: "Show hidden sheets" },
  contentOf: { da: "Indhold af", en: "Contents of" },
  row: { da: "Række", en: "Row" },
  isHidden: { da: "er skjult", en: "is hidden" },
  workbook: { da: "Regneark", en: "Workbook" },
  true: { da: "SAND", en: "TRUE" },
  false: { da: "FALSK", en: "FALSE" },
} satisfies Record<string, Text>;

/**
 * Danish Excel's names of the error values, as its own ER.FEJL help lists them; #NUM!, #NULL! and
 * the others not named here are the same in both.
 */
const DANISH_ERRORS: Record<string, string> = {
  "#N/A": "#I/T",
  "#VALUE!": "#VÆRDI!",
  "#REF!": "#REFERENCE!",
  "#DIV/0!": "#DIVISION/0!",
  "#NAME?": "#NAVN?",
};

/** An error value as Excel in `language` prints it in a cell. */
export function errorText(code: string, language: Language): string {
  return language === "da" ? (DANISH_ERRORS[code] ?? code) : code;
}
