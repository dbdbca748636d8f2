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

export function say(text: Text, language: Language): string {
  return text[language];
}

/** A message for anything thrown: a UserError in the user's language, anything else as it came. */
export function messageOf(error: unknown, language: Language): string {
  if (error instanceof UserError) return error.text[language];
  if (error instanceof Error) return error.message;
  return String(error);
}
