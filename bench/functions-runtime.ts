/**
 * Loads the built custom functions (dist/functions.js) as Excel's JavaScript-only runtime does:
 * a separate global context with a CustomFunctions object, the bundle run once, each function
 * registered through CustomFunctions.associate, and arguments arriving as that context's arrays.
 */
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";

/** Stands in for CustomFunctions.Error: what a function throws to show #VALUE!, #DIV/0! or #N/A. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export type CustomFunction = (...args: unknown[]) => unknown;

export interface FunctionsRuntime {
  functions: ReadonlyMap<string, CustomFunction>;
  /** Builds a value inside the runtime's context, as Excel hands arguments over (JSON). */
  fromJson(text: string): unknown;
}

/** The loaded bundle, or why it could not be loaded. */
export function loadFunctions(bundlePath: string): FunctionsRuntime | string {
  if (!existsSync(bundlePath)) return `${bundlePath} does not exist (build it with npx webpack --mode production)`;
  const functions = new Map<string, CustomFunction>();
  const shim = {
    associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction): void {
      if (typeof id === "string" && fn) functions.set(id, fn);
      else if (typeof id === "object") for (const [name, f] of Object.entries(id)) functions.set(name, f);
    },
    Error: ExcelError,
    ErrorCode: ERROR_CODES,
  };
  const context = vm.createContext({ CustomFunctions: shim, console });
  try {
    vm.runInContext(readFileSync(bundlePath, "utf8"), context, { filename: bundlePath });
  } catch (error) {
    return `${bundlePath} failed to load: ${String(error)}`;
  }
  if (functions.size === 0) return `${bundlePath} registered no function with CustomFunctions.associate`;
  const parse = vm.runInContext("JSON.parse", context) as (text: string) => unknown;
  return { functions, fromJson: parse };
}
