/**
 * Tables as people make them, read as they meant them: a title, one or two heading rows (text or
 * years where the amounts are), a units row, data rows with blank separators and group labels,
 * subtotals ("MSB i alt"), a total ("I alt", or a row that is the sum of those above it), a
 * footnote. Pure and host-free: a grid of values in (with hidden rows, merged cells and number
 * formats where the host gave them), the role of every row out, with what was inferred and what
 * must be asked. Nothing here reads a cell as an amount for a calculation; the readers above it do.
 */
import { cellAddress } from "./address";
import { largest } from "./extremes";
import { fillMerges, findColumns } from "./tableShapeColumns";
import {
  isAnyTotalLabel,
  isBlankCell,
  isUnitsText,
  isWordCell,
  isYearRow,
  labelOf,
  numberIn,
} from "./tableShapeLabels";
import { isPercentCell, printedDecimals, RunningSums, showsEveryDigit } from "./tableShapeSums";
import type { Answers, Inference, Question, RowKind, RowRole } from "./tableShapeTypes";
import type { CellValue, RangeData } from "./types";

export type { Answers, Inference, Question, RowKind, RowRole } from "./tableShapeTypes";

/** The grid and what the host knows about it; `range` names cells in the inferences. */
export type TableInput = Pick<RangeData, "values" | "hiddenRows" | "merges"> &
  Partial<Pick<RangeData, "numberFormats" | "range">>;

export interface TableShapeOptions {
  /** How many amount columns the reader wants (1 for a key); every column from the first when undefined. */
  amountColumns?: number;
  /** The columns as the reader knows them (a tree export's fixed four), instead of found. */
  columns?: { names: number | undefined; amounts: number[] };
  /** A row with a name and no amounts is data (a tree's areas), not a label. */
  labelRowsAreData?: boolean;
  answers?: Answers;
}

export interface TableShape {
  /** One per row of the grid. */
  rows: RowRole[];
  /** The rows that are data, in order. */
  dataRows: number[];
  names: number | undefined;
  group: number | undefined;
  amounts: number[];
  /** The heading rows (one or two, or none). */
  headingRows: number[];
  /** The decimals the amounts are printed with. */
  decimals: number;
  /** The amounts are percentages (by their format or a typed %). */
  percent: boolean;
  inferences: Inference[];
  /** Unanswered questions; the reader's user computes nothing while there is one. */
  questions: Question[];
}

interface Provisional {
  kind: RowKind;
  sumRow?: boolean;
}

