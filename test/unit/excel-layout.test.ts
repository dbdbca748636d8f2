/**
 * Bold cells and column widths of a write: the width conversion from an .xlsx's characters to the
 * points Office.js takes, the in-memory workbook storing and reading them, and SafeWriter putting
 * them back on undo.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { boldRuns, DEFAULT_COLUMN_WIDTH_POINTS, pointsFromCharacterWidth } from "../../src/sheet/blockLayout";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import type { PlannedWrite } from "../../src/taskpane/wizards/contract";
import type { BottomBorder, HorizontalAlignment } from "../../src/sheet/types";

/** Ark1 with "Navn"/"Beløb" in A1:B1 (A1 bold), 12,5 in B2, and column B 90 points wide. */
function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  wb.setInput("Ark1", 0, 0, "Navn");
  wb.setInput("Ark1", 0, 1, "Beløb");
  wb.setInput("Ark1", 1, 1, 12.5, "#,##0.0");
  wb.setBold("Ark1", 0, 0, true);
  wb.setColumnWidth("Ark1", 1, 90);
  return wb;
}

/** The parts the first layout (bold, widths) had; the others are tested on their own below. */
const BOLD_WIDTHS = ["bold", "columnWidths"] as const;

const A1B2 = { sheet: "Ark1", start: { row: 0, column: 0 }, end: { row: 1, column: 1 } };

describe("column widths: an .xlsx's characters as Office.js's points", () => {
  test("Excel's standard column (stored 9,140625 characters) is 64 pixels, the 48 points Office.js reports", () => {
    expect(pointsFromCharacterWidth(9.140625)).toBe(48);
    expect(DEFAULT_COLUMN_WIDTH_POINTS).toBe(48);
  });

  test("whole characters are 7 pixels each (Calibri 11's digit): 44 → 308 px = 231 pt, 12 → 84 px = 63 pt", () => {
    expect(pointsFromCharacterWidth(44)).toBe(231);
    expect(pointsFromCharacterWidth(12)).toBe(63);
    // A fraction of a pixel is cut, as Excel draws whole pixels: 10,5 characters are 73,5 → 73 px.
    expect(pointsFromCharacterWidth(10.5)).toBe(54.75);
  });

  test("a row's bold cells in runs, so a heading row is one range", () => {
    expect(boldRuns([true, true, true])).toEqual([{ start: 0, length: 3, bold: true }]);
    expect(boldRuns([false, true, true, false])).toEqual([
      { start: 0, length: 1, bold: false },
      { start: 1, length: 2, bold: true },
      { start: 3, length: 1, bold: false },
    ]);
  });
});

describe("in-memory workbook: bold and widths", () => {
  test("a write sets bold and widths, readLayout reads them back; columns never set are 48 points", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    expect(await api.readLayout(A1B2, BOLD_WIDTHS)).toEqual({
      bold: [
        [true, false],
        [false, false],
      ],
      columnWidths: [48, 90],
    });
    await api.writeBlock("Ark1!B1", {
      formulas: [
        ["I alt", 3],
        ["", ""],
      ],
      bold: [
        [true, true],
        [false, false],
      ],
      columnWidths: [63, 231],
    });
    expect(wb.bold("Ark1", 0, 1)).toBe(true);
    expect(wb.bold("Ark1", 0, 2)).toBe(true);
    expect(wb.columnWidth("Ark1", 1)).toBe(63);
    expect(wb.columnWidth("Ark1", 2)).toBe(231);
    expect(await api.readLayout({ ...A1B2, end: { row: 0, column: 2 } }, BOLD_WIDTHS)).toEqual({
      bold: [[true, true, true]],
      columnWidths: [48, 63, 231],
    });
  });

  test("bold stays when the contents are cleared, as Excel keeps formatting apart from contents", () => {
    const wb = workbook();
    wb.setInput("Ark1", 0, 0, "");
    expect(wb.bold("Ark1", 0, 0)).toBe(true);
    wb.setBold("Ark1", 0, 0, false);
    // Nothing left in A1: the cell is gone, so the sheet's extent no longer counts it.
    expect(wb.requireSheet("Ark1").cells.has("0:0")).toBe(false);
  });

  test("a bold grid or widths not of the block's shape are refused before any cell is written", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    await expect(api.writeBlock("Ark1!D1", { formulas: [["a", "b"]], bold: [[true]] })).rejects.toThrow(
      "a block's bold grid must have its 1 × 2 shape",
    );
    await expect(api.writeBlock("Ark1!D1", { formulas: [["a", "b"]], columnWidths: [60] })).rejects.toThrow(
      "a block's column widths must be one per column (2)",
    );
    await expect(api.writeBlock("Ark1!D1", { formulas: [["a"]], columnWidths: [-1] })).rejects.toThrow(
      "a column width must be between 0 and 1338.75 points",
    );
    expect(wb.input("Ark1", 0, 3)).toBe("");
  });
});

