/**
 * A block of a catalogue as economists lay it out: programme names in a column, years in a heading
 * row (the top-left cell often holds a title such as "Gevinster"), amounts below, read by the one
 * table reader (src/sheet/tableShape), so titles, units, totals and footnotes are left out and said.
 * Every cell that should be an amount and is not is reported with its own address.
 */
import { cellAddress, formatRange, subRange, type RangeRef } from "../../sheet/address";
import { readTableShape, type Answers, type TableShape } from "../../sheet/tableShape";
import { isYearRow } from "../../sheet/tableShapeLabels";
import type { RangeData, WorkbookApi } from "../../sheet/types";
import { askFirst, readCellNumber } from "./cellTable";
import type { WizardInference } from "./tableInferences";
import { TableQuestion } from "./tableQuestion";
import { MissingInput, UserError } from "./errorMessages";
import { logicText } from "./logicText";
import type { Text } from "../wizards/contract";

export interface CatalogueBlock {
  address: string;
  names: string[];
  /** The year headings when the block has a heading row. */
  years: string[] | undefined;
  /** Programmes × years; blank is 0. */
  cells: number[][];
  /** Programmes × years as given; blank is null (a realisation not yet reported is not 0). */
  given: (number | null)[][];
  /**
   * The amounts without names and headings, first data row to last: what a live formula refers to.
   * Only the data when `together`; else rows left out stand inside it.
   */
  amounts: RangeRef;
  /** The data rows stand together, so `amounts` holds them and nothing else. */
  together: boolean;
  /** One programme's amounts, wherever its row stands. */
  rowAmounts: (programme: number) => RangeRef;
  /** The same, printed: "Katalog!B2:E4". */
  amountsAddress: string;
  /** Address of amount (programme, year), for messages. */
  cellAt: (programme: number, year: number) => string;
  /** Rows left out and why: said in the preview. */
  inferences: WizardInference[];
}

/**
 * How the block is used: written as values; by live formulas over the whole block as one range
 * (Effektiviseringskatalog, Gevinstopfølgning); or row by row (Udmøntning's formulas each over its
 * own row, a printed net only compared), where rows apart do not matter.
 */
export type BlockUse = "values" | "liveBlock" | "byRow";

/**
 * Rows left out between the data rows (a blank separator, a subtotal): values are written without
 * them, and said; live formulas over the block need one range, so the user is asked whether to write
 * values instead, naming the row in the way. Nothing is decided silently.
 */
function rowsApart(
  data: RangeData,
  rows: readonly number[],
  column: number,
  what: Text,
  answers: Answers,
  use: BlockUse,
): WizardInference[] {
  const gap = rows.findIndex((r, i) => i > 0 && r !== (rows[i - 1] as number) + 1);
  if (gap < 0) return [];
  const cell = cellAddress(data.range, (rows[gap - 1] as number) + 1, column);
  if (use === "values") return [{ code: "rowsApartAsValues", range: data.address }];
  // Each formula refers to its own row, so the rows between (already said as left out) do not matter.
  if (use === "byRow") return [];
  const id = `together:${data.address}`;
  if (answers[id] === "values") return [{ code: "valuesForRowsApart", range: data.address, cell }];
  throw new TableQuestion(id, logicText.rowsApart(what, cell, data.address), [
    { answer: "values", label: logicText.writeFixedValues },
  ]);
}

/** The heading row to take the years from: a row of years if there is one, else the last heading row. */
function yearsRow(data: RangeData, shape: TableShape): number | undefined {
  const years = shape.headingRows.find((r) => isYearRow(shape.amounts.map((c) => data.values[r]?.[c] ?? "")));
  return years ?? shape.headingRows[shape.headingRows.length - 1];
}

export function readCatalogueBlock(
  data: RangeData,
  what: Text,
  answers: Answers = {},
  use: BlockUse = "values",
): CatalogueBlock {
  const range = data.range;
  const shape = readTableShape(data, { answers });
  askFirst(shape, what);
  const rows = shape.dataRows;
  const first = shape.amounts[0] ?? 0;
  const years = shape.amounts.length;
  if (years < 1 || rows.length < 1) throw new UserError(logicText.catalogueWithoutAmounts(what, data.address));
  const apart = rowsApart(data, rows, shape.names ?? first, what, answers, use);
  const top = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  const cellAt = (p: number, y: number) => cellAddress(range, rows[p] as number, first + y);
  const given = rows.map((r, p) =>
    Array.from({ length: years }, (_, y) => readCellNumber(data.values[r]?.[first + y] ?? "", what, cellAt(p, y))),
  );
  const cells = given.map((row) => row.map((v) => v ?? 0));
  const amounts = subRange(range, top, first, last - top + 1, years);
  const heading = yearsRow(data, shape);
  return {
    address: data.address,
    names: rows.map((r, p) => shape.rows[r]?.label || String(p + 1)),
    years: heading === undefined ? undefined : shape.amounts.map((c) => String(data.values[heading]?.[c] ?? "")),
    cells,
    given,
    amounts,
    amountsAddress: formatRange(amounts),
    together: rows.every((r, i) => r === top + i),
    rowAmounts: (p) => subRange(range, rows[p] as number, first, 1, years),
    cellAt,
    inferences: [...shape.inferences, ...apart],
  };
}

/** The blank amounts of a block read as 0, said as an inference (none when there are none). */
export function blockBlanksAsZero(block: CatalogueBlock): WizardInference[] {
  const cells: string[] = [];
  const names: string[] = [];
  block.given.forEach((row, p) =>
    row.forEach((v, y) => {
      if (v !== null) return;
      cells.push(block.cellAt(p, y));
      names.push(block.names[p] ?? "");
    }),
  );
  return cells.length === 0 ? [] : [{ code: "blankReadAsZero", cells, names }];
}

/** The block at the address the user gave (programmes × years), or what to select when none was given. */
export async function readCatalogueBlockAt(
  workbook: WorkbookApi,
  address: string,
  what: Text,
  example: string,
  answers: Answers,
  use: BlockUse,
): Promise<CatalogueBlock> {
  if (address.trim() === "") throw new MissingInput(logicText.selectCatalogue(what, example));
  return readCatalogueBlock(await workbook.readRange(address), what, answers, use);
}
