/**
 * Messages from src/workbooks (codes with parameters) as the pane's bilingual Text, so a Danish
 * user reads the problems, warnings and findings in Danish like the rest of the pane.
 */
import type { Message } from "../../../workbooks";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { WorkbooksModule } from "./loadWorkbooks";

export function textOf(workbooks: WorkbooksModule, message: Message): Text {
  return { da: workbooks.render(message, "da"), en: workbooks.render(message, "en") };
}

/** The lines of a list of problems, in both languages. */
export function listText(workbooks: WorkbooksModule, messages: readonly Message[], bullet = "• "): Text {
  const lines = messages.map((m) => textOf(workbooks, m));
  return {
    da: lines.map((l) => `${bullet}${l.da}`).join("\n"),
    en: lines.map((l) => `${bullet}${l.en}`).join("\n"),
  };
}

/**
 * A WorkbookProblems as a UserError (which the pane shows in its language); anything else as it
 * came. The class is taken from the loaded module because src/workbooks is loaded lazily.
 */
export function inPaneLanguage(workbooks: WorkbooksModule, error: unknown): unknown {
  if (error instanceof workbooks.WorkbookProblems)
    return new UserError({ da: error.textIn("da"), en: error.textIn("en") });
  return error;
}
