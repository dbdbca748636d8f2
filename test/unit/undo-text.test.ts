/**
 * Undo puts a user's text back as text. A range read gives a text's value where it has no formula
 * (Office.js's Range.formulas) and never shows Excel's quote prefix, so "6,8" typed as text (behind
 * the prefix, or into a cell formatted "@"), "00123", "1-2" and "=1+1" read exactly as what Excel
 * would turn into the number 6,8, the number 123, a date and a formula if written back as read.
 *
 * Against the in-memory workbook (the stand-in) and against the Office.js adapter on a hand-made
 * Excel range that parses what is written as Excel parses typing in a Danish Excel. Excel's docs do
 * not say what an apostrophe written through Range.formulas does, so that Excel comes in two
 * kinds: one making it the quote prefix (as typing it does), one keeping it as a character. Undo
 * must give back the same text in both. office-addin-mock holds the workbook around the range; it
 * stores whatever is assigned to a property, so the range that parses is the test's own.
 */
import { OfficeMockObject } from "office-addin-mock";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { rowBytes } from "../../src/excel/office/chunks";
import { cellName, columnName } from "../../src/sheet/address";
import type { CellInput, WorkbookApi } from "../../src/sheet/types";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { undoInputs } from "../../src/taskpane/logic/undoInputs";
import type { PlannedWrite } from "../../src/taskpane/wizards/contract";

/** Row 1 of sheet "Ark", A to I: what the user typed, and its number format. */
const TYPED: [CellInput, string][] = [
  ["'6,8", "General"],
  ["6,8", "@"],
  ["'=1+1", "General"],
  ["'00123", "General"],
  ["'1-2", "General"],
  ["=2*3", "General"],
  [4.5, "0.0"],
  ["", "General"],
  ["Kvote 1,5 %", "General"],
];
/** What each cell shows, as a read gives it. */
const SHOWN = ["6,8", "6,8", "=1+1", "00123", "1-2", 6, 4.5, "", "Kvote 1,5 %"];

/** A wizard's write over A1:I1. */
const PLAN: PlannedWrite = {
  wizard: "test",
  method: { da: "en række", en: "one row" },
  inputs: {},
  topLeft: { sheet: "Ark", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
  block: { formulas: [[1, 2, 3, 4, 5, 6, 7, 8, 9]] },
};

async function writeAndUndo(api: WorkbookApi): Promise<void> {
  const writer = new SafeWriter({ ...api, appendLog: () => Promise.resolve() }, () => Promise.resolve(true));
  await expect(writer.write(PLAN)).resolves.toEqual({ status: "written", address: "Ark!A1:I1" });
  expect((await api.readRange("Ark!A1:I1")).values).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9]]);
  await writer.undo();
}

describe("undoInputs", () => {
  test("gives text back behind the quote prefix where Excel could read it as more, and the rest as read", () => {
    const texts = ["6,8", "=1+1", "jan 25", "Forslag 1", "#N/A", "SAND", "'citat", "Afdeling", "Nedlagt afd."];
    const inputs = undoInputs({
      address: "Ark!A1:M1",
      range: { sheet: "Ark", start: { row: 0, column: 0 }, end: { row: 0, column: 12 } },
      values: [[...texts, 6, "", 4.5, true]],
      formulas: [[...texts, "=2*3", '=IF(1>2,1,"")', 4.5, true]],
      numberFormats: [[...texts.map(() => "General"), "General", "General", "0.0", "General"]],
    });
    expect(inputs).toEqual([
      [
        ...["'6,8", "'=1+1", "'jan 25", "'Forslag 1", "'#N/A", "'SAND", "''citat", "Afdeling", "Nedlagt afd."],
        ...["=2*3", '=IF(1>2,1,"")', 4.5, true],
      ],
    ]);
  });
});

