/**
 * The largest-remainder spread of one total, written out step by step for an explanation: each
 * part's exact amount (floor + remainder / weight sum), its rank among the remainders, whether it
 * got one of the units left over, and which tie rule decided where a tie did.
 *
 * It takes the key as the kernel prepared it (prepareKey: the weights at their common scale and
 * the tie order of FUNCTIONS.md), so the rule's order is the kernel's own; the division is exact
 * integer arithmetic, the slow route the kernel's fast paths must agree with. The explain
 * functions compare every traced part with the computing function's result before they answer.
 */
import { freeWeightSum, type PreparedKey } from "./kernel/preparedKey";
import { compareInt, divideSmallQuotient, type ExactInt, intOf, multiplyInt, ZERO_INT } from "./decimal";
import type { Ratio } from "./ratio";

/** Why a tie went the way it did: a larger weight first, or, with equal weights, the earlier row. */
export type TieRule = "weight" | "position";

export interface TieNote {
  /** Whether this part got the unit the tie decided. */
  won: boolean;
  /** The parts with the same remainder on the other side of the cut, and the rule that ordered each pair. */
  against: readonly { part: number; rule: TieRule }[];
}

export interface PartTrace {
  /** False for a held part: it takes no share of what is spread. */
  free: boolean;
  /** The weight at the key's common scale (the share is weight / weightSum). */
  weight: ExactInt;
  /** The whole units of the exact amount units × weight / weightSum. */
  floor: number;
  /** The exact amount's remainder, in units × weightSum: amount = floor + rest / weightSum. */
  rest: ExactInt;
  /** 1-based place among the parts with a remainder, in the rule's order; 0 without a remainder. */
  rank: number;
  /** 1 when the part got one of the units left over. */
  extra: 0 | 1;
  /** A tie at the cut that decided this part's extra unit, or null. */
  tie: TieNote | null;
}

export interface AllocationTrace {
  /** Units spread (a whole, non-negative number of units of 10^-decimals). */
  units: number;
  /** Sum of the free weights at the key's common scale. */
  weightSum: ExactInt;
  parts: PartTrace[];
  /** Units left over after the floors: they go one each to the first `leftover` ranks. */
  leftover: number;
}

/** Spreads `units` over the free parts of `key` and records every step. */
export function traceAllocation(units: number, key: PreparedKey, free: readonly boolean[] | null): AllocationTrace {
  const weightSum = freeWeightSum(key, free);
  const total = intOf(units);
  const parts: PartTrace[] = [];
  let given = 0;
  for (let i = 0; i < key.size; i++) {
    const weight = key.bigInts[i] as ExactInt;
    const isFree = free === null || free[i] === true;
    if (!isFree || weightSum.sign === 0 || units === 0) {
      parts.push({ free: isFree, weight, floor: 0, rest: intOf(0), rank: 0, extra: 0, tie: null });
      continue;
    }
    const { quotient, rest } = divideSmallQuotient(multiplyInt(total, weight), weightSum);
    given += quotient;
    parts.push({ free: true, weight, floor: quotient, rest, rank: 0, extra: 0, tie: null });
  }
  const order = parts
    .map((_part, i) => i)
    .filter((i) => (parts[i] as PartTrace).rest.sign > 0)
    .sort((a, b) => byRule(parts, key, a, b));
  order.forEach((i, place) => ((parts[i] as PartTrace).rank = place + 1));
  const leftover = units - given;
  for (let k = 0; k < leftover; k++) (parts[order[k] as number] as PartTrace).extra = 1;
  markTies(parts, key, order, leftover);
  return { units, weightSum, parts, leftover };
}

/** Larger remainder first, then the kernel's tie order (larger weight, then earlier position). */
function byRule(parts: readonly PartTrace[], key: PreparedKey, a: number, b: number): number {
  return (
    compareInt((parts[b] as PartTrace).rest, (parts[a] as PartTrace).rest) ||
    (key.rank[a] as number) - (key.rank[b] as number)
  );
}

/** A tie decided something only where equal remainders stand on both sides of the cut. */
function markTies(parts: PartTrace[], key: PreparedKey, order: readonly number[], leftover: number): void {
  if (leftover <= 0 || leftover >= order.length) return;
  const cutRest = (parts[order[leftover - 1] as number] as PartTrace).rest;
  if (compareInt((parts[order[leftover] as number] as PartTrace).rest, cutRest) !== 0) return;
  const tied = order.filter((i) => compareInt((parts[i] as PartTrace).rest, cutRest) === 0);
  const winners = tied.filter((i) => (parts[i] as PartTrace).extra === 1);
  const losers = tied.filter((i) => (parts[i] as PartTrace).extra === 0);
  const rule = (a: number, b: number): TieRule =>
    compareInt(key.bigInts[a] as ExactInt, key.bigInts[b] as ExactInt) === 0 ? "position" : "weight";
  for (const w of winners) {
    (parts[w] as PartTrace).tie = { won: true, against: losers.map((l) => ({ part: l, rule: rule(w, l) })) };
  }
  for (const l of losers) {
    (parts[l] as PartTrace).tie = { won: false, against: winners.map((w) => ({ part: w, rule: rule(w, l) })) };
  }
}

/** Part i's share of the free weights, exactly (0 for a held part). */
export function shareOf(trace: AllocationTrace, i: number): Ratio {
  const part = trace.parts[i] as PartTrace;
  return { num: part.free ? part.weight : ZERO_INT, den: denominator(trace) };
}

/** The weight sum, or 1 where nothing weighs (every share is then 0). */
function denominator(trace: AllocationTrace): ExactInt {
  return trace.weightSum.sign === 0 ? intOf(1) : trace.weightSum;
}

/** Part i's exact amount in units, units × share, before rounding (0 for a held part). */
export function exactUnitsOf(trace: AllocationTrace, i: number): Ratio {
  return { num: multiplyInt(intOf(trace.units), shareOf(trace, i).num), den: denominator(trace) };
}

/** Part i's remainder in units (a fraction of one unit), exactly. */
export function remainderOf(trace: AllocationTrace, i: number): Ratio {
  return { num: (trace.parts[i] as PartTrace).rest, den: denominator(trace) };
}
