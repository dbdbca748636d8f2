import { render, type Language, type Problem, type ProblemsSubject } from "../messages";

/**
 * A workbook that cannot be used, with every problem found in it (not just the first), each one
 * naming its sheet and cell, so that the user can mend them all in one pass. The problems are kept
 * as messages, so the task pane and the command line can show them in their user's language; the
 * Error's own message is the English text.
 */
export class WorkbookProblems extends Error {
  /** The problems in English, as they have always read. */
  readonly problems: readonly string[];
  readonly subject: ProblemsSubject;
  readonly messages: readonly Problem[];

  constructor(subject: ProblemsSubject, problems: readonly Problem[]) {
    super(problemsText(subject, problems, "en"));
    this.name = "WorkbookProblems";
    this.subject = subject;
    this.messages = problems;
    this.problems = problems.map((p) => render(p, "en"));
  }

  /** The subject and every problem, one a line, in the language. */
  textIn(language: Language): string {
    return problemsText(this.subject, this.messages, language);
  }
}

function problemsText(subject: ProblemsSubject, problems: readonly Problem[], language: Language): string {
  return `${render(subject, language)}:\n${problems.map((p) => `  - ${render(p, language)}`).join("\n")}`;
}
