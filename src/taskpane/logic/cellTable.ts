/**
 * A table the user pointed at, read as an economist lays it out (src/sheet/tableShape): titles,
 * headings, a column of names, columns of numbers, blank rows and totals. Every cell that should be
 * a number and is not is reported with its own address (Nøgle!B4), so the user can find and mend it.
 */
import { InputError } from "../../core";
import { readNumber } from "../../functions/cells";
import { cellAddress, rangeColumns, subRange, formatRange, type RangeRef } from "../../sheet/address";
import { readTableShape, type Answers, type TableShape } from "../../sheet/tableShape";
import type { CellValue, RangeData } from "../../sheet/types";
import type { Text } from "../wizards/contract";
import { columnConstant } from "./formulaText";
import type { WizardInference } from "./tableInferences";
import { tableQuestion } from "./tableQuestion";
import { UserError } from "./errorMessages";

export interface ReadTable {
  /** The (last) heading row's texts, when the table has a heading. */
  header: string[] | undefined;
  /** One per data row: the names column's text, or "1", "2", … when the table has no name column. */
  names: string[];
  /** One per data row: its group (a group column, a merged label, a label row above), if any. */
  groups: (string | undefined)[];
  /** One array per number column, one entry per data row; blank is null. */
  columns: (number | null)[][];
  /**
   * Each number column's data as a formula argument: its cells ("Nøgle!B2:B7") where the data rows
   * stand together, else their values as an array constant (said in `inferences`).
   */
  columnAddresses: string[];
  /** Per number column, each data row's cell ("Nøgle!B2"). */
  cellAddresses: string[][];
  /** Address of the name column from the first to the last data row, when there is one. */
  namesAddress: string | undefined;
  /** The amounts are percentages (by their format or a typed %). */
  percent: boolean;
  /** The amount columns' places in the range (0 is its first column). */
  amountAt: number[];
  /** Rows left out and why, and anything else read on the reader's own judgement. */
  inferences: WizardInference[];
}

function describe(value: CellValue): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A cell read as a number (null when blank), or a UserError naming the input and the cell. */
export function readCellNumber(value: CellValue, what: Text, address: string): number | null {
  try {
    return readNumber(value, "value");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new UserError({
      da: `${what.da}: ${address} indeholder ${describe(value)}, som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.`,
      en: `${what.en}: ${address} holds ${describe(value)}, which is not a number. Type a number such as 1234.5 or 28.4 %, or leave the cell blank.`,
    });
  }
}

/** The reader's first unanswered question, as the wizard asks it; nothing is computed until answered. */
export function askFirst(shape: TableShape, what: Text): void {
  const question = shape.questions[0];
  if (question) throw tableQuestion(question, what);
}

/** A column's data cells as a formula argument: their range where they stand together, else their values. */
function columnArgument(range: RangeRef, rows: readonly number[], column: number, values: readonly (number | null)[]) {
  const first = rows[0] as number;
  const together = rows.every((r, i) => r === first + i);
  return together ? formatRange(subRange(range, first, column, rows.length, 1)) : columnConstant(values);
}

/**
 * Reads `numberColumns` columns of amounts from a table as people make it (tableShape): the names
 * are the text column before the amounts, and titles, headings, units, blank rows, subtotals, the
 * total and footnotes are left out, each said in `inferences`. Asks (TableQuestion) where the table
 * could mean two things.
 */
export function readTable(data: RangeData, numberColumns: number, what: readonly Text[], answers?: Answers): ReadTable {
  const range = data.range;
  const width = rangeColumns(range);
  const first = what[0] ?? { da: "Tabellen", en: "The table" };
  if (width < numberColumns) {
    throw new UserError({
      da: `${first.da}: ${data.address} har ${width} kolonne(r); der skal være ${numberColumns} med tal, gerne med navne i kolonnen før.`,
      en: `${first.en}: ${data.address} has ${width} column(s); it needs ${numberColumns} of numbers, preferably with names in the column before.`,
    });
  }
  const shape = readTableShape(data, { amountColumns: numberColumns, answers });
  askFirst(shape, first);
  const rows = shape.dataRows;
  if (rows.length < 1) {
    throw new UserError({
      da: `${first.da}: ${data.address} har ingen rækker med tal under overskriften.`,
      en: `${first.en}: ${data.address} has no rows of numbers below its header.`,
    });
  }
  const columns = shape.amounts.map((c, i) =>
    rows.map((r) => readCellNumber(data.values[r]?.[c] ?? "", what[i] ?? first, cellAddress(range, r, c))),
  );
  const together = rows.every((r, i) => r === (rows[0] as number) + i);
  const inferences: WizardInference[] = [...shape.inferences];
  if (!together) inferences.push({ code: "valuesNotCells", range: data.address });
  const heading = shape.headingRows[shape.headingRows.length - 1];
  return {
    header: heading === undefined ? undefined : (data.values[heading] ?? []).map((v) => String(v)),
    names: rows.map((r, i) => shape.rows[r]?.label || String(i + 1)),
    groups: rows.map((r) => shape.rows[r]?.group),
    columns,
    columnAddresses: shape.amounts.map((c, i) => columnArgument(range, rows, c, columns[i] ?? [])),
    cellAddresses: shape.amounts.map((c) => rows.map((r) => cellAddress(range, r, c))),
    namesAddress: shape.names === undefined ? undefined : columnArgumentNames(range, rows, shape.names),
    percent: shape.percent,
    amountAt: shape.amounts,
    inferences,
  };
}

function columnArgumentNames(range: RangeRef, rows: readonly number[], column: number): string {
  const first = rows[0] as number;
  return formatRange(subRange(range, first, column, (rows[rows.length - 1] as number) - first + 1, 1));
}

/** The blank cells of a column read as 0, said as an inference (none when there are none). */
export function blanksAsZero(table: ReadTable, column: number): WizardInference[] {
  const blanks = (table.columns[column] ?? []).flatMap((v, i) => (v === null ? [i] : []));
  if (blanks.length === 0) return [];
  return [
    {
      code: "blankReadAsZero",
      cells: blanks.map((i) => table.cellAddresses[column]?.[i] ?? ""),
      names: blanks.map((i) => table.names[i] ?? ""),
    },
  ];
}