export function readTableShape(table: TableInput, options: TableShapeOptions = {}): TableShape {
  const width = largest(
    table.values.map((row) => row.length),
    0,
  );
  const grid = fillMerges(table.values, table.merges);
  const cols = options.columns
    ? { ...options.columns, group: undefined }
    : findColumns(grid, width, options.amountColumns);
  const at = (r: number, c: number) => (table.range ? cellAddress(table.range, r, c) : `R${r + 1}C${c + 1}`);
  const nameAt = (r: number) => (cols.names === undefined ? "" : labelOf(grid[r]?.[cols.names]));
  const amountCells = (r: number) => cols.amounts.map((c) => grid[r]?.[c]);
  const amountNumbers = (r: number) => amountCells(r).map((v) => numberIn(v) ?? 0);
  const labelColumn = cols.names ?? cols.group ?? 0;
  const rowLabel = (r: number) =>
    nameAt(r) || (grid[r] ?? []).map(labelOf).find((text) => text !== "" && numberIn(text) === undefined) || "";
  const answers = options.answers ?? {};

  const amountFigures = grid.flatMap((row, r) =>
    cols.amounts.flatMap((c) => {
      const value = numberIn(row[c]);
      return value === undefined ? [] : [{ value, format: table.numberFormats?.[r]?.[c] }];
    }),
  );
  const decimals = printedDecimals(amountFigures);
  const exact = showsEveryDigit(amountFigures);

  // First pass: what each row is by its own cells and the rows above it.
  const kinds: Provisional[] = [];
  let seenData = false;
  let seenHeading = false;
  const questions: Question[] = [];
  let section = new RunningSums();
  const all = new RunningSums();
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const cells = amountCells(r);
    const label = rowLabel(r);
    const hasNumbers = cells.some((v) => numberIn(v) !== undefined);
    const words = row.filter((v) => isWordCell(v)).map(labelOf);
    let kind: Provisional;
    const headingWords = cells.some((v) => isWordCell(v) && !isUnitsText(labelOf(v)));
    if (row.every((v) => isBlankCell(v))) kind = { kind: "blank" };
    else if (!seenData && !seenHeading && mergedTitle(table, r)) kind = { kind: "title" };
    else if (!seenData && headingWords) kind = { kind: "heading" };
    else if (hasNumbers) {
      if (!seenData && isYearRow(cells) && yearHeading(cells, nameAt(r), cols.amounts.length))
        kind = { kind: "heading" };
      else if (isAnyTotalLabel(label) || words.some(isAnyTotalLabel)) kind = { kind: "total", sumRow: true };
      else if (section.isSum(amountNumbers(r), decimals, exact) || all.isSum(amountNumbers(r), decimals, exact)) {
        const id = `sum:${at(r, labelColumn)}`;
        if (nameAt(r) === "" || answers[id] === "total") kind = { kind: "total", sumRow: true };
        else if (answers[id] === "data") kind = { kind: "data" };
        else {
          questions.push({ code: "sumRowWithName", id, row: at(r, labelColumn), label });
          kind = { kind: "data" };
        }
      } else kind = { kind: "data" };
    } else if (words.some(isUnitsText) && !cells.some((v) => isWordCell(v) && !isUnitsText(labelOf(v))))
      kind = { kind: "units" };
    else if (cells.some(isWordCell)) {
      // Text where the amounts go: a heading above the data, a total's note, or a mistake in a data cell.
      if (!seenData) kind = { kind: "heading" };
      else if (isAnyTotalLabel(label)) kind = { kind: "total", sumRow: true };
      else kind = { kind: "data" };
    } else if (isAnyTotalLabel(label)) kind = { kind: "total", sumRow: true };
    else if (options.labelRowsAreData && nameAt(r) !== "") kind = { kind: "data" };
    else if (!seenData && !seenHeading) kind = { kind: "title" };
    else kind = { kind: "label" };

    if (kind.kind === "heading") seenHeading = true;
    if (kind.kind === "data") {
      seenData = true;
      section.add(amountNumbers(r));
      all.add(amountNumbers(r));
    }
    if (kind.sumRow) section = new RunningSums();
    if (kind.kind === "label") section = new RunningSums();
    kinds.push(kind);
  }

  // Second pass: what a row is by the rows below it.
  const isData = (r: number) => kinds[r]?.kind === "data";
  const dataAfter = (r: number) => kinds.some((k, i) => i > r && k.kind === "data");
  const previousFilled = (r: number) => {
    for (let i = r - 1; i >= 0; i--) if (kinds[i]?.kind !== "blank") return i;
    return -1;
  };
  const rows: RowRole[] = kinds.map((k, r) => {
    let kind = k.kind;
    if (k.sumRow) kind = dataAfter(r) || kinds.some((later, i) => i > r && later.sumRow) ? "subtotal" : "total";
    if (kind === "label") {
      const id = `zero:${at(r, labelColumn)}`;
      if (!dataAfter(r)) kind = "footnote";
      else if (isData(previousFilled(r)) && previousFilled(r) === r - 1) {
        // A name without an amount between named amounts: a department at 0, or a heading for those below.
        if (answers[id] === "zero") kind = "data";
        else if (answers[id] !== "label")
          questions.push({ code: "labelOrZero", id, row: at(r, labelColumn), label: rowLabel(r) });
      }
    }
    return { kind, hidden: table.hiddenRows?.[r] === true, label: rowLabel(r) };
  });

  // Groups: the group column, else the label row the data stands under.
  let current: string | undefined;
  rows.forEach((role, r) => {
    if (role.kind === "label") current = role.label;
    if (role.kind === "subtotal") current = undefined;
    if (role.kind !== "data") return;
    const group = cols.group === undefined ? undefined : labelOf(grid[r]?.[cols.group]);
    role.group = group || current;
  });

  const hiddenData = rows.flatMap((role, r) => (role.kind === "data" && role.hidden ? [r] : []));
  const inferences = inferencesOf(table, grid, rows, cols, at, options.columns === undefined);
  if (hiddenData.length > 0) {
    const id = `hidden:${hiddenData.map((r) => at(r, labelColumn)).join(",")}`;
    const addresses = hiddenData.map((r) => at(r, labelColumn));
    if (answers[id] === "include") inferences.push({ code: "hiddenRowsIncluded", rows: addresses });
    else {
      if (answers[id] === "leaveOut") inferences.push({ code: "hiddenRowsLeftOut", rows: addresses });
      else questions.push({ code: "hiddenRows", id, rows: addresses, labels: hiddenData.map(rowLabel) });
      for (const r of hiddenData) (rows[r] as RowRole).kind = "hidden";
    }
  }

  const dataRows = rows.flatMap((role, r) => (role.kind === "data" ? [r] : []));
  return {
    rows,
    dataRows,
    names: cols.names,
    group: cols.group,
    amounts: cols.amounts,
    headingRows: rows.flatMap((role, r) => (role.kind === "heading" ? [r] : [])),
    decimals,
    percent: dataRows.some((r) => cols.amounts.some((c) => isPercentCell(grid[r]?.[c], table.numberFormats?.[r]?.[c]))),
    inferences,
    questions,
  };
}

