import { roundTableWithTotals } from "../core";
import { asGrid, readGridOrZero, readScalar } from "./cells";

/** ROUNDTABLE: the table rounded with a totals column, a totals row and the grand total. */
export function roundTableCells(values: unknown, decimals: unknown): number[][] {
  return roundTableWithTotals(readGridOrZero(asGrid(values), "values"), readScalar(decimals, "decimals", 0));
}
