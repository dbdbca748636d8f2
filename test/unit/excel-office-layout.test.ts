/**
 * Bold cells and column widths through the Office.js adapter (office-addin-mock): a write sets bold
 * per run of equal cells and each column's width in points; readLayout reads a row's bold at once
 * and asks cell by cell only in a row of bold and plain cells. A property read without load()+sync()
 * fails here as in Excel (see excel-office.test.ts).
 */
import { bilagSheetMock, type MockData } from "./office-sheet-mock";

interface Run {
  row: number;
  column: number;
  rows: number;
  columns: number;
  format: { font: { bold?: boolean } };
}

/**
 * Sheet "Bilag" whose every range is one 2 × 3 range. Its rows, columns and cells answer bold and
 * width as given; `undefined` for a row's bold is what Excel says as null for a mixed row (the mock
 * cannot hold null: it would take it for an object to mock).
 */
function excelMock(rowBold: (boolean | undefined)[], cellBold: boolean[][], widths: number[]) {
  const recorder = { requested: [] as string[], cellsAsked: [] as string[], runs: [] as Run[] };
  const rows: MockData = {};
  rowBold.forEach((bold, r) => (rows[r] = { format: { font: { bold } } }));
  const columns: MockData = {};
  widths.forEach((columnWidth, c) => (columns[c] = { format: { columnWidth } }));
  const cells: MockData = {};
  cellBold.forEach((row, r) =>
    row.forEach((bold, c) => {
      cells[`${r}_${c}`] = {
        format: { font: { bold } },
        getResizedRange(rowsMore: number, columnsMore: number) {
          const run: Run = { row: r, column: c, rows: rowsMore + 1, columns: columnsMore + 1, format: { font: {} } };
          recorder.runs.push(run);
          return run;
        },
      };
    }),
  );
  const { api, range } = bilagSheetMock({ rows, columns, cells }, recorder);
  return { api, recorder, range: range as MockData & { columns: Record<number, { format: MockData }> } };
}

describe("Office.js adapter: bold and column widths (ExcelApi 1.1)", () => {
  test("a write sets bold per run of equal cells and each column's width in points, in the same batch", async () => {
    const { api, recorder, range } = excelMock(
      [false, false],
      [
        [false, false, false],
        [false, false, false],
      ],
      [48, 48, 48],
    );
    const address = await api.writeBlock("Bilag!A1", {
      formulas: [
        ["I alt", 4.5, 26],
        ["MSB", 1.2, ""],
      ],
      bold: [
        [true, true, true],
        [false, true, true],
      ],
      columnWidths: [231, 63, 63],
    });
    expect(address).toBe("Bilag!A1:C2");
    expect(range.formulas).toEqual([
      ["I alt", 4.5, 26],
      ["MSB", 1.2, ""],
    ]);
    // The total row is one range; the second row a plain cell and a bold run of two.
    expect(
      recorder.runs.map(({ row, column, rows, columns, format }) => [row, column, rows, columns, format.font.bold]),
    ).toEqual([
      [0, 0, 1, 3, true],
      [1, 0, 1, 1, false],
      [1, 1, 1, 2, true],
    ]);
    expect([0, 1, 2].map((c) => range.columns[c]?.format.columnWidth)).toEqual([231, 63, 63]);
  });

  test("a bold grid of the wrong shape is refused as Råderum's fault before Excel is asked", async () => {
    const { api, recorder } = excelMock([false], [[false]], [48]);
    await expect(api.writeBlock("Bilag!A1", { formulas: [["a", "b"]], bold: [[true]] })).rejects.toThrow(
      /^a block's bold grid must have its 1 × 2 shape$/,
    );
    expect(recorder.requested).toEqual([]);
  });

  test("readLayout: a bold row at once, a mixed row cell by cell, each column's width", async () => {
    const { api, recorder } = excelMock(
      [true, undefined],
      [
        [true, true, true],
        [false, true, false],
      ],
      [231, 63, 48],
    );
    const layout = await api.readLayout({ sheet: "Bilag", start: { row: 0, column: 0 }, end: { row: 1, column: 2 } }, [
      "bold",
      "columnWidths",
    ]);
    expect(recorder.requested).toEqual(["A1:C2"]);
    expect(layout).toEqual({
      bold: [
        [true, true, true],
        [false, true, false],
      ],
      columnWidths: [231, 63, 48],
    });
    // Only the mixed row's cells were asked for.
    expect(recorder.cellsAsked).toEqual(["1_0", "1_1", "1_2"]);
  });
});
