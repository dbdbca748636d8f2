/**
 * Reads what the programme wizard points at: gains, costs and (optionally) the printed net of the
 * same programmes and years, and the decentralised budgets the target is a rate of.
 */
import { exactSum } from "../../../core";
import { programmeText } from "./programmeText";
import type { WorkbookApi } from "../../../sheet/types";
import { blanksAsZero, readTable } from "../../logic/cellTable";
import type { Answers } from "../../../sheet/tableShape";
import type { WizardInference } from "../../logic/tableInferences";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import {
  blockBlanksAsZero,
  readCatalogueBlock,
  readCatalogueBlockAt,
  type BlockUse,
  type CatalogueBlock,
} from "../../logic/catalogueTable";
import type { ProgrammeInput } from "./programmeModel";

export interface ProgrammeSources {
  gains: CatalogueBlock;
  costs: CatalogueBlock;
  printedNet: CatalogueBlock | undefined;
  /** The decentralised budgets, when the target is a rate of them. */
  budgets: { values: number[]; sum: number; address: string } | undefined;
  warnings: Text[];
  /** Rows left out and why, blanks read as 0: said in the preview. */
  inferences: WizardInference[];
}

const GAINS: Text = programmeText.theGains;
const COSTS: Text = programmeText.theCosts;
const PRINTED: Text = programmeText.thePrintedNet;
const BUDGETS: Text = programmeText.decentralisedBudgets;

function checkSameShape(gains: CatalogueBlock, other: CatalogueBlock, what: Text): void {
  const rows = other.cells.length;
  const years = other.cells[0]?.length ?? 0;
  const gainRows = gains.cells.length;
  const gainYears = gains.cells[0]?.length ?? 0;
  if (rows !== gainRows || years !== gainYears)
    throw new UserError(programmeText.hasProgrammesYearsBut(what, other, rows, years, gains, gainRows, gainYears));
}

/** Costs are printed negative in a catalogue; a positive cost is most likely a sign slip, worth a word. */
function positiveCosts(costs: CatalogueBlock): Text | undefined {
  const found: string[] = [];
  costs.cells.forEach((row, p) => row.forEach((v, y) => v > 0 && found.push(costs.cellAt(p, y))));
  if (found.length === 0) return undefined;
  const cells = found.slice(0, 3).join(", ") + (found.length > 3 ? " …" : "");
  return programmeText.costsAreNormallyNegative(cells);
}

async function readBudgets(
  workbook: WorkbookApi,
  input: ProgrammeInput,
  answers: Answers,
): Promise<{ budgets: ProgrammeSources["budgets"]; inferences: WizardInference[] }> {
  if (input.targetFrom !== "budgets") return { budgets: undefined, inferences: [] };
  if (input.budgetsAddress.trim() === "") throw new UserError(programmeText.targetSelectColumnDecentralised);
  const table = readTable(await workbook.readRange(input.budgetsAddress), 1, [BUDGETS], answers);
  const values = (table.columns[0] ?? []).map((v) => v ?? 0);
  return {
    budgets: { values, sum: exactSum(values), address: table.columnAddresses[0] as string },
    inferences: [...table.inferences, ...blanksAsZero(table, 0)],
  };
}

export async function readProgrammeSources(
  workbook: WorkbookApi,
  input: ProgrammeInput,
  answers: Answers = {},
): Promise<ProgrammeSources> {
  const use: BlockUse = input.output === "formula" ? "liveBlock" : "values";
  const gains = await readCatalogueBlockAt(workbook, input.gainsAddress, GAINS, "Katalog!A1:E4", answers, use);
  const costs = await readCatalogueBlockAt(workbook, input.costsAddress, COSTS, "Katalog!A6:E9", answers, use);
  checkSameShape(gains, costs, COSTS);
  let printedNet: CatalogueBlock | undefined;
  if (input.printedNetAddress.trim() !== "") {
    // Only compared with the computed net, never referred to by a formula.
    printedNet = readCatalogueBlock(await workbook.readRange(input.printedNetAddress), PRINTED, answers, "byRow");
    checkSameShape(gains, printedNet, PRINTED);
  }
  const warnings: Text[] = [];
  const sign = positiveCosts(costs);
  if (sign) warnings.push(sign);
  if (costs.names.some((name, p) => name !== gains.names[p])) warnings.push(programmeText.namesCostsDifferFrom(costs));
  const budgets = await readBudgets(workbook, input, answers);
  const inferences = [gains, costs, ...(printedNet ? [printedNet] : [])].flatMap((block) => [
    ...block.inferences,
    ...blockBlanksAsZero(block),
  ]);
  return {
    gains,
    costs,
    printedNet,
    budgets: budgets.budgets,
    warnings,
    inferences: [...inferences, ...budgets.inferences],
  };
}
