/*
 * The custom functions Excel calls (namespace BUDGET). Each is a thin door: the cells go to an
 * adapter that reads and checks them and calls the core; guard turns failures into Excel errors.
 * Parameters are typed unknown (metadata type "any") so that text numbers and blanks reach our own
 * reader instead of being refused or turned into 0 by Excel. The build appends the
 * CustomFunctions.associate calls (custom-functions-metadata-plugin) and writes functions.json from
 * these comments; Danish names and texts are in danish.json.
 */
import { checkCells } from "./check";
import { distributeCells } from "./distribute";
import { fteCells, hoursFteCells } from "./fte";
import { guard } from "./guard";
import { hierarchyCells } from "./hierarchy";
import { keyCells } from "./key";
import { cumulativeCells, gapCells, netEffectCells, paybackCells, phaseInCells } from "./programme";
import { quotaCells } from "./quota";
import { roundTableCells } from "./roundTable";

/**
 * Spreads a total over parts by a key, rounded so that the parts add up exactly to the rounded total (largest remainder).
 * @customfunction DISTRIBUTE
 * @param total The amount to spread: one number, or a row of yearly totals (one column per year).
 * @param weights The key: a column of weights, one per part (a row only with one total). 0 or more; blank is 0; need not add up to 100 %.
 * @param [decimals] Rounding: decimals to keep (0 by default; -3 rounds to thousands).
 * @param [holds] Fixed parts, same shape as weights (or one column per year). A typed number, 0 too, holds that part; a blank cell leaves the part to the key.
 * @returns The parts: a column per year (a row when weights is a row), each adding up exactly.
 */
export function distribute(
  total: unknown[][],
  weights: unknown[][],
  decimals?: unknown,
  holds?: unknown[][],
): number[][] {
  return guard(() => distributeCells(total, weights, decimals, holds));
}

/**
 * Each department's savings quota: rate × (budget − exempt), 0 where that is at or below 0, adding up exactly to the rounded total quota.
 * @customfunction QUOTA
 * @param budgets Adopted budgets, a column with one row per department (several columns: one year each).
 * @param exempt Exempt amounts of the same shape, e.g. emergency services and framework amounts; leave blank for none.
 * @param rate The savings rate, e.g. 1,5 % or 0,015.
 * @param [decimals] Rounding: decimals to keep (0 by default).
 * @returns Each department's quota, shaped as budgets.
 */
export function quota(budgets: unknown[][], exempt: unknown[][], rate: unknown, decimals?: unknown): number[][] {
  return guard(() => quotaCells(budgets, exempt, rate, decimals));
}

/**
 * A distribution key from a base (spending, headcount, budget): each part's share, adding up exactly to 1.
 * @customfunction KEY
 * @param base The base, a column or a row with one value per part; 0 or more, blank is 0.
 * @param [decimals] Decimals of the shares (3 by default, i.e. 0,1 %).
 * @returns The shares, shaped as base.
 */
export function key(base: unknown[][], decimals?: unknown): number[][] {
  return guard(() => keyCells(base, decimals));
}

/**
 * Net effect of efficiency programmes: gains + costs, cell by cell (costs are printed negative).
 * @customfunction NETEFFECT
 * @param gains Gains per programme and year (positive); blank is 0.
 * @param costs Costs of the same shape (negative); blank is 0.
 * @returns The net effect, shaped as gains.
 */
export function netEffect(gains: unknown[][], costs: unknown[][]): number[][] {
  return guard(() => netEffectCells(gains, costs));
}

/**
 * Running sum of yearly flows: along each row, or down a single column.
 * @customfunction CUMULATIVE
 * @param flows Yearly amounts, one row per programme (or a single column); blank is 0.
 * @returns The running sums, shaped as flows.
 */
export function cumulative(flows: unknown[][]): number[][] {
  return guard(() => cumulativeCells(flows));
}

/**
 * The period (1, 2, 3, ...) in which the running sum of the flows first reaches 0 or more; #N/A if it never does.
 * @customfunction PAYBACK
 * @param flows Net flows per period, a row or a column: costs negative, gains positive; blank is 0.
 * @returns The 1-based payback period.
 */
export function payback(flows: unknown[][]): number {
  return guard(() => paybackCells(flows));
}

