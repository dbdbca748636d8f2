/**
 * What the Forklar wizard reads: the selected cell, the BUDGET formula it belongs to (its own, or
 * the spill's first cell through WorkbookApi.getSpillParent), where in the result the cell sits,
 * and the formula's arguments read as the functions receive them (ranges as 2-D arrays of values).
 */
import type { FunctionId } from "../../../functions/registry";
import { parseRange, formatRange, type RangeRef } from "../../../sheet/address";
import type { CellValue, WorkbookApi } from "../../../sheet/types";
import { readBudgetCall, type Refusal } from "./budgetCall";

export interface ExplainSources {
  id: FunctionId;
  /** The formula's own cell, with its sheet. */
  anchor: string;
  formula: string;
  /** The selected cell's place in the result (0-based from the anchor). */
  row: number;
  column: number;
  /** The arguments in the registry's order; undefined where omitted. */
  args: unknown[];
}

export type Finding =
  { sources: ExplainSources } | { refusal: Refusal | { code: "noSpillParent" } | { code: "outside" } };

/** The cell's formula, or the spill parent's when the cell is part of a spilled result. */
async function anchorOf(workbook: WorkbookApi, cell: RangeRef): Promise<RangeRef | "noSpillParent" | null> {
  const own = await workbook.readRange(cell);
  const typed = own.formulas[0]?.[0];
  // A text typed behind the quote prefix ("'=BUDGET.FORDEL(…)") reads as its value: no formula.
  if (typeof typed === "string" && typed.startsWith("=") && typed !== own.values[0]?.[0]) return cell;
  if (!workbook.getSpillParent) return "noSpillParent";
  const parent = await workbook.getSpillParent(formatRange(cell));
  return parent === null ? null : (parseRange(parent) ?? null);
}

function cellRange(range: RangeRef, sheet: string): RangeRef {
  return { sheet: range.sheet ?? sheet, start: range.start, end: range.start };
}

export async function readExplainSources(workbook: WorkbookApi): Promise<Finding> {
  const selection = parseRange(await workbook.getSelection());
  if (!selection) return { refusal: { code: "outside" } };
  const cell = cellRange(selection, selection.sheet ?? "");
  const anchor = await anchorOf(workbook, cell);
  if (anchor === "noSpillParent") return { refusal: { code: "noSpillParent" } };
  if (anchor === null) return { refusal: { code: "notFormula" } };
  const sheet = anchor.sheet ?? cell.sheet;
  const read = await workbook.readRange(anchor);
  const formula = String(read.formulas[0]?.[0] ?? "");
  const call = readBudgetCall(formula);
  if ("refusal" in call) return { refusal: call.refusal };
  const args: unknown[] = [];
  for (const arg of call.args) {
    if (arg.kind === "omitted") args.push(undefined);
    else if (arg.kind === "number") args.push(arg.value);
    else if (arg.kind === "array") args.push(arg.rows);
    else {
      // A reference without a sheet is on the formula's own sheet; a defined name is resolved by the workbook.
      const range = parseRange(arg.text);
      const values = await workbook.readRange(range ? { ...range, sheet: range.sheet ?? sheet } : arg.text);
      args.push(values.values);
    }
  }
  const row = cell.start.row - anchor.start.row;
  const column = cell.start.column - anchor.start.column;
  return {
    sources: {
      id: call.id,
      anchor: formatRange({ ...anchor, sheet }),
      formula,
      row,
      column,
      args,
    },
  };
}

/**
 * The texts in the column left of the result's `rows` rows (the names a table gives its parts), or
 * null when there are none.
 */
export async function readLabels(
  workbook: WorkbookApi,
  anchorAddress: string,
  rows: number,
): Promise<(string | null)[] | null> {
  const anchor = parseRange(anchorAddress);
  if (!anchor || anchor.start.column === 0 || rows < 1) return null;
  const left: RangeRef = {
    sheet: anchor.sheet,
    start: { row: anchor.start.row, column: anchor.start.column - 1 },
    end: { row: anchor.start.row + rows - 1, column: anchor.start.column - 1 },
  };
  const values = (await workbook.readRange(left)).values.map((r) => r[0] as CellValue);
  if (!values.some((v) => typeof v === "string" && v.trim() !== "")) return null;
  return values.map((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null));
}
