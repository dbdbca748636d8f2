/**
 * Hidden rows and merged areas through the Office.js adapter, against a hand-made Excel that
 * answers Range.rowHidden as Excel does (true, false, or null when mixed) and
 * getMergedAreasOrNullObject as ExcelApi 1.13 does. A property read before load() and sync() throws,
 * as in Excel, and the round trips are counted.
 */
import { cellName, formatRange, parseRange, type RangeRef } from "../../src/sheet/address";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { relativeMerges, splitAreas } from "../../src/excel/office/rowsAndMerges";
import type { WorkbookApi } from "../../src/sheet/types";

interface Model {
  sheet: string;
  /** 0-based hidden rows of the sheet. */
  hidden: Set<number>;
  /** Merged areas as Excel addresses with the sheet. */
  merges: string[];
}

interface Fake {
  api: WorkbookApi;
  syncs: () => number;
  /** rowHidden reads of ranges smaller than the range read, over all syncs. */
  probes: () => number;
}

class Loadable {
  private queued = new Set<string>();
  private ready = new Set<string>();
  constructor(protected readonly batch: { objects: Loadable[] }) {
    batch.objects.push(this);
  }
  load(properties: string | string[]): this {
    const list = Array.isArray(properties) ? properties : properties.split(",");
    for (const p of list) this.queued.add(p.trim());
    return this;
  }
  synced(): void {
    for (const p of this.queued) this.ready.add(p);
    this.queued.clear();
  }
  protected need(property: string): void {
    if (!this.ready.has(property)) throw new Error(`${property} read before load and sync`);
  }
}

function fakeExcel(model: Model, options: { merges: boolean; refuseMerges?: boolean }): Fake {
  let syncs = 0;
  let probes = 0;
  const batch = { objects: [] as Loadable[], mergeReads: 0 };

  class FakeAreas extends Loadable {
    constructor(private readonly within: RangeRef) {
      super(batch);
      batch.mergeReads++;
    }
    private found(): string[] {
      return model.merges.filter((address) => {
        const m = parseRange(address) as RangeRef;
        const w = this.within;
        return (
          m.start.row <= w.end.row &&
          w.start.row <= m.end.row &&
          m.start.column <= w.end.column &&
          w.start.column <= m.end.column
        );
      });
    }
    get isNullObject(): boolean {
      this.need("isNullObject");
      return this.found().length === 0;
    }
    get address(): string {
      this.need("address");
      return this.found().join(", ");
    }
  }

  class FakeRange extends Loadable {
    constructor(readonly ref: RangeRef) {
      super(batch);
    }
    private get rows(): number[] {
      const list: number[] = [];
      for (let r = this.ref.start.row; r <= this.ref.end.row; r++) list.push(r);
      return list;
    }
    get address(): string {
      this.need("address");
      return formatRange(this.ref);
    }
    get values(): unknown[][] {
      this.need("values");
      return this.rows.map((r) => {
        const row: unknown[] = [];
        for (let c = this.ref.start.column; c <= this.ref.end.column; c++) row.push(cellName({ row: r, column: c }));
        return row;
      });
    }
    get formulas(): unknown[][] {
      this.need("formulas");
      return this.values;
    }
    get numberFormat(): unknown[][] {
      this.need("numberFormat");
      return this.rows.map(() => []);
    }
    get rowHidden(): boolean | null {
      this.need("rowHidden");
      const states = new Set(this.rows.map((r) => model.hidden.has(r)));
      return states.size === 2 ? null : states.has(true);
    }
    override load(properties: string | string[]): this {
      if (String(properties) === "rowHidden") probes++;
      return super.load(properties);
    }
    getCell(row: number, column: number): FakeRange {
      const start = { row: this.ref.start.row + row, column: this.ref.start.column + column };
      return new FakeRange({ sheet: this.ref.sheet, start, end: start });
    }
    getResizedRange(rows: number, columns: number): FakeRange {
      const end = { row: this.ref.end.row + rows, column: this.ref.end.column + columns };
      return new FakeRange({ ...this.ref, end });
    }
    getMergedAreasOrNullObject(): FakeAreas {
      return new FakeAreas(this.ref);
    }
  }

  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          getRange: (local: string) => new FakeRange({ ...(parseRange(local) as RangeRef), sheet: name }),
        }),
      },
    },
    sync: (): Promise<void> => {
      syncs++;
      if (options.refuseMerges && batch.mergeReads > 0) {
        batch.mergeReads = 0;
        return Promise.reject(Object.assign(new Error("too many merged areas"), { code: "GeneralException" }));
      }
      for (const o of batch.objects) o.synced();
      return Promise.resolve();
    },
  };
  const api = createOfficeWorkbookApi({
    run: (run) => run(context as unknown as Excel.RequestContext),
    changeEventsSupported: () => false,
    mergedAreasSupported: () => options.merges,
  });
  return { api, syncs: () => syncs, probes: () => probes };
}

