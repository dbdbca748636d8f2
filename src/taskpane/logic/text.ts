import { InputError } from "../../core";
import { WorkbookError } from "../../excel/errors";
import { renderInputError } from "../../text/inputErrors";
import type { Language, Text } from "../wizards/contract";

/** A problem the user can mend, told in both languages; the pane shows the one in use. */
export class UserError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "UserError";
  }
}

/**
 * An input the user has not given yet. The pane shows it as guidance, not as a red error: a fresh
 * wizard has nothing typed, and that is not a mistake.
 */
export class MissingInput extends UserError {
  constructor(text: Text) {
    super(text);
    this.name = "MissingInput";
  }
}

/** A message for anything thrown: a UserError or the core's InputError in the user's language, anything else as it came. */
export function messageOf(error: unknown, language: Language): string {
  if (error instanceof UserError) return error.text[language];
  if (error instanceof WorkbookError) return workbookErrorText(error)[language];
  if (error instanceof InputError) return renderInputError(error, language);
  if (error instanceof Error) return error.message;
  return String(error);
}

const EXCEL_PREFIX = "Excel could not do it: ";

/** A WorkbookError in both languages, from its code; Excel's own words are kept as Excel gave them. */
export function workbookErrorText(error: WorkbookError): Text {
  const subject = error.subject;
  switch (error.code) {
    case "unknownRange":
      return {
        da: `"${subject}" er hverken en celleadresse (som Ark1!B2:B7) eller et navn eller en tabel i projektmappen.`,
        en: `"${subject}" is neither a cell address (such as Ark1!B2:B7) nor a name or table in the workbook.`,
      };
    case "unknownSheet":
      return { da: `Der er intet ark med navnet "${subject}".`, en: `There is no sheet named "${subject}".` };
    case "tooLarge":
      return {
        da: `${subject} er for stort til at blive læst eller skrevet på én gang. Vælg et mindre område.`,
        en: `${subject} is too large to read or write at once. Choose a smaller range.`,
      };
    case "excelFailed": {
      const excel = error.message.startsWith(EXCEL_PREFIX) ? error.message.slice(EXCEL_PREFIX.length) : error.message;
      return {
        da: `Excel afviste handlingen (${subject}): ${excel}`,
        en: `Excel refused the action (${subject}): ${excel}`,
      };
    }
  }
}
