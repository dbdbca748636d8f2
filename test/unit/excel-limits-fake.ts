/**
 * A small Excel object model over a grid that enforces Excel on the web's documented limits the
 * way Excel does: at sync, a batch whose request passes 5 MB is refused whole, as is one whose
 * response would; a read of values, formulas or formats of more than five million cells is refused.
 * Its byte count is its own (the JSON of every value set or read, plus a fixed cost per queued
 * action), not the adapter's estimate. Covers what writeBlock and readRange use.
 */
import { formatRange, parseRange, splitSheet } from "../../src/sheet/address";

export const LIMIT_BYTES = 5_000_000;
export const LIMIT_CELLS = 5_000_000;
/** What one queued action (a setter, a load, a getCell) costs the request besides its values. */
const ACTION_BYTES = 80;

export interface FakeCell {
  formula: unknown;
  format: string;
  bold?: boolean;
}

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

class Refused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Op = { bytes: number; run: () => number };

export class FakeExcel {
  readonly sheets = new Map<string, Map<string, FakeCell>>();
  private queue: Op[] = [];
  syncs = 0;
  refusals: string[] = [];
  /** Refuse the n-th sync from now (1 = the next), to test a failure midway. */
  failAtSync: number | undefined;

  sheet(name: string): Map<string, FakeCell> {
    let sheet = this.sheets.get(name);
    if (!sheet) this.sheets.set(name, (sheet = new Map<string, FakeCell>()));
    return sheet;
  }

  queueOp(op: Op): void {
    this.queue.push(op);
  }

  sync(): Promise<void> {
    return Promise.resolve().then(() => this.syncNow());
  }

  private syncNow(): void {
    const ops = this.queue;
    this.queue = [];
    this.syncs++;
    if (this.failAtSync !== undefined && --this.failAtSync === 0) throw new Refused("GeneralException");
    const request = ops.reduce((sum, op) => sum + op.bytes, 0);
    if (request > LIMIT_BYTES) return this.refuse("RequestPayloadSizeLimitExceeded");
    let response = 0;
    for (const op of ops) response += op.run();
    // Refused after running: the fake only reads in batches that fail this way, so nothing changed.
    if (response > LIMIT_BYTES) return this.refuse("ResponsePayloadSizeLimitExceeded");
  }

  private refuse(code: string): never {
    this.refusals.push(code);
    throw new Refused(code);
  }

  context() {
    const worksheets = {
      getItem: (name: string) => new FakeSheet(this, name),
      getActiveWorksheet: () => new FakeSheet(this, "Ark1"),
    };
    return { workbook: { worksheets }, sync: () => this.sync() };
  }

  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return batch(this.context() as unknown as Excel.RequestContext);
  }
}

class FakeSheet {
  constructor(
    private readonly excel: FakeExcel,
    readonly name: string,
  ) {}

  getRange(address: string): FakeRange {
    const range = parseRange(splitSheet(address).local);
    if (!range) throw new Refused("InvalidArgument");
    return new FakeRange(this.excel, this.name, range.start.row, range.start.column, 0, 0).resized(
      range.end.row - range.start.row,
      range.end.column - range.start.column,
    );
  }
}

const CELL_READS = ["values", "formulas", "numberFormat"];

