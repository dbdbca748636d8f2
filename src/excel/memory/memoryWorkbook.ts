/**
 * A workbook held in memory: sheets of typed cells (constants or formulas) with number formats,
 * defined names, tables and charts, hidden rows and merged areas. Formulas are evaluated on demand,
 * array results spill into the cells below and to the right as in Excel 365 (#SPILL! when a typed
 * cell is in the way).
 */
import { formatRange, sameSheet, type CellRef, type RangeRef } from "../../sheet/address";
import type {
  BottomBorder,
  CellInput,
  ChartSpec,
  HorizontalAlignment,
  MergedArea,
  NamedItem,
  PageSetup,
} from "../../sheet/types";
import { unknownSheet } from "../../sheet/errors";
import { textCell } from "../../sheet/textCell";
import { DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_FONT_SIZE, DEFAULT_ROW_HEIGHT_POINTS } from "../../sheet/blockLayout";
import { builtins } from "./formula/builtins";
import { budgetFunctions } from "./formula/budgetFunctions";
import { evaluateFormula, type EvaluationContext, type WorksheetFunction } from "./formula/evaluate";
import { FormulaSyntaxError, parseFormula, type Node } from "./formula/parse";
import { asMatrix, FormulaError, shown, type Matrix, type Scalar, type ShownScalar } from "./formula/values";
import { SpillIndex } from "./spillIndex";

interface StoredCell {
  input?: CellInput;
  format?: string;
  bold?: true;
  /** Absent: "General", absent "none", absent 11, so a cell set back to the defaults is no longer stored. */
  alignment?: Exclude<HorizontalAlignment, "General">;
  bottomBorder?: Exclude<BottomBorder, "none">;
  fontSize?: number;
  /** Absent: no indent. */
  indentLevel?: number;
  /** Absent: the text stays on one line. */
  wrapText?: true;
}

export interface MemoryChart extends ChartSpec {
  id: string;
}

export class MemorySheet {
  hidden = false;
  readonly cells = new Map<string, StoredCell>();
  readonly charts: MemoryChart[] = [];
  /** Drop-down lists, newest last (a later one on the same cells wins, as Excel replaces it). */
  readonly validations: { range: RangeRef; choices: string[] }[] = [];
  pageSetup: PageSetup | undefined;
  /** Widths in points of the columns that have one; the others are Excel's standard width. */
  readonly columnWidths = new Map<number, number>();
  /** Heights in points of the rows that have one; the others are Excel's standard height. */
  readonly rowHeights = new Map<number, number>();
  /** 0-based rows hidden by hand, by a filter or in a collapsed outline. */
  readonly hiddenRows = new Set<number>();
  /** Merged areas in absolute 0-based rows and columns; they never overlap (Excel refuses that). */
  readonly merges: MergedArea[] = [];
  constructor(public name: string) {}

  /** Rows and columns in use (at least 1 × 1). */
  extent(): { rows: number; columns: number } {
    let rows = 1;
    let columns = 1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(":").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }
}

interface NamedRange {
  name: string;
  kind: NamedItem["kind"];
  range: RangeRef;
}

const key = (row: number, column: number): string => `${row}:${column}`;

