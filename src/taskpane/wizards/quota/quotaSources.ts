/**
 * Reads the department table the quota wizard points at: names, budgets and exempt amounts, each
 * cell checked (a text in a budget cell is named by its address), with the addresses a live
 * =BUDGET.QUOTA(...) refers to.
 */
import { fractionDigits } from "../../../core";
import { quotaText } from "./quotaText";
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

const BUDGET: Text = quotaText.budget;
const EXEMPT: Text = quotaText.exemptAmount;

function exemptColumnMissing(address: string, columns: number): UserError {
  return new UserError(quotaText.tableHasButWith(address, columns));
}

export async function readQuotaSources(
  workbook: WorkbookApi,
  input: QuotaInput,
  answers: Answers = {},
): Promise<QuotaSources> {
  if (input.tableAddress.trim() === "") throw new MissingInput(quotaText.selectDepartmentTableName);
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
  if (table.namesAddress === undefined) throw new UserError(quotaText.tableHasNoColumn(data));
  const budgets = (table.columns[0] ?? []).map((v) => v ?? 0);
  const exempt = input.hasExempt ? (table.columns[1] ?? []).map((v) => v ?? 0) : null;
  const budgetsAddress = table.columnAddresses[0] as string;
  const exemptAddress = input.hasExempt ? (table.columnAddresses[1] as string) : undefined;
  const width = columns;
  const used = (table.amountAt[table.amountAt.length - 1] ?? 0) + 1;
  const warnings: Text[] = width > used ? [quotaText.tableHasColumnsOnly(width, input, used)] : [];
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
