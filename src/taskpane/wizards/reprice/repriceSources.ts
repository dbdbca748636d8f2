/**
 * Reads what the PL-fremskrivning wizard points at: the budget table (lines, kinds, one column per
 * year) through the table reader, so titles, headings and total rows are left out, and KL's rate
 * table through the core's own reader, the one BUDGET.REPRICE uses.
 */
import { InputError, readRateTable, type RateTable } from "../../../core";
import { repriceText } from "./repriceText";
import { cellAddress, formatRange, rangeColumns, subRange, type RangeRef } from "../../../sheet/address";
import { readTableShape, type Answers } from "../../../sheet/tableShape";
import { findColumns } from "../../../sheet/tableShapeColumns";
import type { WorkbookApi } from "../../../sheet/types";
import { blanksAsZero, readTable } from "../../logic/cellTable";
import { coreErrorAt } from "../../logic/coreErrorAt";
import type { WizardInference } from "../../logic/tableInferences";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { RepriceWizardInput } from "./repriceModel";

export interface RepriceSources {
  budgetAddress: string;
  /** Each line's name (the column before the kinds, or before the years). */
  lines: string[];
  /** Each line's kind as typed; null where blank or when one kind goes for all. */
  kinds: (string | null)[];
  /** Each line's kind cell, for messages; empty without a kind column. */
  kindCells: string[];
  /** The year columns' headings. */
  years: string[];
  /** Lines × years; a blank cell is 0. */
  amounts: number[][];
  /** The amounts as a formula argument: their range, or their values where the rows are apart. */
  amountsArgument: string;
  /** The kind column as a formula argument, when there is one. */
  kindsArgument: string | undefined;
  rateTableAddress: string;
  rateTable: RateTable;
  /** The rate table's range, to name the cell the core points at. */
  rateRange: RangeRef;
  warnings: Text[];
  inferences: WizardInference[];
}

export const BUDGET: Text = repriceText.budgetTable;
export const RATES: Text = repriceText.theRateTable;
export const KIND: Text = repriceText.theKind;

/** A 2-D array constant ({1,2;3,4}) for amounts whose rows do not stand together. */
function gridConstant(values: readonly (readonly number[])[]): string {
  return `{${values.map((row) => row.map((v) => String(v).replace("e", "E")).join(",")).join(";")}}`;
}

/** A text in a formula's string literal: quotes doubled, so a kind can never end the literal. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

async function readRates(workbook: WorkbookApi, input: RepriceWizardInput) {
  if (input.rateTableAddress.trim() === "") throw new MissingInput(repriceText.selectKlSRate);
  const data = await workbook.readRange(input.rateTableAddress);
  try {
    return { data, table: readRateTable(data.values, "index") };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const at = error.at;
    const cell = at && at[0] > 0 ? cellAddress(data.range, at[0] - 1, Math.max(0, (at[1] ?? 1) - 1)) : data.address;
    throw coreErrorAt(error, RATES, cell);
  }
}

export async function readRepriceSources(
  workbook: WorkbookApi,
  input: RepriceWizardInput,
  answers: Answers = {},
): Promise<RepriceSources> {
  if (input.budgetAddress.trim() === "") throw new MissingInput(repriceText.selectBudgetTableLine);
  const data = await workbook.readRange(input.budgetAddress);
  const width = rangeColumns(data.range);
  const yearCount = findColumns(data.values, width).amounts.length;
  const table = readTable(data, yearCount, [BUDGET], answers);
  // The same reading again for the data rows' places: readTable gives their cells, not their rows.
  const shape = readTableShape(data, { amountColumns: yearCount, answers });
  const rows = shape.dataRows;
  const first = table.amountAt[0] as number;
  const kindAt = input.hasKindColumn ? first - 1 : undefined;
  if (kindAt !== undefined && kindAt < 0) throw new UserError(repriceText.hasNoColumnKinds(BUDGET, data));
  const labelAt = (kindAt ?? first) - 1;
  const text = (r: number, c: number) => String(data.values[r]?.[c] ?? "").trim();
  const lines = rows.map((r, i) => (labelAt >= 0 ? text(r, labelAt) : "") || String(i + 1));
  const kinds = rows.map((r) => (kindAt === undefined ? null : text(r, kindAt) || null));
  const amounts = rows.map((_, i) => table.columns.map((column) => column[i] ?? 0));
  const together = rows.every((r, i) => r === (rows[0] as number) + i);
  const amountsArgument = together
    ? formatRange(subRange(data.range, rows[0] as number, first, rows.length, yearCount))
    : gridConstant(amounts);
  let kindsArgument: string | undefined;
  if (kindAt !== undefined)
    kindsArgument = together
      ? formatRange(subRange(data.range, rows[0] as number, kindAt, rows.length, 1))
      : `{${kinds.map((k) => stringLiteral(k ?? "")).join(";")}}`;
  const header = table.header;
  const years = table.amountAt.map((c) => (header ? String(header[c] ?? "").trim() : "") || `${c - first + 1}`);
  const rates = await readRates(workbook, input);
  return {
    budgetAddress: data.address,
    lines,
    kinds,
    kindCells: kindAt === undefined ? [] : rows.map((r) => cellAddress(data.range, r, kindAt)),
    years,
    amounts,
    amountsArgument,
    kindsArgument,
    rateTableAddress: rates.data.address,
    rateTable: rates.table,
    rateRange: rates.data.range,
    warnings: [],
    inferences: [...table.inferences, ...table.columns.flatMap((_, c) => blanksAsZero(table, c))],
  };
}
