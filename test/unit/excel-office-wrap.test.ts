/**
 * Wrapped text and row heights through the Office.js adapter (office-addin-mock): Range.format.wrapText
 * (ExcelApi 1.1) and Range.format.rowHeight (1.2), both within the manifest's 1.7. A write sets the
 * wrap per run of equal cells and the heights per run of equal rows (a null row left alone); readLayout
 * reads a row's wrap at once (a mixed row cell by cell) and the heights in one load when the rows are
 * equally tall; SafeWriter's undo writes back what was read.
 */
import { bilagSheetMock, type MockData } from "./office-sheet-mock";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import type { RangeData, WorkbookApi } from "../../src/sheet/types";

interface Run {
  kind: "cells" | "rows";
  row: number;
  column: number;
  rows: number;
  columns: number;
  format: { wrapText?: boolean; rowHeight?: number };
}

/**
 * Sheet "Bilag" (one 2 × 3 range). `rowWraps` undefined is Excel's null for a row whose cells differ;
 * `wholeHeight` undefined is Excel's null for a range whose rows differ in height.
 */
function excelMock(
  rowWraps: (boolean | undefined)[],
  cellWraps: boolean[][],
  rowHeights: number[],
  wholeHeight: number | undefined,
) {
  const recorder = { cellsAsked: [] as string[], runs: [] as Run[] };
  const record = (kind: Run["kind"], row: number, column: number) =>
    function (rowsMore: number, columnsMore: number) {
      const run: Run = { kind, row, column, rows: rowsMore + 1, columns: columnsMore + 1, format: {} };
      recorder.runs.push(run);
      return run;
    };
  const rows: MockData = {};
  rowWraps.forEach((wrapText, r) => {
    rows[r] = { format: { wrapText, rowHeight: rowHeights[r] }, getResizedRange: record("rows", r, 0) };
  });
  const cells: MockData = {};
  cellWraps.forEach((row, r) =>
    row.forEach((wrapText, c) => {
      cells[`${r}_${c}`] = { format: { wrapText }, getResizedRange: record("cells", r, c) };
    }),
  );
  const { api } = bilagSheetMock({ rows, columns: {}, cells }, recorder, {
    rangeFormat: { rowHeight: wholeHeight },
  });
  return { api, recorder };
}

const whole = { sheet: "Bilag", start: { row: 0, column: 0 }, end: { row: 1, column: 2 } };

const HEADINGS = {
  formulas: [
    ["Afdeling", "Forlig A: vedtaget 2024", "Forlig A: mangler 2024"],
    ["MSB", 1.25, 0.25],
  ],
  wrapText: [
    [true, true, true],
    [false, false, false],
  ],
  rowHeights: [45, null],
};

describe("Office.js adapter: wrapped text and row heights (ExcelApi 1.1 and 1.2)", () => {
  test("a write sets the wrap per run of equal cells and the heights per run of rows, leaving a null row alone", async () => {
    const { api, recorder } = excelMock(
      [false, false],
      [
        [false, false, false],
        [false, false, false],
      ],
      [15, 15],
      15,
    );
    await api.writeBlock("Bilag!A1", HEADINGS);
    const set = recorder.runs.map(({ kind, row, column, rows, columns, format }) => [
      kind,
      row,
      column,
      rows,
      columns,
      format.wrapText ?? format.rowHeight,
    ]);
    expect(set).toEqual([
      ["cells", 0, 0, 1, 3, true],
      ["cells", 1, 0, 1, 3, false],
      // Row 1's null: no range asked for it at all.
      ["rows", 0, 0, 1, 1, 45],
    ]);
  });

  test("equal rows of heights are one range; a block of all nulls sets no height", async () => {
    const { api, recorder } = excelMock(
      [false, false],
      [
        [false, false, false],
        [false, false, false],
      ],
      [15, 15],
      15,
    );
    await api.writeBlock("Bilag!A1", { formulas: [["a"], ["b"]], rowHeights: [30, 30] });
    expect(recorder.runs.filter((r) => r.kind === "rows").map((r) => [r.row, r.rows, r.format.rowHeight])).toEqual([
      [0, 2, 30],
    ]);
    recorder.runs.length = 0;
    await api.writeBlock("Bilag!A1", { formulas: [["a"], ["b"]], rowHeights: [null, null] });
    expect(recorder.runs).toEqual([]);
  });

  test("readLayout reads a row's wrap at once, a mixed row cell by cell, and equal heights in one load", async () => {
    const { api, recorder } = excelMock(
      [undefined, false],
      [
        [true, false, true],
        [false, false, false],
      ],
      [15, 15],
      15,
    );
    await expect(api.readLayout(whole, ["wrapText", "rowHeights"])).resolves.toEqual({
      wrapText: [
        [true, false, true],
        [false, false, false],
      ],
      rowHeights: [15, 15],
    });
    expect(recorder.cellsAsked).toEqual(["0_0", "0_1", "0_2"]);
  });

  test("rows of different heights (Excel says null for the range) are read row by row", async () => {
    const { api } = excelMock(
      [false, false],
      [
        [false, false, false],
        [false, false, false],
      ],
      [45, 15],
      undefined,
    );
    await expect(api.readLayout(whole, ["rowHeights"])).resolves.toEqual({ rowHeights: [45, 15] });
  });

  test("SafeWriter's undo puts the wrap and the heights back as they were read", async () => {
    // Before: A1 and C1 wrapped, the heading row 30 points, row 2 the standard 15.
    const { api, recorder } = excelMock(
      [undefined, false],
      [
        [true, false, true],
        [false, false, false],
      ],
      [30, 15],
      undefined,
    );
    const before: RangeData = {
      address: "Bilag!A1:C2",
      range: whole,
      values: [
        ["Navn", "", "Note"],
        ["", "", ""],
      ],
      formulas: [
        ["Navn", "", "Note"],
        ["", "", ""],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
    };
    const workbook: WorkbookApi = {
      ...api,
      readRange: () => Promise.resolve(before),
      appendLog: () => Promise.resolve(),
    };
    const writer = new SafeWriter(workbook, () => Promise.resolve(true));
    await writer.write({
      wizard: "negotiation",
      method: { da: "forhandlingsark", en: "negotiation sheet" },
      inputs: {},
      topLeft: { sheet: "Bilag", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
      block: HEADINGS,
    });
    recorder.runs.length = 0;
    await writer.undo();
    const put = recorder.runs.map(({ kind, row, column, rows, columns, format }) => [
      kind,
      row,
      column,
      rows,
      columns,
      format.wrapText ?? format.rowHeight,
    ]);
    expect(put).toEqual([
      ["cells", 0, 0, 1, 1, true],
      ["cells", 0, 1, 1, 1, false],
      ["cells", 0, 2, 1, 1, true],
      ["cells", 1, 0, 1, 3, false],
      ["rows", 0, 0, 1, 1, 30],
      ["rows", 1, 0, 1, 1, 15],
    ]);
  });
});
