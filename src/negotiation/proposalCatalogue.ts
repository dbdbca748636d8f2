/**
 * Proposals from a catalogue: the consolidated one the department workbooks wizard writes, or any
 * table with a heading row naming the department and title columns and the years (2027, 2028, …).
 */
import { exactSum, parseNumberText } from "../core";
import { isAnyTotalLabel, isTotalLabel, isUnitsText } from "../sheet/tableShapeLabels";
import { RowsPassedOver, type CatalogueInference } from "./catalogueInferences";
import { proposalKey } from "./model";
import type { Grid } from "./readSheet";
import type { Text } from "../text/bilingual";
import { UserError } from "../text/userError";

export interface CatalogueProposal {
  department: string;
  title: string;
  amounts: number[];
}

export interface CatalogueRows {
  years: string[];
  proposals: CatalogueProposal[];
  /** What the reading passed over or read on its own (catalogueInferences.ts), for the preview to say. */
  inferences: CatalogueInference[];
}

/** A problem in the catalogue the user can mend, in both languages. */
export class CatalogueProblem extends UserError {
  constructor(text: Text) {
    super(text);
    this.name = "CatalogueProblem";
  }
}

const DEPARTMENT = ["afdeling", "department", "afd."];
const TITLE = ["titel", "title", "forslag", "proposal", "overskrift"];
/** A title may stand above the heading row (a selection dragged from the sheet's top). */
const HEADING_SEARCH = 5;

const text = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" || typeof v === "boolean" ? String(v) : "";

/** A row's amounts as read, and how: which were blank (read as 0) and which were typed as text. */
interface ReadAmounts {
  amounts: number[];
  blank: number[];
  typedAsText: number[];
}

function amountsOf(
  row: readonly unknown[],
  yearColumns: readonly number[],
  at: (column: number) => string,
): ReadAmounts {
  const read: ReadAmounts = { amounts: [], blank: [], typedAsText: [] };
  for (const c of yearColumns) {
    const v = row[c];
    if (text(v) === "") {
      read.blank.push(c);
      read.amounts.push(0);
      continue;
    }
    const n = typeof v === "number" ? v : parseNumberText(text(v));
    if (n === undefined || !Number.isFinite(n))
      throw new CatalogueProblem({
        da: `${at(c)}: "${text(v)}" er ikke et beløb. Skriv et tal, fx 1,5.`,
        en: `${at(c)}: "${text(v)}" is not an amount. Type a number, e.g. 1.5.`,
      });
    if (typeof v === "string") read.typedAsText.push(c);
    read.amounts.push(n);
  }
  return read;
}

/** The row passed over as a total, subtotal or units row, said as the table reader says it; else undefined. */
function passedOver(d: string, t: string, row: string): CatalogueInference | undefined {
  const label = d === "" ? t : t === "" ? d : `${d} ${t}`;
  if (isTotalLabel(d) || isTotalLabel(t)) return { code: "totalRowLeftOut", row, label, bySum: false };
  if (isAnyTotalLabel(d) || isAnyTotalLabel(t)) return { code: "subtotalRowLeftOut", row, label, bySum: false };
  if ((d === "" && isUnitsText(t)) || (t === "" && isUnitsText(d))) return { code: "unitsRowLeftOut", row, label };
  return undefined;
}

/** The heading row: the first of the top rows naming both the department and the title column. */
function headingRowOf(grid: Grid): number {
  return Math.max(
    0,
    grid.slice(0, HEADING_SEARCH).findIndex((row) => {
      const cells = row.map((v) => text(v).toLowerCase());
      return cells.some((h) => DEPARTMENT.includes(h)) && cells.some((h) => TITLE.includes(h));
    }),
  );
}

/**
 * Reads the proposals; `cellName(row, column)` names a cell of the grid for messages. Blank amounts
 * are 0; the catalogue's own total rows, a units row, blank rows and a title above the headings are
 * passed over, and each is said in `inferences`, as are numbers typed as text and trimmed spaces.
 */
