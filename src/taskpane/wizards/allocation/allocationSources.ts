/**
 * Reads what the allocation wizard points at: the totals and the key, each checked cell by cell,
 * with the formula arguments that refer to the same cells for a live =BUDGET.DISTRIBUTE(...).
 */
import { fractionDigits, keyFromBase, InputError } from "../../../core";
import { allocationText } from "./allocationText";
import { isBlank } from "../../../functions/cells";
import { cellAddress, formatRange, rangeColumns, rangeRows, subRange, type RangeRef } from "../../../sheet/address";
import type { WorkbookApi } from "../../../sheet/types";
import { blanksAsZero, readCellNumber, readTable } from "../../logic/cellTable";
import { isAnyTotalLabel } from "../../../sheet/tableShapeLabels";
import type { Answers } from "../../../sheet/tableShape";
import type { WizardInference } from "../../logic/tableInferences";
import { formatNumber, formatPercent } from "../../logic/numbers";
import { keySumInference } from "./keySum";
import { rowConstant } from "../../logic/formulaText";
import { parseTypedList, percentNumber, typedListProblem } from "../../logic/numbers";
import { TableQuestion } from "../../logic/tableQuestion";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { AllocationInput } from "./allocationModel";

export interface AllocationSources {
  /** One total per year, as read. */
  totals: number[];
  /** The totals as a formula argument: an address or a constant. */
  totalsArgument: string;
  departments: string[];
  /** The weights the total is spread by (for a base: the key made from it). */
  weights: number[];
  /** The weights as a formula argument: an address or a constant (for a base: the base's address). */
  weightsArgument: string;
  /** The weights are the key made from the base at weightsArgument, so the formula wraps it in BUDGET.KEY. */
  weightsFromBase?: boolean;
  /** Where the weights were read from, for the log. */
  keySource: Text;
  /** What was read on the wizard's own judgement (rows left out, blanks as 0, a key off 100 %): said in the preview. */
  inferences: WizardInference[];
}

const TOTAL = allocationText.total;
const KEY = allocationText.theKey;
const BASE = allocationText.base;

async function readTotals(
  workbook: WorkbookApi,
  input: AllocationInput,
  answers: Answers,
): Promise<Pick<AllocationSources, "totals" | "totalsArgument">> {
  if (input.totalsFrom === "typed") {
    const parsed = parseTypedList(input.totalsTyped);
    if ("bad" in parsed) throw new UserError(typedListProblem(parsed, TOTAL, "5,0; 10,0; 12,5"));
    if (parsed.values.length === 0) throw new MissingInput(allocationText.typeTotalEG);
    const totals = parsed.values.map((v, i) =>
      parsed.percentAt.includes(i + 1) ? typedPercent(v, input, answers) : v,
    );
    return { totals, totalsArgument: rowConstant(totals) };
  }
  if (input.totalsAddress.trim() === "") throw new MissingInput(allocationText.selectCellRowWith);
  const data = await workbook.readRange(input.totalsAddress);
  let range = data.range;
  let values = data.values[0] ?? [];
  if (rangeRows(range) > 1) throw new UserError(allocationText.totalSpansSeveralRows(data));
  // A row often starts with its label ("Fælles indkøb"); that cell is not a total.
  const first = values[0];
  if (values.length > 1 && typeof first === "string" && !isBlank(first) && readOrUndefined(first) === undefined) {
    range = subRange(range, 0, 1, 1, rangeColumns(range) - 1);
    values = values.slice(1);
  }
  const totals = values.map((value, i) => {
    const address = cellAddress(range, 0, i);
    const total = readCellNumber(value, TOTAL, address);
    if (total === null) throw new UserError(allocationText.totalEmptyTypeAmount(address));
    return total;
  });
  const argument = formatRange(range);
  if (input.yearsAsAmounts !== argument && looksLikeYears(totals) && (await startsTable(workbook, range)))
    throw new LooksLikeYears(argument, totals);
  return { totals, totalsArgument: argument };
}

/**
 * "5,0 %" typed where an amount goes: a percentage of what? The wizard asks, and reads it as 5,0 only
 * when told so; it never spreads 0,05 in silence.
 */
function typedPercent(share: number, input: AllocationInput, answers: Answers): number {
  const id = `percentTotal:${input.totalsTyped.trim()}`;
  const amount = percentNumber(share);
  if (answers[id] === "number") return amount;
  const shown = {
    da: formatNumber(amount, fractionDigits(amount), "da"),
    en: formatNumber(amount, fractionDigits(amount), "en"),
  };
  throw new TableQuestion(id, allocationText.totalTypedWithBut(input, shown), [
    { answer: "number", label: { da: `Læs det som ${shown.da}`, en: `Read it as ${shown.en}` } },
  ]);
}

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function looksLikeYears(totals: readonly number[]): boolean {
  return totals.every((t) => Number.isInteger(t) && t >= FIRST_YEAR && t <= LAST_YEAR);
}