describe("undo in the in-memory workbook", () => {
  test("reads a quote-prefixed text as Excel does: the text, without its apostrophe", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark");
    wb.setInput("Ark", 0, 0, "'6,8");
    const read = await createMemoryWorkbookApi(wb).readRange("Ark!A1");
    expect(read.formulas).toEqual([["6,8"]]);
    expect(read.values).toEqual([["6,8"]]);
    expect(read.numberFormats).toEqual([["General"]]);
  });

  test('keeps a formula typed into a cell formatted as text ("@") as text, as Excel does', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark");
    wb.setInput("Ark", 0, 0, "=1+1", "@");
    wb.setInput("Ark", 0, 1, "", "@");
    const api = createMemoryWorkbookApi(wb);
    await api.writeBlock("Ark!B1", { formulas: [["=2*3"]] });
    await api.writeBlock("Ark!C1", { formulas: [["=2*3"]] });
    const read = await api.readRange("Ark!A1:C1");
    expect(read.values).toEqual([["=1+1", "=2*3", 6]]);
    expect(read.formulas).toEqual([["=1+1", "=2*3", "=2*3"]]);
  });

  test("keeps no quote prefix on a text that needs none, as no read shows it", () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark");
    wb.setInput("Ark", 0, 0, "'Kvote 1,5 %");
    wb.setInput("Ark", 0, 1, "'1,5");
    wb.setInput("Ark", 0, 2, "''citat");
    expect([0, 1, 2].map((c) => wb.input("Ark", 0, c))).toEqual(["Kvote 1,5 %", "'1,5", "''citat"]);
    expect([0, 1, 2].map((c) => wb.value("Ark", 0, c))).toEqual(["Kvote 1,5 %", "1,5", "'citat"]);
  });

  test("puts every cell back: text as text behind the quote prefix, the formula and the number as they were", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark");
    TYPED.forEach(([input, format], c) => wb.setInput("Ark", 0, c, input, format));
    const api = createMemoryWorkbookApi(wb);
    const before = await api.readRange("Ark!A1:I1");
    expect(before.values).toEqual([SHOWN]);
    await writeAndUndo(api);
    expect(await api.readRange("Ark!A1:I1")).toEqual(before);
    expect(TYPED.map((_, c) => wb.input("Ark", 0, c))).toEqual([
      "'6,8",
      "'6,8",
      "'=1+1",
      "'00123",
      "'1-2",
      "=2*3",
      4.5,
      "",
      "Kvote 1,5 %",
    ]);
  });
});

type Apostrophe = "prefix" | "character";

interface FakeCell {
  /** What a read gives as its value. */
  value: CellInput;
  formula?: string;
  format: string;
}

/** A Danish Excel's reading of what is written into a cell (Range.formulas), as typing it would be read. */
function typeInto(cell: FakeCell, input: CellInput, apostrophe: Apostrophe): void {
  delete cell.formula;
  if (typeof input !== "string") cell.value = input;
  else if (input.startsWith("'")) cell.value = apostrophe === "prefix" ? input.slice(1) : input;
  else if (cell.format === "@") cell.value = input;
  else if (input.startsWith("=")) {
    cell.formula = input;
    const [, a, op, b] = /^=(\d+)([*+])(\d+)$/.exec(input) ?? [];
    cell.value = op === "*" ? Number(a) * Number(b) : op === "+" ? Number(a) + Number(b) : "#NAME?";
  } else if (/^\d+(,\d+)?$/.test(input)) cell.value = Number(input.replace(",", "."));
  // "1-2": 1 February of this year, a date serial.
  else if (/^\d{1,2}-\d{1,2}$/.test(input)) cell.value = 46054;
  else cell.value = input;
}

