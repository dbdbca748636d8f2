/**
 * The Office.js WorkbookApi against office-addin-mock: the calls it queues, what it loads before it
 * reads, and how Excel's failures come out. The mock returns "Error, property was not loaded" for a
 * property read without load()+sync(); `loaded()` turns that into a thrown error, so a forgotten load
 * fails these tests as it would fail in Excel.
 */
import { OfficeMockObject } from "office-addin-mock";
import { WorkbookError } from "../../src/sheet/errors";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { loaded } from "../../src/excel/office/loaded";
import { LOG_SHEET, type WorkbookApi } from "../../src/sheet/types";

/** What the fake Excel recorded; the mock's own objects are read back through it. */
interface Recorder {
  requested: string[];
  resized: [number, number][];
  added: string[];
  selected: string[];
}

type MockData = Record<string, unknown>;

function rangeData(address: string, values: unknown[][]): MockData {
  return {
    address,
    values,
    formulas: values,
    numberFormat: values.map((row) => row.map(() => "General")),
    rowHidden: false,
  };
}

/** A workbook with one sheet "Nøgle" whose every range is the same mock range object. */
function excelMock(options: { logSheetExists?: boolean; failWith?: string } = {}): {
  api: WorkbookApi;
  root: MockData;
  recorder: Recorder;
} {
  const recorder: Recorder = { requested: [], resized: [], added: [], selected: [] };
  const data: MockData = {
    context: {
      workbook: {
        selected: { address: "Nøgle!B2:B7" },
        getSelectedRange(this: MockData) {
          return this.selected;
        },
        worksheets: {
          sheet: {
            isNullObject: !(options.logSheetExists ?? false),
            visibility: "Visible",
            range: {
              ...rangeData("Nøgle!A1:B3", [
                ["Afdeling", "Nøgle"],
                ["MSB", 0.284],
              ]),
              worksheet: {
                activate() {
                  recorder.selected.push("activate");
                },
              },
              select() {
                recorder.selected.push("select");
              },
              getResizedRange(this: MockData, rows: number, columns: number) {
                recorder.resized.push([rows, columns]);
                return this;
              },
            },
            used: { rowIndex: 0, rowCount: 3 },
            getRange(this: MockData, address: string) {
              if (options.failWith) throw Object.assign(new Error("mock failure"), { code: options.failWith });
              recorder.requested.push(address);
              return this.range;
            },
            getUsedRange(this: MockData) {
              return this.used;
            },
          },
          getItem(this: MockData) {
            return this.sheet;
          },
          getItemOrNullObject(this: MockData) {
            return this.sheet;
          },
          getActiveWorksheet(this: MockData) {
            return this.sheet;
          },
          add(this: MockData, name: string) {
            recorder.added.push(name);
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const root = new OfficeMockObject(data) as unknown as MockData & {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  const api = createOfficeWorkbookApi({ run: (batch) => root.run(batch) });
  return { api, root, recorder };
}

function sheetOf(root: MockData): MockData {
  const context = root.context as MockData;
  const workbook = context.workbook as MockData;
  const worksheets = workbook.worksheets as MockData;
  return worksheets.sheet as MockData;
}

describe("Office.js adapter (office-addin-mock)", () => {
  test("getSelection loads the address before reading it", async () => {
    const { api } = excelMock();
    await expect(api.getSelection()).resolves.toBe("Nøgle!B2:B7");
  });

  test("select shows the range's sheet and selects the range, in one batch", async () => {
    const { api, recorder } = excelMock();
    await api.select?.("Nøgle!B2:C7");
    expect(recorder.requested).toEqual(["B2:C7"]);
    expect(recorder.selected).toEqual(["activate", "select"]);
  });

  test("readRange loads address, values, formulas and number formats of the address without its sheet", async () => {
    const { api, recorder } = excelMock();
    const read = await api.readRange("Nøgle!A1:B2");
    expect(recorder.requested).toEqual(["A1:B2"]);
    expect(read.address).toBe("Nøgle!A1:B3");
    expect(read.values).toEqual([
      ["Afdeling", "Nøgle"],
      ["MSB", 0.284],
    ]);
    expect(read.numberFormats[1]).toEqual(["General", "General"]);
    // rowHidden false: no row hidden, said for each row; no Office here, so no ExcelApi 1.13 and no merges.
    expect(read.hiddenRows).toEqual([false, false]);
    expect(read.merges).toBeUndefined();
  });

  test("writeBlock resizes from the top-left cell and sets formats before formulas", async () => {
    const { api, root, recorder } = excelMock();
    const block = {
      formulas: [
        ["Afdeling", 2024],
        ["MSB", "=BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1)"],
        ["I alt", "=SUM(B2:B2)"],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "#,##0.0"],
        ["General", "#,##0.0"],
      ],
    };
    const address = await api.writeBlock("Nøgle!D1", block);
    expect(recorder.requested).toEqual(["D1"]);
    expect(recorder.resized).toEqual([[2, 1]]);
    const range = sheetOf(root).range as MockData;
    expect(range.formulas).toEqual(block.formulas);
    expect(range.numberFormat).toEqual(block.numberFormats);
    expect(address).toBe("Nøgle!A1:B3");
  });

  test("readRange and writeBlock take a range as a value: Excel gets the cells without the sheet, the read carries its range", async () => {
    const { api, recorder } = excelMock();
    const read = await api.readRange({ sheet: "Nøgle", start: { row: 0, column: 0 }, end: { row: 1, column: 1 } });
    expect(recorder.requested).toEqual(["A1:B2"]);
    // The mock answers every range with the address Nøgle!A1:B3: the range is Excel's, not the one asked for.
    expect(read.range).toEqual({ sheet: "Nøgle", start: { row: 0, column: 0 }, end: { row: 2, column: 1 } });
    const address = await api.writeBlock(
      { sheet: "Nøgle", start: { row: 0, column: 3 }, end: { row: 9, column: 9 } },
      { formulas: [["a", "b", "c"]] },
    );
    expect(recorder.requested).toEqual(["A1:B2", "D1"]);
    expect(recorder.resized).toEqual([[0, 2]]);
    expect(address).toBe("Nøgle!A1:B3");
  });

  test("writeBlock hands range.formulas the pane's invariant formulas as they are", async () => {
    // The pane writes the English ids that range.formulas takes in every language; the adapter
    // translates nothing (Excel shows BUDGET.FORDEL in Danish by itself).
    const formulas = [["=BUDGET.DISTRIBUTE(5,BUDGET.KEY(B2:B7,3),1)", '="BUDGET.FORDEL("', 12.5, ""]];
    const { api, root } = excelMock();
    await api.writeBlock("A1", { formulas });
    expect((sheetOf(root).range as MockData).formulas).toEqual(formulas);
  });

  test("appendLog makes the hidden log sheet with its header on first use, then writes the next row", async () => {
    const { api, root, recorder } = excelMock({ logSheetExists: false });
    await api.appendLog({
      time: "2026-01-05T10:00:00Z",
      wizard: "allocation",
      method: "=x",
      target: "A1",
      inputs: "{}",
    });
    expect(recorder.added).toEqual([LOG_SHEET]);
    const sheet = sheetOf(root);
    expect(sheet.visibility).toBe("Hidden");
    // The used range is rows 1–3 (index 0, 3 rows), so the entry goes to row 4; "=x" is kept as text.
    expect(recorder.requested).toEqual(["A1:F1", "A4:F4"]);
    const entry = { time: "2026-01-05T10:00:00Z", wizard: "allocation", method: "=x", target: "A1", inputs: "{}" };
    const local = new Date(entry.time);
    const two = (n: number) => String(n).padStart(2, "0");
    const time = `${two(local.getDate())}.${two(local.getMonth() + 1)}.${local.getFullYear()} ${two(local.getHours())}:${two(local.getMinutes())}:00`;
    expect((sheet.range as MockData).values).toEqual([
      ["'" + time, "allocation", "'=x", "A1", "", JSON.stringify(entry)],
    ]);
  });

  test("Excel's ItemNotFound becomes a WorkbookError naming the address", async () => {
    const { api } = excelMock({ failWith: "ItemNotFound" });
    const error = await api.readRange("Nøgle!Z9").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("unknownRange");
    expect((error as WorkbookError).message).toContain('"Nøgle!Z9"');
  });

  test("a property read without load() fails loudly instead of passing the mock's text on as a value", () => {
    const mock = new OfficeMockObject({ range: { address: "A1" } }) as unknown as { range: { address: string } };
    expect(mock.range.address).toBe("Error, property was not loaded");
    expect(() => loaded(mock.range.address, "address")).toThrow(/read before it was loaded/);
  });
});
