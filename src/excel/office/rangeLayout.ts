/**
 * A block's layout over Office.js: bold and font size (Range.format.font, ExcelApi 1.1), horizontal
 * alignment (Range.format.horizontalAlignment, 1.1), the bottom border (Range.format.borders, 1.1),
 * wrapped text (Range.format.wrapText, 1.1), column widths and row heights (Range.format.columnWidth
 * and rowHeight, 1.2): all within the manifest's 1.7, so never asked for. The indent (Range.format.indentLevel) came with ExcelApi 1.9: where Excel lacks it, the adapter
 * leaves it out of writes and reads (INDENT_SET), so the rows are written plain. Set with a write,
 * read before it so that undo can put them back.
 */
import { LAYOUT_PARTS, runs } from "../../sheet/blockLayout";
import type { BottomBorder, HorizontalAlignment, LayoutPart, RangeLayout, WriteBlock } from "../../sheet/types";
import { loaded } from "./loaded";
import { requirementSupported } from "./requirements";

/** Range.format.indentLevel's requirement set. */
export const INDENT_SET = { name: "ExcelApi", version: "1.9" } as const;

export function indentSupported(): boolean {
  return requirementSupported(INDENT_SET);
}

type CellPart = Exclude<LayoutPart, "columnWidths" | "rowHeights">;
/** The parts every Excel the manifest allows can set. */
type BasePart = Exclude<CellPart, "indentLevel">;
type CellValueOf = {
  bold: boolean;
  horizontalAlignment: HorizontalAlignment;
  bottomBorder: BottomBorder;
  fontSize: number;
  indentLevel: number;
  wrapText: boolean;
};

/** Sets one part on a run of cells of one row. */
const SETTERS: { [P in BasePart]: (format: Excel.RangeFormat, value: CellValueOf[P]) => void } = {
  bold: (format, bold) => (format.font.bold = bold),
  fontSize: (format, size) => (format.font.size = size),
  horizontalAlignment: (format, alignment) => (format.horizontalAlignment = alignment),
  wrapText: (format, wrap) => (format.wrapText = wrap),
  bottomBorder: (format, border) => {
    const edge = format.borders.getItem("EdgeBottom");
    if (border === "thin") {
      edge.style = "Continuous";
      edge.weight = "Thin";
    } else edge.style = border === "double" ? "Double" : "None";
  },
};

/** How the indent (ExcelApi 1.9) is set and read: only made where indentSupported() said yes. */
export interface IndentLayout {
  set: (format: Excel.RangeFormat, level: number) => void;
  read: (range: Excel.Range) => () => number | undefined;
}

export function indentLayout(): IndentLayout {
  return {
    set: (format, level) => (format.indentLevel = level),
    read: (range) => {
      const format = range.format.load("indentLevel");
      return () => {
        const level = loaded(format.indentLevel, "indentLevel");
        return typeof level === "number" ? level : undefined;
      };
    },
  };
}

/**
 * Queues the block's layout on `range`, the block's own cells; the caller syncs. Without `indent`
 * (an Excel before ExcelApi 1.9) the block's indents are left out and its rows written plain.
 */
export function queueLayout(range: Excel.Range, block: WriteBlock, indent?: IndentLayout): void {
  // The indent after the alignment: Excel keeps an indent only on left- or right-aligned cells.
  for (const part of ["bold", "fontSize", "horizontalAlignment", "indentLevel", "wrapText", "bottomBorder"] as const) {
    const set = (part === "indentLevel" ? indent?.set : SETTERS[part]) as
      ((format: Excel.RangeFormat, value: unknown) => void) | undefined;
    if (!set) continue;
    block[part]?.forEach((row: readonly unknown[], r) => {
      // One range per run of equal cells: a heading or total row is one call, not one per cell.
      for (const run of runs(row))
        set(range.getCell(r, run.start).getResizedRange(0, run.length - 1).format, run.value);
    });
  }
  block.columnWidths?.forEach((points, c) => {
    range.getColumn(c).format.columnWidth = points;
  });
  // One range per run of rows of one height; a null leaves its rows as they are.
  if (block.rowHeights)
    for (const run of runs(block.rowHeights))
      if (run.value !== null) range.getRow(run.start).getResizedRange(run.length - 1, 0).format.rowHeight = run.value;
}

/** An Excel border style as the annex's three kinds: any other line reads as thin. */
function borderFrom(style: string): BottomBorder {
  return style === "None" ? "none" : style === "Double" ? "double" : "thin";
}

/**
 * Queues the load of one part on a range (a row or a cell) and returns how to read it after the
 * sync: undefined where Excel says null, for a row whose cells differ.
 */
const READERS: { [P in BasePart]: (range: Excel.Range) => () => CellValueOf[P] | undefined } = {
  bold: (range) => {
    const font = range.format.font.load("bold");
    return () => {
      const bold = loaded(font.bold, "bold");
      return typeof bold === "boolean" ? bold : undefined;
    };
  },
  fontSize: (range) => {
    const font = range.format.font.load("size");
    return () => {
      const size = loaded(font.size, "size");
      return typeof size === "number" ? size : undefined;
    };
  },
  horizontalAlignment: (range) => {
    const format = range.format.load("horizontalAlignment");
    return () => {
      const alignment = loaded(format.horizontalAlignment, "horizontalAlignment");
      return typeof alignment === "string" ? alignment : undefined;
    };
  },
  wrapText: (range) => {
    const format = range.format.load("wrapText");
    return () => {
      const wrap = loaded(format.wrapText, "wrapText");
      return typeof wrap === "boolean" ? wrap : undefined;
    };
  },
  bottomBorder: (range) => {
    const edge = range.format.borders.getItem("EdgeBottom").load("style");
    return () => {
      const style = loaded(edge.style, "style");
      return typeof style === "string" ? borderFrom(style) : undefined;
    };
  },
};

