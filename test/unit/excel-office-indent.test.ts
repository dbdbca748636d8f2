/**
 * Indents through the Office.js adapter (office-addin-mock): Range.format.indentLevel came with
 * ExcelApi 1.9, above the manifest's 1.7. Where Excel has it, a write sets the indent per run of
 * equal cells after the alignment (Excel keeps an indent only on a left- or right-aligned cell) and
 * readLayout reads it for undo; where it lacks it, the rows are written without indents and nothing
 * asks Excel for a property it does not know.
 */
import { bilagSheetMock, type MockData } from "./office-sheet-mock";

interface Run {
  row: number;
  column: number;
  columns: number;
  format: { horizontalAlignment?: string; indentLevel?: number };
}

/** Sheet "Bilag" (one 2 × 3 range); `undefined` for a row's indent is Excel's null (its cells differ). */
function excelMock(rowIndents: (number | undefined)[], cellIndents: number[][], indentSupported: boolean) {
  const recorder = { cellsAsked: [] as string[], runs: [] as Run[] };
  const rows: MockData = {};
  rowIndents.forEach((indentLevel, r) => (rows[r] = { format: { indentLevel } }));
  const columns: MockData = {};
  const cells: MockData = {};
  cellIndents.forEach((row, r) =>
    row.forEach((indentLevel, c) => {
      cells[`${r}_${c}`] = {
        format: { indentLevel },
        getResizedRange(_rowsMore: number, columnsMore: number) {
          const run: Run = { row: r, column: c, columns: columnsMore + 1, format: {} };
          recorder.runs.push(run);
          return run;
        },
      };
    }),
  );
  const { api } = bilagSheetMock({ rows, columns, cells }, recorder, { indentSupported });
  return { api, recorder };
}

const TREE = {
  formulas: [
    ["BUF", "Børn og Unge", 2500],
    ["2100", "Dagtilbud", 507],
  ],
  horizontalAlignment: [
    ["Left", "Left", "General"],
    ["Left", "Left", "General"],
  ] as ("Left" | "General")[][],
  indentLevel: [
    [0, 0, 0],
    [0, 1, 0],
  ],
};

const whole = { sheet: "Bilag", start: { row: 0, column: 0 }, end: { row: 1, column: 2 } };

describe("Office.js adapter: indents (ExcelApi 1.9)", () => {
  test("a write sets the alignment, then the indent, per run of equal cells", async () => {
    const { api, recorder } = excelMock([0, 0], [new Array<number>(3).fill(0), new Array<number>(3).fill(0)], true);
    await api.writeBlock("Bilag!A1", TREE);
    const set = recorder.runs.map(({ row, column, columns, format }) => [
      row,
      column,
      columns,
      format.horizontalAlignment ?? `indent ${format.indentLevel}`,
    ]);
    expect(set).toEqual([
      [0, 0, 2, "Left"],
      [0, 2, 1, "General"],
      [1, 0, 2, "Left"],
      [1, 2, 1, "General"],
      [0, 0, 3, "indent 0"],
      [1, 0, 1, "indent 0"],
      [1, 1, 1, "indent 1"],
      [1, 2, 1, "indent 0"],
    ]);
  });

  test("readLayout reads a row's indent at once, a row whose cells differ cell by cell", async () => {
    const { api, recorder } = excelMock([0, undefined], [new Array<number>(3).fill(0), [0, 2, 0]], true);
    await expect(api.readLayout(whole, ["indentLevel"])).resolves.toEqual({
      indentLevel: [
        [0, 0, 0],
        [0, 2, 0],
      ],
    });
    expect(recorder.cellsAsked).toEqual(["1_0", "1_1", "1_2"]);
  });

  test("before ExcelApi 1.9 the rows are written without indents and readLayout leaves the indent out", async () => {
    const { api, recorder } = excelMock([0, 0], [new Array<number>(3).fill(0), new Array<number>(3).fill(0)], false);
    await api.writeBlock("Bilag!A1", TREE);
    expect(recorder.runs.every((run) => run.format.indentLevel === undefined)).toBe(true);
    expect(recorder.runs.filter((run) => run.format.horizontalAlignment === "Left")).toHaveLength(2);
    await expect(api.readLayout(whole, ["indentLevel"])).resolves.toEqual({});
  });

  test("an indent that is not a whole number from 0 to 15 is refused before Excel is asked", async () => {
    const { api, recorder } = excelMock([0], [[0]], true);
    await expect(api.writeBlock("Bilag!A1", { formulas: [["a"]], indentLevel: [[1.5]] })).rejects.toThrow(
      /^an indent level must be a whole number from 0 to 15$/,
    );
    await expect(api.writeBlock("Bilag!A1", { formulas: [["a"]], indentLevel: [[16]] })).rejects.toThrow(
      /^an indent level must be a whole number from 0 to 15$/,
    );
    expect(recorder.runs).toEqual([]);
  });
});
