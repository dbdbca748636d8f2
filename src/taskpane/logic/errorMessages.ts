import { InputError } from "../../core";
import { WorkbookError } from "../../sheet/errors";
import { renderInputError } from "../../text/inputErrors";
import { UserError } from "../../text/userError";
import { workbookErrorIn } from "../../text/workbookErrors";
import type { Language, Text } from "../wizards/contract";

export { UserError };

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

/** A WorkbookError in both languages, from its code; Excel's own words are kept as Excel gave them. */
export function workbookErrorText(error: WorkbookError): Text {
  return { da: workbookErrorIn(error.text, "da"), en: workbookErrorIn(error.text, "en") };
}
