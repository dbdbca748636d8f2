/**
 * A problem with the workbook itself (an address that names nothing, a sheet that is gone), raised
 * by either implementation with a code, so that the task pane can say it in the user's language.
 * The sentences in both languages are src/text/workbookErrors.ts; the Error's message is the English.
 */
import { workbookErrorIn, type WorkbookErrorCode, type WorkbookErrorMessage } from "../text/workbookErrors";

export type { WorkbookErrorCode };

/** How Office.js refusals are prefixed in the message (translate in officeWorkbook.ts). */
const EXCEL_PREFIX = "Excel could not do it: ";

export class WorkbookError extends Error {
  /** Excel's own words when Excel refused (excelFailed), as Excel gave them; "" otherwise. */
  readonly excel: string;

  constructor(
    readonly code: WorkbookErrorCode,
    /** The address, name, sheet or file the problem is about. */
    readonly subject: string,
    /**
     * For excelFailed: Excel's own words, which are also the message (with or without the
     * "Excel could not do it: " of translate). Other codes' message is their English sentence.
     */
    excel = "",
  ) {
    const words = excel.startsWith(EXCEL_PREFIX) ? excel.slice(EXCEL_PREFIX.length) : excel;
    super(code === "excelFailed" ? excel : workbookErrorIn({ code, params: { subject } }, "en"));
    this.excel = code === "excelFailed" ? words : "";
    this.name = "WorkbookError";
  }

  /** The error as a catalogue message, to be said in either language. */
  get text(): WorkbookErrorMessage {
    return this.code === "excelFailed"
      ? { code: "excelFailed", params: { subject: this.subject, excel: this.excel } }
      : { code: this.code, params: { subject: this.subject } };
  }
}

export function unknownRange(subject: string): WorkbookError {
  return new WorkbookError("unknownRange", subject);
}

export function unknownSheet(subject: string): WorkbookError {
  return new WorkbookError("unknownSheet", subject);
}
