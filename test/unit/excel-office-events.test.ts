/**
 * onChange of the Office.js adapter against a small hand-made fake of Excel's event source.
 * office-addin-mock has no events, so the fake keeps the parts of Office.js that matter here:
 * handlers are added to `worksheets.onChanged` inside a batch and answered with a result whose
 * remove() only works inside a batch on the context that added it; a property read before
 * load()+sync() gives the mock's "not loaded" text; events name the sheet by id only.
 */
import { changeEventsSupported } from "../../src/excel/office/changeEvents";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { LOG_SHEET, type WorkbookApi } from "../../src/sheet/types";

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const NOT_LOADED = "Error, property was not loaded";

class FakeContext {
  running = false;
  /** What the next sync() makes readable. */
  private pending: (() => void)[] = [];
  constructor(readonly excel: FakeExcel) {}

  readonly workbook = {
    worksheets: {
      onChanged: {
        add: (handler: Handler) => {
          if (this.excel.refuseRegistration) throw new Error("ApiNotFound");
          this.excel.handlers.add(handler);
          return {
            context: this,
            remove: () => {
              // Office.js: "the same RequestContext ... must be used when removing the handler".
              if (!this.running) throw new Error("remove() outside a batch on the context that added the handler");
              this.excel.handlers.delete(handler);
            },
          };
        },
      },
      getItemOrNullObject: (id: string) => {
        this.excel.lookups.push(id);
        if (this.excel.failLookups) throw new Error("GeneralException");
        const name = this.excel.sheets.get(id);
        let synced = false;
        let requested = "";
        this.pending.push(() => (synced = true));
        return {
          load: (properties: string) => (requested = properties),
          get isNullObject() {
            return synced && requested.includes("isNullObject") ? name === undefined : NOT_LOADED;
          },
          get name() {
            return synced && requested.includes("name") ? name : NOT_LOADED;
          },
        };
      },
    },
  };

  sync(): Promise<void> {
    this.pending.splice(0).forEach((apply) => apply());
    return Promise.resolve();
  }
}

class FakeExcel {
  handlers = new Set<Handler>();
  /** Sheet id → name. */
  sheets = new Map<string, string>([
    ["{id-budget}", "Budget"],
    ["{id-log}", LOG_SHEET],
  ]);
  lookups: string[] = [];
  contexts: FakeContext[] = [];
  refuseRegistration = false;
  failLookups = false;

  run = async <T>(batch: Batch<T>): Promise<T> => {
    const context = new FakeContext(this);
    this.contexts.push(context);
    return this.runIn(context as unknown as OfficeExtension.ClientRequestContext, batch);
  };

  runIn = async <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T> => {
    const fake = context as unknown as FakeContext;
    fake.running = true;
    try {
      return await batch(context as Excel.RequestContext);
    } finally {
      fake.running = false;
    }
  };

  /** Excel raising one change event on a sheet; resolves when every handler has finished. */
  async change(worksheetId: string, address = "A1"): Promise<void> {
    const args = { worksheetId, address, type: "WorksheetChanged" } as unknown as Excel.WorksheetChangedEventArgs;
    await Promise.all([...this.handlers].map((handler) => handler(args)));
  }
}

