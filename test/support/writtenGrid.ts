/**
 * What the playground's grid draws of a written block, measured in the page: each cell's shown text,
 * what kind of value it holds, how it is aligned, and whether its text fits. The grid draws every
 * cell with `white-space: nowrap; overflow: hidden; text-overflow: ellipsis`, so text wider than its
 * cell is cut with "…" and never runs on into an empty neighbour, as Excel would let it.
 */
import type { Page } from "playwright-core";
import { cellName, formatRange, parseRange } from "../../src/sheet/address";

export interface GridCell {
  /** The cell's address on its sheet, e.g. "B2". */
  address: string;
  /** What the grid shows in the cell ("" when empty or hidden under a merged area). */
  text: string;
  kind: "number" | "text" | "boolean" | "error" | "empty";
  /** The computed text-align, with start/end read for a left-to-right page. */
  align: "left" | "right" | "center" | "other";
  /** Pixels the text needs beyond the cell's inner width: 0 when it fits. */
  overflow: number;
  /**
   * Pixels of drawn, empty cells right of it in the same row, up to the first one holding something:
   * where Excel would let a left-aligned text run on, and where the grid cuts it instead.
   */
  emptyRight: number;
  /** True when nothing is filled right of it in the row as far as the grid draws (the sheet's edge). */
  runsToEdge: boolean;
  /** Pixels the text itself takes on one line, without the cell's padding. */
  textWidth: number;
  /** True when the sheet sets its column's width (the grid then draws it that wide, as Excel does). */
  widthSet: boolean;
  bold: boolean;
  /** False when the grid draws no cell of its own here (inside a merged area) or draws it with no size. */
  drawn: boolean;
}

/** Reads the grid's cells of a block (its sheet must be the one shown), row by row. */
export async function gridCells(page: Page, address: string): Promise<GridCell[][]> {
  const range = parseRange(address);
  if (!range?.sheet) throw new Error(`gridCells needs an address with a sheet; got "${address}"`);
  const names: string[][] = [];
  for (let row = range.start.row; row <= range.end.row; row++) {
    const line: string[] = [];
    for (let column = range.start.column; column <= range.end.column; column++) line.push(cellName({ row, column }));
    names.push(line);
  }
  const request = { sheet: range.sheet, names, top: range.start.row, left: range.start.column };
  return page.evaluate(({ sheet, names, top, left }) => {
    const workbook = window.raaderum?.workbook;
    if (!workbook) throw new Error("window.raaderum.workbook is missing: is this the playground?");
    const cells = new Map<string, HTMLTableCellElement>();
    for (const td of Array.from(document.querySelectorAll<HTMLTableCellElement>("[data-testid=grid] td[data-cell]")))
      cells.set(td.dataset.cell ?? "", td);
    const kindOf = (row: number, column: number) => {
      const value = workbook.value(sheet, row, column);
      if (typeof value === "number") return "number" as const;
      if (typeof value === "boolean") return "boolean" as const;
      if (typeof value === "object") return "error" as const;
      return value === "" ? ("empty" as const) : ("text" as const);
    };
    const textWidth = (td: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getBoundingClientRect().width;
    };
    const alignOf = (td: HTMLElement) => {
      const align = getComputedStyle(td).textAlign;
      if (align === "left" || align === "start") return "left" as const;
      if (align === "right" || align === "end") return "right" as const;
      return align === "center" ? ("center" as const) : ("other" as const);
    };
    return names.map((line, r) =>
      line.map((name, c) => {
        const row = top + r;
        const column = left + c;
        const td = cells.get(`${sheet}!${name}`);
        const box = td?.getBoundingClientRect();
        let emptyRight = 0;
        let runsToEdge = true;
        // The row's next cells to the right, while drawn and empty.
        for (let next = td?.nextElementSibling; next instanceof HTMLTableCellElement; next = next.nextElementSibling) {
          const cell = next.dataset.cell ?? "";
          const nextColumn = /^([A-Z]+)/.exec(cell.slice(cell.lastIndexOf("!") + 1))?.[1] ?? "";
          const index = Array.from(nextColumn).reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          if (next.dataset.merged || kindOf(row, index) !== "empty") {
            runsToEdge = false;
            break;
          }
          emptyRight += next.getBoundingClientRect().width;
        }
        return {
          address: name,
          text: td?.textContent ?? "",
          kind: kindOf(row, column),
          align: td ? alignOf(td) : "other",
          overflow: td ? Math.max(0, td.scrollWidth - td.clientWidth) : 0,
          emptyRight,
          runsToEdge,
          textWidth: td ? textWidth(td) : 0,
          widthSet: workbook.sheet(sheet)?.columnWidths.has(column) ?? false,
          bold: td ? Number(getComputedStyle(td).fontWeight) >= 600 : false,
          drawn: box !== undefined && box.width > 0 && box.height > 0,
        };
      }),
    );
  }, request);
}

/** The address a write notice names, e.g. "'Kvote-eksempel'!E1:G7" from "Skrevet til 'Kvote-eksempel'!E1:G7 af guiden Kvote." */
export function noticeAddress(notice: string): string {
  const match = /(?:Skrevet til|Written to) (.+?) (?:af guiden|by the) /.exec(notice);
  const range = match ? parseRange(match[1] ?? "") : undefined;
  if (!range?.sheet) throw new Error(`no address with a sheet in the notice "${notice}"`);
  return formatRange(range);
}

/**
 * A number as the grid shows it in the pane's language ("1.234,5" in Danish, "1,234.5" in English)
 * as a whole number of its last printed place, with the places, so printed parts are summed exactly:
 * "-0,2" is { units: -2, places: 1 }. Undefined for text that is not a plain printed number.
 */
export function shownUnits(text: string, language: "da" | "en"): { units: number; places: number } | undefined {
  const [group, mark] = language === "da" ? [".", ","] : [",", "."];
  const plain = text.trim().replace(/\u2212/g, "-");
  const escaped = (s: string) => (s === "." ? "\\." : s);
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${escaped(group)}\\d{3})*|\\d+)(?:${escaped(mark)}(\\d+))?$`);
  const match = pattern.exec(plain);
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction = ""] = match;
  const digits = `${whole.split(group).join("")}${fraction}`;
  const units = Number(digits);
  return { units: sign === "-" && units !== 0 ? -units : units, places: fraction.length };
}
