/**
 * B4: generating and consolidating 100 department workbooks. The workbook engine (src/workbooks)
 * has no generate/consolidate entry point yet, so this group reports itself as not available.
 */
import type { Options } from "./options";
import type { CaseResult } from "./results";

export function workbookCases(_options: Options, _log: (line: string) => void): CaseResult[] | string {
  return "src/workbooks has no function yet that generates and consolidates N department workbooks";
}
