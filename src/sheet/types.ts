/**
 * The workbook as the wizards see it. Only src/excel talks to Office.js; wizards get a WorkbookApi
 * and run unchanged against Excel, the in-memory workbook in jest, and the browser playground.
 *
 * Addresses are A1 style with the sheet: "Nøgle!B2:B7" or "'Min plan'!A1". A name (a defined name
 * or a table name) may be given wherever an address is read. Code that has already parsed an
 * address passes the RangeRef itself, so it is not printed and parsed again on the way.
 */
import type { RangeRef } from "./address";

/** What a cell holds as a value: Excel's value types ("" for empty). */
export type CellValue = string | number | boolean;

/**
 * What a cell holds as typed: a formula text starting with "=", or a constant. Writing a block of
 * these sets values and formulas at once, so a snapshot read back restores a range exactly.
 */
export type CellInput = string | number | boolean;

/** A rectangular block read from the workbook. */
export interface RangeData {
  /** Full address with the sheet, e.g. "Nøgle!A2:B7". */
  address: string;
  /** The same range as a value, its sheet always named: no reader parses `address` again. */
  range: RangeRef;
  /** Calculated values; "" for empty cells. */
  values: CellValue[][];
  /** What was typed: a formula ("=SUM(A1:A3)") or the constant; "" for empty cells. */
  formulas: CellInput[][];
  /** Excel number format codes in invariant (en-US) syntax, e.g. "#,##0.0"; "General" by default. */
  numberFormats: string[][];
  /**
   * Per row of the range, true where the row is hidden (by hand, by a filter, or in an outline
   * collapsed by Excel's Subtotal command). Absent where the host cannot tell: then none is hidden.
   */
  hiddenRows?: boolean[];
  /**
   * The merged areas that overlap the range, relative to its top-left cell (may start above or left
   * of it: negative row/column). As in Excel, a merged area's value stands in its top-left cell
   * and the other cells read as empty.
   */
  merges?: MergedArea[];
}

/** A merged area of cells, in rows and columns relative to some range's top-left cell. */
export interface MergedArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A block to write; rows of equal length. */
export interface WriteBlock {
  /** Constants or formulas (invariant English names and "," separators: "=BUDGET.DISTRIBUTE(B2,C2:C7,1)"). */
  formulas: CellInput[][];
  /** Optional number formats, same shape as formulas. */
  numberFormats?: string[][];
  /**
   * The block puts back cells read before (undo): a quote-prefixed text must land as that text
   * whatever the host makes of an apostrophe, so a host may write it another way (Office.js: under
   * the text format "@" first, see src/excel/office/textUnderTextFormat.ts).
   */
  restoring?: boolean;
  /** Optional bold per cell, same shape as formulas (false makes a bold cell plain). */
  bold?: boolean[][];
  /**
   * Optional width of each of the block's columns, in points (Office.js's format.columnWidth; see
   * src/sheet/blockLayout.ts for an .xlsx's character widths). A width is the whole sheet column's.
   */
  columnWidths?: number[];
  /** Optional horizontal alignment per cell, same shape as formulas ("General": numbers right, text left). */
  horizontalAlignment?: HorizontalAlignment[][];
  /** Optional bottom border per cell, same shape as formulas ("none" takes a border away). */
  bottomBorder?: BottomBorder[][];
  /** Optional font size per cell in points, same shape as formulas (Excel's default is 11). */
  fontSize?: number[][];
  /**
   * Optional indent per cell, same shape as formulas: Excel's indent level (Format Cells › Indent),
   * each level about three characters, so a tree's rows show their depth without spaces in the text.
   */
  indentLevel?: number[][];
  /**
   * Optional wrap per cell, same shape as formulas (Format Cells › Wrap text): the text breaks onto
   * as many lines as the column's width needs, within the row's height (set it with rowHeights, or
   * the lines below the first are cut), where a plain text is cut by the cell to its right.
   */
  wrapText?: boolean[][];
  /**
   * Optional height of each of the block's rows, in points (Office.js's format.rowHeight); null
   * leaves that row's height as it is. A height is the whole sheet row's. Excel's standard row is 15
   * points (DEFAULT_ROW_HEIGHT_POINTS), one line of Calibri 11.
   */
  rowHeights?: (number | null)[];
}

