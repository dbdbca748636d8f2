/**
 * Alignment, bottom borders and font sizes through the Office.js adapter (office-addin-mock): a write
 * sets each per run of equal cells (a thin line as Continuous/Thin, a double as Double); readLayout
 * reads a row's value at once and asks cell by cell only in a row whose cells differ. A property
 * read without load()+sync() fails here as in Excel (see excel-office.test.ts).
 */
import { bilagSheetMock, type MockData } from "./office-sheet-mock";

/** A cell's or row's format as the mock holds it; `undefined` stands for Excel's null (cells differ). */
interface Style {
  alignment?: string;
  border?: string;
  size?: number;
}

interface Run {
  row: number;
  column: number;
  columns: number;
  format: { font: { size?: number }; horizontalAlignment?: string; edge: { style?: string; weight?: string } };
}

function format(style: Style): MockData {
  return {
    font: { bold: false, size: style.size },
    horizontalAlignment: style.alignment,
    borders: {
      EdgeBottom: { style: style.border, weight: "Thin" },
      getItem(this: MockData, name: string) {
        return this[name];
      },
    },
  };
}

/** Sheet "Bilag" whose every range is one 2 × 3 range with the given rows' and cells' formats. */
function excelMock(rowStyles: Style[], cellStyles: Style[][]) {
  const recorder = { cellsAsked: [] as string[], runs: [] as Run[] };
  const rows: MockData = {};
  rowStyles.forEach((style, r) => (rows[r] = { format: format(style) }));
  const columns: MockData = {};
  [0, 1, 2].forEach((c) => (columns[c] = { format: { columnWidth: 48 } }));
  const cells: MockData = {};
  cellStyles.forEach((row, r) =>
    row.forEach((style, c) => {
      cells[`${r}_${c}`] = {
        format: format(style),
        getResizedRange(_rowsMore: number, columnsMore: number) {
          const edge: Run["format"]["edge"] = {};
          const run: Run = { row: r, column: c, columns: columnsMore + 1, format: { font: {}, edge } };
          (run.format as MockData).borders = { getItem: (name: string) => (name === "EdgeBottom" ? edge : undefined) };
          recorder.runs.push(run);
          return run;
        },
      };
    }),
  );
  const { api } = bilagSheetMock({ rows, columns, cells }, recorder);
  return { api, recorder };
}

const plain: Style = { alignment: "General", border: "None", size: 11 };

describe("Office.js adapter: alignment, bottom borders and font size (ExcelApi 1.1)", () => {
  test("a write sets each per run of equal cells: a total's double line is one range, a thin line Continuous/Thin", async () => {
    const { api, recorder } = excelMock(
      [plain, plain],
      [
        [plain, plain, plain],
        [plain, plain, plain],
      ],
    );
    await api.writeBlock("Bilag!A1", {
      formulas: [
        ["Vedtagne forslag", "", ""],
        ["I alt", 4.5, 26],
      ],
      horizontalAlignment: [
        ["General", "Right", "Right"],
        ["General", "Right", "Right"],
      ],
      bottomBorder: [
        ["thin", "thin", "none"],
        ["double", "double", "double"],
      ],
      fontSize: [
        [13, 13, 13],
        [11, 11, 11],
      ],
    });
    const set = recorder.runs.map(({ row, column, columns, format: f }) => [
      row,
      column,
      columns,
      f.font.size ?? f.horizontalAlignment ?? `${f.edge.style}/${f.edge.weight ?? "-"}`,
    ]);
    expect(set).toEqual([
      // Font sizes, then alignment, then borders, row by row.
      [0, 0, 3, 13],
      [1, 0, 3, 11],
      [0, 0, 1, "General"],
      [0, 1, 2, "Right"],
      [1, 0, 1, "General"],
      [1, 1, 2, "Right"],
      [0, 0, 2, "Continuous/Thin"],
      [0, 2, 1, "None/-"],
      [1, 0, 3, "Double/-"],
    ]);
  });

  test("a font size outside Excel's 1–409 points or a border grid of the wrong shape is refused before Excel is asked", async () => {
    const { api, recorder } = excelMock([plain], [[plain]]);
    await expect(api.writeBlock("Bilag!A1", { formulas: [["a"]], fontSize: [[0]] })).rejects.toThrow(
      /^a font size must be between 1 and 409 points$/,
    );
    await expect(api.writeBlock("Bilag!A1", { formulas: [["a", "b"]], bottomBorder: [["thin"]] })).rejects.toThrow(
      /^a block's bottom border grid must have its 1 × 2 shape$/,
    );
    expect(recorder.runs).toEqual([]);
  });

  test("readLayout: uniform rows at once, a row whose cells differ cell by cell; Double and Continuous read as the annex's lines", async () => {
    const total: Style = { alignment: "Right", border: "Double", size: 11 };
    const { api, recorder } = excelMock(
      [{ alignment: undefined, border: "Continuous", size: 13 }, total],
      [
        [
          { alignment: "General", border: "Continuous", size: 13 },
          { alignment: "Right", border: "Continuous", size: 13 },
          { alignment: "Center", border: "Continuous", size: 13 },
        ],
        [total, total, total],
      ],
    );
    const layout = await api.readLayout({ sheet: "Bilag", start: { row: 0, column: 0 }, end: { row: 1, column: 2 } }, [
      "horizontalAlignment",
      "bottomBorder",
      "fontSize",
    ]);
    expect(layout).toEqual({
      horizontalAlignment: [
        ["General", "Right", "Center"],
        ["Right", "Right", "Right"],
      ],
      bottomBorder: [
        ["thin", "thin", "thin"],
        ["double", "double", "double"],
      ],
      fontSize: [
        [13, 13, 13],
        [11, 11, 11],
      ],
    });
    // Only the first row's alignment was mixed, so only its cells were asked for.
    expect(recorder.cellsAsked).toEqual(["0_0", "0_1", "0_2"]);
  });
});