describe("SafeWriter: undo puts bold and widths back", () => {
  const plan = (newSheet?: string): PlannedWrite => ({
    wizard: "test",
    method: { da: "en fed total", en: "a bold total" },
    inputs: {},
    topLeft: { sheet: newSheet ? undefined : "Ark1", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
    newSheet,
    block: {
      formulas: [
        ["Tekst", "2024"],
        ["I alt", 7],
      ],
      bold: [
        [false, false],
        [true, true],
      ],
      columnWidths: [231, 63],
    },
  });

  test("over existing cells: the write changes bold and widths, undo puts the old ones back exactly", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    const cellsBefore = await api.readRange(A1B2);
    const layoutBefore = await api.readLayout(A1B2);
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await writer.write(plan());
    expect(await api.readLayout(A1B2, BOLD_WIDTHS)).toEqual({
      bold: [
        [false, false],
        [true, true],
      ],
      columnWidths: [231, 63],
    });
    await writer.undo();
    expect(await api.readLayout(A1B2)).toEqual(layoutBefore);
    expect(await api.readRange(A1B2)).toEqual(cellsBefore);
    // Column A had the standard width: it is not stored as set afterwards, as before the write.
    expect([...wb.requireSheet("Ark1").columnWidths.keys()]).toEqual([1]);
  });

  test("on a sheet the write adds, nothing is read first: undo deletes the sheet with its widths", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    const reads: unknown[] = [];
    const writer = new SafeWriter(
      {
        ...api,
        readLayout: (range) => {
          reads.push(range);
          return api.readLayout(range);
        },
      },
      () => Promise.resolve(true),
    );
    await writer.write(plan("Bilag"));
    expect(wb.bold("Bilag", 1, 0)).toBe(true);
    expect(wb.columnWidth("Bilag", 0)).toBe(231);
    expect(reads).toEqual([]);
    await writer.undo();
    expect(wb.sheet("Bilag")).toBeUndefined();
    expect(wb.columnWidth("Ark1", 0)).toBe(48);
  });

  test("a write without bold or widths reads no layout and undo leaves bold and widths alone", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    let reads = 0;
    const writer = new SafeWriter(
      {
        ...api,
        readLayout: (range) => {
          reads++;
          return api.readLayout(range);
        },
      },
      () => Promise.resolve(true),
    );
    const { formulas } = plan().block;
    await writer.write({ ...plan(), block: { formulas } });
    await writer.undo();
    expect(reads).toBe(0);
    expect(wb.bold("Ark1", 0, 0)).toBe(true);
    expect(wb.columnWidth("Ark1", 1)).toBe(90);
  });
});

describe("in-memory workbook: alignment, bottom borders and font size", () => {
  const block = {
    formulas: [
      ["Vedtagne forslag", ""],
      ["I alt", 26],
    ],
    horizontalAlignment: [
      ["General", "Right"],
      ["Center", "Right"],
    ] as HorizontalAlignment[][],
    bottomBorder: [
      ["none", "thin"],
      ["double", "double"],
    ] as BottomBorder[][],
    fontSize: [
      [13, 13],
      [11, 11],
    ],
  };

  test("a write stores them per cell and readLayout reads them back; unset cells are General, no line, 11 points", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    const parts = ["horizontalAlignment", "bottomBorder", "fontSize"] as const;
    expect(await api.readLayout(A1B2, parts)).toEqual({
      horizontalAlignment: [
        ["General", "General"],
        ["General", "General"],
      ],
      bottomBorder: [
        ["none", "none"],
        ["none", "none"],
      ],
      fontSize: [
        [11, 11],
        [11, 11],
      ],
    });
    await api.writeBlock("Ark1!A1", block);
    expect(await api.readLayout(A1B2, parts)).toEqual({
      horizontalAlignment: block.horizontalAlignment,
      bottomBorder: block.bottomBorder,
      fontSize: block.fontSize,
    });
    expect([wb.alignment("Ark1", 1, 1), wb.bottomBorder("Ark1", 1, 0), wb.fontSize("Ark1", 0, 1)]).toEqual([
      "Right",
      "double",
      13,
    ]);
  });

  test("a cell set back to the defaults and emptied is no longer stored", () => {
    const wb = workbook();
    wb.setStyle("Ark1", 3, 3, { alignment: "Right", bottomBorder: "double", fontSize: 13 });
    expect(wb.requireSheet("Ark1").cells.has("3:3")).toBe(true);
    wb.setStyle("Ark1", 3, 3, { alignment: "General", bottomBorder: "none" });
    expect(wb.requireSheet("Ark1").cells.has("3:3")).toBe(true);
    wb.setStyle("Ark1", 3, 3, { fontSize: 11 });
    expect(wb.requireSheet("Ark1").cells.has("3:3")).toBe(false);
  });

  test("a grid of the wrong shape or a font size Excel has not is refused before any cell is written", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    await expect(
      api.writeBlock("Ark1!D1", { formulas: [["a", "b"]], horizontalAlignment: [["Right"]] }),
    ).rejects.toThrow("a block's alignment grid must have its 1 × 2 shape");
    await expect(api.writeBlock("Ark1!D1", { formulas: [["a"]], fontSize: [[410]] })).rejects.toThrow(
      "a font size must be between 1 and 409 points",
    );
    expect(wb.input("Ark1", 0, 3)).toBe("");
  });

  test("SafeWriter: undo over existing cells puts their alignment, lines and sizes back exactly", async () => {
    const wb = workbook();
    wb.setStyle("Ark1", 0, 0, { bottomBorder: "thin", alignment: "Center" });
    wb.setStyle("Ark1", 1, 1, { fontSize: 16 });
    const api = createMemoryWorkbookApi(wb);
    const before = await api.readLayout(A1B2);
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await writer.write({
      wizard: "test",
      method: { da: "en total", en: "a total" },
      inputs: {},
      topLeft: { sheet: "Ark1", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
      block,
    });
    expect([wb.bottomBorder("Ark1", 0, 0), wb.alignment("Ark1", 0, 0), wb.fontSize("Ark1", 1, 1)]).toEqual([
      "none",
      "General",
      11,
    ]);
    await writer.undo();
    expect(await api.readLayout(A1B2)).toEqual(before);
    expect([wb.bottomBorder("Ark1", 0, 0), wb.alignment("Ark1", 0, 0), wb.fontSize("Ark1", 1, 1)]).toEqual([
      "thin",
      "Center",
      16,
    ]);
  });
});