/** Office.js's names for a cell's horizontal alignment (Excel.HorizontalAlignment). */
export type HorizontalAlignment =
  "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";

/** A cell's bottom edge as the annex draws it: a thin line, a double line (under a total), or none. */
export type BottomBorder = "none" | "thin" | "double";

/** The layout a WriteBlock can set besides its cells and formats. */
export type LayoutPart =
  | "bold"
  | "columnWidths"
  | "horizontalAlignment"
  | "bottomBorder"
  | "fontSize"
  | "indentLevel"
  | "wrapText"
  | "rowHeights";

/**
 * What a write with layout changes besides the cells: read first, so undo can put it back. Holds the
 * parts asked for (per cell, widths per column).
 */
export type RangeLayout = Pick<WriteBlock, LayoutPart>;

/** A drop-down list (Excel data validation) on an address such as "Forhandling!C4:C20". */
export interface ListValidation {
  address: string;
  /** The choices in order, e.g. ["Vedtaget", "Forkastet", "Delvis"]; no commas inside a choice. */
  choices: string[];
}

/** How a sheet prints: what the council's annex needs. */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** 1-based first and last row repeated at the top of every printed page. */
  titleRows?: [number, number];
  /** Header texts, printed as given (an "&" is doubled by the adapter, as Excel's header codes need). */
  header?: { left?: string; center?: string; right?: string };
  /** Shrink to one page wide (as many pages tall as needed). */
  fitToWidth?: boolean;
}

/** A named item the user can point a wizard at. */
export interface NamedItem {
  name: string;
  kind: "name" | "table";
  /** Full address the name refers to (for a table: including its header row). */
  address: string;
}

/** A line chart of some rows or columns of a sheet. */
export interface ChartSpec {
  sheet: string;
  title: string;
  /** Category labels (e.g. the years), as an address of a single row or column. */
  categories: string;
  series: ChartSeries[];
  /** Where the chart's top-left corner goes, e.g. "H2". */
  anchor: string;
}

export interface ChartSeries {
  name: string;
  /** Address of a single row or column of values on the chart's sheet. */
  values: string;
  /** What the line shows, which sets its colour in every chart alike (src/sheet/chartColours.ts). */
  role: SeriesRole;
  dashed?: boolean;
}

/** A planned amount, a realised one, or a target to reach. */
export type SeriesRole = "plan" | "result" | "target";

/** One record in the hidden log sheet. */
export interface LogEntry {
  /** ISO 8601 time of the write. */
  time: string;
  /** The wizard, e.g. "allocation". */
  wizard: string;
  /** How the result was made, in Danish as the log sheet shows it, e.g. "levende formel =BUDGET.FORDEL(…)". */
  method: string;
  /** The range written. */
  target: string;
  /** The inputs as the user gave them, as JSON text. */
  inputs: string;
  /**
   * The Guide and Indtastet columns as the pane words them (wizard title, input names in the pane's
   * language); without it the log shows the codes. Not part of the JSON record: it is read back as codes.
   */
  shown?: { wizard: string; inputs: string };
}

