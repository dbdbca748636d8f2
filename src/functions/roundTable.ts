import { asGrid, readGridOrZero, readScalar, roundTableWithTotals } from "../core";

/** ROUNDTABLE: the table rounded with a totals column, a totals row and the grand total. */
export function roundTableCells(values: unknown, decimals: unknown): number[][] {
  return roundTableWithTotals(readGridOrZero(asGrid(values), "values"), readScalar(decimals, "decimals", 0));
}
