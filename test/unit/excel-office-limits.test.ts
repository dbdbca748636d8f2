/**
 * Large blocks through the Office.js adapter against a fake that refuses what Excel on the web
 * refuses (5 MB per request or response, five million cells per read): a 10.000 × 12 udmøntning
 * with number formats written and undone through SafeWriter, and a 50.000-row catalogue read.
 */
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { WRITE_BUDGET_BYTES, rowBytes, sliceBlock, writeChunks } from "../../src/excel/office/chunks";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import type { WorkbookApi, WriteBlock } from "../../src/sheet/types";
import { FakeExcel, type FakeCell } from "./excel-limits-fake";

const ROWS = 10_000;
const COLUMNS = 12;
const FORMAT = "#,##0.00;[Red]-#,##0.00";

/** A udmøntning: per department row, twelve months, each its share of the year's frame. */
function udmoentning(): WriteBlock {
  const formulas: string[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const row = r + 5;
    formulas.push(
      Array.from({ length: COLUMNS }, (_, m) => `=ROUND(Udmøntning!$C$${row}*Sæson!$B$${m + 2}/Sæson!$B$14,2)`),
    );
    numberFormats.push(new Array<string>(COLUMNS).fill(FORMAT));
  }
  return { formulas, numberFormats, bold: formulas.map((row, r) => row.map(() => r === ROWS - 1)) };
}

function fakeApi(excel: FakeExcel): WorkbookApi {
  const api = createOfficeWorkbookApi({
    run: (batch) => excel.run(batch),
    changeEventsSupported: () => false,
    openWorkbookSupported: () => false,
    listValidationSupported: () => false,
    pageSetupSupported: () => false,
    mergedAreasSupported: () => false,
  });
  // The log sheet is not what is measured here.
  return { ...api, appendLog: () => Promise.resolve() };
}

function snapshot(excel: FakeExcel, sheet: string): Map<string, FakeCell> {
  return new Map([...excel.sheet(sheet)].map(([key, cell]) => [key, { ...cell }]));
}

/** The cells that hold anything, so a cell the fake created empty on a read compares equal to none. */
function filled(cells: Map<string, FakeCell>): [string, FakeCell][] {
  return [...cells]
    .filter(([, c]) => c.formula !== "" || c.format !== "General" || c.bold)
    .map(([key, c]): [string, FakeCell] => [key, { formula: c.formula, format: c.format, bold: c.bold === true }])
    .sort();
}

function seed(excel: FakeExcel): void {
  // Something already in the target, that undo must bring back: a few old figures and formats.
  const sheet = excel.sheet("Udmøntning");
  for (let r = 4; r < 4 + ROWS; r += 997)
    for (let c = 3; c < 3 + COLUMNS; c += 5) sheet.set(`${r},${c}`, { formula: r * 10 + c, format: "0" });
  // A bold heading inside the target that the write makes plain and undo must make bold again.
  sheet.set("4,4", { formula: "Januar", format: "@", bold: true });
}

describe("write chunks", () => {
  test("cover the rows in order, each within the budget, the widths with the first part only", () => {
    const block = { ...udmoentning(), columnWidths: new Array<number>(COLUMNS).fill(60) };
    const chunks = writeChunks(block);
    expect(chunks.length).toBeGreaterThan(1);
    let next = 0;
    for (const chunk of chunks) {
      expect(chunk.first).toBe(next);
      next += chunk.count;
      let size = 0;
      for (let r = chunk.first; r < chunk.first + chunk.count; r++) size += rowBytes(block, r);
      expect(size).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
      const part = sliceBlock(block, chunk);
      expect(part.formulas[0]).toEqual(block.formulas[chunk.first]);
      expect(part.bold?.length).toBe(chunk.count);
      expect(part.columnWidths !== undefined).toBe(chunk.first === 0);
    }
    expect(next).toBe(ROWS);
  });

  test("estimate Danish letters as two bytes each", () => {
    // ["æøå"]: 2 brackets, 2 quotes, 3 letters of two bytes.
    expect(rowBytes({ formulas: [["æøå"]] }, 0)).toBe(4 + 6);
  });
});