/** A heading row is the first row of its table: the top of the sheet, or a blank row above it. */
async function startsTable(workbook: WorkbookApi, range: RangeRef): Promise<boolean> {
  if (range.start.row === 0) return true;
  const above: RangeRef = {
    sheet: range.sheet,
    start: { row: range.start.row - 1, column: range.start.column },
    end: { row: range.start.row - 1, column: range.end.column },
  };
  const data = await workbook.readRange(formatRange(above));
  return (data.values[0] ?? []).every(isBlank);
}

/**
 * The totals are whole numbers 1990–2100 at the top of a table: most likely the year headings were
 * selected instead of the amounts under them. The wizard asks before spreading 2.024 mio. kr.
 */
export class LooksLikeYears extends UserError {
  constructor(
    readonly address: string,
    totals: readonly number[],
  ) {
    const list = totals.join(", ");
    super(allocationText.totalHoldsWhichLook(address, list));
    this.name = "LooksLikeYears";
  }
}

function readOrUndefined(text: string): number | undefined {
  try {
    return readCellNumber(text, TOTAL, "") ?? undefined;
  } catch {
    return undefined;
  }
}

type KeySources = Pick<
  AllocationSources,
  "departments" | "weights" | "weightsArgument" | "weightsFromBase" | "keySource" | "inferences"
>;

/** A weight as the user typed it: "−13,5 %" for a percent key, not -0.135. */
function shownWeight(weight: number, percent: boolean, language: "da" | "en"): string {
  const text = percent
    ? formatPercent(weight, Math.max(0, fractionDigits(weight) - 2), language)
    : formatNumber(weight, fractionDigits(weight), language);
  return text.replace(/^-/, "\u2212");
}

async function readKey(workbook: WorkbookApi, input: AllocationInput, answers: Answers): Promise<KeySources> {
  if (input.keyAddress.trim() === "") throw new MissingInput(allocationText.selectKeyTableNames);
  const data = await workbook.readRange(input.keyAddress);
  if (input.keyFrom === "equal") {
    // With two or more columns the names come with their table (and its header); one column is names only.
    const table = rangeColumns(data.range) > 1 ? readTable(data, 1, [KEY], answers) : undefined;
    const departments =
      table?.names ??
      data.values.map((row) => String(row[0] ?? "").trim()).filter((name) => name !== "" && !isAnyTotalLabel(name));
    return {
      departments,
      weights: departments.map(() => 1),
      weightsArgument: `{${departments.map(() => "1").join(";")}}`,
      keySource: { da: `lige store andele over ${data.address}`, en: `equal shares over ${data.address}` },
      inferences: table?.inferences ?? [],
    };
  }
  const what = input.keyFrom === "base" ? BASE : KEY;
  const table = readTable(data, 1, [what], answers);
  const column = (table.columns[0] ?? []).map((v) => v ?? 0);
  const address = table.columnAddresses[0] as string;
  column.forEach((w, i) => {
    if (w < 0) {
      const cell = table.cellAddresses[0]?.[i] ?? "";
      throw new UserError(allocationText.weightsMust0More(what, cell, table, i, shownWeight, w));
    }
  });
  const inferences = [...table.inferences, ...blanksAsZero(table, 0)];
  if (input.keyFrom === "table") {
    const sum = keySumInference(column, table.percent, data.address, answers, {
      names: table.names,
      cells: table.cellAddresses[0] ?? [],
    });
    return {
      departments: table.names,
      weights: column,
      weightsArgument: address,
      keySource: { da: `nøgletabel ${address}`, en: `key table ${address}` },
      inferences: sum ? [...inferences, sum] : inferences,
    };
  }
  try {
    return {
      departments: table.names,
      weights: keyFromBase(column, 3),
      weightsArgument: address,
      weightsFromBase: true,
      keySource: { da: `nøgle fra grundlaget ${address}, til 0,1 %`, en: `key from the base ${address}, to 0.1 %` },
      inferences,
    };
  } catch (error) {
    if (error instanceof InputError && error.kind === "divisionByZero")
      throw new UserError(allocationText.base0EverywhereSo(address));
    throw error;
  }
}

export async function readAllocationSources(
  workbook: WorkbookApi,
  input: AllocationInput,
  answers: Answers = {},
): Promise<AllocationSources> {
  const totals = await readTotals(workbook, input, answers);
  const key = await readKey(workbook, input, answers);
  if (key.departments.length === 0) throw new UserError(allocationText.keyHasNoDepartments);
  return { ...totals, ...key };
}
