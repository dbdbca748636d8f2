/**
 * A workbook that cannot be used, with every problem found in it (not just the first), each one
 * naming its sheet and cell, so that the user can mend them all in one pass.
 */
export class WorkbookProblems extends Error {
  readonly problems: readonly string[];

  constructor(subject: string, problems: readonly string[]) {
    super(`${subject}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "WorkbookProblems";
    this.problems = problems;
  }
}