/**
 * Phases in a full yearly effect: fullEffect × each share of the profile. A column of full effects with a row profile gives programmes × years.
 * @customfunction PHASEIN
 * @param fullEffect The full yearly effect: one number, or a column with one per programme.
 * @param profile The share reached each year, e.g. 25 % | 50 % | 100 %, a row or a column; blank is 0.
 * @param [decimals] Rounding: decimals to keep; blank keeps the exact amounts.
 * @returns The phased-in amounts, shaped as profile (programmes × years for a column of full effects).
 */
export function phaseIn(fullEffect: unknown[][], profile: unknown[][], decimals?: unknown): number[][] {
  return guard(() => phaseInCells(fullEffect, profile, decimals));
}

/**
 * The gap to the target: target minus the savings identified, year by year (column sums).
 * @customfunction GAP
 * @param target The target: one number for every year, or a row with one per year.
 * @param identified Savings identified, themes × years (one column per year); blank is 0.
 * @returns One row: each year's target minus that year's identified savings.
 */
export function gap(target: unknown[][], identified: unknown[][]): number[][] {
  return guard(() => gapCells(target, identified));
}

/**
 * Full-time equivalents (FTE): amount / average salary. Given a range, Excel works cell by cell.
 * @customfunction FTE
 * @param amount The amount in kr.; blank is 0.
 * @param averageSalary The average yearly salary in kr., above 0 (e.g. 450.000).
 * @returns The number of full-time equivalents.
 */
export function fte(amount: unknown, averageSalary: unknown): number | number[][] {
  return guard(() => fteCells(amount, averageSalary));
}

/**
 * Full-time equivalents (FTE) from hours: hours / norm hours. Given a range, Excel works cell by cell.
 * @customfunction HOURSFTE
 * @param hours Hours of work; blank is 0.
 * @param [normHours] Hours in one full-time year (the Danish norm 1.924 by default).
 * @returns The number of full-time equivalents.
 */
export function hoursFte(hours: unknown, normHours?: unknown): number | number[][] {
  return guard(() => hoursFteCells(hours, normHours));
}

/**
 * Whether printed figures add up: 0 within rounding (half a unit per figure), else sum of parts minus the printed total.
 * @customfunction CHECK
 * @param parts The printed parts, any range; blank cells are skipped.
 * @param printedTotal The printed total.
 * @param [decimals] Decimals the figures are printed with (0 by default).
 * @returns 0, or the difference beyond rounding.
 */
export function check(parts: unknown[][], printedTotal: unknown, decimals?: unknown): number {
  return guard(() => checkCells(parts, printedTotal, decimals));
}

/**
 * Rounds a table so that every row and column adds up: the rounded cells with a totals column, a totals row and the grand total.
 * @customfunction ROUNDTABLE
 * @param values The table without totals, e.g. departments × years in mio. kr.; blank is 0.
 * @param [decimals] Rounding: decimals to keep (0 by default; 1 for mio. kr. with one decimal; -3 rounds to thousands).
 * @returns One row and one column more than values: each row's total on the right, each column's total below, the grand total in the corner.
 */
export function roundTable(values: unknown[][], decimals?: unknown): number[][] {
  return guard(() => roundTableCells(values, decimals));
}

/**
 * Spreads a total down a cost-centre tree (department, area, cost centre) so that every node's children add up exactly to the node's rounded amount.
 * @customfunction HIERARCHY
 * @param total The amount to spread: one number, or a row of yearly totals (one column per year).
 * @param nodes A column of node ids (text or numbers), one row per node; ids are trimmed and matched without regard to case.
 * @param parents A column beside nodes: each row's parent id; blank for a top-level node.
 * @param weights A column beside nodes: each leaf's weight, e.g. its budget (0 or more, blank is 0); leave it blank on a node with children.
 * @param [decimals] Rounding: decimals to keep (0 by default; -3 rounds to thousands).
 * @returns One amount per row in the order given (a column per year), every level adding up exactly.
 */
export function hierarchy(
  total: unknown[][],
  nodes: unknown[][],
  parents: unknown[][],
  weights: unknown[][],
  decimals?: unknown,
): number[][] {
  return guard(() => hierarchyCells(total, nodes, parents, weights, decimals));
}