/** Lets the registration batch (and anything else queued) finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function officeApi(excel: FakeExcel, extra: { supported?: boolean; errors?: unknown[] } = {}): WorkbookApi {
  return createOfficeWorkbookApi({
    run: excel.run,
    runIn: excel.runIn,
    changeEventsSupported: () => extra.supported ?? true,
    changeDebounceMs: 200,
    onEventError: (error) => extra.errors?.push(error),
  });
}

function subscribe(api: WorkbookApi): { calls: () => number; unsubscribe: () => void } {
  let calls = 0;
  if (!api.onChange) throw new Error("expected onChange");
  const unsubscribe = api.onChange(() => calls++);
  return { calls: () => calls, unsubscribe };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("onChange over worksheets.onChanged", () => {
  test("subscribing adds one handler to Excel's workbook-wide change event", async () => {
    const excel = new FakeExcel();
    subscribe(officeApi(excel));
    await settle();
    expect(excel.handlers.size).toBe(1);
  });

  test("a burst of events (a paste) calls the listener once, after the sheet is quiet", async () => {
    const excel = new FakeExcel();
    const { calls } = subscribe(officeApi(excel));
    await settle();
    for (const address of ["B2", "B3:B7", "C2:C7", "D2", "D3"]) {
      await excel.change("{id-budget}", address);
      jest.advanceTimersByTime(50);
    }
    expect(calls()).toBe(0);
    jest.advanceTimersByTime(149);
    expect(calls()).toBe(0);
    jest.advanceTimersByTime(1);
    expect(calls()).toBe(1);
    jest.advanceTimersByTime(10_000);
    expect(calls()).toBe(1);
  });

  test("two bursts apart call the listener twice", async () => {
    const excel = new FakeExcel();
    const { calls } = subscribe(officeApi(excel));
    await settle();
    await excel.change("{id-budget}");
    await excel.change("{id-budget}");
    jest.advanceTimersByTime(200);
    await excel.change("{id-budget}");
    jest.advanceTimersByTime(200);
    expect(calls()).toBe(2);
  });

  test("the add-in's own log sheet is ignored, and each sheet id is looked up once", async () => {
    const excel = new FakeExcel();
    const { calls } = subscribe(officeApi(excel));
    await settle();
    await Promise.all([excel.change("{id-log}"), excel.change("{id-log}", "A2:E2")]);
    await excel.change("{id-log}", "A3:E3");
    jest.advanceTimersByTime(1000);
    expect(calls()).toBe(0);
    await Promise.all([excel.change("{id-budget}"), excel.change("{id-budget}")]);
    jest.advanceTimersByTime(200);
    expect(calls()).toBe(1);
    expect(excel.lookups).toEqual(["{id-log}", "{id-budget}"]);
  });

  test("when Excel cannot say which sheet changed, the preview recalculates anyway", async () => {
    const excel = new FakeExcel();
    excel.failLookups = true;
    const { calls } = subscribe(officeApi(excel));
    await settle();
    await excel.change("{id-gone}");
    jest.advanceTimersByTime(200);
    expect(calls()).toBe(1);
  });

  test("unsubscribe removes the handler through the context that added it", async () => {
    const excel = new FakeExcel();
    const errors: unknown[] = [];
    const { calls, unsubscribe } = subscribe(officeApi(excel, { errors }));
    await settle();
    expect(excel.handlers.size).toBe(1);
    unsubscribe();
    await settle();
    expect(errors).toEqual([]);
    expect(excel.handlers.size).toBe(0);
    // Removal reused the registration's context instead of opening a new one.
    expect(excel.contexts).toHaveLength(1);
    await excel.change("{id-budget}");
    jest.advanceTimersByTime(1000);
    expect(calls()).toBe(0);
  });

  test("unsubscribe cancels a pending recalculation and is safe to call twice", async () => {
    const excel = new FakeExcel();
    const errors: unknown[] = [];
    const { calls, unsubscribe } = subscribe(officeApi(excel, { errors }));
    await settle();
    await excel.change("{id-budget}");
    unsubscribe();
    unsubscribe();
    await settle();
    jest.advanceTimersByTime(1000);
    expect(calls()).toBe(0);
    expect(excel.handlers.size).toBe(0);
    expect(errors).toEqual([]);
  });

  test("unsubscribing before Excel finished registering still removes the handler", async () => {
    const excel = new FakeExcel();
    const { unsubscribe } = subscribe(officeApi(excel));
    unsubscribe();
    await settle();
    expect(excel.handlers.size).toBe(0);
  });

  test("each subscriber has its own handler and debounce", async () => {
    const excel = new FakeExcel();
    const api = officeApi(excel);
    const first = subscribe(api);
    const second = subscribe(api);
    await settle();
    expect(excel.handlers.size).toBe(2);
    first.unsubscribe();
    await settle();
    await excel.change("{id-budget}");
    jest.advanceTimersByTime(200);
    expect([first.calls(), second.calls()]).toEqual([0, 1]);
  });

  test("a refused registration is reported, not thrown, and unsubscribe still works", async () => {
    const excel = new FakeExcel();
    excel.refuseRegistration = true;
    const errors: unknown[] = [];
    const { calls, unsubscribe } = subscribe(officeApi(excel, { errors }));
    await settle();
    expect(errors).toHaveLength(1);
    expect(() => unsubscribe()).not.toThrow();
    await settle();
    expect(errors).toHaveLength(1);
    expect(calls()).toBe(0);
  });
});

describe("Excel without ExcelApi 1.9", () => {
  test("the adapter has no onChange and asks Excel for nothing", () => {
    const excel = new FakeExcel();
    const api = officeApi(excel, { supported: false });
    expect("onChange" in api).toBe(false);
    expect(excel.contexts).toHaveLength(0);
  });

  test("by default (no Office global, as in node) there are no events and nothing throws", () => {
    expect(changeEventsSupported()).toBe(false);
    expect("onChange" in createOfficeWorkbookApi({ run: new FakeExcel().run })).toBe(false);
  });

  describe("with an Office global", () => {
    const global = globalThis as { Office?: unknown };
    afterEach(() => delete global.Office);

    test("asks Office.context.requirements for ExcelApi 1.9", () => {
      const asked: [string, string | undefined][] = [];
      const answer = { value: false };
      global.Office = {
        context: {
          requirements: {
            isSetSupported: (name: string, version?: string) => {
              asked.push([name, version]);
              return answer.value;
            },
          },
        },
      };
      expect(changeEventsSupported()).toBe(false);
      answer.value = true;
      expect(changeEventsSupported()).toBe(true);
      expect(asked).toEqual([
        ["ExcelApi", "1.9"],
        ["ExcelApi", "1.9"],
      ]);
    });

    test("before Office.onReady (no Office.context) there are no events and nothing throws", () => {
      global.Office = {};
      expect(changeEventsSupported()).toBe(false);
    });
  });
});
