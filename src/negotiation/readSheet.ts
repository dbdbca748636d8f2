/**
 * A negotiation sheet read back from its cells (values, and the formulas where the host gives them,
 * as grids from A1), in either language: what a re-run must keep and what the annex prints. Only
 * typed cells are read (amounts, statuses, partial amounts, room, quotas, and columns the user
 * added); the wizard's own formulas are the sheet's business.
 *
 * The sheet is recognised by its headings, not by positions: a column the user inserts (a
 * "Bemærkning") moves the wizard's columns to the right, as Excel moves whole columns, and is kept.
 */
import { parseNumberText } from "../core";
import type { CellInput } from "../sheet/types";
import { columnName } from "../sheet/address";
import { HEADER_ROW, FIRST_YEAR_COLUMN } from "./sheet";
import { proposalKey, type Choice, type Negotiation, type Proposal, type SpareQuota, type UserColumn } from "./model";
import { isWord, sheetLanguageOf, statusOf, UNIT_WORDS, W, type SheetLanguage, type SheetUnit } from "./words";
import type { Text } from "../text/bilingual";
import { UserError } from "../text/userError";

export type Grid = readonly (readonly unknown[])[];

/** Why a grid is not a negotiation sheet, in both languages. */
export class NotNegotiationSheet extends UserError {
  constructor(text: Text) {
    super(text);
    this.name = "NotNegotiationSheet";
  }
}

const at = (grid: Grid, row: number, column: number): unknown => grid[row]?.[column] ?? "";

function amount(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return typeof value === "string" ? (parseNumberText(value) ?? null) : null;
}

const text = (value: unknown): string =>
  typeof value === "string"
    ? value.trim()
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : "";

/**
 * The formula typed in a cell, if any. A text that merely begins with "=" (typed behind Excel's quote
 * prefix) is its own value, so a "formula" equal to the value is not one.
 */
const formulaIn = (formulas: Grid | undefined, row: number, column: number, values?: Grid): string | undefined => {
  const f = formulas?.[row]?.[column];
  if (typeof f !== "string" || !f.startsWith("=")) return undefined;
  return values && values[row]?.[column] === f ? undefined : f;
};

/** What a cell holds as typed: its formula, else its value (a text beginning with ' keeps its quote prefix). */
function inputOf(values: Grid, formulas: Grid | undefined, row: number, column: number): CellInput {
  const formula = formulaIn(formulas, row, column, values);
  if (formula !== undefined) return formula;
  const v = at(values, row, column);
  return typeof v === "number" || typeof v === "boolean" || typeof v === "string" ? v : "";
}

/** The heading row the wizard writes, in the sheet's language, for Y years and S scenarios. */
function expectedHeadings(language: SheetLanguage, years: readonly string[], scenarios: number): string[] {
  const headings = [W.department[language], W.proposal[language], ...years];
  for (let s = 0; s < scenarios; s++)
    headings.push(
      W.status[language],
      ...years.map((y) => `${W.partial[language]} ${y}`),
      ...years.map((y) => `${W.adopted[language]} ${y}`),
    );
  return headings;
}

/** The years as the first scenario's "Delvis 2027" headings name them, in order. */
function yearsFrom(header: readonly unknown[], firstStatus: number, language: SheetLanguage): string[] {
  const prefix = `${W.partial[language]} `;
  const years: string[] = [];
  for (let c = firstStatus + 1; c < header.length; c++) {
    const h = text(header[c]);
    if (isWord(h, W.status)) break;
    if (h.startsWith(prefix)) years.push(h.slice(prefix.length));
  }
  return years;
}

/**
 * The sheet's columns: which physical column each of the wizard's columns (0, 1, 2, … as sheet.ts
 * lays them out) stands in, and the columns the user added. Undefined when the headings are not
 * the wizard's.
 */
