/**
 * The core's explanation of the selected cell, from the arguments as the functions read them: the
 * same readers (src/functions) and the core's explain functions, so the pane holds no rule of its own.
 */
import type { NodeId } from "../../../core";
import type { Decimal } from "../../../core/decimal";
import { explainDistribute, type SpreadExplanation } from "../../../core/explainDistribute";
import { explainHierarchy, type HierarchyExplanation } from "../../../core/explainHierarchy";
import { explainKey } from "../../../core/explainKey";
import { explainQuota } from "../../../core/explainQuota";
import {
  explainRoundTable,
  figureReason,
  type FigureReason,
  type RoundTableExplanation,
} from "../../../core/explainRoundTable";
import { explainDemography, type DemographyExplanation } from "../../../core/explainDemography";
import { explainReprice, type RepriceExplanation } from "../../../core/explainReprice";
import { readDemographyInput } from "../../../functions/demography";
import { readDistributeInput } from "../../../functions/distribute";
import { readHierarchyInput } from "../../../functions/hierarchy";
import { readKeyInput } from "../../../functions/key";
import { readQuotaInput } from "../../../functions/quota";
import { readRepriceInput } from "../../../functions/reprice";
import { readRoundTableInput } from "../../../functions/roundTable";
import type { ExplainSources } from "./explainSources";

export type Explained =
  | {
      kind: "spread";
      id: "DISTRIBUTE" | "QUOTA" | "KEY";
      spread: SpreadExplanation;
      /** The weights as read (QUOTA: the bases). */
      weights: Decimal[];
      part: number;
      /** Quota only: the rate and the exact total quota. */
      quota?: { rate: Decimal; exactTotal: Decimal };
    }
  | { kind: "hierarchy"; explanation: HierarchyExplanation; nodes: (NodeId | null)[] }
  | { kind: "table"; explanation: RoundTableExplanation; reason: FigureReason; row: number; column: number }
  /** A line of REPRICE's result: row is the line, column the amounts' column. */
  | { kind: "reprice"; explanation: RepriceExplanation; row: number; column: number }
  /** An age group of DEMOGRAPHY's result, or its totals row (row = the number of groups). */
  | { kind: "demography"; explanation: DemographyExplanation; row: number; column: number };

/** Thrown when the selected cell lies outside the formula's result. */
export class OutsideResult extends Error {}

function inside<T>(value: T | undefined): T {
  if (value === undefined) throw new OutsideResult("the selected cell is outside the result");
  return value;
}

export function explainSelection(s: ExplainSources): Explained {
  const a = s.args;
  switch (s.id) {
    case "DISTRIBUTE": {
      const input = readDistributeInput(a[0], a[1], a[2], a[3]);
      const row = input.layout === "row";
      const part = row ? s.column : s.row;
      const explained = explainDistribute(input);
      const spread = inside(explained.years[row ? 0 : s.column]);
      inside(spread.result[part]);
      if (row && s.row !== 0) inside(undefined);
      return { kind: "spread", id: "DISTRIBUTE", spread, weights: explained.weights, part };
    }
    case "QUOTA": {
      const q = readQuotaInput(a[0], a[1], a[2], a[3]);
      const year = inside(q.budgetYears[s.column]);
      const explained = explainQuota(year, q.exemptByYear?.[s.column] ?? null, q.rate, q.decimals);
      inside(explained.spread.result[s.row]);
      const quota = { rate: explained.rate, exactTotal: explained.exactTotal };
      return { kind: "spread", id: "QUOTA", spread: explained.spread, weights: explained.basis, part: s.row, quota };
    }
    case "KEY": {
      const k = readKeyInput(a[0], a[1]);
      const part = k.layout === "row" ? s.column : s.row;
      const explained = explainKey(k.base, k.decimals, k.layout);
      const spread = inside(explained.years[0]);
      inside(spread.result[part]);
      return { kind: "spread", id: "KEY", spread, weights: explained.weights, part };
    }
    case "HIERARCHY": {
      const input = readHierarchyInput(a[0], a[1], a[2], a[3], a[4]);
      inside(input.nodes[s.row] === undefined ? undefined : 0);
      inside(input.totals[s.column]);
      return { kind: "hierarchy", explanation: explainHierarchy(input, s.row, s.column), nodes: [...input.nodes] };
    }
    case "ROUNDTABLE": {
      const t = readRoundTableInput(a[0], a[1], a[2]);
      const explanation = explainRoundTable(t.table, t.decimals, t.labels);
      inside(explanation.grid[s.row]?.[s.column]);
      return {
        kind: "table",
        explanation,
        reason: figureReason(explanation, s.row, s.column),
        row: s.row,
        column: s.column,
      };
    }
    case "REPRICE": {
      const explanation = explainReprice(readRepriceInput(a[0], a[1], a[2], a[3], a[4], a[5]));
      inside(explanation.columns[s.column]?.cells[s.row]);
      return { kind: "reprice", explanation, row: s.row, column: s.column };
    }
    case "DEMOGRAPHY": {
      const explanation = explainDemography(readDemographyInput(a[0], a[1], a[2], a[3], a[4]));
      const year = inside(explanation.years[s.column]);
      // The groups' rows, then the totals row.
      inside(s.row >= 0 && s.row <= year.terms.length ? year : undefined);
      return { kind: "demography", explanation, row: s.row, column: s.column };
    }
    default:
      throw new Error(`${s.id} is not explained`);
  }
}
