import type { ErrorKind } from "../core";

/**
 * The Excel error each kind of InputError becomes: in Excel (guard.ts, through the custom functions
 * runtime, whose ErrorCode values are these very texts) and in the in-memory workbook
 * (budgetFunctions.ts). Excel shows a custom message only with #VALUE! and #N/A (FUNCTIONS.md).
 */
export const EXCEL_ERROR_CODES = {
  invalidValue: "#VALUE!",
  divisionByZero: "#DIV/0!",
  notAvailable: "#N/A",
} as const satisfies Record<ErrorKind, `${CustomFunctions.ErrorCode}`>;
