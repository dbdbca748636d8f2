/**
 * Reads the department table the quota wizard points at: names, budgets and exempt amounts, each
 * cell checked (a text in a budget cell is named by its address), with the addresses a live
 * =BUDGET.QUOTA(...) refers to.
 */
import { fractionDigits } from "../../../core";
import { rangeColumns } from "../../../sheet/address";
import { largest } from "../../../sheet/extremes";
import type { Answers } from "../../../sheet/tableShape";
import type { WorkbookApi } from "../../../sheet/types";
import { blanksAsZero, readTable } from "../../logic/cellTable";
import type { WizardInference } from "../../logic/tableInferences";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { QuotaInput } from "./quotaModel";

export interface QuotaSources {
  /** The table as read, e.g. "Budget!A1:C7". */
  tableAddress: string;
  departments: string[];
  budgets: number[];
  /** null when the table has no exempt column. */
  exempt: number[] | null;
  /** The budget column without its header, e.g. "Budget!B2:B7". */
  budgetsAddress: string;
  exemptAddress: string | undefined;
  /** Each department's budget and exempt cell, for a live basis formula. */
  budgetCells: string[];
  exemptCells: string[] | undefined;
  /** The most decimals any budget or exempt amount has: a difference of them needs no more. */
  places: number;
  warnings: Text[];
  /** Rows left out and why, blanks read as 0: said in the preview. */
  inferences: WizardInference[];
}

const BUDGET: Text = { da: "Budgettet", en: "The budget" };
const EXEMPT: Text = { da: "Det undtagne", en: "The exempt amount" };

function exemptColumnMissing(address: string, columns: number): UserError {
  return new UserError({
    da: `Tabellen: ${address} har ${columns} ${columns === 1 ? "kolonne" : "kolonner"}, men med undtagne beløb skal den have 3: afdeling, budget og undtaget. Tag kolonnen med de undtagne beløb med, eller fjern krydset ved "Tabellen har en kolonne med undtagne beløb".`,
    en: `The table: ${address} has ${columns} ${columns === 1 ? "column" : "columns"}, but with exempt amounts it needs 3: department, budget and exempt. Include the column of exempt amounts, or untick "The table has a column of exempt amounts".`,
  });
}

export async function readQuotaSources(
  workbook: WorkbookApi,
  input: QuotaInput,
  answers: Answers = {},
): Promise<QuotaSources> {
  if (input.tableAddress.trim() === "")
    throw new MissingInput({
      da: 'Vælg forvaltningstabellen (navn, budget, undtaget) og klik "Brug markering", eller vælg et navn på listen.',
      en: 'Select the department table (name, budget, exempt) and click "Use selection", or pick a name from the list.',
    });
  const data = await workbook.readRange(input.tableAddress);
  const numberColumns = input.hasExempt ? 2 : 1;
  const columns = rangeColumns(data.range);
  let table;
  try {
    table = readTable(data, numberColumns, input.hasExempt ? [BUDGET, EXEMPT] : [BUDGET], answers);
  } catch (error) {
    // Two columns read as budget and exempt take the names for budgets: "Budget!A2 holds "MSB",
    // which is not a number" would send the user to a cell that is right. Name the column missing.
    if (input.hasExempt && columns < 3 && error instanceof UserError) throw exemptColumnMissing(data.address, columns);
    throw error;
  }
  if (table.namesAddress === undefined)
    throw new UserError({
      da: `Tabellen: ${data.address} har ingen kolonne med navne. Tag kolonnen med forvaltningernes navne med, fx Budget!A1:C7.`,
      en: `The table: ${data.address} has no column of names. Include the column with the departments' names, e.g. Budget!A1:C7.`,
    });
  const budgets = (table.columns[0] ?? []).map((v) => v ?? 0);
  const exempt = input.hasExempt ? (table.columns[1] ?? []).map((v) => v ?? 0) : null;
  const budgetsAddress = table.columnAddresses[0] as string;
  const exemptAddress = input.hasExempt ? (table.columnAddresses[1] as string) : undefined;
  const width = columns;
  const used = (table.amountAt[table.amountAt.length - 1] ?? 0) + 1;
  const warnings: Text[] =
    width > used
      ? [
          {
            da: `Tabellen har ${width} kolonner; kun navn, budget${input.hasExempt ? " og undtaget" : ""} (de første ${used}) bruges.`,
            en: `The table has ${width} columns; only name, budget${input.hasExempt ? " and exempt" : ""} (the first ${used}) are used.`,
          },
        ]
      : [];
  return {
    tableAddress: data.address,
    departments: table.names,
    budgets,
    exempt,
    budgetsAddress,
    exemptAddress,
    budgetCells: table.cellAddresses[0] ?? [],
    exemptCells: input.hasExempt ? table.cellAddresses[1] : undefined,
    places: largest([...budgets, ...(exempt ?? [])].map(fractionDigits), 0),
    warnings,
    inferences: [...table.inferences, ...blanksAsZero(table, 0), ...(input.hasExempt ? blanksAsZero(table, 1) : [])],
  };
}