describe("Excel on the web's limits", () => {
  test("the fake refuses the udmøntning as one batch, so the limit is real", async () => {
    const excel = new FakeExcel();
    const block = udmoentning();
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Udmøntning").getRange(`D5:O${ROWS + 4}`);
        range.numberFormat = block.numberFormats as string[][];
        range.formulas = block.formulas;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("a 10.000 × 12 udmøntning with formats is written in parts and undone exactly", async () => {
    const excel = new FakeExcel();
    seed(excel);
    const before = snapshot(excel, "Udmøntning");
    const writer = new SafeWriter(fakeApi(excel), () => Promise.resolve(true));
    const block = udmoentning();
    const outcome = await writer.write({
      wizard: "udmøntning",
      method: { da: "tolvtedele", en: "twelfths" },
      inputs: {},
      topLeft: { sheet: "Udmøntning", start: { row: 4, column: 3 }, end: { row: 4, column: 3 } },
      block,
    });
    expect(outcome).toEqual({ status: "written", address: `Udmøntning!D5:O${ROWS + 4}` });
    expect(excel.refusals).toEqual([]);
    const sheet = excel.sheet("Udmøntning");
    for (const [r, c] of [
      [0, 0],
      [4321, 7],
      [ROWS - 1, COLUMNS - 1],
    ] as const) {
      const cell = sheet.get(`${r + 4},${c + 3}`);
      expect(cell?.formula).toBe(block.formulas[r]?.[c]);
      expect(cell?.format).toBe(FORMAT);
    }
    expect(sheet.get(`${ROWS + 3},3`)?.bold).toBe(true);
    expect(sheet.get(`${ROWS + 2},3`)?.bold).toBe(false);

    await writer.undo();
    // Cells, formats and bold as they were (a cell made plain again compares equal to one never bold).
    expect(filled(excel.sheet("Udmøntning"))).toEqual(filled(before));
    expect(filled(before).length).toBe(11 * 3 + 1);
    expect(excel.refusals).toEqual([]);
  });

  test("a write refused midway is put back before its error reaches the user", async () => {
    const excel = new FakeExcel();
    seed(excel);
    const before = snapshot(excel, "Udmøntning");
    const writer = new SafeWriter(fakeApi(excel), () => Promise.resolve(true));
    const block = udmoentning();
    const parts = writeChunks(block).length;
    // The read before the write takes its own syncs; fail the write's second part.
    const api = fakeApi(excel);
    await api.readRange(`Udmøntning!D5:O${ROWS + 4}`);
    const readSyncs = excel.syncs;
    excel.syncs = 0;
    excel.failAtSync = readSyncs + 2;
    await expect(
      writer.write({
        wizard: "udmøntning",
        method: { da: "tolvtedele", en: "twelfths" },
        inputs: {},
        topLeft: { sheet: "Udmøntning", start: { row: 4, column: 3 }, end: { row: 4, column: 3 } },
        block,
      }),
    ).rejects.toMatchObject({ code: "excelFailed" });
    expect(parts).toBeGreaterThan(2);
    expect(filled(excel.sheet("Udmøntning"))).toEqual(filled(before));
    expect(writer.last()).toBeUndefined();
  });

  test("a 50.000-row catalogue is read whole, in parts below the limits", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Katalog");
    const rows = 50_000;
    for (let r = 0; r < rows; r++) {
      sheet.set(`${r},0`, {
        formula: `${1 + (r % 9)}.${22 + (r % 70)}.${String(r % 100).padStart(2, "0")}`,
        format: "@",
      });
      sheet.set(`${r},1`, { formula: `Daginstitutioner, område ${r} – særlige tilbud`, format: "@" });
      sheet.set(`${r},2`, { formula: 1_000_000 + r * 37.25, format: FORMAT });
      sheet.set(`${r},3`, { formula: r % 2 === 0 ? "Drift" : "Anlæg", format: "General" });
      sheet.set(`${r},4`, { formula: `=C${r + 1}*1.02`, format: FORMAT });
    }
    // One batch would pass 5 MB in its response.
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Katalog")
          .getRange(`A1:E${rows}`)
          .load(["values", "formulas", "numberFormat"]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    excel.refusals = [];

    const read = await fakeApi(excel).readRange(`Katalog!A1:E${rows}`);
    expect(read.address).toBe(`Katalog!A1:E${rows}`);
    expect(read.values.length).toBe(rows);
    expect(read.formulas[49_999]).toEqual([
      "5.41.99",
      "Daginstitutioner, område 49999 – særlige tilbud",
      1_000_000 + 49_999 * 37.25,
      "Anlæg",
      "=C50000*1.02",
    ]);
    expect(read.values[12_345]?.[2]).toBe(1_000_000 + 12_345 * 37.25);
    expect(read.values[12_345]?.[4]).toBe(0);
    expect(read.numberFormats[30_000]).toEqual(["@", "@", FORMAT, "General", FORMAT]);
    expect(read.hiddenRows?.filter(Boolean).length).toBe(0);
    expect(excel.refusals).toEqual([]);
  });

  test("a part Excel still finds too large is halved until it passes", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Noter");
    const rows = 12_000;
    const note = "ø".repeat(300);
    for (let r = 0; r < rows; r++) sheet.set(`${r},0`, { formula: `${note}${r}`, format: "@" });
    const read = await fakeApi(excel).readRange(`Noter!A1:A${rows}`);
    expect(read.values.length).toBe(rows);
    expect(read.values[11_999]?.[0]).toBe(`${note}11999`);
    // 12.000 notes of 600 bytes, twice (values and formulas): the first part is refused, then halved.
    expect(excel.refusals).toContain("ResponsePayloadSizeLimitExceeded");
  });
});
