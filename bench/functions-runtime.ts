/**
 * Loads the built custom functions (dist/functions.js) as Excel's JavaScript-only runtime does: the
 * bundle run once as a script with a global CustomFunctions object, each function registered
 * through CustomFunctions.associate, and arguments arriving as arrays parsed from JSON.
 *
 * By default the bundle runs in this process's own global context (with CustomFunctions passed in
 * as the script's free name), as in Excel's runtime, which is an ordinary JavaScript engine. With
 * `isolated` it runs in a node:vm context instead. That is Node's sandbox, not Excel's: every
 * global name the bundle reads (Math, Number, Array, ...) goes through the sandbox's interceptors,
 * which made the spilled call about 9× slower than the same bundle in a plain context, so it is
 * measured only as a note.
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
export function loadFunctions(bundlePath: string, isolated = false): FunctionsRuntime | string {
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
  const code = readFileSync(bundlePath, "utf8");
  let parse: (text: string) => unknown = JSON.parse;
  try {
    if (isolated) {
      const context = vm.createContext({ CustomFunctions: shim, console });
      vm.runInContext(code, context, { filename: bundlePath });
      parse = vm.runInContext("JSON.parse", context) as (text: string) => unknown;
    } else {
      const script = vm.runInThisContext(`(function (CustomFunctions) {\n${code}\n})`, { filename: bundlePath }) as (
        customFunctions: typeof shim,
      ) => void;
      script(shim);
    }
  } catch (error) {
    return `${bundlePath} failed to load: ${String(error)}`;
  }
  if (functions.size === 0) return `${bundlePath} registered no function with CustomFunctions.associate`;
  return { functions, fromJson: parse };
}
