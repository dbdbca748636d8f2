/** The negotiation as planned from the sources, and the preview the user sees before writing. */
import { fractionDigits } from "../../../core";
import { departmentsOf, scenarioTotals, type Negotiation, type MergeResult } from "../../../negotiation/model";
import { planNegotiation } from "../../../negotiation/plan";
import type { Language } from "../contract";
import type { NegotiationInput } from "./negotiationModel";
import type { NegotiationSources } from "./negotiationSources";

export interface NegotiationPreview {
  years: string[];
  scenarios: string[];
  room: (number | null)[];
  /** Per scenario: adopted and missing per year with the statuses the sheet has now. */
  totals: { adopted: number[]; missing: number[] }[];
  proposals: number;
  departments: number;
  added: string[];
  notInCatalogue: string[];
  /** Proposals whose chosen statuses are carried over. */
  kept: number;
  /** Whether an earlier run's sheet was read (a re-run). */
  rerun: boolean;
  /** Places shown: the decimals chosen, or more where an amount has more (1,25 must not print as 1,3). */
  places: number;
}

export function mergeFor(sources: NegotiationSources, input: NegotiationInput, language: Language): MergeResult {
  return planNegotiation(sources.catalogue, sources.existing, {
    unit: input.unit,
    scenarios: input.scenarios,
    language,
    room: sources.room,
    quotas: sources.quotas ? new Map(sources.quotas) : undefined,
  });
}

/** The decimals asked for, or as many as the amounts on the sheet have, whichever is more (at most 3). */
export function placesFor(n: Negotiation, decimals: number): number {
  const numbers = [
    ...n.proposals.flatMap((p) => [...p.amounts, ...p.choices.flatMap((c) => c.partial)]),
    ...n.room,
    ...Array.from(n.quotas.values()).flat(),
  ];
  return Math.min(
    3,
    numbers.reduce<number>((most, v) => (v === null ? most : Math.max(most, fractionDigits(v))), decimals),
  );
}

const label = (p: { department: string; title: string }) => `${p.department}: ${p.title}`;

/** The preview in the pane's language: a fresh sheet's scenarios are named in it. */
export function negotiationPreviewIn(language: Language) {
  return (sources: NegotiationSources, input: NegotiationInput): NegotiationPreview => {
    const merged = mergeFor(sources, input, language);
    const n = merged.negotiation;
    return {
      years: n.years,
      scenarios: n.scenarios,
      room: n.room,
      totals: n.scenarios.map((_, s) => {
        const t = scenarioTotals(n, s);
        return { adopted: t.adopted, missing: t.missing };
      }),
      proposals: n.proposals.length,
      departments: departmentsOf(n).length,
      added: sources.existing ? merged.added.map(label) : [],
      notInCatalogue: merged.notInCatalogue.map(label),
      kept: sources.existing ? n.proposals.length - merged.added.length : 0,
      rerun: sources.existing !== undefined,
      places: placesFor(n, input.decimals),
    };
  };
}
