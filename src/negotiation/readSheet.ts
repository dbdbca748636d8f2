/**
 * A negotiation sheet read back from its cells (values as a grid from A1), in either language: what
 * a re-run must keep and what the annex prints. Only typed cells are read (amounts, statuses,
 * partial amounts, room, quotas); the formulas are the sheet's own business.
 */
import { parseNumberText } from "../core";
import { HEADER_ROW, FIRST_YEAR_COLUMN } from "./sheet";
import type { Choice, Negotiation, Proposal } from "./model";
import { isWord, statusOf, UNIT_WORDS, W, type SheetUnit } from "./words";
import type { Text } from "../text/text";
import { UserError } from "../text/userError";

export type Grid = readonly (readonly unknown[])[];

/** Why a grid is not a negotiation sheet, in both languages. */
export class NotNegotiationSheet extends UserError {
  constructor(text: Text) {
    super(text);
    this.name = "NotNegotiationSheet";
  }
}

const cell = (grid: Grid, row: number, column: number): unknown => grid[row]?.[column] ?? "";

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

export function readNegotiationGrid(grid: Grid, where: string): Negotiation {
  if (!isWord(cell(grid, 0, 0), W.title) || !isWord(cell(grid, HEADER_ROW, 0), W.department))
    throw new NotNegotiationSheet({
      da: `${where} er ikke et forhandlingsark: A1 skal være "Forhandling" og A3 "Afdeling". Vælg arket, som guiden Forhandling skrev.`,
      en: `${where} is not a negotiation sheet: A1 must be "Negotiation" and A3 "Department". Choose the sheet the Negotiation wizard wrote.`,
    });
  const unitText = text(cell(grid, 0, 2));
  const unit = (Object.keys(UNIT_WORDS) as SheetUnit[]).find((u) => isWord(unitText, UNIT_WORDS[u])) ?? "mkr";
  const header = grid[HEADER_ROW] ?? [];
  const years: string[] = [];
  for (let c = FIRST_YEAR_COLUMN; c < header.length && !isWord(header[c], W.status); c++) {
    if (text(header[c]) === "") break;
    years.push(text(header[c]));
  }
  const Y = years.length;
  const scenarios: string[] = [];
  const statusColumns: number[] = [];
  for (let c = FIRST_YEAR_COLUMN + Y; c < header.length; c += 1 + 2 * Y) {
    if (!isWord(header[c], W.status)) break;
    statusColumns.push(c);
    scenarios.push(text(cell(grid, 1, c)) || `#${scenarios.length + 1}`);
  }
  const proposals: Proposal[] = [];
  let row = HEADER_ROW + 1;
  for (; row < grid.length && !isWord(cell(grid, row, 0), W.total); row++) {
    const department = text(cell(grid, row, 0));
    const title = text(cell(grid, row, 1));
    if (department === "" && title === "") continue;
    const choices: Choice[] = statusColumns.map((c) => ({
      status: statusOf(cell(grid, row, c)),
      partial: years.map((_, y) => amount(cell(grid, row, c + 1 + y))),
    }));
    proposals.push({
      department,
      title,
      amounts: years.map((_, y) => amount(cell(grid, row, FIRST_YEAR_COLUMN + y)) ?? 0),
      choices,
    });
  }
  let roomRow = row;
  while (roomRow < grid.length && !isWord(cell(grid, roomRow, 0), W.room)) roomRow++;
  const room = years.map((_, y) => amount(cell(grid, roomRow, 1 + y)));
  const quotas = new Map<string, (number | null)[]>();
  let quotaHeader = roomRow;
  while (quotaHeader < grid.length && !isWord(cell(grid, quotaHeader, 0), W.department)) quotaHeader++;
  const departments = new Set(proposals.map((p) => p.department));
  for (let r = quotaHeader + 1; r < grid.length; r++) {
    const name = text(cell(grid, r, 0));
    if (name === "") break;
    if (departments.has(name))
      quotas.set(
        name,
        years.map((_, y) => amount(cell(grid, r, 1 + y))),
      );
  }
  return { unit, years, scenarios, proposals, room, quotas };
}
