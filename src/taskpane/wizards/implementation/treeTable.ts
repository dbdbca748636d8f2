/**
 * The cost-centre tree as a chart-of-accounts export lists it: four columns, id, name, parent and
 * budget, with an optional header row. Ids and parents are text or numbers as the export gives
 * them; a budget that is not a number is reported with its own cell.
 */
import { idKey, parseNumberText, type NodeId } from "../../../core";
import { isBlank } from "../../../functions/cells";
import { cellAddress, formatRange, rangeColumns, subRange, type RangeRef } from "../../../sheet/address";
import type { CellValue, RangeData } from "../../../sheet/types";
import { readCellNumber } from "../../logic/cellTable";
import { UserError } from "../../logic/text";
import type { Text } from "../contract";

export const TREE: Text = { da: "Træet", en: "The tree" };

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
}

function idOf(value: CellValue): NodeId | null {
  if (typeof value === "number") return value;
  if (typeof value === "string") return isBlank(value) ? null : value.trim();
  return value ? "TRUE" : "FALSE";
}

/**
 * The first row is a header when its budget cell holds text that is not a number ("Budget 2025"), or
 * when it names a parent that is no id below it ("Overordnet" above a budget column headed 2025).
 */
function isHeader(values: readonly (readonly CellValue[])[]): boolean {
  const first = values[0] ?? [];
  const budget = first[3];
  if (typeof budget === "string" && budget.trim() !== "" && parseNumberText(budget) === undefined) return true;
  const parent = idOf(first[2] ?? "");
  if (parent === null) return false;
  const ids = new Set(
    values
      .slice(1)
      .map((row) => idOf(row[0] ?? ""))
      .filter((id) => id !== null)
      .map(idKey),
  );
  return !ids.has(idKey(parent));
}

export function readTreeTable(data: RangeData): TreeTable {
  const range = data.range;
  if (rangeColumns(range) !== 4)
    throw new UserError({
      da: `${TREE.da}: ${data.address} har ${rangeColumns(range)} kolonne(r). Vælg de fire kolonner id, navn, overordnet og budget, fx Udmøntning!A1:D54.`,
      en: `${TREE.en}: ${data.address} has ${rangeColumns(range)} column(s). Select the four columns id, name, parent and budget, e.g. Udmøntning!A1:D54.`,
    });
  const top = data.values.length > 1 && isHeader(data.values) ? 1 : 0;
  const rows = data.values.slice(top);
  if (rows.length === 0)
    throw new UserError({
      da: `${TREE.da}: ${data.address} har ingen rækker under overskriften.`,
      en: `${TREE.en}: ${data.address} has no rows below its header.`,
    });
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
  };
}
