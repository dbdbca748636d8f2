/**
 * The BUDGET functions as the in-memory workbook evaluates them: the very adapters Excel's custom
 * functions run (src/functions/adapters.ts, cells → core → cells), under the names of the registry,
 * so the playground shows what Excel with the add-in shows. Only the error translation is ours:
 * Excel's runtime turns an InputError into a CustomFunctions.Error, here it becomes a FormulaError
 * with the same code (the one table in errorCodes.ts) and message.
 */
import { InputError } from "../../../core";
import { ADAPTERS, type Adapter } from "../../../functions/adapters";
import { EXCEL_ERROR_CODES } from "../../../functions/errorCodes";
import { danishName, FUNCTION_IDS, type FunctionId } from "../../../functions/registry";
import type { WorksheetFunction } from "./evaluate";
import { firstError, FormulaError, isMatrix, shown, type Value } from "./values";

/** A workbook typed on a keyboard without æøå may spell NØGLE as NOEGLE; Excel matches both. */
function asciiSpelling(name: string): string {
  return name.replace(/Æ/g, "AE").replace(/Ø/g, "OE").replace(/Å/g, "AA");
}

/** Every name a BUDGET function answers to: the English id, its Danish name and that name in ASCII. */
function namesOf(id: FunctionId): string[] {
  const local = danishName(id).toUpperCase();
  return [...new Set([id, local, asciiSpelling(local)])];
}

function plainArgument(arg: Value | undefined): Value | undefined {
  if (arg === undefined) return arg;
  return isMatrix(arg) ? arg.map((row) => row.map(shown)) : shown(arg);
}

/** Runs an adapter as Excel runs a custom function: an error in the arguments comes out as it went in. */
function wrap(adapter: Adapter): WorksheetFunction {
  return (args) => {
    for (const arg of args) {
      const error = firstError(arg);
      if (error) return error;
    }
    try {
      // Excel hands a custom function "" for an empty cell and for the text "" alike.
      return adapter(...args.map(plainArgument));
    } catch (error) {
      if (error instanceof InputError) return new FormulaError(EXCEL_ERROR_CODES[error.kind], error.message);
      return new FormulaError("#VALUE!", error instanceof Error ? error.message : String(error));
    }
  };
}

/** The id a name of a BUDGET function stands for, in any case and spelling: FORDEL, distribute, NOEGLE. */
export function budgetFunctionId(name: string): FunctionId | undefined {
  const upper = name.toUpperCase();
  return FUNCTION_IDS.find((id) => namesOf(id).includes(upper));
}

/** The BUDGET functions by upper-case name without the namespace ("FORDEL", "DISTRIBUTE"). */
export const budgetFunctions: Readonly<Record<string, WorksheetFunction>> = Object.fromEntries(
  FUNCTION_IDS.flatMap((id) => namesOf(id).map((name) => [name, wrap(ADAPTERS[id])])),
);
