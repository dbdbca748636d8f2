/**
 * The sum-preserving rounding of one column (columnRounding.ts) written out for an explanation:
 * each cell's exact value in units, its floor and remainder, the column's exact total rounded half
 * away from zero, how many units the floors left over, and which cells got them (largest remainder
 * first; on an equal remainder the larger amount, then the earlier row). The ranking here compares
 * the exact fractions only, the slow route roundColumn's estimates must agree with; the callers
 * check the result against the computing function's cells before they answer.
 */
import {
  absInt,
  addInt,
  compareInt,
  divideSmallQuotient,
  type ExactInt,
  intOf,
  intToNumber,
  multiplyInt,
  subtractInt,
  ZERO_INT,
} from "./exactInt";
import type { Ratio } from "./ratio";

/** What ordered two cells with the same remainder: the larger amount first, or the earlier row. */
export type ColumnTieRule = "amount" | "position";

export interface ColumnCellTrace {
  /** The exact value in units of 10^-decimals. */
  exact: Ratio;
  /** The whole units below (or at) the exact value. */
  floor: number;
  /** exact − floor, a fraction of one unit: 0 ≤ rest < 1. */
  rest: Ratio;
  /** 1-based place among the cells with a remainder, in the rule's order; 0 without one. */
  rank: number;
  /** 1 when the cell got one of the units left over. */
  extra: 0 | 1;
  /** Cells with the same remainder on the other side of the cut, and what ordered each pair. */
  tie: { won: boolean; against: { row: number; rule: ColumnTieRule }[] } | null;
}

export interface ColumnTrace {
  cells: ColumnCellTrace[];
  /** The column's exact total in units. */
  exactTotal: Ratio;
  /** The exact total rounded half away from zero, in units: what the printed cells add up to. */
  total: number;
  /** Units the floors leave over: one each to the first `leftover` ranks. */
  leftover: number;
  /** The printed cells in units. */
  units: number[];
}

/** floor(num / den) and num − floor × den (0 ≤ rest < den), for den > 0. */
function floorOf(r: Ratio): { floor: number; rest: ExactInt } {
  const { quotient, rest } = divideSmallQuotient(absInt(r.num), r.den);
  if (r.num.sign >= 0) return { floor: quotient, rest };
  return rest.sign === 0 ? { floor: -quotient + 0, rest } : { floor: -quotient - 1, rest: subtractInt(r.den, rest) };
}

function compareRatio(a: Ratio, b: Ratio): number {
  return compareInt(multiplyInt(a.num, b.den), multiplyInt(b.num, a.den));
}

/** a + b over the product of the denominators (or the shared one). */
function addRatio(a: Ratio, b: Ratio): Ratio {
  if (compareInt(a.den, b.den) === 0) return { num: addInt(a.num, b.num), den: a.den };
  return { num: addInt(multiplyInt(a.num, b.den), multiplyInt(b.num, a.den)), den: multiplyInt(a.den, b.den) };
}

/** The nearest whole number to a ratio, an exact half away from zero. */
function roundHalfAway(r: Ratio): number {
  const { floor, rest } = floorOf(r);
  const twice = compareInt(multiplyInt(rest, intOf(2)), r.den);
  return twice > 0 || (twice === 0 && floor >= 0) ? floor + 1 : floor;
}

/** The column's rounding, step by step, for exact values in units (denominators above 0). */
export function traceColumn(values: readonly Ratio[]): ColumnTrace {
  const cells: ColumnCellTrace[] = values.map((exact) => {
    const { floor, rest } = floorOf(exact);
    return { exact, floor, rest: { num: rest, den: exact.den }, rank: 0, extra: 0, tie: null };
  });
  const exactTotal = values.reduce(addRatio, { num: ZERO_INT, den: intOf(1) });
  const total = roundHalfAway(exactTotal);
  const floorSum = cells.reduce((sum, c) => addInt(sum, intOf(c.floor)), ZERO_INT);
  const leftover = intToNumber(subtractInt(intOf(total), floorSum));
  const byRule = (a: number, b: number): number => {
    const x = cells[a] as ColumnCellTrace;
    const y = cells[b] as ColumnCellTrace;
    const byRest = compareRatio(y.rest, x.rest);
    if (byRest !== 0) return byRest;
    const byAmount = compareRatio(
      { num: absInt(y.exact.num), den: y.exact.den },
      { num: absInt(x.exact.num), den: x.exact.den },
    );
    return byAmount !== 0 ? byAmount : a - b;
  };
  const order = cells
    .map((_c, i) => i)
    .filter((i) => (cells[i] as ColumnCellTrace).rest.num.sign > 0)
    .sort(byRule);
  order.forEach((i, place) => ((cells[i] as ColumnCellTrace).rank = place + 1));
  for (let k = 0; k < leftover; k++) (cells[order[k] as number] as ColumnCellTrace).extra = 1;
  markTies(cells, order, leftover);
  return { cells, exactTotal, total, leftover, units: cells.map((c) => c.floor + c.extra) };
}

/** A tie decided something only where equal remainders stand on both sides of the cut. */
function markTies(cells: ColumnCellTrace[], order: readonly number[], leftover: number): void {
  if (leftover <= 0 || leftover >= order.length) return;
  const at = (i: number): ColumnCellTrace => cells[i] as ColumnCellTrace;
  const cutRest = at(order[leftover - 1] as number).rest;
  if (compareRatio(at(order[leftover] as number).rest, cutRest) !== 0) return;
  const tied = order.filter((i) => compareRatio(at(i).rest, cutRest) === 0);
  const magnitude = (i: number): Ratio => ({ num: absInt(at(i).exact.num), den: at(i).exact.den });
  const rule = (a: number, b: number): ColumnTieRule =>
    compareRatio(magnitude(a), magnitude(b)) === 0 ? "position" : "amount";
  const winners = tied.filter((i) => at(i).extra === 1);
  const losers = tied.filter((i) => at(i).extra === 0);
  for (const w of winners) at(w).tie = { won: true, against: losers.map((l) => ({ row: l, rule: rule(w, l) })) };
  for (const l of losers) at(l).tie = { won: false, against: winners.map((w) => ({ row: w, rule: rule(w, l) })) };
}
