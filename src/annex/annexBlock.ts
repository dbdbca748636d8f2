/**
 * The annex as rows of cells with their number formats and kinds, and its layout (bold rows, column
 * widths, right-aligned figures, the lines under the heading, subtotals and total, the title's size),
 * shared by the pane's write and the CLI's .xlsx: title, unit line, headings (rows 1–3, repeated on
 * every printed page), then per department its name, its proposals and its subtotal, and the grand
 * total last.
 */
import type { BottomBorder, CellInput, HorizontalAlignment, PageSetup, WriteBlock } from "../sheet/types";
import { pointsFromCharacterWidth } from "../sheet/blockLayout";
import { shownText, textCell } from "../sheet/textCell";
import { wrappedRowHeight } from "../sheet/wrapHeight";
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
    const cells: CellInput[] = [textCell(label), ...(values ?? []), ...(total === undefined ? [] : [total])];
    while (cells.length < width) cells.push("");
    return { kind, cells, formats: cells.map((_, c) => (c > 0 && values ? format : "General")) };
  };
  const yearCells = table.years.map((y) => (/^\d{4}$/.test(y) ? Number(y) : textCell(y)));
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

/** The rows printed bold, in the .xlsx and in the pane's write alike: everything but the unit line and the proposals. */
export const ANNEX_BOLD: ReadonlySet<AnnexRowKind> = new Set(["title", "heading", "department", "subtotal", "total"]);

/** Characters the widest figure of a column prints as (grouping marks and sign included), plus room: no "####". */
function figureWidth(rows: readonly AnnexRow[], column: number, decimals: number): number {
  let widest = 0;
  for (const row of rows) {
    const v = row.cells[column];
    if (typeof v !== "number") continue;
    const digits = Math.abs(v).toFixed(decimals).split(".")[0]?.length ?? 1;
    widest = Math.max(
      widest,
      digits + Math.floor((digits - 1) / 3) + (decimals > 0 ? decimals + 1 : 0) + (v < 0 ? 1 : 0),
    );
  }
  return Math.max(12, widest + 4);
}

/**
 * Column widths in characters, as an .xlsx stores them (exceljs's `width`): 44 for the department
 * and proposal names, the widest figure with room for the others.
 */
export function annexColumnWidths(rows: readonly AnnexRow[], decimals: number): number[] {
  const width = rows[2]?.cells.length ?? 2;
  return Array.from({ length: width }, (_, c) => (c === 0 ? 44 : figureWidth(rows, c, decimals)));
}

/** The line under a row: thin under the heading and each subtotal, double under the grand total. */
export function annexBottomBorder(kind: AnnexRowKind): BottomBorder {
  return kind === "total" ? "double" : kind === "heading" || kind === "subtotal" ? "thin" : "none";
}

/** Figures and the year headings right-aligned, so their digits line up; the names column as Excel has it. */
export function annexAlignment(column: number): HorizontalAlignment {
  return column > 0 ? "Right" : "General";
}

/** A proposal's name one level in under its department's. */
export function annexIndent(kind: AnnexRowKind, column: number): number {
  return kind === "proposal" && column === 0 ? 1 : 0;
}

/** The title 13 points, everything else Excel's 11. */
export function annexFontSize(kind: AnnexRowKind): number {
  return kind === "title" ? 13 : 11;
}

/** The rows whose first cell wraps: the title and the unit line, which pass the names' column. */
const ANNEX_WRAPPED: ReadonlySet<AnnexRowKind> = new Set(["title", "unit"]);

/**
 * The title and the unit line wrap within the names' column, their rows as tall as their lines by
 * wrappedRowHeight (the title's 13 points counted as such): the unit line is longer than the column,
 * and a text spilling over the empty cells to its right shows in Excel but is cut where those cells
 * are not empty or the view clips (the playground), and a long scenario name makes the title longer.
 * The other rows keep their heights (null).
 */
function annexWrap(rows: readonly AnnexRow[], widths: readonly number[]): Pick<WriteBlock, "wrapText" | "rowHeights"> {
  const wraps = (kind: AnnexRowKind, c: number) => ANNEX_WRAPPED.has(kind) && c === 0;
  return {
    wrapText: rows.map((r) => r.cells.map((_, c) => wraps(r.kind, c))),
    rowHeights: rows.map((r) => {
      const label = r.cells[0];
      if (!ANNEX_WRAPPED.has(r.kind) || typeof label !== "string") return null;
      return wrappedRowHeight([shownText(label)], widths, annexFontSize(r.kind));
    }),
  };
}

/**
 * The annex as the pane writes it and the .xlsx formats it: the rows' cells and formats, bold rows,
 * alignment, bottom borders, font sizes, the proposals' indent, the title and unit line wrapped with
 * their rows' heights, and the .xlsx's widths in points.
 */
export function annexWriteBlock(rows: readonly AnnexRow[], decimals: number): WriteBlock {
  const widths = annexColumnWidths(rows, decimals);
  return {
    formulas: rows.map((r) => r.cells),
    numberFormats: rows.map((r) => r.formats),
    bold: rows.map((r) => r.cells.map(() => ANNEX_BOLD.has(r.kind))),
    columnWidths: widths.map(pointsFromCharacterWidth),
    horizontalAlignment: rows.map((r) => r.cells.map((_, c) => annexAlignment(c))),
    bottomBorder: rows.map((r) => r.cells.map(() => annexBottomBorder(r.kind))),
    fontSize: rows.map((r) => r.cells.map(() => annexFontSize(r.kind))),
    indentLevel: rows.map((r) => r.cells.map((_, c) => annexIndent(r.kind, c))),
    ...annexWrap(rows, widths),
  };
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
