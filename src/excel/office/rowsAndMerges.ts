/**
 * Which rows of a range read are hidden, and which cells are merged, so a wizard can ask whether a
 * hidden row (an obsolete department, an outline collapsed by Excel's Subtotal command) belongs in
 * the table and can apply a merged group label to the rows it spans.
 *
 * - Range.rowHidden (ExcelApi 1.2, within the manifest's set) is true, false, or null when some rows
 *   are hidden and some are not. A mixed block is halved until every part is all hidden or all
 *   shown: one round trip per halving, so a range with no hidden row costs nothing beyond its read,
 *   and one with k hidden blocks about 2k·log2(rows) small reads instead of one per row.
 * - Range.getMergedAreasOrNullObject came with ExcelApi 1.13, so it is asked for at run time; older
 *   Excel reads no merges (RangeData.merges is then absent). Excel refuses it for more than 512
 *   merged areas; the range is then read without them.
 */
import { parseRange, type RangeRef } from "../../sheet/address";
import type { MergedArea } from "../../sheet/types";
import { loaded } from "./loaded";
import { requirementSupported } from "./requirements";

/** The requirement set that brought Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_SET = { name: "ExcelApi", version: "1.13" } as const;

export function mergedAreasSupported(): boolean {
  return requirementSupported(MERGED_AREAS_SET);
}

interface Block {
  first: number;
  count: number;
}

/**
 * Per row of `range` (which has `rows` rows), whether it is hidden, given the whole range's
 * rowHidden as already read: true or false for all rows, or null when mixed.
 */
export async function hiddenRowsOf(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  whole: boolean | null,
): Promise<boolean[]> {
  const hidden = new Array<boolean>(rows).fill(whole === true);
  if (whole !== null) return hidden;
  let mixed: Block[] = [{ first: 0, count: rows }];
  while (mixed.length > 0) {
    const halves = mixed.flatMap(({ first, count }) => {
      const upper = Math.ceil(count / 2);
      return [
        { first, count: upper },
        { first: first + upper, count: count - upper },
      ].filter((b) => b.count > 0);
    });
    const probes = halves.map((block) => {
      // One column is enough: a row is hidden across the whole sheet.
      const part = range.getCell(block.first, 0).getResizedRange(block.count - 1, 0);
      part.load("rowHidden");
      return { block, part };
    });
    await context.sync();
    mixed = [];
    for (const { block, part } of probes) {
      const state = loaded(part.rowHidden, "rowHidden") as boolean | null;
      if (state === null && block.count > 1) mixed.push(block);
      else if (state === true) hidden.fill(true, block.first, block.first + block.count);
    }
  }
  return hidden;
}

/** A RangeAreas address ("Ark1!A1:B2, 'Ark, to'!C3") split into its ranges; commas inside quotes stay. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** The merged areas Excel named, relative to the top-left cell of the range read. */
export function relativeMerges(addresses: readonly string[], origin: RangeRef): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const address of addresses) {
    const area = parseRange(address);
    if (!area) continue;
    areas.push({
      row: area.start.row - origin.start.row,
      column: area.start.column - origin.start.column,
      rows: area.end.row - area.start.row + 1,
      columns: area.end.column - area.start.column + 1,
    });
  }
  return areas;
}

/**
 * Makes the reader of merged areas; make it only where mergedAreasSupported() said yes. It queues
 * the read on a range and returns what to call after the sync.
 */
export function mergedAreaReader(): (range: Excel.Range) => (origin: RangeRef) => MergedArea[] {
  return (range) => {
    const areas = range.getMergedAreasOrNullObject();
    areas.load("isNullObject,address");
    return (origin) =>
      loaded(areas.isNullObject, "isNullObject")
        ? []
        : relativeMerges(splitAreas(loaded(areas.address, "address")), origin);
  };
}
