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
import { hierarchyCells } from "../../../functions/hierarchy";
import { keyCells } from "../../../functions/key";
import { cumulativeCells, gapCells, netEffectCells, paybackCells, phaseInCells } from "../../../functions/programme";
import danish from "../../../functions/danish.json";
import { quotaCells } from "../../../functions/quota";
import { roundTableCells } from "../../../functions/roundTable";
import type { WorksheetFunction } from "./evaluate";
import { firstError, FormulaError, type Value } from "./values";

type Body = (args: (Value | undefined)[]) => number | number[][];

/** The English ids of FUNCTIONS.md with their adapters; the Danish names come from danish.json. */
const BODIES: Record<string, Body> = {
  DISTRIBUTE: (a) => distributeCells(a[0], a[1], a[2], a[3]),
  QUOTA: (a) => quotaCells(a[0], a[1], a[2], a[3]),
  KEY: (a) => keyCells(a[0], a[1]),
  NETEFFECT: (a) => netEffectCells(a[0], a[1]),
  CUMULATIVE: (a) => cumulativeCells(a[0]),
  PAYBACK: (a) => paybackCells(a[0]),
  PHASEIN: (a) => phaseInCells(a[0], a[1], a[2]),
  GAP: (a) => gapCells(a[0], a[1]),
  FTE: (a) => fteCells(a[0], a[1]),
  HOURSFTE: (a) => hoursFteCells(a[0], a[1]),
  CHECK: (a) => checkCells(a[0], a[1], a[2]),
  ROUNDTABLE: (a) => roundTableCells(a[0], a[1]),
  HIERARCHY: (a) => hierarchyCells(a[0], a[1], a[2], a[3], a[4]),
};

const DANISH: Readonly<Record<string, { name: string }>> = danish;

/** A workbook typed on a keyboard without æøå may spell NØGLE as NOEGLE; Excel matches both. */
function asciiSpelling(name: string): string {
  return name.replace(/Æ/g, "AE").replace(/Ø/g, "OE").replace(/Å/g, "AA");
}

/** Every name a BUDGET function answers to: the English id, its Danish name and that name in ASCII. */
function namesOf(id: string): string[] {
  const local = DANISH[id]?.name.toUpperCase();
  return [...new Set([id, ...(local ? [local, asciiSpelling(local)] : [])])];
}

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
  Object.entries(BODIES).flatMap(([id, body]) => namesOf(id).map((name) => [name, wrap(body)])),
);