function columnsOf(
  header: readonly unknown[],
  language: SheetLanguage,
): { physical: number[]; years: string[]; scenarios: number; added: number[] } | undefined {
  const firstStatus = header.findIndex((h) => isWord(h, W.status));
  const scenarios = header.filter((h) => isWord(h, W.status)).length;
  const years =
    firstStatus >= 0 ? yearsFrom(header, firstStatus, language) : header.map(text).filter((h) => /^\d{4}$/.test(h));
  if (years.length === 0) return undefined;
  const expected = expectedHeadings(language, years, scenarios);
  const physical: number[] = [];
  const added: number[] = [];
  let last = header.length - 1;
  while (last >= 0 && text(header[last]) === "") last--;
  for (let c = 0; c <= last; c++) {
    if (physical.length < expected.length && text(header[c]) === expected[physical.length]) physical.push(c);
    else added.push(c);
  }
  return physical.length === expected.length ? { physical, years, scenarios, added } : undefined;
}

/**
 * Reads the sheet. `formulas` (what was typed, same shape) lets a re-run keep the user's formulas in
 * partial amounts, room and quotas; without it they are read as their values.
 */
export function readNegotiationGrid(grid: Grid, where: string, formulas?: Grid): Negotiation {
  const language = sheetLanguageOf(at(grid, 0, 0));
  const header = grid[HEADER_ROW] ?? [];
  const columns = language && isWord(at(grid, HEADER_ROW, 0), W.department) ? columnsOf(header, language) : undefined;
  if (!language || !columns)
    throw new NotNegotiationSheet({
      da: `${where} er ikke et forhandlingsark: A1 skal være "Forhandling", og række 3 skal have overskrifterne Afdeling, Forslag, årene og pr. forlig Status, Delvis og Vedtaget pr. år. Vælg arket, som guiden Forhandling skrev.`,
      en: `${where} is not a negotiation sheet: A1 must be "Negotiation", and row 3 must hold the headings Department, Proposal, the years and per settlement Status, Partial and Adopted per year. Choose the sheet the Negotiation wizard wrote.`,
    });
  const { physical, years, scenarios: S, added } = columns;
  const Y = years.length;
  const column = (logical: number) => physical[logical] ?? logical;
  const cell = (row: number, logical: number) => at(grid, row, column(logical));
  // The unit line is one cell, B1 "Beløb i mio. kr."; sheets written before held the unit alone in C1.
  const unitLine = text(cell(0, 1));
  const unitText = text(cell(0, 2));
  const unit =
    (Object.keys(UNIT_WORDS) as SheetUnit[]).find(
      (u) =>
        isWord(unitText, UNIT_WORDS[u]) ||
        (["da", "en"] as const).some((l) => unitLine === `${W.unit[l]} ${UNIT_WORDS[u][l]}`),
    ) ?? "mkr";
  const statusColumns = Array.from({ length: S }, (_, s) => FIRST_YEAR_COLUMN + Y + s * (1 + 2 * Y));
  const scenarios = statusColumns.map((c, s) => text(cell(1, c)) || `#${s + 1}`);

  const userColumns: UserColumn[] = added.map((c) => ({
    column: c,
    heading: inputOf(grid, formulas, HEADER_ROW, c),
    cells: new Map(),
  }));
  const proposals: Proposal[] = [];
  let row = HEADER_ROW + 1;
  for (; row < grid.length && !isWord(cell(row, 0), W.total); row++) {
    const department = text(cell(row, 0));
    const title = text(cell(row, 1));
    if (department === "" && title === "") continue;
    const choices: Choice[] = statusColumns.map((c) => {
      const raw = cell(row, c);
      const status = statusOf(raw, language);
      const formula = formulaIn(formulas, row, column(c), grid);
      const choice: Choice = {
        status,
        partial: years.map((_, y) => amount(cell(row, c + 1 + y))),
      };
      if (status === undefined && text(raw) !== "") choice.unrecognised = String(raw);
      if (formula !== undefined) choice.statusInput = formula;
      else if (choice.unrecognised !== undefined) choice.statusInput = inputOf(grid, undefined, row, column(c));
      const partialFormulas = years.map((_, y) => formulaIn(formulas, row, column(c + 1 + y), grid));
      if (partialFormulas.some((f) => f !== undefined)) choice.partialFormulas = partialFormulas;
      return choice;
    });
    proposals.push({
      department,
      title,
      amounts: years.map((_, y) => amount(cell(row, FIRST_YEAR_COLUMN + y)) ?? 0),
      choices,
    });
    const key = proposalKey(department, title);
    for (const u of userColumns) {
      const input = inputOf(grid, formulas, row, u.column);
      if (input !== "") u.cells.set(key, input);
    }
  }
  let roomRow = row;
  while (roomRow < grid.length && !isWord(cell(roomRow, 0), W.room)) roomRow++;
  // The per-year and per-department parts' years stand in the proposals' year columns (C, D, …);
  // sheets written before put them one column left (B, C, …), which their year headings tell.
  const yearColumn = (headerRow: number, y: number) =>
    text(cell(headerRow, 1)) === years[0] || isQuotaHeading(cell(headerRow, 1), years[0] ?? "")
      ? 1 + y
      : FIRST_YEAR_COLUMN + y;
  const roomColumn = (y: number) => yearColumn(roomRow - 1, y);
  const room = years.map((_, y) => amount(cell(roomRow, roomColumn(y))));
  const roomFormulas = years.map((_, y) => formulaIn(formulas, roomRow, column(roomColumn(y)), grid));
  const quotas = new Map<string, (number | null)[]>();
  const quotaFormulas = new Map<string, (string | undefined)[]>();
  let quotaHeader = roomRow;
  while (quotaHeader < grid.length && !isWord(cell(quotaHeader, 0), W.department)) quotaHeader++;
  const departments = new Set(proposals.map((p) => p.department));
  const spareQuotas = new Map<string, SpareQuota>();
  for (let r = quotaHeader + 1; r < grid.length; r++) {
    const name = text(cell(r, 0));
    if (name === "") break;
    const values = years.map((_, y) => amount(cell(r, yearColumn(quotaHeader, y))));
    const typed = years.map((_, y) => formulaIn(formulas, r, column(yearColumn(quotaHeader, y)), grid));
    if (!departments.has(name)) {
      // Kept apart: it comes back only if the catalogue brings the department a proposal (plan.ts).
      const spare: SpareQuota = { cell: `${columnName(column(0))}${r + 1}`, values };
      if (typed.some((f) => f !== undefined)) spare.formulas = typed;
      spareQuotas.set(name, spare);
      continue;
    }
    quotas.set(name, values);
    if (typed.some((f) => f !== undefined)) quotaFormulas.set(name, typed);
  }
  const negotiation: Negotiation = { unit, language, years, scenarios, proposals, room, quotas };
  if (roomFormulas.some((f) => f !== undefined)) negotiation.roomFormulas = roomFormulas;
  if (quotaFormulas.size > 0) negotiation.quotaFormulas = quotaFormulas;
  if (userColumns.length > 0) negotiation.userColumns = userColumns;
  if (spareQuotas.size > 0) negotiation.quotasWithoutProposals = spareQuotas;
  return negotiation;
}

const isQuotaHeading = (value: unknown, year: string): boolean =>
  (["da", "en"] as const).some((l) => text(value) === `${W.quota[l]} ${year}`);

/** A status cell that counts in neither the sheet nor the annex: where it is and what it holds. */
export interface UnrecognisedStatus {
  department: string;
  title: string;
  scenario: string;
  text: string;
}

/** Every status typed in a scenario that is none of the statuses (after trimming, any case). */
export function unrecognisedStatuses(n: Negotiation, scenario?: number): UnrecognisedStatus[] {
  const found: UnrecognisedStatus[] = [];
  n.proposals.forEach((p) =>
    p.choices.forEach((c, s) => {
      if (scenario !== undefined && s !== scenario) return;
      if (c.unrecognised === undefined) return;
      found.push({ department: p.department, title: p.title, scenario: n.scenarios[s] ?? "", text: c.unrecognised });
    }),
  );
  return found;
}
