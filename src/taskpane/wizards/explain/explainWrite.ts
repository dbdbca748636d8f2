/**
 * "Skriv forklaring": the explanation as a sheet for the audit file and the council's questions: a
 * heading naming the formula, the rule and the selected part's story in words, then the whole table
 * with the selected row marked. Every text goes in through textCell (a name such as "-MSB" or a
 * formula text must never become a live formula). The table's figures go in as numbers, each column
 * with one number of places (the most the explanation shows in it), so the decimals line up and a
 * reader can sum them; a figure the explanation cuts ("…") or marks (↑ ↓) keeps its mark in its format.
 */
import { shiftDecimal } from "../../../core";
import { formatRange, parseRange } from "../../../sheet/address";
import { blockColumnWidths, headingAlignment } from "../../../sheet/columnFit";
import { textCell } from "../../../sheet/textCell";
import type { CellInput } from "../../../sheet/types";
import { amountFormat, percentFormat } from "../../../text/number";
import { explainedFormula } from "./explainedFormula";
import { NEW_SHEET_TARGET } from "../../logic/target";
import type { Language, PlannedWrite } from "../contract";
import { explainText as t } from "./explainText";
import type { ExplainSources } from "./explainSources";
import type { ExplainView } from "./explainView";

export function buildExplainWrite(sources: ExplainSources, view: ExplainView, language: Language): PlannedWrite {
  // The headings name the label column too: one column per heading, so each stands over its values.
  const width = Math.max(2, view.headings.length);
  const line = (first: string, ...rest: string[]): CellInput[] => {
    const row: CellInput[] = [textCell(first), ...rest.map(textCell)];
    while (row.length < width) row.push("");
    return row;
  };
  const cell = selectedCell(sources);
  const top: CellInput[][] = [
    line(`${t.title[language]}: ${cell}`),
    line(`${t.formula[language]}: ${explainedFormula(sources.formula, language)}`),
    line(""),
    ...view.lines.map((text) => line(text)),
    line(""),
    line(view.headings[0] ?? "", ...view.headings.slice(1)),
  ];
  const table = tableCells(view, language);
  const formulas: CellInput[][] = [
    ...top,
    ...view.rows.map((r, i) => {
      const row: CellInput[] = [textCell(`${r.selected ? "▶ " : ""}${r.label}`), ...(table.cells[i] ?? [])];
      while (row.length < width) row.push("");
      return row;
    }),
  ];
  const tableStart = top.length - 1;
  const numberFormats = formulas.map((row, r) =>
    row.map((_, c) => table.formats[r - top.length]?.[c - 1] ?? "General"),
  );
  const bold = formulas.map((row, r) =>
    row.map(() => r === 0 || r === tableStart || view.rows[r - tableStart - 1]?.selected === true),
  );
  const figures = table.cells.flat().filter((v): v is number => typeof v === "number");
  return {
    wizard: "explain",
    method: { da: `${t.method.da} ${sources.formula}`, en: `${t.method.en} ${sources.formula}` },
    inputs: { cell, formula: sources.formula },
    topLeft: NEW_SHEET_TARGET,
    newSheet: t.sheet[language],
    block: {
      formulas,
      numberFormats,
      bold,
      columnWidths: blockColumnWidths(formulas, numberFormats, figures, bold),
      horizontalAlignment: headingAlignment(numberFormats, tableStart),
    },
  };
}

/** The selected cell's own address, with the anchor's sheet. */
function selectedCell(sources: ExplainSources): string {
  const anchor = parseRange(sources.anchor);
  if (!anchor) return sources.anchor;
  const cell = { row: anchor.start.row + sources.row, column: anchor.start.column + sources.column };
  return formatRange({ sheet: anchor.sheet, start: cell, end: cell });
}

/** A figure as the explanation shows it: its value, places, whether a percentage, and its mark. */
interface ShownFigure {
  value: number;
  places: number;
  percent: boolean;
  mark: string;
}

/** Reads "0,284", "13,5 %", "0,666666…" or "5,0 ↑" in the language's marks; undefined for any other text. */
export function shownFigure(text: string, language: Language): ShownFigure | undefined {
  const [group, point] = language === "da" ? [".", ","] : [",", "."];
  const match = /^(-?[\d.,]+?)(…)?( ?%)?( [↑↓])?$/.exec(text);
  if (!match) return undefined;
  const [, digits = "", cut = "", percent, arrow = ""] = match;
  const plain = digits.split(group).join("").replace(point, ".");
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  const places = plain.split(".")[1]?.length ?? 0;
  // The point moves in decimal terms: 13,5 % is exactly 0.135.
  const value = percent ? shiftDecimal(Number(plain), -2) : Number(plain);
  return { value, places, percent: percent !== undefined, mark: `${cut}${arrow}` };
}

/**
 * The table's cells (after the label column) as numbers where the view shows a figure, and each
 * cell's number format: per column the most places shown in it, a percentage as a percentage.
 */
function tableCells(view: ExplainView, language: Language): { cells: CellInput[][]; formats: string[][] } {
  const shown = view.rows.map((r) => r.cells.map((text) => shownFigure(text, language)));
  const columns = Math.max(0, ...view.rows.map((r) => r.cells.length));
  const places = Array.from({ length: columns }, (_, c) => Math.max(0, ...shown.map((row) => row[c]?.places ?? 0)));
  const formatOf = (figure: ShownFigure | undefined, c: number): string => {
    if (!figure) return "General";
    const body = figure.percent ? percentFormat(places[c] ?? 0, language) : amountFormat(places[c] ?? 0);
    return figure.mark === "" ? body : `${body}"${figure.mark}"`;
  };
  return {
    cells: view.rows.map((r, i) => r.cells.map((text, c) => shown[i]?.[c]?.value ?? textCell(text))),
    formats: shown.map((row) => row.map(formatOf)),
  };
}
