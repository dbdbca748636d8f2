/**
 * Proposals from a catalogue: the consolidated one the department workbooks wizard writes, or any
 * table with a heading row naming the department and title columns and the years (2027, 2028, …).
 */
import { parseNumberText } from "../core";
import { isAnyTotalLabel, isUnitsText } from "../sheet/tableShapeLabels";
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

/**
 * Reads the proposals; `cellName(row, column)` names a cell of the grid for messages. Blank amounts
 * are 0; the catalogue's own total row and blank rows are passed over.
 */
export function readCatalogueGrid(
  grid: Grid,
  where: string,
  cellName: (row: number, column: number) => string,
): CatalogueRows {
  const headingRow = Math.max(
    0,
    grid.slice(0, HEADING_SEARCH).findIndex((row) => {
      const cells = row.map((v) => text(v).toLowerCase());
      return cells.some((h) => DEPARTMENT.includes(h)) && cells.some((h) => TITLE.includes(h));
    }),
  );
  const header = (grid[headingRow] ?? []).map((v) => text(v).toLowerCase());
  const department = header.findIndex((h) => DEPARTMENT.includes(h));
  const title = header.findIndex((h) => TITLE.includes(h));
  const yearColumns = header.flatMap((h, c) => (/^\d{4}$/.test(h) ? [c] : []));
  if (department < 0 || title < 0 || yearColumns.length === 0)
    throw new CatalogueProblem({
      da: `${where}: første række skal have overskrifterne Afdeling, Titel og årstallene (fx 2027). Vælg kataloget med dets overskriftsrække, fx Forslag!A1:F8.`,
      en: `${where}: the first row must hold the headings Department, Title and the years (e.g. 2027). Select the catalogue with its heading row, e.g. Forslag!A1:F8.`,
    });
  const proposals: CatalogueProposal[] = [];
  const seen = new Map<string, number>();
  for (let r = headingRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const d = text(row[department]);
    const t = text(row[title]);
    if (d === "" && t === "") continue;
    // The catalogue's own totals and subtotals ("I alt", "MSB i alt") and a units row are no proposals.
    if (isAnyTotalLabel(d) || isAnyTotalLabel(t) || (d === "" && isUnitsText(t)) || (t === "" && isUnitsText(d)))
      continue;
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
    const amounts = yearColumns.map((c) => {
      const v = row[c];
      if (v === "" || v === null || v === undefined) return 0;
      const n = typeof v === "number" ? v : parseNumberText(text(v));
      if (n === undefined || !Number.isFinite(n))
        throw new CatalogueProblem({
          da: `${cellName(r, c)}: "${text(v)}" er ikke et beløb. Skriv et tal, fx 1,5.`,
          en: `${cellName(r, c)}: "${text(v)}" is not an amount. Type a number, e.g. 1.5.`,
        });
      return n;
    });
    proposals.push({ department: d, title: t, amounts });
  }
  if (proposals.length === 0)
    throw new CatalogueProblem({
      da: `${where} har ingen forslag under overskrifterne. Vælg kataloget med dets forslag.`,
      en: `${where} has no proposals under the headings. Select the catalogue with its proposals.`,
    });
  return { years: yearColumns.map((c) => header[c] as string), proposals };
}
