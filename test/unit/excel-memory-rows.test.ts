/**
 * The in-memory workbook's hidden rows and merged areas, as Excel has them, and what readRange
 * returns of them; and spilled results read in any order (the spill index finds each formula once).
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { FormulaError } from "../../src/excel/memory/formula/values";

function keyTable(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Nøgle");
  const rows: (string | number)[][] = [
    ["Gruppe", "Afdeling", "Andel"],
    ["Børn", "MBU", 0.279],
    ["", "Dagtilbud", 0.1],
    ["", "Skoler", 0.179],
    ["Voksne", "MSO", 0.135],
    ["", "I alt", 0.693],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => wb.setInput("Nøgle", r, c, v)));
  return wb;
}

describe("in-memory workbook: hidden rows", () => {
  test("readRange says per row which are hidden, and showing a row again clears it", async () => {
    const wb = keyTable();
    const api = createMemoryWorkbookApi(wb);
    wb.setRowHidden("Nøgle", 2, true);
    wb.setRowHidden("Nøgle", 5, true);
    const read = await api.readRange("Nøgle!B2:C6");
    expect(read.hiddenRows).toEqual([false, true, false, false, true]);
    // The values of a hidden row are read as Excel reads them: still there.
    expect(read.values[1]).toEqual(["Dagtilbud", 0.1]);
    wb.setRowHidden("Nøgle", 2, false);
    expect((await api.readRange("Nøgle!B2:C6")).hiddenRows).toEqual([false, false, false, false, true]);
    expect(wb.rowHidden("nøgle", 5)).toBe(true);
  });

  test("a range with no hidden row says so for every row", async () => {
    const api = createMemoryWorkbookApi(keyTable());
    expect((await api.readRange("Nøgle!A1:C3")).hiddenRows).toEqual([false, false, false]);
  });
});

describe("in-memory workbook: merged areas", () => {
  test("a group label merged down three rows: only its top-left cell keeps a value, as in Excel", async () => {
    const wb = keyTable();
    wb.setInput("Nøgle", 2, 0, "stray");
    wb.merge("Nøgle", { row: 1, column: 0, rows: 3, columns: 1 });
    const api = createMemoryWorkbookApi(wb);
    const read = await api.readRange("Nøgle!A2:C4");
    expect(read.values.map((row) => row[0])).toEqual(["Børn", "", ""]);
    expect(read.merges).toEqual([{ row: 0, column: 0, rows: 3, columns: 1 }]);
  });

  test("merges are given relative to the range read, also when they start above or left of it", async () => {
    const wb = keyTable();
    wb.merge("Nøgle", { row: 1, column: 0, rows: 3, columns: 1 });
    wb.merge("Nøgle", { row: 4, column: 0, rows: 2, columns: 1 });
    const api = createMemoryWorkbookApi(wb);
    expect((await api.readRange("Nøgle!B3:C5")).merges).toEqual([]);
    expect((await api.readRange("Nøgle!A3:C5")).merges).toEqual([
      { row: -1, column: 0, rows: 3, columns: 1 },
      { row: 2, column: 0, rows: 2, columns: 1 },
    ]);
  });

  test("an overlapping merge is refused and unmerge takes an area apart", () => {
    const wb = keyTable();
    wb.merge("Nøgle", { row: 1, column: 0, rows: 3, columns: 1 });
    expect(() => wb.merge("Nøgle", { row: 3, column: 0, rows: 2, columns: 2 })).toThrow(/already merged/);
    expect(() => wb.merge("Nøgle", { row: 0, column: 0, rows: 1, columns: 1 })).toThrow(/two cells/);
    wb.unmerge("Nøgle", { row: 2, column: 0, rows: 1, columns: 1 });
    expect(wb.sheet("Nøgle")?.merges).toEqual([]);
    wb.merge("Nøgle", { row: 3, column: 0, rows: 2, columns: 2 });
    expect(wb.mergesIn("Nøgle", { sheet: "Nøgle", start: { row: 4, column: 1 }, end: { row: 4, column: 1 } })).toEqual([
      { row: 3, column: 0, rows: 2, columns: 2 },
    ]);
  });
});

describe("in-memory workbook: spilled results read in any order", () => {
  /** Two spilling formulas side by side, sums below them, and a formula that reads a spill. */
  function spills(): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark");
    for (let r = 0; r < 6; r++) wb.setInput("Ark", r, 0, (r + 1) * 10);
    wb.setInput("Ark", 0, 1, "=A1:A6*2");
    wb.setInput("Ark", 0, 2, "=B1:B6+1");
    wb.setInput("Ark", 7, 1, "=SUM(B1:B6)");
    wb.setInput("Ark", 7, 2, "=SUM(C1:C6)");
    return wb;
  }
  const expected = [
    [20, 21],
    [40, 41],
    [60, 61],
    [80, 81],
    [100, 101],
    [120, 121],
  ];

  test("bottom-up and right to left gives what top-down gives", () => {
    const wb = spills();
    expect(wb.value("Ark", 7, 2)).toBe(426);
    expect(wb.value("Ark", 7, 1)).toBe(420);
    for (let r = 5; r >= 0; r--) for (let c = 2; c >= 1; c--) expect(wb.value("Ark", r, c)).toBe(expected[r]?.[c - 1]);
  });

  test("a change makes every spill again: a typed cell blocks one, clearing it lets it spill", () => {
    const wb = spills();
    expect(wb.value("Ark", 3, 1)).toBe(80);
    wb.setInput("Ark", 3, 1, "x");
    expect(wb.value("Ark", 0, 1)).toBeInstanceOf(FormulaError);
    expect(wb.value("Ark", 4, 1)).toBe("");
    wb.setInput("Ark", 3, 1, "");
    expect(wb.value("Ark", 4, 1)).toBe(100);
    expect(wb.value("Ark", 7, 1)).toBe(420);
  });
});
