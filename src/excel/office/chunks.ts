/**
 * Excel on the web refuses a request or a response above 5 MB, and a read of more than five million
 * cells ("Resource limits and performance optimization for Office Add-ins", section Excel add-ins;
 * Microsoft advises separate reads and writes of parts of a large range). So large blocks go by rows,
 * each part in its own sync within the same Excel.run: a write is cut where its estimated request
 * passes a budget well below the limit, a read by a cell count, halved whenever Excel still says the
 * payload was too large (the response's size is only known after the read).
 */
import { LAYOUT_PARTS } from "../../sheet/blockLayout";
import type { LayoutPart, WriteBlock } from "../../sheet/types";
import { loaded } from "./loaded";
import { rowHasTextUnderFormat } from "./textUnderTextFormat";

/** The documented limits, taken as decimal megabytes: the stricter reading of "5 MB". */
export const EXCEL_WEB_LIMITS = { payloadBytes: 5_000_000, readCells: 5_000_000 } as const;

/**
 * What one write may send by the estimate below: 40 % of the limit, because Office.js wraps every
 * action in its own JSON (object paths, ids) that the estimate only approximates.
 */
export const WRITE_BUDGET_BYTES = 2_000_000;

/** Cells per read: three properties each (values, formulas, formats) stay far below 5 MB for plain cells. */
export const READ_CHUNK_CELLS = 50_000;

/** A generous allowance for one queued Office.js action (a setter or a getCell on its path). */
const ACTION_BYTES = 200;

/** Excel's error codes for a refused payload (Excel.ErrorCodes). */
const TOO_LARGE = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

export function payloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return TOO_LARGE.includes(code);
}

/** Bytes of a string in UTF-8, as it travels (æ, ø and å take two). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The layout parts set per cell (every part but the columns' widths and rows' heights), so a new part is never left out. */
const LAYOUT_GRIDS = LAYOUT_PARTS.filter(
  (part): part is Exclude<LayoutPart, "columnWidths" | "rowHeights"> =>
    part !== "columnWidths" && part !== "rowHeights",
);

/** How many actions a row's layout queues: one per run of equal cells, per part (see queueLayout). */
function layoutActions(block: WriteBlock, r: number): number {
  let actions = 0;
  for (const part of LAYOUT_GRIDS) {
    const row = block[part]?.[r] as readonly unknown[] | undefined;
    if (row) for (let c = 0; c < row.length; c++) if (c === 0 || row[c] !== row[c - 1]) actions++;
  }
  // A row's height, counted as its own run: the most it can take.
  if (block.rowHeights) actions++;
  return actions;
}

/**
 * The estimated request bytes of one row of a block: its cells as JSON, formats (twice where a
 * restoring block's text goes in under "@" first, see textUnderTextFormat), and layout actions.
 */
export function rowBytes(block: WriteBlock, r: number): number {
  const formats = block.numberFormats?.[r];
  const formatWrites = block.restoring && rowHasTextUnderFormat(block, r) ? 2 : 1;
  return (
    utf8Bytes(JSON.stringify(block.formulas[r] ?? [])) +
    (formats ? formatWrites * utf8Bytes(JSON.stringify(formats)) : 0) +
    layoutActions(block, r) * ACTION_BYTES
  );
}

export interface RowChunk {
  first: number;
  count: number;
}

/** The block's rows cut into consecutive parts of at most `budget` estimated bytes (a row at least). */
export function writeChunks(block: WriteBlock, budget = WRITE_BUDGET_BYTES): RowChunk[] {
  const chunks: RowChunk[] = [];
  let current: RowChunk = { first: 0, count: 0 };
  let bytes = 2 * ACTION_BYTES;
  for (let r = 0; r < block.formulas.length; r++) {
    const size = rowBytes(block, r);
    if (current.count > 0 && bytes + size > budget) {
      chunks.push(current);
      current = { first: r, count: 0 };
      bytes = 2 * ACTION_BYTES;
    }
    current.count++;
    bytes += size;
  }
  if (current.count > 0) chunks.push(current);
  return chunks;
}

/** The rows of a chunk as a block of their own, with their heights; column widths go with the first part only. */
export function sliceBlock(block: WriteBlock, { first, count }: RowChunk): WriteBlock {
  const rows = <T>(grid: T[][] | undefined) => grid?.slice(first, first + count);
  const part: WriteBlock = { formulas: block.formulas.slice(first, first + count) };
  if (block.numberFormats) part.numberFormats = rows(block.numberFormats);
  for (const grid of LAYOUT_GRIDS) if (block[grid]) Object.assign(part, { [grid]: rows<unknown>(block[grid]) });
  if (block.columnWidths && first === 0) part.columnWidths = block.columnWidths;
  if (block.rowHeights) part.rowHeights = block.rowHeights.slice(first, first + count);
  return part;
}

export interface RangeGrids {
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: string[][];
}

/** Rows per read part for a range `columns` wide, at most READ_CHUNK_CELLS cells and at least one row. */
export function readChunkRows(columns: number, cells = READ_CHUNK_CELLS): number {
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/**
 * Reads a `rows` × `columns` range's values, formulas and formats by parts of rows, one sync each;
 * a part Excel finds too large is halved and asked again.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  columns: number,
  cells = READ_CHUNK_CELLS,
): Promise<RangeGrids> {
  const grids: RangeGrids = { values: [], formulas: [], numberFormats: [] };
  let step = readChunkRows(columns, cells);
  for (let first = 0; first < rows;) {
    const count = Math.min(step, rows - first);
    const part = range.getCell(first, 0).getResizedRange(count - 1, columns - 1);
    part.load(["values", "formulas", "numberFormat"]);
    try {
      await context.sync();
    } catch (error) {
      if (!payloadTooLarge(error) || count === 1) throw error;
      step = Math.ceil(count / 2);
      continue;
    }
    // Row by row: spreading 50.000 rows into one push call could pass the engine's argument limit.
    for (const row of loaded(part.values, "values") as unknown[][]) grids.values.push(row);
    for (const row of loaded(part.formulas, "formulas") as unknown[][]) grids.formulas.push(row);
    for (const row of loaded(part.numberFormat, "numberFormat") as string[][]) grids.numberFormats.push(row);
    first += count;
  }
  return grids;
}
