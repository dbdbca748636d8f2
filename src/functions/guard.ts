import { InputError, shapeOf, type ErrorKind } from "../core";
import { EXCEL_ERROR_CODES } from "./errorCodes";
import { oversizeMessage } from "./payload";

function codeFor(kind: ErrorKind): CustomFunctions.ErrorCode {
  return EXCEL_ERROR_CODES[kind] as CustomFunctions.ErrorCode;
}

function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function messageOf(error: unknown): string {
  // Not instanceof Error: an error made in another realm (a host object) is an Error all the same.
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string") {
    return error.message;
  }
  return String(error);
}

/** Every failure becomes an Excel error with a message: a thrown anything must never reach Excel raw. */
function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof InputError) return new CustomFunctions.Error(codeFor(error.kind), error.message);
  const detail = messageOf(error);
  return invalid(
    `unexpected problem (${detail}). Check the arguments; if they look right, report this to the Råderum team.`,
  );
}

function isUsable(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

/** Why a result must not go to Excel (not a finite number, ragged, too large), or undefined. */
function resultProblem(result: number | number[][]): string | undefined {
  const broken = (what: string): string =>
    `result: ${what}. Please report this, with the arguments, to the Råderum team.`;
  if (!Array.isArray(result)) return isUsable(result) ? undefined : broken("the calculation gave no usable number");
  const { columns } = shapeOf(result);
  if (columns === 0) return broken("the calculation gave no cells");
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== columns) return broken("the calculation gave rows of different lengths");
    for (const cell of row) if (!isUsable(cell)) return broken("the calculation gave a cell that is not a number");
  }
  return oversizeMessage(result);
}

/**
 * Runs one custom function: the value it computes, or a CustomFunctions.Error with a message
 * (InputError keeps its kind; anything unexpected is #VALUE!).
 */
export function guard<T extends number | number[][]>(compute: () => T): T {
  let result: T;
  try {
    result = compute();
  } catch (error) {
    // Excel shows a CustomFunctions.Error (not an Error subclass) as its code with our message.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw toExcelError(error);
  }
  const problem = resultProblem(result);
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (problem !== undefined) throw invalid(problem);
  return result;
}
