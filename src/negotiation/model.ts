/**
 * What a negotiation sheet holds, apart from its formulas: the proposals with their amounts, a
 * status and a partial amount per scenario, the room per year and each department's quota. The
 * sheet is built from this (sheet.ts) and read back into it (readSheet.ts), so a re-run keeps every
 * choice already made.
 */
import { exactSum } from "../core";
import type { SheetUnit, Status } from "./words";

/** One scenario's choice for one proposal. */
export interface Choice {
  status: Status | undefined;
  /** The amount per year adopted when the status is partial; null where none is typed. */
  partial: (number | null)[];
}

export interface Proposal {
  department: string;
  title: string;
  /** Amounts per year, in the sheet's unit (savings positive). */
  amounts: number[];
  /** One per scenario, in the scenarios' order. */
  choices: Choice[];
}

export interface Negotiation {
  unit: SheetUnit;
  years: string[];
  scenarios: string[];
  proposals: Proposal[];
  /** The room that must be found per year; null where none is typed. */
  room: (number | null)[];
  /** Department → quota per year (null where none is typed). */
  quotas: Map<string, (number | null)[]>;
}

/** Department + title, as proposals are matched between a catalogue and a sheet. */
export function proposalKey(department: string, title: string): string {
  return `${department.trim().toLowerCase()}\u0000${title.trim().toLowerCase()}`;
}

/** The departments in the order their first proposal comes. */
export function departmentsOf(negotiation: Negotiation): string[] {
  const seen: string[] = [];
  for (const p of negotiation.proposals) if (!seen.includes(p.department)) seen.push(p.department);
  return seen;
}

/** What a proposal contributes in a scenario per year: its amount, its partial amount, or 0. */
export function adoptedAmounts(proposal: Proposal, scenario: number): number[] {
  const choice = proposal.choices[scenario];
  return proposal.amounts.map((amount, y) =>
    choice?.status === "adopted" ? amount : choice?.status === "partial" ? (choice.partial[y] ?? 0) : 0,
  );
}

export interface ScenarioTotals {
  /** Adopted per year over all proposals. */
  adopted: number[];
  /** Room minus adopted per year (what is still missing; negative when more was found). */
  missing: number[];
  /** Per department: adopted per year, and quota minus adopted per year. */
  departments: { department: string; adopted: number[]; missing: number[] }[];
}

/** The sheet's totals for a scenario, computed exactly, as the sheet's formulas should show them. */
export function scenarioTotals(negotiation: Negotiation, scenario: number): ScenarioTotals {
  const years = negotiation.years.length;
  const sumOver = (proposals: readonly Proposal[]) =>
    Array.from({ length: years }, (_, y) => exactSum(proposals.map((p) => adoptedAmounts(p, scenario)[y] ?? 0)));
  const adopted = sumOver(negotiation.proposals);
  const minus = (target: readonly (number | null)[], got: readonly number[]) =>
    got.map((g, y) => exactSum([target[y] ?? 0, -g]));
  return {
    adopted,
    missing: minus(negotiation.room, adopted),
    departments: departmentsOf(negotiation).map((department) => {
      const own = sumOver(negotiation.proposals.filter((p) => p.department === department));
      return { department, adopted: own, missing: minus(negotiation.quotas.get(department) ?? [], own) };
    }),
  };
}

export interface MergeResult {
  negotiation: Negotiation;
  /** Proposals of the catalogue that the sheet did not have. */
  added: Proposal[];
  /** Proposals on the sheet that the catalogue no longer has: kept, with their choices. */
  notInCatalogue: Proposal[];
}

/**
 * The catalogue's proposals merged into an existing sheet: matched by department + title, a known
 * proposal keeps its choices and takes the catalogue's amounts, a new one comes last, and one the
 * catalogue dropped stays (a status chosen in a negotiation is never thrown away unasked).
 */
export function mergeCatalogue(
  existing: Negotiation,
  catalogue: readonly { department: string; title: string; amounts: number[] }[],
  scenarioNames: readonly string[],
): MergeResult {
  const names = scenarioNames.slice();
  const scenarios = names.length;
  const blankChoice = (): Choice => ({ status: undefined, partial: existing.years.map(() => null) });
  const byKey = new Map(catalogue.map((c) => [proposalKey(c.department, c.title), c]));
  const widen = (choices: Choice[]) => [
    ...choices,
    ...Array.from({ length: Math.max(0, scenarios - choices.length) }, blankChoice),
  ];
  const kept = existing.proposals.map((p) => {
    const fresh = byKey.get(proposalKey(p.department, p.title));
    return { ...p, amounts: fresh ? fresh.amounts.slice() : p.amounts, choices: widen(p.choices) };
  });
  const known = new Set(existing.proposals.map((p) => proposalKey(p.department, p.title)));
  const added: Proposal[] = [];
  for (const c of catalogue) {
    const key = proposalKey(c.department, c.title);
    if (known.has(key)) continue;
    known.add(key);
    added.push({ department: c.department, title: c.title, amounts: c.amounts.slice(), choices: widen([]) });
  }
  const notInCatalogue = existing.proposals.filter((p) => !byKey.has(proposalKey(p.department, p.title)));
  return {
    negotiation: { ...existing, scenarios: names, proposals: [...kept, ...added] },
    added,
    notInCatalogue,
  };
}
