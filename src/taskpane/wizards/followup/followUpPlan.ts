/**
 * The follow-up preview: deviation, realisation rate, cumulative planned against realised and the
 * flags, from the plan and the realisation as read.
 *
 * A blank realised cell is "not yet reported", not 0: it has no deviation, it adds nothing to the
 * realised totals, and its planned amount is left out of the rate too. The rate is therefore
 * realised ÷ planned over the years each programme has reported so far, exactly what
 * SUM(realised) / SUMIFS(planned, realised, "<>") gives in the sheet. A programme with nothing
 * reported, or whose plan for its reported years is 0 or less (an investment year), has no rate and
 * is not flagged: a share of a negative plan says nothing about lagging.
 */
import {
  compareDecimal,
  cumulative,
  decimalOf,
  exactSum,
  fractionDigits,
  multiplyDecimal,
  roundHalfAway,
} from "../../../core";
import type { Text } from "../contract";
import { readThreshold } from "./followUpThreshold";
import type { FollowUpInput } from "./followUpModel";
import type { FollowUpSources } from "./followUpSources";

export interface FollowUpPreview {
  programmes: string[];
  yearHeadings: string[];
  /** Programmes × years: realised − planned; null where not yet reported. */
  deviations: (number | null)[][];
  /** Per programme: realised ÷ planned over its reported years (to 10 places); null when there is none. */
  rates: (number | null)[];
  /** Per programme: the rate is below the threshold (decided exactly, not on the rounded rate). */
  flagged: boolean[];
  threshold: number;
  plannedTotals: number[];
  /** Per year: the reported realisations summed; null when no programme has reported the year. */
  realisedTotals: (number | null)[];
  cumulativePlanned: number[];
  /** Running sum of the realised totals; null from a year nobody has reported. */
  cumulativeRealised: (number | null)[];
  /** Places to show: the decimals, or more when the tables have more. */
  places: number;
  /** "Energirenovering 2025": programmes that have not reported a year others have. */
  notReported: { programme: number; year: number }[];
  warnings: Text[];
}

function below(realised: number, planned: number, threshold: number): boolean {
  return compareDecimal(decimalOf(realised), multiplyDecimal(decimalOf(threshold), decimalOf(planned))) < 0;
}

export function planFollowUp(sources: FollowUpSources, input: FollowUpInput): FollowUpPreview {
  const threshold = readThreshold(input.threshold);
  const planned = sources.plan.cells;
  const realised = sources.realised.given;
  const years = planned[0]?.length ?? 0;

  const deviations = realised.map((row, p) =>
    row.map((r, y) => (r === null ? null : exactSum([r, -(planned[p]?.[y] as number)]))),
  );
  const rates: (number | null)[] = [];
  const flagged: boolean[] = [];
  realised.forEach((row, p) => {
    const reported = row.flatMap((r, y) => (r === null ? [] : [{ r, planned: planned[p]?.[y] as number }]));
    const realisedSum = exactSum(reported.map((x) => x.r));
    const plannedSum = exactSum(reported.map((x) => x.planned));
    const rated = reported.length > 0 && plannedSum > 0;
    // The rate is shown, not computed with: rounding it to 10 places drops division noise (2,4 / 3 = 0,8).
    rates.push(rated ? roundHalfAway(realisedSum / plannedSum, 10) : null);
    flagged.push(rated && below(realisedSum, plannedSum, threshold));
  });

  const column = (y: number) => realised.map((row) => row[y] ?? null).filter((v): v is number => v !== null);
  const plannedTotals = Array.from({ length: years }, (_, y) => exactSum(planned.map((row) => row[y] as number)));
  const realisedTotals = Array.from({ length: years }, (_, y) => (column(y).length > 0 ? exactSum(column(y)) : null));
  const running = cumulative(realisedTotals.map((v) => v ?? 0));
  const cumulativeRealised = realisedTotals.map((v, y) => (v === null ? null : (running[y] as number)));

  const notReported: FollowUpPreview["notReported"] = [];
  realised.forEach((row, p) =>
    row.forEach((r, y) => {
      if (r === null && realisedTotals[y] !== null) notReported.push({ programme: p, year: y });
    }),
  );
  // A loop, not Math.max(...all): spread into arguments, 7.000 × 12 amounts overflow the call stack.
  let places = input.decimals;
  for (const row of [...planned, ...realised])
    for (const v of row) if (v !== null) places = Math.max(places, fractionDigits(v));
  return {
    programmes: sources.plan.names,
    yearHeadings:
      sources.plan.years ?? sources.realised.years ?? Array.from({ length: years }, (_, y) => `År ${y + 1}`),
    deviations,
    rates,
    flagged,
    threshold,
    plannedTotals,
    realisedTotals,
    cumulativePlanned: cumulative(plannedTotals),
    cumulativeRealised,
    places,
    notReported,
    warnings: sources.warnings,
  };
}
