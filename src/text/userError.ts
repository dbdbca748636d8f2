import type { Text } from "./bilingual";

/**
 * A problem the user can mend, told in both languages: the task pane shows the one in use, the
 * command line the one it speaks, and the Error's message is the English.
 */
export class UserError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "UserError";
  }
}
