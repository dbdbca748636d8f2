/**
 * The built dist/functions.js loaded as Excel loads it: with a CustomFunctions shim whose associate
 * collects the functions by id, in a bare V8 context (only CustomFunctions and console) or in this
 * process's own context. Build first: `npx webpack --mode production` (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export const BUNDLE = path.resolve(__dirname, "../../dist/functions.js");

/** Stands in for CustomFunctions.Error: Excel shows `code`, and the message for #VALUE! and #N/A. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** CustomFunctions.ErrorCode as the runtime defines it. */
const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type CellFunction = (...args: unknown[]) => unknown;

function bundleCode(): string {
  if (!fs.existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} does not exist. Build it first: npx webpack --mode production (npm test builds it).`);
  }
  return fs.readFileSync(BUNDLE, "utf8");
}

function shim(functions: Map<string, CellFunction>) {
  return {
    associate(id: string, fn: CellFunction): void {
      functions.set(id, fn);
    },
    Error: ExcelError,
    ErrorCode: ERROR_CODE,
  };
}

/** The bundle in a fresh context; `prepare` may change the context before the bundle runs. */
export function loadInSandbox(prepare?: (context: vm.Context) => void): {
  functions: Map<string, CellFunction>;
  context: vm.Context;
} {
  const code = bundleCode();
  const functions = new Map<string, CellFunction>();
  const context = vm.createContext({ CustomFunctions: shim(functions), console });
  prepare?.(context);
  new vm.Script(code, { filename: BUNDLE }).runInContext(context);
  return { functions, context };
}

/** The bundle in this process's own context, as Excel's runtime runs it (no global interceptors). */
export function loadInThisContext(): Map<string, CellFunction> {
  const functions = new Map<string, CellFunction>();
  const script = vm.runInThisContext(`(function (CustomFunctions) {\n${bundleCode()}\n})`, { filename: BUNDLE }) as (
    customFunctions: ReturnType<typeof shim>,
  ) => void;
  script(shim(functions));
  return functions;
}
