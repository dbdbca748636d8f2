/**
 * The BUDGET functions as the in-memory workbook evaluates them: the very adapters Excel's custom
 * functions run (src/functions, cells → core → cells), so the playground shows what Excel with the
 * add-in shows. Only the error translation is ours: Excel's runtime turns an InputError into a
 * CustomFunctions.Error, here it becomes a FormulaError with the same code and message.
 */
import { InputError } from "../../../core";
import { checkCells } from "../../../functions/check";
import { distributeCells } from "../../../functions/distribute";
import { fteCells, hoursFteCells } from "../../../functions/fte";
import { keyCells } from "../../../functions/key";
import {
  cumulativeCells,
  gapCells,
  netEffectCells,
  paybackCells,
  phaseInCells,
} from "../../../functions/programme";
import { quotaCells } from "../../../functions/quota";
import type { WorksheetFunction } from "./evaluate";
import { firstError, FormulaError, type Value } from "./values";

type Body = (args: (Value | undefined)[]) => number | number[][];

/** English ids with their Danish names, as FUNCTIONS.md lists them. */
const BODIES: [Body, ...string[]][] = [
  [(a) => distributeCells(a[0], a[1], a[2], a[3]), "DISTRIBUTE", "FORDEL"],
  [(a) => quotaCells(a[0], a[1], a[2], a[3]), "QUOTA", "KVOTE"],
  [(a) => keyCells(a[0], a[1]), "KEY", "NOEGLE", "NØGLE"],
  [(a) => netEffectCells(a[0], a[1]), "NETEFFECT", "NETTOEFFEKT"],
  [(a) => cumulativeCells(a[0]), "CUMULATIVE", "AKKUMULERET"],
  [(a) => paybackCells(a[0]), "PAYBACK", "TILBAGEBETALING"],
  [(a) => phaseInCells(a[0], a[1], a[2]), "PHASEIN", "INDFASNING"],
  [(a) => gapCells(a[0], a[1]), "GAP", "MANGLER"],
  [(a) => fteCells(a[0], a[1]), "FTE", "AARSVAERK", "ÅRSVÆRK"],
  [(a) => hoursFteCells(a[0], a[1]), "HOURSFTE", "TIMER.AARSVAERK", "TIMER.ÅRSVÆRK"],
  [(a) => checkCells(a[0], a[1], a[2]), "CHECK", "KONTROL"],
];

/** Runs a body as Excel runs a custom function: an error in the arguments comes out as it went in. */
function wrap(body: Body): WorksheetFunction {
  return (args) => {
    for (const arg of args) {
      const error = firstError(arg);
      if (error) return error;
    }
    try {
      return body(args);
    } catch (error) {
      if (error instanceof InputError) {
        const code = error.kind === "divisionByZero" ? "#DIV/0!" : error.kind === "notAvailable" ? "#N/A" : "#VALUE!";
        return new FormulaError(code, error.message);
      }
      return new FormulaError("#VALUE!", error instanceof Error ? error.message : String(error));
    }
  };
}

/** The BUDGET functions by upper-case name without the namespace ("FORDEL", "DISTRIBUTE"). */
export const budgetFunctions: Readonly<Record<string, WorksheetFunction>> = Object.fromEntries(
  BODIES.flatMap(([body, ...names]) => names.map((name) => [name, wrap(body)])),
);