const SHEET = "Nøgle";

describe("Office.js adapter: hidden rows", () => {
  test("no hidden row: said for every row, in the read's one round trip", async () => {
    const fake = fakeExcel({ sheet: SHEET, hidden: new Set(), merges: [] }, { merges: false });
    const read = await fake.api.readRange("Nøgle!A1:B6");
    expect(read.hiddenRows).toEqual([false, false, false, false, false, false]);
    expect(fake.syncs()).toBe(1);
    expect(fake.probes()).toBe(0);
  });

  test("mixed rows are found by halving: rows 3 and 7–8 of A1:B10 hidden", async () => {
    const fake = fakeExcel({ sheet: SHEET, hidden: new Set([2, 6, 7]), merges: [] }, { merges: false });
    const read = await fake.api.readRange("Nøgle!A1:B10");
    expect(read.hiddenRows).toEqual([false, false, true, false, false, false, true, true, false, false]);
    expect(read.values[2]).toEqual(["A3", "B3"]);
    // 10 rows halve at most 4 times (5, 3, 2, 1): the read plus at most 4 rounds.
    expect(fake.syncs()).toBeLessThanOrEqual(5);
  });

  test("one hidden row in 10.000 costs round trips by the halvings, not one probe per row", async () => {
    const fake = fakeExcel({ sheet: SHEET, hidden: new Set([4321]), merges: [] }, { merges: false });
    const read = await fake.api.readRange("Nøgle!A1:A10000");
    expect(read.hiddenRows?.filter(Boolean)).toHaveLength(1);
    expect(read.hiddenRows?.[4321]).toBe(true);
    expect(fake.syncs()).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(10000)));
    expect(fake.probes()).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(10000)));
  });

  test("every row hidden (a collapsed outline): all true without halving", async () => {
    const fake = fakeExcel({ sheet: SHEET, hidden: new Set([0, 1, 2, 3]), merges: [] }, { merges: false });
    expect((await fake.api.readRange("Nøgle!A1:C4")).hiddenRows).toEqual([true, true, true, true]);
    expect(fake.probes()).toBe(0);
  });
});

describe("Office.js adapter: merged areas (ExcelApi 1.13)", () => {
  const model = { sheet: SHEET, hidden: new Set<number>(), merges: ["Nøgle!A2:A4", "Nøgle!B1:C1", "Nøgle!A8:A9"] };

  test("the merged areas overlapping the range, relative to its top-left, in the same round trip", async () => {
    const fake = fakeExcel(model, { merges: true });
    const read = await fake.api.readRange("Nøgle!A3:C6");
    expect(read.merges).toEqual([{ row: -1, column: 0, rows: 3, columns: 1 }]);
    expect(fake.syncs()).toBe(1);
    expect((await fake.api.readRange("Nøgle!A1:C9")).merges).toEqual([
      { row: 1, column: 0, rows: 3, columns: 1 },
      { row: 0, column: 1, rows: 1, columns: 2 },
      { row: 7, column: 0, rows: 2, columns: 1 },
    ]);
  });

  test("no merged cell: an empty list (the host could tell)", async () => {
    const fake = fakeExcel(model, { merges: true });
    expect((await fake.api.readRange("Nøgle!D1:E5")).merges).toEqual([]);
  });

  test("before ExcelApi 1.13 there are no merges in the read (absent: the host cannot tell)", async () => {
    const fake = fakeExcel(model, { merges: false });
    const read = await fake.api.readRange("Nøgle!A1:C9");
    expect(read.merges).toBeUndefined();
    expect(read.values[0]).toEqual(["A1", "B1", "C1"]);
  });

  test("Excel refusing the merged areas (more than 512) leaves the cells read, without merges", async () => {
    const fake = fakeExcel(model, { merges: true, refuseMerges: true });
    const read = await fake.api.readRange("Nøgle!A1:C3");
    expect(read.values[2]).toEqual(["A3", "B3", "C3"]);
    expect(read.merges).toBeUndefined();
    expect(fake.syncs()).toBe(2);
  });

  test("addresses are split at commas outside quoted sheet names", () => {
    expect(splitAreas("'Ark, to'!A1:B2, 'Ark, to'!D4")).toEqual(["'Ark, to'!A1:B2", "'Ark, to'!D4"]);
    const origin = parseRange("'Ark, to'!B2:D5") as RangeRef;
    expect(relativeMerges(splitAreas("'Ark, to'!A1:B2, 'Ark, to'!D4:D5"), origin)).toEqual([
      { row: -1, column: -1, rows: 2, columns: 2 },
      { row: 2, column: 2, rows: 2, columns: 1 },
    ]);
  });
});