/** Sheet "Ark" of such cells, one row, with the Range properties and calls the adapter uses. */
function fakeExcel(apostrophe: Apostrophe) {
  const cells: FakeCell[] = TYPED.map(() => ({ value: "", format: "General" }));
  TYPED.forEach(([input, format], c) => {
    const cell = cells[c] as FakeCell;
    // Typed with the format already on the cell, as the user did; the prefix as Excel keeps it.
    cell.format = format;
    typeInto(cell, input, "prefix");
  });
  const range = (first: number, count: number) => {
    const own = cells.slice(first, first + count);
    return {
      load: () => undefined,
      get address() {
        return `Ark!${cellName({ row: 0, column: first })}:${columnName(first + count - 1)}1`;
      },
      get values() {
        return [own.map((cell) => cell.value)];
      },
      get formulas() {
        return [own.map((cell) => cell.formula ?? cell.value)];
      },
      set formulas(grid: CellInput[][]) {
        own.forEach((cell, c) => typeInto(cell, grid[0]?.[c] as CellInput, apostrophe));
      },
      get numberFormat() {
        return [own.map((cell) => cell.format)];
      },
      set numberFormat(grid: string[][]) {
        own.forEach((cell, c) => (cell.format = grid[0]?.[c] ?? cell.format));
      },
      rowHidden: false,
      getResizedRange: (_rows: number, columns: number) => range(first, columns + 1),
      getCell: (_row: number, column: number) => range(first + column, 1),
    };
  };
  /** "A1" or "A1:I1": the adapter asks for no other. */
  const column = (letter: string) => letter.charCodeAt(0) - "A".charCodeAt(0);
  const sheet = {
    getRange: (address: string) => {
      const [, from = "A", to = from] = /^([A-I])1(?::([A-I])1)?$/.exec(address) ?? [];
      return range(column(from), column(to) - column(from) + 1);
    },
  };
  const context = new OfficeMockObject({
    workbook: { worksheets: { getItem: () => sheet } },
  }) as unknown as Excel.RequestContext;
  const api = createOfficeWorkbookApi({
    run: (batch) => batch(context),
    changeEventsSupported: () => false,
    openWorkbookSupported: () => false,
    listValidationSupported: () => false,
    pageSetupSupported: () => false,
    mergedAreasSupported: () => false,
    spillParentSupported: () => false,
    indentSupported: () => false,
  });
  return { api, cells };
}

describe.each<Apostrophe>(["prefix", "character"])(
  "undo through the Office.js adapter (apostrophe as %s)",
  (apostrophe) => {
    test("each text comes back as the same text, the formula and the number as they were", async () => {
      const { api, cells } = fakeExcel(apostrophe);
      const before = await api.readRange("Ark!A1:I1");
      expect(before.values).toEqual([SHOWN]);
      await writeAndUndo(api);
      expect(await api.readRange("Ark!A1:I1")).toEqual(before);
      expect(cells.map((cell) => cell.format)).toEqual(TYPED.map(([, format]) => format));
    });

    test("written back as read, the texts would become numbers, a formula and a date", async () => {
      const { api } = fakeExcel(apostrophe);
      const before = await api.readRange("Ark!A1:I1");
      await api.writeBlock("Ark!A1", { formulas: before.formulas, numberFormats: before.numberFormats });
      expect((await api.readRange("Ark!A1:I1")).values).toEqual([
        [6.8, "6,8", 2, 123, 46054, 6, 4.5, "", "Kvote 1,5 %"],
      ]);
    });
  },
);

test("a wizard's own text goes with its apostrophe, as typing it would (kept as a character, it shows)", async () => {
  const { api, cells } = fakeExcel("character");
  await api.writeBlock("Ark!A1", { formulas: [["'2100"]], numberFormats: [["General"]] });
  expect(cells[0]?.value).toBe("'2100");
});

describe("the size of a write", () => {
  test('counts the formats twice in a row whose restored text goes in under "@" first', () => {
    const formats = ["General", "0.0"];
    const plain = rowBytes({ formulas: [["6,8", 4.5]], numberFormats: [formats], restoring: true }, 0);
    const quoted = rowBytes({ formulas: [["'6,8", 4.5]], numberFormats: [formats], restoring: true }, 0);
    // One more character in the cells, and the formats' JSON once more.
    expect(quoted - plain).toBe(1 + JSON.stringify(formats).length);
    // A wizard's own text goes with its apostrophe, formats once.
    expect(rowBytes({ formulas: [["'6,8", 4.5]], numberFormats: [formats] }, 0) - plain).toBe(1);
  });
});