function inside(area: MergedArea, row: number, column: number): boolean {
  return row >= area.row && row < area.row + area.rows && column >= area.column && column < area.column + area.columns;
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function lookupFunction(name: string): WorksheetFunction | undefined {
  if (name.startsWith("BUDGET.")) return budgetFunctions[name.slice("BUDGET.".length)];
  return builtins[name];
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  private readonly names = new Map<string, NamedRange>();
  private readonly listeners = new Set<() => void>();
  private readonly parsed = new Map<string, Node | FormulaSyntaxError>();
  private results = new Map<string, Matrix | "busy">();
  /** Per sheet, which formula's result covers which empty cell; made again after every change. */
  private spills = new Map<MemorySheet, SpillIndex>();
  private chartCount = 0;
  /** Inside batch(): changes are told to the listeners once, when the outermost batch ends. */
  private batchDepth = 0;
  private batchChanged = false;
  /** Grows with every change, so a view can tell that it must draw again. */
  version = 0;
  /** The user's selection, with its sheet; the playground grid keeps it current. */
  selection: RangeRef = { sheet: undefined, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };

  // ---- structure -------------------------------------------------------------------------------

  sheet(name: string): MemorySheet | undefined {
    // The exact name first: it is what nearly every call passes, and a locale-aware compare per
    // cell read is what made a 10.000-row sheet slow.
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => sameSheet(s.name, name));
  }

  requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw unknownSheet(name);
    return sheet;
  }

  addSheet(name: string): MemorySheet {
    let unique = name;
    for (let n = 2; this.sheet(unique); n++) unique = `${name} (${n})`;
    const sheet = new MemorySheet(unique);
    this.sheets.push(sheet);
    if (this.selection.sheet === undefined) this.selection = { ...this.selection, sheet: unique };
    this.changed();
    return sheet;
  }

  deleteSheet(name: string): void {
    const index = this.sheets.findIndex((s) => sameSheet(s.name, name));
    if (index < 0) throw unknownSheet(name);
    this.sheets.splice(index, 1);
    for (const [k, named] of this.names)
      if (named.range.sheet && sameSheet(named.range.sheet, name)) this.names.delete(k);
    if (this.selection.sheet && sameSheet(this.selection.sheet, name))
      this.selection = {
        sheet: this.sheets.find((s) => !s.hidden)?.name,
        start: { row: 0, column: 0 },
        end: { row: 0, column: 0 },
      };
    this.changed();
  }

  /**
   * Takes over the sheets and names of another workbook, as when the playground opens a file: the
   * views and the wizards' API keep this object, so they see the new sheets at once.
   */
  replaceWith(other: MemoryWorkbook): void {
    this.sheets.splice(0, this.sheets.length, ...other.sheets);
    this.names.clear();
    for (const [k, named] of other.names) this.names.set(k, named);
    this.parsed.clear();
    const first = this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
    this.selection = { sheet: first?.name, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };
    this.changed();
  }

  activeSheet(): string {
    return this.selection.sheet ?? this.sheets.find((s) => !s.hidden)?.name ?? "";
  }

  defineName(name: string, range: RangeRef, kind: NamedItem["kind"] = "name"): void {
    this.names.set(name.toLocaleLowerCase("da"), { name, kind, range });
    this.changed();
  }

  resolveName(name: string): RangeRef | undefined {
    return this.names.get(name.toLocaleLowerCase("da"))?.range;
  }

  namedItems(): NamedItem[] {
    return [...this.names.values()].map((n) => ({ name: n.name, kind: n.kind, address: formatRange(n.range) }));
  }

  addChart(spec: ChartSpec): MemoryChart {
    const chart = { ...spec, id: `chart${++this.chartCount}` };
    this.requireSheet(spec.sheet).charts.push(chart);
    this.changed();
    return chart;
  }

  removeChart(sheetName: string, id: string): void {
    const sheet = this.requireSheet(sheetName);
    const index = sheet.charts.findIndex((c) => c.id === id);
    if (index >= 0) sheet.charts.splice(index, 1);
    this.changed();
  }

  // ---- cells -----------------------------------------------------------------------------------

  /** What was typed in a cell: a constant, a formula text, or "" when empty. */
  input(sheet: string, row: number, column: number): CellInput {
    return this.requireSheet(sheet).cells.get(key(row, column))?.input ?? "";
  }

  format(sheet: string, row: number, column: number): string {
    return this.requireSheet(sheet).cells.get(key(row, column))?.format ?? "General";
  }

  /** Types into a cell, as a user or a write does (the format first, as the Office.js adapter sets it); "" empties it. */
  setInput(sheet: string, row: number, column: number, input: CellInput, format?: string): void {
    const cells = this.requireSheet(sheet).cells;
    const k = key(row, column);
    const cell: StoredCell = { ...cells.get(k) };
    if (format !== undefined) {
      if (format === "General" || format === "") delete cell.format;
      else cell.format = format;
    }
    if (input === "") delete cell.input;
    // Excel's Text format ("@"): a formula typed into such a cell stays the text it is, as if quote-prefixed.
    else if (cell.format === "@" && typeof input === "string" && input.startsWith("=")) cell.input = `'${input}`;
    // A quote prefix on text that needs none (textCell would write it bare) is not kept: no read shows
    // it, in Excel either, and undo, which puts more text behind the prefix than textCell does (any
    // text with a digit, as Excel reads dates such as "jan 25"), then leaves the cell as it was typed.
    else if (typeof input === "string" && input.startsWith("'") && textCell(input.slice(1)) === input.slice(1))
      cell.input = input.slice(1);
    else cell.input = input;
    this.store(cells, k, cell);
  }

  bold(sheet: string, row: number, column: number): boolean {
    return this.requireSheet(sheet).cells.get(key(row, column))?.bold === true;
  }

  /** Makes a cell bold or plain; its contents stay (as Excel keeps formatting apart from contents). */
  setBold(sheet: string, row: number, column: number, bold: boolean): void {
    const cells = this.requireSheet(sheet).cells;
    const k = key(row, column);
    const cell: StoredCell = { ...cells.get(k) };
    if (bold) cell.bold = true;
    else delete cell.bold;
    this.store(cells, k, cell);
  }

  alignment(sheet: string, row: number, column: number): HorizontalAlignment {
    return this.requireSheet(sheet).cells.get(key(row, column))?.alignment ?? "General";
  }

  bottomBorder(sheet: string, row: number, column: number): BottomBorder {
    return this.requireSheet(sheet).cells.get(key(row, column))?.bottomBorder ?? "none";
  }

  fontSize(sheet: string, row: number, column: number): number {
    return this.requireSheet(sheet).cells.get(key(row, column))?.fontSize ?? DEFAULT_FONT_SIZE;
  }

  indentLevel(sheet: string, row: number, column: number): number {
    return this.requireSheet(sheet).cells.get(key(row, column))?.indentLevel ?? 0;
  }

  wrapText(sheet: string, row: number, column: number): boolean {
    return this.requireSheet(sheet).cells.get(key(row, column))?.wrapText === true;
  }

  /** Sets a cell's alignment, bottom border, font size, indent or wrap; like bold, its contents stay. */
  setStyle(
    sheet: string,
    row: number,
    column: number,
    style: {
      alignment?: HorizontalAlignment;
      bottomBorder?: BottomBorder;
      fontSize?: number;
      indentLevel?: number;
      wrapText?: boolean;
    },
  ): void {
    const cells = this.requireSheet(sheet).cells;
    const k = key(row, column);
    const cell: StoredCell = { ...cells.get(k) };
    if (style.alignment !== undefined) {
      if (style.alignment === "General") delete cell.alignment;
      else cell.alignment = style.alignment;
    }
    if (style.bottomBorder !== undefined) {
      if (style.bottomBorder === "none") delete cell.bottomBorder;
      else cell.bottomBorder = style.bottomBorder;
    }
    if (style.fontSize !== undefined) {
      if (style.fontSize === DEFAULT_FONT_SIZE) delete cell.fontSize;
      else cell.fontSize = style.fontSize;
    }
    if (style.indentLevel !== undefined) {
      if (style.indentLevel === 0) delete cell.indentLevel;
      else cell.indentLevel = style.indentLevel;
    }
    if (style.wrapText !== undefined) {
      if (style.wrapText) cell.wrapText = true;
      else delete cell.wrapText;
    }
    this.store(cells, k, cell);
  }

  /** A column's width in points. */
  columnWidth(sheet: string, column: number): number {
    return this.requireSheet(sheet).columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH_POINTS;
  }

  setColumnWidth(sheet: string, column: number, points: number): void {
    const widths = this.requireSheet(sheet).columnWidths;
    // The standard width is not stored, so an undo back to it leaves the sheet as it was.
    if (points === DEFAULT_COLUMN_WIDTH_POINTS) widths.delete(column);
    else widths.set(column, points);
    this.changed();
  }

  /** A row's height in points. */
  rowHeight(sheet: string, row: number): number {
    return this.requireSheet(sheet).rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT_POINTS;
  }

  setRowHeight(sheet: string, row: number, points: number): void {
    const heights = this.requireSheet(sheet).rowHeights;
    // As for widths: the standard height is not stored, so an undo back to it leaves the sheet as it was.
    if (points === DEFAULT_ROW_HEIGHT_POINTS) heights.delete(row);
    else heights.set(row, points);
    this.changed();
  }

  private store(cells: Map<string, StoredCell>, k: string, cell: StoredCell): void {
    const parts = [
      cell.input,
      cell.format,
      cell.bold,
      cell.alignment,
      cell.bottomBorder,
      cell.fontSize,
      cell.indentLevel,
      cell.wrapText,
    ];
    const empty = parts.every((v) => v === undefined);
    if (empty) cells.delete(k);
    else cells.set(k, cell);
    this.changed();
  }

  /** A cell's calculated value: "" when empty (or showing the text "" from its formula), a FormulaError for an error. */
  value(sheet: string, row: number, column: number): ShownScalar {
    return shown(this.formulaValue(sheet, row, column));
  }

  /** The value as a formula reading the cell sees it: the text "" a formula gave is EMPTY_TEXT, not empty. */
  private formulaValue(sheet: string, row: number, column: number): Scalar {
    const owner = this.requireSheet(sheet);
    const input = owner.cells.get(key(row, column))?.input ?? "";
    if (typeof input === "string" && input.startsWith("=")) {
      const result = this.anchorResult(owner.name, row, column);
      if (result.length * (result[0]?.length ?? 0) > 1 && this.spillIndex(owner).blocked(row, column, result))
        return new FormulaError("#SPILL!", "the cells the result spills into are not empty");
      return result[0]?.[0] ?? "";
    }
    // Excel's quote prefix: "'=1+1" is typed to keep the text "=1+1" from being a formula.
    if (typeof input === "string" && input.startsWith("'")) return input.slice(1);
    if (input !== "") return input;
    return this.spilledValue(owner, row, column);
  }

  /** The spill range of a formula cell when its result is larger than one cell. */
  spillRange(sheet: string, row: number, column: number): RangeRef | undefined {
    const owner = this.requireSheet(sheet);
    const input = this.input(owner.name, row, column);
    if (typeof input !== "string" || !input.startsWith("=")) return undefined;
    const result = this.anchorResult(owner.name, row, column);
    const rows = result.length;
    const columns = result[0]?.length ?? 0;
    if (rows * columns <= 1 || this.spillIndex(owner).blocked(row, column, result)) return undefined;
    return { sheet: owner.name, start: { row, column }, end: { row: row + rows - 1, column: column + columns - 1 } };
  }

  // ---- hidden rows and merged areas ------------------------------------------------------------

  rowHidden(sheet: string, row: number): boolean {
    return this.requireSheet(sheet).hiddenRows.has(row);
  }

  /** Hides or shows a row, as Excel's Hide and Unhide do (or a filter, or a collapsed outline). */
  setRowHidden(sheet: string, row: number, hidden: boolean): void {
    const rows = this.requireSheet(sheet).hiddenRows;
    if (hidden) rows.add(row);
    else rows.delete(row);
    this.changed();
  }

  /**
   * Merges the cells of an area (absolute rows and columns). As in Excel, only the top-left cell
   * keeps what was typed, and an area overlapping one already merged is refused.
   */
  merge(sheet: string, area: MergedArea): void {
    const owner = this.requireSheet(sheet);
    if (area.rows < 1 || area.columns < 1 || area.row < 0 || area.column < 0 || area.rows * area.columns < 2)
      throw new RangeError(`a merged area needs two cells or more: ${JSON.stringify(area)}`);
    const clash = owner.merges.find((m) => overlaps(m, area));
    if (clash) throw new RangeError(`cells already merged at ${JSON.stringify(clash)} cannot be merged again`);
    // Whichever is fewer, the area's cells or the sheet's: a whole-column merge has a million cells.
    const covered =
      area.rows * area.columns <= owner.cells.size
        ? Array.from({ length: area.rows * area.columns }, (_, i) =>
            key(area.row + Math.floor(i / area.columns), area.column + (i % area.columns)),
          )
        : [...owner.cells.keys()].filter((k) => {
            const [r, c] = k.split(":").map(Number) as [number, number];
            return inside(area, r, c);
          });
    for (const k of covered) {
      const stored = owner.cells.get(k);
      if (k === key(area.row, area.column) || stored?.input === undefined) continue;
      const cell = { ...stored };
      delete cell.input;
      this.store(owner.cells, k, cell);
    }
    owner.merges.push({ ...area });
    this.changed();
  }

  /** Takes apart the merged areas that overlap `area`, as Excel's Unmerge Cells does. */
  unmerge(sheet: string, area: MergedArea): void {
    const merges = this.requireSheet(sheet).merges;
    for (let i = merges.length - 1; i >= 0; i--) if (overlaps(merges[i] as MergedArea, area)) merges.splice(i, 1);
    this.changed();
  }

  /** The merged areas overlapping a range (absolute rows and columns). */
  mergesIn(sheet: string, range: RangeRef): MergedArea[] {
    const area = {
      row: range.start.row,
      column: range.start.column,
      rows: range.end.row - range.start.row + 1,
      columns: range.end.column - range.start.column + 1,
    };
    return this.requireSheet(sheet)
      .merges.filter((m) => overlaps(m, area))
      .map((m) => ({ ...m }));
  }

  /** The formula cell whose spilled result covers the cell (itself when it holds one), if any. */
  spillParent(sheet: string, row: number, column: number): CellRef | undefined {
    const owner = this.requireSheet(sheet);
    const input = this.input(owner.name, row, column);
    if (typeof input === "string" && input.startsWith("=")) return { row, column };
    if (input !== "") return undefined;
    const index = this.spillIndex(owner);
    index.evaluateUpTo(row, column, (r, c) => this.anchorResult(owner.name, r, c));
    const anchor = index.ownerOf(row, column);
    return anchor ? { row: anchor.row, column: anchor.column } : undefined;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the views that something changed that is not a cell (the selection). */
  touch(): void {
    this.changed();
  }

  /**
   * Runs `change` (many cell changes, as one write makes) and tells the listeners once at the end,
   * not once per cell: each listener call made the playground's grid and the pane draw again, which
   * was most of a write's time. Calculated values are forgotten at every change all the same, so a
   * read inside the batch sees the cells as they are.
   */
  batch<T>(change: () => T): T {
    this.batchDepth++;
    try {
      return change();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.batchChanged) {
        this.batchChanged = false;
        this.notify();
      }
    }
  }

  private changed(): void {
    this.version++;
    // Fresh maps only when there is something to forget: a write changes thousands of cells in a row.
    if (this.results.size > 0) this.results = new Map();
    if (this.spills.size > 0) this.spills = new Map();
    if (this.batchDepth > 0) this.batchChanged = true;
    else this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  // ---- evaluation ------------------------------------------------------------------------------

  private parse(text: string): Node | FormulaSyntaxError {
    let node = this.parsed.get(text);
    if (!node) {
      try {
        node = parseFormula(text);
      } catch (error) {
        node = error instanceof FormulaSyntaxError ? error : new FormulaSyntaxError(String(error));
      }
      this.parsed.set(text, node);
    }
    return node;
  }

  private anchorResult(sheet: string, row: number, column: number): Matrix {
    const owner = this.requireSheet(sheet);
    const id = `${owner.name}!${key(row, column)}`;
    const cached = this.results.get(id);
    if (cached === "busy") return [[new FormulaError("#REF!", "the formula refers to itself (a circular reference)")]];
    if (cached) return cached;
    this.results.set(id, "busy");
    const node = this.parse(String(this.input(owner.name, row, column)));
    let result: Matrix;
    if (node instanceof FormulaSyntaxError)
      result = [[new FormulaError("#NAME?", `the formula cannot be read: ${node.message}`)]];
    else result = asMatrix(evaluateFormula(node, this.context(owner.name)));
    if (result.length === 0 || result[0]?.length === 0) result = [[""]];
    this.results.set(id, result);
    if (result.length * (result[0]?.length ?? 0) > 1) this.spillIndex(owner).register(row, column, result);
    return result;
  }

  private spillIndex(sheet: MemorySheet): SpillIndex {
    let index = this.spills.get(sheet);
    if (!index) {
      index = new SpillIndex(sheet.cells);
      this.spills.set(sheet, index);
    }
    return index;
  }

  /**
   * An empty cell shows what a formula above or to the left of it spills there. Each such formula is
   * evaluated once per change, however many empty cells are read: scanning every formula for every
   * empty cell made reading a 10.000-proposal sheet take minutes.
   */
  private spilledValue(sheet: MemorySheet, row: number, column: number): Scalar {
    const index = this.spillIndex(sheet);
    index.evaluateUpTo(row, column, (r, c) => this.anchorResult(sheet.name, r, c));
    const anchor = index.ownerOf(row, column);
    if (!anchor) return "";
    const result = this.anchorResult(sheet.name, anchor.row, anchor.column);
    return result[row - anchor.row]?.[column - anchor.column] ?? "";
  }

  private context(sheet: string): EvaluationContext {
    return {
      readRange: (range) => {
        const target = range.sheet ?? sheet;
        if (!this.sheet(target)) return [[new FormulaError("#REF!", `there is no sheet named ${target}`)]];
        const rows: Matrix = [];
        for (let r = range.start.row; r <= range.end.row; r++) {
          const row: Scalar[] = [];
          for (let c = range.start.column; c <= range.end.column; c++) row.push(this.formulaValue(target, r, c));
          rows.push(row);
        }
        return rows;
      },
      resolveName: (name) => this.resolveName(name),
      lookupFunction,
    };
  }
}