export interface WorkbookApi {
  /** The address of the user's current selection (with sheet). */
  getSelection(): Promise<string>;
  /** Reads a range by address, by name/table name, or as a range (no sheet: the active one). */
  readRange(addressOrName: string | RangeRef): Promise<RangeData>;
  /** The defined names and tables, for pickers. */
  listNames(): Promise<NamedItem[]>;
  /** Visible sheets, in order. */
  listSheets(): Promise<string[]>;
  /** Adds a sheet and returns its name (a suffix is added when the name is taken). */
  addSheet(name: string): Promise<string>;
  /** Deletes a sheet (used to undo a write that added one). */
  deleteSheet(name: string): Promise<void>;
  /**
   * Writes a block with its top-left cell at `topLeft` ("Ark1!B2", or a range whose start is that
   * cell); returns the full address written.
   */
  writeBlock(topLeft: string | RangeRef, block: WriteBlock): Promise<string>;
  /**
   * The layout of a range (its sheet named) as a WriteBlock sets it: the `parts` asked for, every
   * part when none are named.
   */
  readLayout(range: RangeRef, parts?: readonly LayoutPart[]): Promise<RangeLayout>;
  /**
   * Selects a range and shows its sheet, so the user sees what was just written. Optional: where it
   * is missing the pane only names the range.
   */
  select?(address: string): Promise<void>;
  /**
   * The first cell of the spilled array formula that the cell at `address` belongs to, with its
   * sheet ("Fordel!D2"), or null when no spill covers the cell. Optional: missing before ExcelApi
   * 1.12 (Range.getSpillParent); the pane then asks the user to select the formula's own cell.
   */
  getSpillParent?(address: string): Promise<string | null>;
  /** Inserts a chart; returns an id that removeChart accepts. */
  addChart(spec: ChartSpec): Promise<string>;
  removeChart(sheet: string, id: string): Promise<void>;
  /** Appends a record to the hidden log sheet (made on first use). */
  appendLog(entry: LogEntry): Promise<void>;
  /** Reads the hidden log sheet (empty when there is none). */
  readLog(): Promise<LogEntry[]>;
  /**
   * Calls `listener` after cells change, by the user or by a write; returns the unsubscribe.
   * Optional: where it is missing, previews are read again only when the user asks.
   */
  onChange?(listener: () => void): () => void;
  /**
   * Opens an .xlsx file's bytes as a new workbook in its own Excel window, unsaved (the user saves
   * it where they like). `name` is the file name it was made under, e.g. "2024-MSB.xlsx": Excel
   * does not use it, but a refusal is a WorkbookError about it, with Excel's own words as message.
   * Optional: missing where Excel cannot do it (before ExcelApi 1.8); files are then downloaded.
   */
  openWorkbook?(bytes: Uint8Array, name: string): Promise<void>;
  /**
   * Puts a drop-down list on the cells (replacing any validation there). Optional: missing where
   * Excel cannot (before ExcelApi 1.8); the cells then take any text and the pane says so.
   */
  setListValidation?(validation: ListValidation): Promise<void>;
  /** Sets how a sheet prints. Optional: missing before ExcelApi 1.9; the pane then says so. */
  setPageSetup?(sheet: string, setup: PageSetup): Promise<void>;
  /**
   * The data validation on an address (none, a list, or another rule), read before a write puts a
   * drop-down there, so undo can hand it to restoreValidation. Present wherever setListValidation is.
   */
  readValidation?(address: string): Promise<SavedValidation>;
  /** Puts back what readValidation read: the rule(s) it found, or no validation at all. */
  restoreValidation?(saved: SavedValidation): Promise<void>;
  /** A sheet's print settings of the fields PageSetup sets, for undo. Present wherever setPageSetup is. */
  readPageSetup?(sheet: string): Promise<SavedPageSetup>;
  /** Puts back what readPageSetup read. */
  restorePageSetup?(saved: SavedPageSetup): Promise<void>;
}

/**
 * A range's data validation as it was. Only the workbook that read it understands `state` (Excel's
 * own rule objects, or the in-memory workbook's lists), so it is handed back untouched.
 */
export interface SavedValidation {
  address: string;
  readonly state: unknown;
}

/** A sheet's print settings as they were; `state` is the reading workbook's own, as for SavedValidation. */
export interface SavedPageSetup {
  sheet: string;
  readonly state: unknown;
}

/** The name of the hidden sheet that records every write. */
export const LOG_SHEET = "Råderum-log";
