/**
 * Each BUDGET function's adapter by id: cells in, the core's result out, an InputError for anything
 * the user can mend. Excel runs them through functions.ts (with guard), the in-memory workbook
 * through src/excel/memory/formula/budgetFunctions.ts. This table is all of the registry the
 * functions bundle carries; names, texts and shapes are in registry.json, keyed by the same ids
 * (FunctionId makes a missing or extra id a type error here).
 */
import { checkCells } from "./check";
import { demographyCells } from "./demography";
import { distributeCells } from "./distribute";
import { fteCells, hoursFteCells } from "./fte";
import { hierarchyCells } from "./hierarchy";
import { keyCells } from "./key";
import { cumulativeCells, gapCells, netEffectCells, paybackCells, phaseInCells } from "./programme";
import { quotaCells } from "./quota";
import { repriceCells } from "./reprice";
import type { FunctionId } from "./registry";
import { roundTableCells } from "./roundTable";

/** An adapter takes the cells in the order of the registry's parameters; an omitted one is null or undefined. */
export type Adapter = (...cells: unknown[]) => number | number[][];

export const ADAPTERS: Readonly<Record<FunctionId, Adapter>> = {
  DISTRIBUTE: distributeCells,
  QUOTA: quotaCells,
  KEY: keyCells,
  NETEFFECT: netEffectCells,
  CUMULATIVE: cumulativeCells,
  PAYBACK: paybackCells,
  PHASEIN: phaseInCells,
  GAP: gapCells,
  FTE: fteCells,
  HOURSFTE: hoursFteCells,
  CHECK: checkCells,
  ROUNDTABLE: roundTableCells,
  HIERARCHY: hierarchyCells,
  REPRICE: repriceCells,
  DEMOGRAPHY: demographyCells,
};
