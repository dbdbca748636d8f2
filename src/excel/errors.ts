/**
 * A problem with the workbook itself (an address that names nothing, a sheet that is gone), raised
 * by either implementation with a code, so that the task pane can say it in the user's language.
 */
export type WorkbookErrorCode = "unknownRange" | "unknownSheet" | "tooLarge" | "excelFailed";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    /** The address, name or sheet the problem is about. */
    readonly subject: string,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

export function unknownRange(subject: string): WorkbookError {
  return new WorkbookError(
    "unknownRange",
    subject,
    `"${subject}" is neither a cell address (such as Ark1!B2:B7) nor a name or table in the workbook.`,
  );
}

export function unknownSheet(subject: string): WorkbookError {
  return new WorkbookError("unknownSheet", subject, `There is no sheet named "${subject}".`);
}
