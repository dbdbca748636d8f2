/**
 * The one reader of tables as people make them (src/sheet/tableShape), on the tables economists
 * really point at: title to total, two-row headings, units rows, blank rows, subtotals, footnotes,
 * a group column, hidden rows and merged group labels as the host reports them.
 */
import { parseRange } from "../../src/sheet/address";
import { readTableShape, type TableInput } from "../../src/sheet/tableShape";
import { formatDecimals } from "../../src/sheet/tableShapeSums";
import { isPartTotalLabel, isTotalLabel, isUnitsText } from "../../src/sheet/tableShapeLabels";
import type { CellValue } from "../../src/sheet/types";

function table(address: string, values: CellValue[][], extra: Partial<TableInput> = {}): TableInput {
  const range = parseRange(address);
  if (!range) throw new Error(address);
  return { values, range, ...extra };
}

const KEY_ROWS: CellValue[][] = [
  ["MSB", 0.284],
  ["MTM", 0.081],
  ["MSO", 0.135],
  ["MKB", 0.068],
  ["MBU", 0.279],
  ["BA", 0.153],
];

describe("labels", () => {
  test("total words, trimmed and in any case; part totals; units", () => {
    for (const label of ["I alt", " i alt ", "TOTAL", "Sum", "Hovedtotal", "I alt:"])
      expect(isTotalLabel(label)).toBe(true);
    for (const label of ["MSB i alt", "I alt MSB", "Total drift", "Subtotal"])
      expect(isPartTotalLabel(label)).toBe(true);
    for (const label of ["MSB", "Totalrenovering", "Summerhus", "Kultur"]) {
      expect(isTotalLabel(label)).toBe(false);
      expect(isPartTotalLabel(label)).toBe(false);
    }
    for (const units of ["1.000 kr.", "mio. kr.", "(mio. kr.)", "kr.", "t.kr.", "DKK million"])
      expect(isUnitsText(units)).toBe(true);
    expect(isUnitsText("Budget 2024")).toBe(false);
  });

  test("a number format's printed places", () => {
    expect(formatDecimals("#,##0.0")).toBe(1);
    expect(formatDecimals("0.0%")).toBe(3);
    expect(formatDecimals("#,##0")).toBe(0);
    expect(formatDecimals("General")).toBeUndefined();
  });
});

