/** The negotiation as planned from the sources, and the preview the user sees before writing. */
import { fractionDigits } from "../../../core";
import { negotiationText } from "./negotiationText";
import {
  caseTwins,
  departmentsOf,
  scenarioTotals,
  type Negotiation,
  type MergeResult,
} from "../../../negotiation/model";
import { caseTwinsText, unrecognisedText } from "../../../negotiation/notices";
import { planNegotiation } from "../../../negotiation/plan";
import { unrecognisedStatuses } from "../../../negotiation/readSheet";
import type { Language, Text } from "../contract";
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
  /** What the write keeps of the sheet as it is, and what it replaces, for a re-run. */
  keeps: Text[];
  /** What the wizard inferred or will not count, said before anything is written. */
  warnings: Text[];
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

/** A re-run's account of the sheet's own cells: what stays as typed and what the wizard replaces. */
function keptParts(existing: Negotiation, sources: NegotiationSources): Text[] {
  const statuses = existing.proposals.reduce(
    (k, p) => k + p.choices.filter((c) => c.status || c.statusInput).length,
    0,
  );
  const formulas =
    existing.proposals.reduce(
      (k, p) => k + p.choices.reduce((j, c) => j + (c.partialFormulas ?? []).filter(Boolean).length, 0),
      0,
    ) +
    (sources.room ? 0 : (existing.roomFormulas ?? []).filter(Boolean).length) +
    Array.from(existing.quotaFormulas ?? []).reduce(
      (k, [d, f]) => k + (sources.quotas?.some(([q]) => q === d) ? 0 : f.filter(Boolean).length),
      0,
    );
  const columns = (existing.userColumns ?? []).map((u) => String(u.heading) || `#${u.column + 1}`);
  const parts: Text[] = [
    negotiationText.sheetKeepsChosenStatuses(statuses, formulas),
    sources.room ? negotiationText.roomReplacedWhatTyped : negotiationText.roomSheetKept,
    sources.quotas
      ? negotiationText.quotasAreReplacedOthers({ quotas: sources.quotas })
      : negotiationText.quotasSheetAreKept,
  ];
  if (columns.length > 0) parts.push(negotiationText.yourOwnColumnsStay(columns));
  return parts;
}

/** What a re-run cannot keep of the sheet as it is; said as a warning, as nothing else goes. */
function notKept(n: Negotiation): Text[] {
  const spare = Array.from(n.quotasWithoutProposals ?? [], ([department, q]) => `${department} (${q.cell})`);
  return spare.length > 0 ? [negotiationText.quotasWithoutProposalsGo(spare)] : [];
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
      keeps: sources.existing ? keptParts(sources.existing, sources) : [],
      warnings: [
        ...sources.quotaNotes,
        ...notKept(n),
        ...[unrecognisedText(unrecognisedStatuses(n), language), caseTwinsText(caseTwins(n))].filter(
          (t): t is Text => t !== undefined,
        ),
      ],
    };
  };
}
