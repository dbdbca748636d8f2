/**
 * The cost-centre tree as a chart-of-accounts export lists it: four columns, id, name, parent and
 * budget, with optional title and header rows and a total or blank rows under it (the one table
 * reader, src/sheet/tableShape, tells them apart). Ids and parents are text or numbers as the export gives
 * them; a budget that is not a number is reported with its own cell.
 */
import type { NodeId } from "../../../core";
import { implementationText } from "./implementationText";
import { isBlank } from "../../../functions/cells";
import { cellAddress, formatRange, rangeColumns, subRange, type RangeRef } from "../../../sheet/address";
import type { CellValue, RangeData } from "../../../sheet/types";
import { askFirst, readCellNumber } from "../../logic/cellTable";
import { readTableShape, type Answers } from "../../../sheet/tableShape";
import type { WizardInference } from "../../logic/tableInferences";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";

export const TREE: Text = implementationText.theTree;

export interface TreeTable {
  address: string;
  ids: (NodeId | null)[];
  names: string[];
  parents: (NodeId | null)[];
  /** Budgets; null where blank (departments and areas, whose weight is the sum of their leaves). */
  weights: (number | null)[];
  /** Addresses of the id, parent and budget columns without the header: what a live formula refers to. */
  idsAddress: string;
  parentsAddress: string;
  weightsAddress: string;
  /** The data rows' range, for naming a row's cells. */
  data: RangeRef;
  /** Rows left out and why (a heading, a total, blank rows): said in the preview. */
  inferences: WizardInference[];
}

function idOf(value: CellValue): NodeId | null {
  if (typeof value === "number") return value;
  if (typeof value === "string") return isBlank(value) ? null : value.trim();
  return value ? "TRUE" : "FALSE";
}

export function readTreeTable(data: RangeData, answers?: Answers): TreeTable {
  const range = data.range;
  if (rangeColumns(range) !== 4) throw new UserError(implementationText.hasColumnSSelect(TREE, data, range));
  // Departments and areas have no budget, so a named row without one is a node, not a label.
  const shape = readTableShape(data, { columns: { names: 1, amounts: [3] }, labelRowsAreData: true, answers });
  askFirst(shape, TREE);
  // From the first node to the last: a blank row between nodes stays, as the tree reader passes it over.
  const kept = shape.dataRows;
  const top = kept[0] ?? 0;
  const rows = kept.length === 0 ? [] : data.values.slice(top, (kept[kept.length - 1] as number) + 1);
  if (rows.length === 0) throw new UserError(implementationText.hasNoRowsBelow(TREE, data));
  const dataRange = subRange(range, top, 0, rows.length, 4);
  const column = (c: number) => formatRange(subRange(range, top, c, rows.length, 1));
  return {
    address: data.address,
    ids: rows.map((row) => idOf(row[0] ?? "")),
    names: rows.map((row) => String(row[1] ?? "").trim()),
    parents: rows.map((row) => idOf(row[2] ?? "")),
    weights: rows.map((row, r) => readCellNumber(row[3] ?? "", TREE, cellAddress(dataRange, r, 3))),
    idsAddress: column(0),
    parentsAddress: column(2),
    weightsAddress: column(3),
    data: dataRange,
    inferences: shape.inferences,
  };
}
