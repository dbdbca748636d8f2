/**
 * The workbook's own errors (an address that names nothing, a sheet that is gone, Excel refusing),
 * raised by either workbook implementation as a code and a subject and said here in both languages:
 * the Error's message is the English, the task pane shows the user's language.
 */
import { renderWith, type MessageOf, type Texts } from "./messageCatalogue";
import type { Language } from "./language";

interface Subject {
  /** The address, name, sheet or file the problem is about. */
  subject: string;
}

export interface WorkbookErrorParams {
  unknownRange: Subject;
  unknownSheet: Subject;
  tooLarge: Subject;
  emptyChart: Subject;
  /** `excel`: Excel's own words, which Excel gives in the user's language, kept as they came. */
  excelFailed: Subject & { excel: string };
}

export type WorkbookErrorCode = keyof WorkbookErrorParams;
export type WorkbookErrorMessage = MessageOf<WorkbookErrorParams>;

export const WORKBOOK_ERROR_TEXTS: Texts<WorkbookErrorParams> = {
  unknownRange: {
    da: (p) =>
      `"${p.subject}" er hverken en celleadresse (som Ark1!B2:B7) eller et navn eller en tabel i projektmappen.`,
    en: (p) => `"${p.subject}" is neither a cell address (such as Ark1!B2:B7) nor a name or table in the workbook.`,
  },
  unknownSheet: {
    da: (p) => `Der er intet ark med navnet "${p.subject}".`,
    en: (p) => `There is no sheet named "${p.subject}".`,
  },
  tooLarge: {
    da: (p) => `${p.subject} er for stort til at blive læst eller skrevet på én gang. Vælg et mindre område.`,
    en: (p) => `${p.subject} is too large to read or write at once. Choose a smaller range.`,
  },
  emptyChart: {
    da: (p) => `Diagrammet på ${p.subject} har ingen dataserier at vise. Vælg en tabel med mindst én række tal.`,
    en: (p) => `The chart on ${p.subject} has no data series to show. Choose a table with at least one row of numbers.`,
  },
  excelFailed: {
    da: (p) => `Excel afviste handlingen (${p.subject}): ${p.excel}`,
    en: (p) => `Excel refused the action (${p.subject}): ${p.excel}`,
  },
};

/** A workbook error's sentence in a language. */
export function workbookErrorIn(message: WorkbookErrorMessage, language: Language): string {
  return renderWith(WORKBOOK_ERROR_TEXTS, message, language);
}