describe("readTableShape", () => {
  test("the playground's key table A1:B8: heading, six departments, the I alt row left out by name", () => {
    const shape = readTableShape(
      table("Nøgle!A1:B8", [["Afdeling", "Administrativ nøgle"], ...KEY_ROWS, ["I alt", 1]], {
        numberFormats: Array.from({ length: 8 }, () => ["General", "0.0%"]),
      }),
      { amountColumns: 1 },
    );
    expect(shape.dataRows).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shape.rows.map((r) => r.kind)).toEqual(["heading", "data", "data", "data", "data", "data", "data", "total"]);
    expect(shape.names).toBe(0);
    expect(shape.amounts).toEqual([1]);
    expect(shape.percent).toBe(true);
    expect(shape.decimals).toBe(3);
    expect(shape.inferences).toEqual([{ code: "totalRowLeftOut", row: "Nøgle!A8", label: "I alt", bySum: false }]);
    expect(shape.questions).toEqual([]);
  });

  test("A1:B77: the blank rows under the total are no departments", () => {
    const blanks: CellValue[][] = Array.from({ length: 69 }, () => ["", ""]);
    const shape = readTableShape(table("Nøgle!A1:B77", [["Afdeling", "Andel"], ...KEY_ROWS, ["I alt", 1], ...blanks]), {
      amountColumns: 1,
    });
    expect(shape.dataRows).toHaveLength(6);
    expect(shape.inferences).toContainEqual({
      code: "blankRowsLeftOut",
      first: "Nøgle!A9",
      last: "Nøgle!A77",
      count: 69,
    });
  });

  test("title, two heading rows, a units row, a blank separator, a total found by its sum, a footnote", () => {
    // 4.512,3 + 1.287,6 + 2.145,0 = 7.944,9: the unlabelled last row is their sum.
    const shape = readTableShape(
      table("Ark!A1:C10", [
        ["Serviceudgifter 2024", "", ""],
        ["Afdeling", "Budget", "Undtaget"],
        ["", "2024", "Andel i %"],
        ["", "1.000 kr.", "1.000 kr."],
        ["MSB", 4512.3, 350],
        ["", "", ""],
        ["MTM", 1287.6, 120.5],
        ["MSO", 2145, 0],
        ["", 7944.9, 470.5],
        ["Kilde: regnskab 2023", "", ""],
      ]),
      { amountColumns: 2 },
    );
    expect(shape.rows.map((r) => r.kind)).toEqual([
      "title",
      "heading",
      "heading",
      "units",
      "data",
      "blank",
      "data",
      "data",
      "total",
      "footnote",
    ]);
    expect(shape.inferences).toEqual([
      { code: "headingRows", first: "Ark!A2", count: 2 },
      { code: "titleRowLeftOut", row: "Ark!A1", label: "Serviceudgifter 2024" },
      { code: "unitsRowLeftOut", row: "Ark!A4", label: "1.000 kr." },
      { code: "blankRowsLeftOut", first: "Ark!A6", last: "Ark!A6", count: 1 },
      { code: "totalRowLeftOut", row: "Ark!A9", label: "", bySum: true },
      { code: "footnoteLeftOut", row: "Ark!A10", label: "Kilde: regnskab 2023" },
    ]);
  });

  test("subtotals 'MSB i alt' and a Hovedtotal; a group column before the names", () => {
    const shape = readTableShape(
      table("Forslag!A1:C8", [
        ["Afdeling", "Forslag", "2025"],
        ["MSB", "Færre vikarer", 1.25],
        ["MSB", "Digital post", 0.35],
        ["MSB i alt", "", 1.6],
        ["MBU", "Lukning af filial", 2.15],
        ["MBU i alt", "", 2.15],
        ["Hovedtotal", "", 3.75],
        ["", "", ""],
      ]),
      { amountColumns: 1 },
    );
    expect(shape.group).toBe(0);
    expect(shape.names).toBe(1);
    expect(shape.dataRows).toEqual([1, 2, 4]);
    expect(shape.rows.map((r) => r.kind)).toEqual([
      "heading",
      "data",
      "data",
      "subtotal",
      "data",
      "subtotal",
      "total",
      "blank",
    ]);
    expect(shape.dataRows.map((r) => shape.rows[r]?.group)).toEqual(["MSB", "MSB", "MBU"]);
    expect(shape.inferences).toContainEqual({ code: "namesFromColumn", column: "Forslag!B2", groups: "Forslag!A2" });
    expect(shape.inferences).toContainEqual({
      code: "subtotalRowLeftOut",
      row: "Forslag!B4",
      label: "MSB i alt",
      bySum: false,
    });
  });

  test("a named row that is the sum of the rows above is asked about, and the answer is kept", () => {
    const values: CellValue[][] = [
      ["Afdeling", "Budget"],
      ["A", 10],
      ["B", 20],
      ["Kommunen", 30],
    ];
    const asked = readTableShape(table("Ark!A1:B4", values), { amountColumns: 1 });
    expect(asked.questions).toEqual([{ code: "sumRowWithName", id: "sum:Ark!A4", row: "Ark!A4", label: "Kommunen" }]);
    const total = readTableShape(table("Ark!A1:B4", values), { amountColumns: 1, answers: { "sum:Ark!A4": "total" } });
    expect(total.dataRows).toEqual([1, 2]);
    expect(total.questions).toEqual([]);
    const data = readTableShape(table("Ark!A1:B4", values), { amountColumns: 1, answers: { "sum:Ark!A4": "data" } });
    expect(data.dataRows).toEqual([1, 2, 3]);
  });

  test("hidden rows are asked about; left out or included as answered", () => {
    const values: CellValue[][] = [["Afdeling", "Andel"], ...KEY_ROWS];
    const hiddenRows = [false, false, false, false, true, false, false];
    const asked = readTableShape(table("Nøgle!A1:B7", values, { hiddenRows }), { amountColumns: 1 });
    expect(asked.questions).toEqual([
      { code: "hiddenRows", id: "hidden:Nøgle!A5", rows: ["Nøgle!A5"], labels: ["MKB"] },
    ]);
    const out = readTableShape(table("Nøgle!A1:B7", values, { hiddenRows }), {
      amountColumns: 1,
      answers: { "hidden:Nøgle!A5": "leaveOut" },
    });
    expect(out.dataRows).toEqual([1, 2, 3, 5, 6]);
    expect(out.rows[4]?.kind).toBe("hidden");
    expect(out.inferences).toContainEqual({ code: "hiddenRowsLeftOut", rows: ["Nøgle!A5"] });
    const kept = readTableShape(table("Nøgle!A1:B7", values, { hiddenRows }), {
      amountColumns: 1,
      answers: { "hidden:Nøgle!A5": "include" },
    });
    expect(kept.dataRows).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("a group name merged down three rows applies to each of them", () => {
    const shape = readTableShape(
      table(
        "Træ!A1:C5",
        [
          ["Område", "Enhed", "Budget"],
          ["Skoler", "Nordskolen", 30],
          ["", "Sydskolen", 25],
          ["", "Vestskolen", 12],
          ["Dagtilbud", "Børnehuset", 20],
        ],
        { merges: [{ row: 1, column: 0, rows: 3, columns: 1 }] },
      ),
      { amountColumns: 1 },
    );
    expect(shape.dataRows.map((r) => shape.rows[r]?.group)).toEqual(["Skoler", "Skoler", "Skoler", "Dagtilbud"]);
    expect(shape.inferences).toContainEqual({ code: "mergedGroupLabel", cell: "Træ!A2", label: "Skoler", rows: 3 });
  });

  test("a label row heads the rows below it; a name without an amount between two is asked about", () => {
    const sections = readTableShape(
      table("Ark!A1:B6", [
        ["Enhed", "Budget"],
        ["Skoler", ""],
        ["Nordskolen", 30],
        ["Sydskolen", 25],
        ["Dagtilbud", ""],
        ["Børnehuset", 20],
      ]),
      { amountColumns: 1 },
    );
    expect(sections.questions).toEqual([{ code: "labelOrZero", id: "zero:Ark!A5", row: "Ark!A5", label: "Dagtilbud" }]);
    const answered = readTableShape(
      table("Ark!A1:B6", [
        ["Enhed", "Budget"],
        ["Skoler", ""],
        ["Nordskolen", 30],
        ["Sydskolen", 25],
        ["Dagtilbud", ""],
        ["Børnehuset", 20],
      ]),
      { amountColumns: 1, answers: { "zero:Ark!A5": "label" } },
    );
    expect(answered.dataRows).toEqual([2, 3, 5]);
    expect(answered.dataRows.map((r) => answered.rows[r]?.group)).toEqual(["Skoler", "Skoler", "Dagtilbud"]);
    expect(answered.inferences).toContainEqual({ code: "labelRowLeftOut", row: "Ark!A2", label: "Skoler" });
  });
});
