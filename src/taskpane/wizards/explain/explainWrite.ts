/**
 * "Skriv forklaring": the explanation as a sheet for the audit file and the council's questions: a
 * heading naming the formula, the rule and the selected part's story in words, then the whole table
 * with the selected row marked. Every text goes in through textCell (a name such as "-MSB" or a
 * formula text must never become a live formula).
 */
import { formatRange, parseRange } from "../../../sheet/address";
import { textCell } from "../../../sheet/textCell";
import type { CellInput } from "../../../sheet/types";
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
  const formulas: CellInput[][] = [
    line(`${t.title[language]}: ${cell}`),
    line(`${t.formula[language]}: ${sources.formula}`),
    line(""),
    ...view.lines.map((text) => line(text)),
    line(""),
    line(view.headings[0] ?? "", ...view.headings.slice(1)),
    ...view.rows.map((r) => line(`${r.selected ? "▶ " : ""}${r.label}`, ...r.cells)),
  ];
  const tableStart = formulas.length - view.rows.length - 1;
  const bold = formulas.map((row, r) =>
    row.map(() => r === 0 || r === tableStart || view.rows[r - tableStart - 1]?.selected === true),
  );
  return {
    wizard: "explain",
    method: { da: `${t.method.da} ${sources.formula}`, en: `${t.method.en} ${sources.formula}` },
    inputs: { cell, formula: sources.formula },
    topLeft: NEW_SHEET_TARGET,
    newSheet: t.sheet[language],
    block: { formulas, bold },
  };
}

/** The selected cell's own address, with the anchor's sheet. */
function selectedCell(sources: ExplainSources): string {
  const anchor = parseRange(sources.anchor);
  if (!anchor) return sources.anchor;
  const cell = { row: anchor.start.row + sources.row, column: anchor.start.column + sources.column };
  return formatRange({ sheet: anchor.sheet, start: cell, end: cell });
}
