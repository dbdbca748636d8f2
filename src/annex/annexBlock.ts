/**
 * The annex as rows of cells with their number formats and kinds, shared by the pane's write and
 * the CLI's .xlsx: title, unit line, headings (rows 1–3, repeated on every printed page), then per
 * department its name, its proposals and its subtotal, and the grand total last.
 */
import type { CellInput, PageSetup } from "../excel/types";
import { amountFormat } from "../text/number";
import { UNIT_WORDS, type SheetLanguage } from "../negotiation/words";
import type { AnnexTable } from "./annexTable";

export type AnnexRowKind = "title" | "unit" | "heading" | "department" | "proposal" | "subtotal" | "total";

export interface AnnexRow {
  kind: AnnexRowKind;
  cells: CellInput[];
  formats: string[];
}

export const ANNEX_WORDS = {
  title: { da: "Vedtagne forslag", en: "Adopted proposals" },
  unitLine: {
    da: "Beløb i {unit}, afrundet, så hver række og kolonne summer til sin total.",
    en: "Amounts in {unit}, rounded so that every row and column adds up to its total.",
  },
  heading: { da: "Afdeling / forslag", en: "Department / proposal" },
  total: { da: "I alt", en: "Total" },
  sheet: { da: "Bilag", en: "Annex" },
};

export const ANNEX_TITLE_ROWS: [number, number] = [1, 3];

export function annexRows(table: AnnexTable, language: SheetLanguage): AnnexRow[] {
  const width = table.years.length + 2;
  const format = amountFormat(table.decimals);
  const line = (kind: AnnexRowKind, label: string, values?: readonly number[], total?: number): AnnexRow => {
    const cells: CellInput[] = [label, ...(values ?? []), ...(total === undefined ? [] : [total])];
    while (cells.length < width) cells.push("");
    return { kind, cells, formats: cells.map((_, c) => (c > 0 && values ? format : "General")) };
  };
  const yearCells = table.years.map((y) => (/^\d{4}$/.test(y) ? Number(y) : y));
  const rows: AnnexRow[] = [
    line("title", `${ANNEX_WORDS.title[language]} – ${table.scenario}`),
    line("unit", ANNEX_WORDS.unitLine[language].replace("{unit}", UNIT_WORDS[table.unit][language])),
    {
      kind: "heading",
      cells: [ANNEX_WORDS.heading[language], ...yearCells, ANNEX_WORDS.total[language]],
      formats: new Array<string>(width).fill("General"),
    },
  ];
  for (const d of table.departments) {
    rows.push(line("department", d.name));
    for (const p of d.proposals) rows.push(line("proposal", p.title, p.cells, p.total));
    rows.push(line("subtotal", `${d.name} ${ANNEX_WORDS.total[language].toLowerCase()}`, d.subtotal, d.total));
  }
  rows.push(line("total", ANNEX_WORDS.total[language], table.yearTotals, table.grandTotal));
  return rows;
}

/** "30.11.2026": the date in the header, as Danish documents write it. */
export function annexDate(date: Date): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export function annexPageSetup(municipality: string, date: Date): PageSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    titleRows: ANNEX_TITLE_ROWS,
    header: { left: municipality, right: annexDate(date) },
    fitToWidth: true,
  };
}