export function readCatalogueGrid(
  grid: Grid,
  where: string,
  cellName: (row: number, column: number) => string,
): CatalogueRows {
  const headingRow = headingRowOf(grid);
  const header = (grid[headingRow] ?? []).map((v) => text(v).toLowerCase());
  const department = header.findIndex((h) => DEPARTMENT.includes(h));
  const title = header.findIndex((h) => TITLE.includes(h));
  const yearColumns = header.flatMap((h, c) => (/^\d{4}$/.test(h) ? [c] : []));
  if (department < 0 || title < 0 || yearColumns.length === 0)
    throw new CatalogueProblem({
      da: `${where}: en af de første ${HEADING_SEARCH} rækker skal have overskrifterne Afdeling, Titel og årstallene (fx 2027). Vælg kataloget med dets overskriftsrække, fx Forslag!A1:F8.`,
      en: `${where}: one of the first ${HEADING_SEARCH} rows must hold the headings Department, Title and the years (e.g. 2027). Select the catalogue with its heading row, e.g. Forslag!A1:F8.`,
    });
  const rows = new RowsPassedOver();
  for (let r = 0; r < headingRow; r++) {
    const label = (grid[r] ?? []).map(text).find((v) => v !== "");
    if (label === undefined) rows.blank(cellName(r, department));
    else rows.row({ code: "titleRowLeftOut", row: cellName(r, department), label });
  }
  const notRead = header.flatMap((h, c) =>
    h !== "" && c !== department && c !== title && !yearColumns.includes(c) ? [c] : [],
  );
  const proposals: CatalogueProposal[] = [];
  const seen = new Map<string, number>();
  const blanks: { cells: string[]; names: string[] } = { cells: [], names: [] };
  const typed: { cells: string[]; texts: string[]; values: number[] } = { cells: [], texts: [], values: [] };
  const spaced: { cells: string[]; texts: string[] } = { cells: [], texts: [] };
  for (let r = headingRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const d = text(row[department]);
    const t = text(row[title]);
    if (d === "" && t === "") {
      const unnamed = unnamedRow(row, yearColumns, proposals, r, (c) => cellName(r, c), cellName(r, department));
      if (unnamed === "blank") rows.blank(cellName(r, department));
      else rows.row(unnamed);
      continue;
    }
    const skipped = passedOver(d, t, cellName(r, department));
    if (skipped) {
      rows.row(skipped);
      continue;
    }
    rows.row();
    const read = amountsOf(row, yearColumns, (c) => cellName(r, c));
    if (d === "" || t === "")
      throw new CatalogueProblem({
        da: `${cellName(r, d === "" ? department : title)}: forslaget mangler ${d === "" ? "afdeling" : "titel"}. Skriv den, så forslaget kan genkendes ved næste kørsel.`,
        en: `${cellName(r, d === "" ? department : title)}: the proposal has no ${d === "" ? "department" : "title"}. Type it, so the proposal is recognised on the next run.`,
      });
    const key = proposalKey(d, t);
    if (seen.has(key))
      throw new CatalogueProblem({
        da: `${cellName(r, title)}: "${t}" i ${d} står også i række ${(seen.get(key) as number) + 1} af markeringen. Giv forslagene hver sin titel; de kendes på afdeling og titel.`,
        en: `${cellName(r, title)}: "${t}" in ${d} is also on row ${(seen.get(key) as number) + 1} of the selection. Give each proposal its own title; they are known by department and title.`,
      });
    seen.set(key, r);
    for (const c of [department, title]) {
      const raw = row[c];
      if (typeof raw === "string" && raw !== raw.trim()) {
        spaced.cells.push(cellName(r, c));
        spaced.texts.push(raw);
      }
    }
    for (const c of read.blank) {
      blanks.cells.push(cellName(r, c));
      blanks.names.push(t);
    }
    for (const c of read.typedAsText) {
      typed.cells.push(cellName(r, c));
      typed.texts.push(text(row[c]));
      typed.values.push(read.amounts[yearColumns.indexOf(c)] as number);
    }
    proposals.push({ department: d, title: t, amounts: read.amounts });
  }
  rows.flush();
  if (proposals.length === 0)
    throw new CatalogueProblem({
      da: `${where} har ingen forslag under overskrifterne. Vælg kataloget med dets forslag.`,
      en: `${where} has no proposals under the headings. Select the catalogue with its proposals.`,
    });
  const inferences: CatalogueInference[] = [];
  if (notRead.length > 0)
    inferences.push({
      code: "columnsNotRead",
      cells: notRead.map((c) => cellName(headingRow, c)),
      labels: notRead.map((c) => text(grid[headingRow]?.[c])),
    });
  inferences.push(...rows.inferences);
  if (blanks.cells.length > 0) inferences.push({ code: "blankReadAsZero", ...blanks });
  if (typed.cells.length > 0) inferences.push({ code: "numbersFromText", ...typed });
  if (spaced.cells.length > 0) inferences.push({ code: "spacesTrimmed", ...spaced });
  return { years: yearColumns.map((c) => header[c] as string), proposals, inferences };
}

/**
 * A row with neither department nor title: blank (said with its run), a units row over the amounts,
 * a total when its amounts are the sums of the proposals above it, and else a proposal without a name.
 */
function unnamedRow(
  row: readonly unknown[],
  yearColumns: readonly number[],
  proposals: readonly CatalogueProposal[],
  r: number,
  at: (column: number) => string,
  first: string,
): CatalogueInference | "blank" {
  const cells = yearColumns.map((c) => text(row[c])).filter((v) => v !== "");
  if (cells.length === 0) return "blank";
  if (cells.every(isUnitsText)) return { code: "unitsRowLeftOut", row: first, label: cells[0] as string };
  if (isSumOf(amountsOf(row, yearColumns, at).amounts, proposals))
    return { code: "totalRowLeftOut", row: first, label: "", bySum: true };
  throw new CatalogueProblem({
    da: `${first}: rækken har beløb, men hverken afdeling eller titel (række ${r + 1} af markeringen). Skriv dem, eller fjern rækken fra markeringen.`,
    en: `${first}: the row has amounts, but neither department nor title (row ${r + 1} of the selection). Type them, or leave the row out of the selection.`,
  });
}

/** Each amount is the exact sum of the proposals' amounts of its year (and there is a proposal). */
function isSumOf(amounts: readonly number[], proposals: readonly CatalogueProposal[]): boolean {
  return proposals.length > 0 && amounts.every((a, y) => a === exactSum(proposals.map((p) => p.amounts[y] ?? 0)));
}