class FakeRange {
  private readonly data: Record<string, unknown> = {};

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheetName: string,
    private readonly row: number,
    private readonly column: number,
    private readonly lastRow: number,
    private readonly lastColumn: number,
  ) {
    excel.queueOp({ bytes: ACTION_BYTES, run: () => 0 });
  }

  resized(rows: number, columns: number): FakeRange {
    return new FakeRange(this.excel, this.sheetName, this.row, this.column, this.row + rows, this.column + columns);
  }

  getResizedRange(rows: number, columns: number): FakeRange {
    return new FakeRange(
      this.excel,
      this.sheetName,
      this.row,
      this.column,
      this.lastRow + rows,
      this.lastColumn + columns,
    );
  }

  getCell(r: number, c: number): FakeRange {
    const row = this.row + r;
    const column = this.column + c;
    return new FakeRange(this.excel, this.sheetName, row, column, row, column);
  }

  private cells(): FakeCell[][] {
    const sheet = this.excel.sheet(this.sheetName);
    const grid: FakeCell[][] = [];
    for (let r = this.row; r <= this.lastRow; r++) {
      const row: FakeCell[] = [];
      for (let c = this.column; c <= this.lastColumn; c++) {
        const key = `${r},${c}`;
        let cell = sheet.get(key);
        if (!cell) sheet.set(key, (cell = { formula: "", format: "General" }));
        row.push(cell);
      }
      grid.push(row);
    }
    return grid;
  }

  private write(value: unknown[][], apply: (cell: FakeCell, v: unknown) => void): void {
    this.excel.queueOp({
      bytes: ACTION_BYTES + bytes(value),
      run: () => {
        this.cells().forEach((row, r) => row.forEach((cell, c) => apply(cell, value[r]?.[c])));
        return 0;
      },
    });
  }

  set formulas(value: unknown[][]) {
    this.write(value, (cell, v) => (cell.formula = v));
  }
  set numberFormat(value: unknown[][]) {
    this.write(value, (cell, v) => (cell.format = String(v)));
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }
  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  get address(): string {
    return this.read("address") as string;
  }
  get rowHidden(): boolean {
    return this.read("rowHidden") as boolean;
  }

  getRow(r: number): FakeRange {
    return new FakeRange(this.excel, this.sheetName, this.row + r, this.column, this.row + r, this.lastColumn);
  }

  /** Bold only: set on the range, or loaded as Excel says it (null when the cells differ). */
  get format() {
    const setBold = (bold: boolean) => this.setEach((cell) => (cell.bold = bold), bold);
    const font: Record<string, unknown> = {
      set bold(bold: boolean) {
        setBold(bold);
      },
    };
    font.load = () => {
      this.excel.queueOp({
        bytes: ACTION_BYTES,
        run: () => {
          const bolds = this.cells().flatMap((row) => row.map((cell) => cell.bold === true));
          const all = bolds.every((b) => b === bolds[0]) ? bolds[0] : null;
          Object.defineProperty(font, "bold", { value: all, configurable: true });
          return bytes(all) + 10;
        },
      });
      return font;
    };
    return { font };
  }

  private setEach(apply: (cell: FakeCell) => void, value: unknown): void {
    this.excel.queueOp({
      bytes: ACTION_BYTES + bytes(value),
      run: () => {
        this.cells().forEach((row) => row.forEach(apply));
        return 0;
      },
    });
  }

  private read(property: string): unknown {
    if (!(property in this.data))
      throw new Error(`The property '${property}' is not available: call load and sync first.`);
    return this.data[property];
  }

  load(properties: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",") : properties;
    const cells = (this.lastRow - this.row + 1) * (this.lastColumn - this.column + 1);
    this.excel.queueOp({
      bytes: ACTION_BYTES,
      run: () => {
        if (cells > LIMIT_CELLS && list.some((p) => CELL_READS.includes(p)))
          throw new Refused("ResponsePayloadSizeLimitExceeded");
        let size = 0;
        for (const property of list) {
          const value = this.value(property.trim());
          this.data[property.trim()] = value;
          size += bytes(value);
        }
        return size;
      },
    });
    return this;
  }

  private value(property: string): unknown {
    switch (property) {
      case "address":
        return formatRange({
          sheet: this.sheetName,
          start: { row: this.row, column: this.column },
          end: { row: this.lastRow, column: this.lastColumn },
        });
      case "rowHidden":
        return false;
      case "formulas":
        return this.cells().map((row) => row.map((cell) => cell.formula));
      case "values":
        // No calculation here: a formula reads as 0, a constant as itself.
        return this.cells().map((row) =>
          row.map((cell) => (typeof cell.formula === "string" && cell.formula.startsWith("=") ? 0 : cell.formula)),
        );
      case "numberFormat":
        return this.cells().map((row) => row.map((cell) => cell.format));
      default:
        throw new Error(`the fake has no ${property}`);
    }
  }
}
