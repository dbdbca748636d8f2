/**
 * What a negotiation sheet holds, apart from its formulas: the proposals with their amounts, a
 * status and a partial amount per scenario, the room per year and each department's quota. The
 * sheet is built from this (sheet.ts) and read back into it (readSheet.ts), so a re-run keeps every
 * choice already made.
 */
import { exactSum } from "../core";
import type { CellInput } from "../sheet/types";
import type { SheetLanguage, SheetUnit, Status } from "./words";

/** One scenario's choice for one proposal. */
export interface Choice {
  status: Status | undefined;
  /**
   * What the status cell holds when a re-run must write it back as it is: a formula, or a text that
   * is none of the statuses (counted by neither the sheet nor the annex, and named by both wizards).
   */
  statusInput?: CellInput;
  /** The status cell's value when it is none of the statuses, as shown (e.g. "Vedtagt"). */
  unrecognised?: string;
  /** The amount per year adopted when the status is partial; null where none is typed. */
  partial: (number | null)[];
  /** Per year, the formula typed in the partial cell ("=C7/2"), kept by a re-run; undefined for a constant. */
  partialFormulas?: (string | undefined)[];
}

/**
 * A column the user added to the sheet (a "Bemærkning" inserted between the wizard's columns): it is
 * kept where it stands, with its heading and each proposal's cell, whatever a re-run adds.
 */
export interface UserColumn {
  /** The sheet column (0-based from A) it stands in. */
  column: number;
  heading: CellInput;
  /** What each proposal's cell holds (formula or constant), by proposalKey. */
  cells: Map<string, CellInput>;
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
  /** The language the sheet was read in (its statuses are that language's words); absent for a fresh one. */
  language?: SheetLanguage;
  years: string[];
  scenarios: string[];
  proposals: Proposal[];
  /** The room that must be found per year; null where none is typed. */
  room: (number | null)[];
  /** Department → quota per year (null where none is typed). */
  quotas: Map<string, (number | null)[]>;
  /** Formulas typed in the room cells, kept by a re-run unless a new room is given. */
  roomFormulas?: (string | undefined)[];
  /** Formulas typed in the quota cells, by department, kept unless the department's quota is given anew. */
  quotaFormulas?: Map<string, (string | undefined)[]>;
  /** Columns the user added, in the order they stand. */
  userColumns?: UserColumn[];
  /**
   * Quotas of the per-department part whose department has no proposal on the sheet (the user
   * deleted its rows): a re-run keeps one when the catalogue brings the department a proposal, and
   * says the others, as the sheet gets a row per department with proposals.
   */
  quotasWithoutProposals?: Map<string, SpareQuota>;
}

/** A quota read from a department row that has no proposal on the sheet. */
export interface SpareQuota {
  /** Where its name stands, e.g. "A24". */
  cell: string;
  values: (number | null)[];
  formulas?: (string | undefined)[];
}

/** Department + title, as proposals are matched between a catalogue and a sheet. */
export function proposalKey(department: string, title: string): string {
  return `${department.trim().toLowerCase()}\u0000${title.trim().toLowerCase()}`;
}

/**
 * Department names that differ only in case ("MSB" and "msb"): the sheet and the annex keep them
 * apart, as typed, but they are almost always one department typed twice, so the wizards warn.
 */
export function caseTwins(negotiation: Negotiation): string[][] {
  const byFolded = new Map<string, string[]>();
  for (const d of departmentsOf(negotiation)) {
    const folded = d.toLocaleLowerCase("da");
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), d]);
  }
  return Array.from(byFolded.values()).filter((names) => names.length > 1);
}

/** The departments in the order their first proposal comes. */
export function departmentsOf(negotiation: Negotiation): string[] {
  const seen = new Set<string>();
  for (const p of negotiation.proposals) seen.add(p.department);
  return Array.from(seen);
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
  const byDepartment = new Map<string, number[][]>();
  const all: number[][] = [];
  for (const p of negotiation.proposals) {
    const amounts = adoptedAmounts(p, scenario);
    all.push(amounts);
    const own = byDepartment.get(p.department);
    if (own) own.push(amounts);
    else byDepartment.set(p.department, [amounts]);
  }
  const sumOver = (rows: readonly number[][]) =>
    Array.from({ length: years }, (_, y) => exactSum(rows.map((amounts) => amounts[y] ?? 0)));
  const adopted = sumOver(all);
  const minus = (target: readonly (number | null)[], got: readonly number[]) =>
    got.map((g, y) => exactSum([target[y] ?? 0, -g]));
  return {
    adopted,
    missing: minus(negotiation.room, adopted),
    departments: Array.from(byDepartment, ([department, rows]) => {
      const own = sumOver(rows);
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