/** What a cell reads as should Excel say null even for one cell: the default. */
const DEFAULTS: CellValueOf = {
  bold: false,
  horizontalAlignment: "General",
  bottomBorder: "none",
  fontSize: 11,
  indentLevel: 0,
  wrapText: false,
};

/**
 * Loads queued per sync: every load is an action in the request, and Excel on the web refuses a
 * request above 5 MB (chunks.ts). 10.000 actions stay near 2 MB at the ~200 bytes Office.js spends
 * on a getRow or getCell and its load.
 */
const LAYOUT_LOADS_PER_SYNC = 10_000;

/**
 * The `parts` of a `rows` × `columns` range's layout, in two round trips per part of rows (one for a
 * block of ordinary size): Excel tells a whole row's value at once, and says null for a row whose
 * cells differ, whose cells are then asked one by one. Without `indent` the indent is not asked for
 * (an Excel before ExcelApi 1.9 does not know it; a write there sets none, so undo needs none).
 */
export async function readRangeLayout(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  columns: number,
  parts: readonly LayoutPart[] = LAYOUT_PARTS,
  indent?: IndentLayout,
): Promise<RangeLayout> {
  const cellParts = parts.filter(
    (part): part is CellPart =>
      part !== "columnWidths" && part !== "rowHeights" && (part !== "indentLevel" || indent !== undefined),
  );
  const readers = cellParts.map((part) => (part === "indentLevel" ? (indent as IndentLayout).read : READERS[part]));
  const grids = cellParts.map(() => [] as unknown[][]);
  // Column widths alone are one load per column: one sync, whatever the rows.
  const step =
    cellParts.length === 0
      ? Math.max(1, rows)
      : Math.max(1, Math.floor(LAYOUT_LOADS_PER_SYNC / (cellParts.length * Math.max(1, columns))));
  const columnFormats = parts.includes("columnWidths")
    ? Array.from({ length: columns }, (_, c) => range.getColumn(c).format.load("columnWidth"))
    : [];
  for (let first = 0; first === 0 || first < rows; first += step) {
    const count = Math.max(0, Math.min(step, rows - first));
    await readRows(context, range, first, count, columns, cellParts, readers, grids);
  }
  const layout: RangeLayout = {};
  cellParts.forEach((part, i) => Object.assign(layout, { [part]: grids[i] }));
  if (parts.includes("columnWidths"))
    layout.columnWidths = columnFormats.map((format) => loaded(format.columnWidth, "columnWidth"));
  if (parts.includes("rowHeights")) layout.rowHeights = await readRowHeights(context, range, rows);
  return layout;
}

/**
 * Each row's height: one load for the whole range, whose rowHeight Excel tells when all its rows
 * are equally tall (most blocks), and says null otherwise; then row by row, in parts of rows.
 */
async function readRowHeights(context: Excel.RequestContext, range: Excel.Range, rows: number): Promise<number[]> {
  const whole = range.format.load("rowHeight");
  await context.sync();
  const all = loaded(whole.rowHeight, "rowHeight");
  if (typeof all === "number") return new Array<number>(rows).fill(all);
  const heights: number[] = [];
  for (let first = 0; first < rows; first += LAYOUT_LOADS_PER_SYNC) {
    const count = Math.min(LAYOUT_LOADS_PER_SYNC, rows - first);
    const formats = Array.from({ length: count }, (_, r) => range.getRow(first + r).format.load("rowHeight"));
    await context.sync();
    for (const format of formats) heights.push(loaded(format.rowHeight, "rowHeight"));
  }
  return heights;
}

/** Rows first … first + count − 1 of each part, appended to its grid. */
async function readRows(
  context: Excel.RequestContext,
  range: Excel.Range,
  first: number,
  count: number,
  columns: number,
  cellParts: readonly CellPart[],
  readers: readonly ((range: Excel.Range) => () => unknown)[],
  grids: unknown[][][],
): Promise<void> {
  const rowReads = cellParts.map((part, i) => {
    const read = readers[i] as (range: Excel.Range) => () => unknown;
    return { part, read, rows: Array.from({ length: count }, (_, r) => read(range.getRow(first + r))) };
  });
  await context.sync();
  const mixed = rowReads.map(({ read, rows: rowValues }) => {
    const cells = new Map<number, (() => unknown)[]>();
    rowValues.forEach((value, r) => {
      if (value() === undefined)
        cells.set(
          r,
          Array.from({ length: columns }, (_, c) => read(range.getCell(first + r, c))),
        );
    });
    return cells;
  });
  if (mixed.some((cells) => cells.size > 0)) await context.sync();
  rowReads.forEach(({ part, rows: rowValues }, i) => {
    rowValues.forEach((value, r) => {
      const cells = mixed[i]?.get(r);
      grids[i]?.push(cells ? cells.map((cell) => cell() ?? DEFAULTS[part]) : new Array<unknown>(columns).fill(value()));
    });
  });
}
