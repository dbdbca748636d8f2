/** A negotiation from a catalogue, fresh or merged into the sheet of an earlier run. */
import type { CatalogueRows } from "./proposalCatalogue";
import { departmentsOf, mergeCatalogue, type MergeResult, type Negotiation, type SpareQuota } from "./model";
import { scenarioName, type SheetLanguage, type SheetUnit } from "./words";

export interface NegotiationOptions {
  unit: SheetUnit;
  scenarios: number;
  language: SheetLanguage;
  /** The room per year as typed in the wizard; undefined keeps the sheet's (or leaves it blank). */
  room?: number[];
  /** Quotas per department as given in the wizard; a department not given keeps the sheet's. */
  quotas?: Map<string, number[]>;
}

export function planNegotiation(
  catalogue: CatalogueRows,
  existing: Negotiation | undefined,
  options: NegotiationOptions,
): MergeResult {
  const base: Negotiation = existing ?? {
    unit: options.unit,
    years: catalogue.years,
    scenarios: [],
    proposals: [],
    room: catalogue.years.map(() => null),
    quotas: new Map(),
  };
  const count = Math.max(options.scenarios, base.scenarios.length);
  const names = Array.from({ length: count }, (_, s) => base.scenarios[s] ?? scenarioName(s, options.language));
  const merged = mergeCatalogue(base, catalogue.proposals, names);
  // What the wizard is given anew replaces the sheet's, formulas and all; the rest is kept as typed.
  const quotas = new Map(merged.negotiation.quotas);
  const quotaFormulas = new Map(merged.negotiation.quotaFormulas ?? []);
  options.quotas?.forEach((values, department) => {
    quotas.set(department, values);
    quotaFormulas.delete(department);
  });
  // A quota whose department had lost its proposals is kept when the catalogue brings one back.
  const departments = new Set(departmentsOf(merged.negotiation));
  const spare = new Map<string, SpareQuota>();
  base.quotasWithoutProposals?.forEach((q, department) => {
    if (!departments.has(department)) spare.set(department, q);
    else if (!quotas.has(department)) {
      quotas.set(department, q.values);
      if (q.formulas) quotaFormulas.set(department, q.formulas);
    }
  });
  merged.negotiation = {
    ...merged.negotiation,
    room: options.room ?? merged.negotiation.room,
    roomFormulas: options.room ? undefined : merged.negotiation.roomFormulas,
    quotas,
    quotaFormulas,
    quotasWithoutProposals: spare.size > 0 ? spare : undefined,
  };
  return merged;
}

/** A room or quota typed as one amount for every year, or one per year. */
export function perYear(values: readonly number[], years: number): number[] | undefined {
  if (values.length === 1) return Array.from({ length: years }, () => values[0] as number);
  return values.length === years ? values.slice() : undefined;
}