/**
 * A lone text merged across the row (Excel's "Merge & Center" over the table) is a title, although
 * the merge puts its words over the amounts as a heading's would.
 */
function mergedTitle(table: TableInput, r: number): boolean {
  const filled = (table.values[r] ?? []).flatMap((v, c) => (isBlankCell(v) ? [] : [c]));
  if (filled.length !== 1 || !isWordCell(table.values[r]?.[filled[0] as number])) return false;
  return (table.merges ?? []).some((m) => m.row === r && m.column === filled[0] && m.rows === 1 && m.columns > 1);
}

/** Words that head a names column: a row with one of them over a year is the heading, not a department. */
const NAME_HEADINGS =
  /^(afdeling|forvaltning|department|navn|name|forslag|titel|title|enhed|område|indsats|program|programme|tema|art|kind|linje|aldersgruppe|vedtaget|adopted|beløb|amounts?)\b/i;

/** A row of years is a heading where a department could not be meant: several years, no name, a heading word, or years typed as text. */
function yearHeading(cells: readonly (CellValue | undefined)[], name: string, columns: number): boolean {
  return columns >= 2 || name === "" || NAME_HEADINGS.test(name) || cells.every((v) => typeof v === "string");
}

function inferencesOf(
  table: TableInput,
  grid: readonly (readonly CellValue[])[],
  rows: readonly RowRole[],
  cols: { names: number | undefined; group: number | undefined; amounts: number[] },
  at: (r: number, c: number) => string,
  columnsFound: boolean,
): Inference[] {
  const inferences: Inference[] = [];
  const column = cols.names ?? cols.group ?? 0;
  const cell = (r: number) => at(r, column);
  const headings = rows.flatMap((role, r) => (role.kind === "heading" ? [r] : []));
  if (headings.length > 1)
    inferences.push({ code: "headingRows", first: cell(headings[0] as number), count: headings.length });
  if (columnsFound && cols.names !== undefined && cols.names > 0 && rows.some((role) => role.kind === "data")) {
    const data = rows.flatMap((role, r) => (role.kind === "data" ? [r] : []));
    inferences.push({
      code: "namesFromColumn",
      column: at(data[0] as number, cols.names),
      groups: cols.group === undefined ? undefined : at(data[0] as number, cols.group),
    });
  }
  for (const m of table.merges ?? []) {
    const label = labelOf(table.values[m.row]?.[m.column]);
    // A merge down the heading rows ("Afdeling" over two) is a heading, not a group.
    const overData = rows.slice(m.row, m.row + m.rows).some((role) => role.kind === "data");
    const covers = m.rows > 1 && overData && (m.column === cols.group || m.column === cols.names);
    if (covers && label !== "" && m.row >= 0)
      inferences.push({ code: "mergedGroupLabel", cell: at(m.row, m.column), label, rows: m.rows });
  }
  let blankRun: number[] = [];
  const flushBlanks = () => {
    if (blankRun.length > 0)
      inferences.push({
        code: "blankRowsLeftOut",
        first: cell(blankRun[0] as number),
        last: cell(blankRun[blankRun.length - 1] as number),
        count: blankRun.length,
      });
    blankRun = [];
  };
  rows.forEach((role, r) => {
    if (role.kind === "blank") {
      blankRun.push(r);
      return;
    }
    flushBlanks();
    const label = role.label;
    const bySum = role.label === "" || !isAnyTotalLabel(role.label);
    if (role.kind === "title") inferences.push({ code: "titleRowLeftOut", row: cell(r), label });
    else if (role.kind === "units")
      inferences.push({ code: "unitsRowLeftOut", row: cell(r), label: unitsText(grid[r] ?? []) });
    else if (role.kind === "footnote") inferences.push({ code: "footnoteLeftOut", row: cell(r), label });
    else if (role.kind === "label") inferences.push({ code: "labelRowLeftOut", row: cell(r), label });
    else if (role.kind === "total") inferences.push({ code: "totalRowLeftOut", row: cell(r), label, bySum });
    else if (role.kind === "subtotal") inferences.push({ code: "subtotalRowLeftOut", row: cell(r), label, bySum });
  });
  flushBlanks();
  return inferences;
}

function unitsText(row: readonly CellValue[]): string {
  return row.map(labelOf).find(isUnitsText) ?? "";
}
