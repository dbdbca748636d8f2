/**
 * Reads what the Demografi wizard points at: the population table (age group, basis, one column
 * per forecast year) and the columns of unit amounts and rates, each through the table reader so
 * headings and total rows are left out, each cell checked where it is.
 */
import { rangeColumns } from "../../../sheet/address";
import { demographyText } from "./demographyText";
import type { Answers } from "../../../sheet/tableShape";
import { findColumns } from "../../../sheet/tableShapeColumns";
import type { WorkbookApi } from "../../../sheet/types";
import { readTable, type ReadTable } from "../../logic/cellTable";
import type { WizardInference } from "../../logic/tableInferences";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { DemographyWizardInput } from "./demographyModel";

/** A column of one number per age group, with the cells it came from. */
export interface GroupColumn {
  address: string;
  values: number[];
  argument: string;
  cells: string[];
}

export interface DemographySources {
  tableAddress: string;
  groups: string[];
  /** The forecast's column headings (the years). */
  years: string[];
  base: GroupColumn;
  /** Groups × years. */
  forecast: number[][];
  forecastArgument: string;
  forecastCells: string[][];
  units: GroupColumn;
  rates: GroupColumn | undefined;
  inferences: WizardInference[];
}

export const POPULATION: Text = demographyText.populationTable;
export const UNITS: Text = demographyText.unitAmounts;
export const RATES: Text = demographyText.compensationRates;

/** Every cell of a count or an amount must be filled: a blank is a forgotten number, not 0. */
function filled(table: ReadTable, c: number, what: Text): number[] {
  return (table.columns[c] ?? []).map((v, r) => {
    if (v !== null) return v;
    const cell = table.cellAddresses[c]?.[r] ?? "";
    throw new UserError(demographyText.blankTypeNumber(what, cell, table, r));
  });
}

/** The data rows stand together: their cells' range. A forecast apart cannot be one argument. */
function blockArgument(table: ReadTable, first: number, count: number, what: Text): string {
  const top = table.cellAddresses[first]?.[0] ?? "";
  const bottom = table.cellAddresses[first + count - 1]?.slice(-1)[0] ?? "";
  const together = table.columnAddresses.every((a) => !a.startsWith("{"));
  if (!together) throw new UserError(demographyText.rowsAreNotTogether(what));
  return `${top}:${bottom.replace(/^.*!/, "")}`;
}

async function readColumn(
  workbook: WorkbookApi,
  address: string,
  what: Text,
  groups: number,
  answers: Answers,
): Promise<GroupColumn> {
  const data = await workbook.readRange(address);
  const table = readTable(data, 1, [what], answers);
  const values = filled(table, 0, what);
  if (values.length !== groups) throw new UserError(demographyText.hasNumbersButPopulation(what, data, values, groups));
  return {
    address: data.address,
    values,
    argument: table.columnAddresses[0] as string,
    cells: table.cellAddresses[0] ?? [],
  };
}

export async function readDemographySources(
  workbook: WorkbookApi,
  input: DemographyWizardInput,
  answers: Answers = {},
): Promise<DemographySources> {
  if (input.tableAddress.trim() === "") throw new MissingInput(demographyText.selectPopulationTableAge);
  const data = await workbook.readRange(input.tableAddress);
  const count = findColumns(data.values, rangeColumns(data.range)).amounts.length;
  if (count < 2) throw new UserError(demographyText.needsBasisColumnLeast(POPULATION, data));
  const table = readTable(data, count, [POPULATION], answers);
  const columns = table.columns.map((_, c) => filled(table, c, POPULATION));
  const groups = table.names;
  const forecast = groups.map((_, g) => columns.slice(1).map((column) => column[g] as number));
  const header = table.header;
  const years = table.amountAt.slice(1).map((c, i) => (header ? String(header[c] ?? "").trim() : "") || `${i + 1}`);
  if (input.unitsAddress.trim() === "") throw new MissingInput(demographyText.selectColumnUnitAmounts);
  const units = await readColumn(workbook, input.unitsAddress, UNITS, groups.length, answers);
  let rates: GroupColumn | undefined;
  if (input.rateMode === "perGroup") {
    if (input.ratesAddress.trim() === "") throw new MissingInput(demographyText.selectColumnCompensationRates);
    rates = await readColumn(workbook, input.ratesAddress, RATES, groups.length, answers);
  }
  return {
    tableAddress: data.address,
    groups,
    years,
    base: {
      address: data.address,
      values: columns[0] as number[],
      argument: table.columnAddresses[0] as string,
      cells: table.cellAddresses[0] ?? [],
    },
    forecast,
    forecastArgument: blockArgument(table, 1, count - 1, POPULATION),
    forecastCells: table.cellAddresses.slice(1),
    units,
    rates,
    inferences: table.inferences,
  };
}
