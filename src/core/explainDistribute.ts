/**
 * DISTRIBUTE explained (FUNCTIONS.md; DOMAIN.md "Explaining a number"): for each year's column the
 * total as rounded, what the holds took, and the largest-remainder spread of the rest step by step.
 * The explanation is checked against distribute's own result, part by part, before it is given.
 */
import { traceAllocation, type AllocationTrace } from "./allocationTrace";
import { decimalOf, type Decimal, unitsToNumber } from "./decimal";
import { distribute, type DistributeInput } from "./distribute";
import { prepareKey } from "./kernel/preparedKey";
import { roundToUnits } from "./rounding";
import { shapeOf } from "./shape";

/** One column's spread: DISTRIBUTE's year, QUOTA's column, KEY's shares. */
export interface SpreadExplanation {
  decimals: number;
  /** The total rounded to the decimals, in units of 10^-decimals (signed). */
  totalUnits: number;
  /** Each part's held amount in units (signed), or null where the key decides. */
  held: (number | null)[];
  /** The total less the holds, in units (signed): what the key spreads. */
  remainingUnits: number;
  /** The spread of |remainingUnits| over the free parts. */
  trace: AllocationTrace;
  /** Each part's printed amount in units (signed), as the function returned it. */
  result: number[];
}

export interface DistributeExplanation {
  /** The weights as read: the shortest decimal each cell holds. */
  weights: Decimal[];
  /** One per total (year), in order. */
  years: SpreadExplanation[];
}

/** Why the trace and the computing function disagree; never expected, a test holds it so. */
export class ExplanationMismatch extends Error {
  constructor(what: string) {
    super(`the explanation disagrees with ${what}`);
    this.name = "ExplanationMismatch";
  }
}

/** Throws unless the traced units print as the function's numbers. */
export function checkAgainst(
  what: string,
  units: readonly number[],
  printed: readonly number[],
  decimals: number,
): void {
  units.forEach((u, i) => {
    if (unitsToNumber(u, decimals) + 0 !== (printed[i] as number) + 0) {
      throw new ExplanationMismatch(`${what} at part ${i + 1}`);
    }
  });
}

/** The spread of one column: remaining units (signed) over the free parts, with the holds kept. */
export function explainSpread(
  totalUnits: number,
  held: (number | null)[],
  trace: (units: number, free: boolean[] | null) => AllocationTrace,
  decimals: number,
): SpreadExplanation {
  let remaining = totalUnits;
  for (const h of held) if (h !== null) remaining -= h;
  const anyHeld = held.some((h) => h !== null);
  const spread = trace(Math.abs(remaining), anyHeld ? held.map((h) => h === null) : null);
  const sign = remaining < 0 ? -1 : 1;
  const result = spread.parts.map((p, i) => {
    const h = held[i] ?? null;
    return h !== null ? h : sign * (p.floor + p.extra) + 0;
  });
  return { decimals, totalUnits, held, remainingUnits: remaining, trace: spread, result };
}

/**
 * DISTRIBUTE's result explained, every year. Input errors are the function's own: distribute runs
 * first and throws them as a cell would show them.
 */
export function explainDistribute(input: DistributeInput): DistributeExplanation {
  const result = distribute(input);
  const decimals = input.decimals ?? 0;
  const key = prepareKey(input.weights);
  const holds = input.holds;
  const holdColumns = holds === undefined ? 0 : shapeOf(holds).columns;
  const years = input.totals.map((total, y) => {
    const column = holdColumns > 1 ? y : 0;
    const held = input.weights.map((_w, i) => {
      const hold = holds?.[i]?.[column] ?? null;
      return hold === null ? null : roundToUnits(hold, decimals);
    });
    const explained = explainSpread(
      roundToUnits(total, decimals),
      held,
      (units, free) => traceAllocation(units, key, free),
      decimals,
    );
    checkAgainst(
      `DISTRIBUTE in year ${y + 1}`,
      explained.result,
      result.map((row) => row[y] as number),
      decimals,
    );
    return explained;
  });
  return { weights: input.weights.map(decimalOf), years };
}
