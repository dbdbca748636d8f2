import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";

function column(wb: MemoryWorkbook, sheet: string, col: number, from: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const v = wb.value(sheet, from + i, col);
    return v instanceof FormulaError ? v.code : v;
  });
}

describe("in-memory workbook: formulas", () => {
  test("BUDGET.DISTRIBUTE spills 5,0 mio. by the administrative key at one decimal", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Fordeling", 0, 1, "=BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1)");
    expect(column(wb, "Fordeling", 1, 0, 6)).toEqual([1.4, 0.4, 0.7, 0.3, 1.4, 0.8]);
    wb.setInput("Fordeling", 6, 1, "=SUM(B1:B6)");
    expect(wb.value("Fordeling", 6, 1)).toBe(5);
  });

  test("the Danish name BUDGET.FORDEL, yearly totals from a row and the ';' separator", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Fordeling", 0, 0, "=BUDGET.FORDEL(Besparelser!B2:C2;Nøgle!B2:B7;1)");
    expect(column(wb, "Fordeling", 1, 0, 6)).toEqual([2.8, 0.8, 1.4, 0.7, 2.8, 1.5]);
    expect(wb.spillRange("Fordeling", 0, 0)).toEqual({
      sheet: "Fordeling",
      start: { row: 0, column: 0 },
      end: { row: 5, column: 1 },
    });
  });

  test("a quote prefix keeps a formula-like text as text, shown without the quote, as in Excel", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Fordeling", 0, 0, "'=1+1");
    wb.setInput("Fordeling", 1, 0, "'@SUM(A1)");
    expect(wb.value("Fordeling", 0, 0)).toBe("=1+1");
    expect(wb.value("Fordeling", 1, 0)).toBe("@SUM(A1)");
    expect(wb.input("Fordeling", 0, 0)).toBe("'=1+1");
  });

  test("a typed cell in the way gives #SPILL!, and clearing it lets the result spill again", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Fordeling", 3, 0, "in the way");
    wb.setInput("Fordeling", 0, 0, "=BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1)");
    expect(wb.value("Fordeling", 0, 0)).toEqual(new FormulaError("#SPILL!", expect.any(String) as string));
    expect(wb.value("Fordeling", 1, 0)).toBe("");
    wb.setInput("Fordeling", 3, 0, "");
    expect(wb.value("Fordeling", 3, 0)).toBe(0.3);
  });

  test("text in a key column gives #VALUE! with the core's message naming the row", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Nøgle", 3, 1, "n/a");
    wb.setInput("Fordeling", 0, 0, "=BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1)");
    const value = wb.value("Fordeling", 0, 0);
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).code).toBe("#VALUE!");
    expect((value as FormulaError).message).toMatch(/weights: row 3 is "n\/a"/);
  });

  test("QUOTA, KEY, CHECK and a defined name", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Fordeling", 0, 0, "=BUDGET.KVOTE('Kvote-eksempel'!B2:B4,'Kvote-eksempel'!C2:C4,2%,1)");
    expect(column(wb, "Fordeling", 0, 0, 3)).toEqual([2, 0.9, 0]);
    wb.setInput("Fordeling", 0, 2, "=BUDGET.KEY({1;1;1})");
    expect(column(wb, "Fordeling", 2, 0, 3)).toEqual([0.334, 0.333, 0.333]);
    wb.setInput("Fordeling", 5, 0, "=BUDGET.CHECK(A1:A3,2.9,1)");
    expect(wb.value("Fordeling", 5, 0)).toBe(0);
    wb.defineName("Vægte", { sheet: "Nøgle", start: { row: 1, column: 1 }, end: { row: 6, column: 1 } });
    wb.setInput("Fordeling", 0, 4, "=BUDGET.FORDEL(10,Vægte,1)");
    expect(column(wb, "Fordeling", 4, 0, 6)).toEqual([2.8, 0.8, 1.4, 0.7, 2.8, 1.5]);
  });

  test("holds as an array constant with blanks as empty texts", () => {
    const wb = createSampleMunicipality();
    wb.setInput("Fordeling", 0, 0, '=BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1,{"";"";"";0;"";""})');
    const parts = column(wb, "Fordeling", 0, 0, 6);
    expect(parts[3]).toBe(0);
    wb.setInput("Fordeling", 7, 0, "=SUM(A1:A6)");
    expect(wb.value("Fordeling", 7, 0)).toBe(5);
  });

  test("arithmetic, unknown functions and a circular reference", () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark1");
    wb.setInput("Ark1", 0, 0, 2);
    wb.setInput("Ark1", 0, 1, "=A1*3+1");
    expect(wb.value("Ark1", 0, 1)).toBe(7);
    wb.setInput("Ark1", 0, 2, "=NOPE(1)");
    expect((wb.value("Ark1", 0, 2) as FormulaError).code).toBe("#NAME?");
    wb.setInput("Ark1", 1, 0, "=B2+1");
    wb.setInput("Ark1", 1, 1, "=A2+1");
    expect((wb.value("Ark1", 1, 0) as FormulaError).code).toBe("#REF!");
  });
});

describe("in-memory workbook: WorkbookApi", () => {
  test("select makes a range the selection, on its sheet, and tells the views", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    let told = 0;
    api.onChange?.(() => told++);
    await api.select?.("Fordeling!B2:C7");
    await expect(api.getSelection()).resolves.toBe("Fordeling!B2:C7");
    expect(wb.activeSheet()).toBe("Fordeling");
    expect(told).toBe(1);
    await expect(api.select?.("Nowhere!A1")).rejects.toThrow();
  });

  test("reads values, formulas and number formats of a range and a table name", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const data = await api.readRange("Nøgle!B7:B8");
    expect(data.address).toBe("Nøgle!B7:B8");
    expect(data.values).toEqual([[0.153], [1]]);
    expect(data.formulas).toEqual([[0.153], ["=SUM(B2:B7)"]]);
    expect(data.numberFormats).toEqual([["0.0 %"], ["0.0 %"]]);
    const table = await api.readRange("nøgletabel");
    expect(table.address).toBe("Nøgle!A1:B7");
    await expect(api.readRange("Nowhere")).rejects.toThrow(/neither a cell address/);
  });

  test("writes a block and restores a snapshot exactly", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const before = await api.readRange("Nøgle!A7:B8");
    const written = await api.writeBlock("Nøgle!A7", {
      formulas: [
        ["X", 1],
        ["", "=1+1"],
      ],
      numberFormats: [
        ["General", "0.00"],
        ["General", "General"],
      ],
    });
    expect(written).toBe("Nøgle!A7:B8");
    expect((await api.readRange("Nøgle!A7:B8")).values).toEqual([
      ["X", 1],
      ["", 2],
    ]);
    await api.writeBlock("Nøgle!A7", { formulas: before.formulas, numberFormats: before.numberFormats });
    expect(await api.readRange("Nøgle!A7:B8")).toEqual(before);
  });

  test("a range given as a value reads as its address does, and a write at it starts at its top-left cell", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const byAddress = await api.readRange("Nøgle!B7:B8");
    const range = { sheet: "Nøgle", start: { row: 6, column: 1 }, end: { row: 7, column: 1 } };
    expect(byAddress.range).toEqual(range);
    expect(await api.readRange(range)).toEqual(byAddress);
    // No sheet: the sheet of the selection, named in the range read.
    wb.selection = { sheet: "Budget", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };
    expect((await api.readRange({ ...range, sheet: undefined })).range.sheet).toBe("Budget");
    const wide = { sheet: "Nøgle", start: { row: 8, column: 0 }, end: { row: 20, column: 5 } };
    expect(await api.writeBlock(wide, { formulas: [["X", "=2*B7"]] })).toBe("Nøgle!A9:B9");
    expect((await api.readRange("Nøgle!A9:C9")).values).toEqual([["X", 0.306, ""]]);
  });

  test("the log sheet is hidden and keeps every entry", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const entry = {
      time: "2026-01-01T10:00:00Z",
      wizard: "allocation",
      method: "values",
      target: "A!B2",
      inputs: "{}",
    };
    await api.appendLog(entry);
    await api.appendLog({ ...entry, wizard: "quota" });
    expect(await api.readLog()).toEqual([entry, { ...entry, wizard: "quota" }]);
    expect(await api.listSheets()).not.toContain("Råderum-log");
    expect(wb.sheet("Råderum-log")?.hidden).toBe(true);
  });

  test("selection, sheets and charts", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    wb.selection = { sheet: "Budget", start: { row: 1, column: 1 }, end: { row: 6, column: 2 } };
    expect(await api.getSelection()).toBe("Budget!B2:C7");
    const added = await api.addSheet("Budget");
    expect(added).toBe("Budget (2)");
    const id = await api.addChart({ sheet: added, title: "t", categories: "A1:D1", series: [], anchor: "F2" });
    expect(wb.sheet(added)?.charts).toHaveLength(1);
    await api.removeChart(added, id);
    expect(wb.sheet(added)?.charts).toHaveLength(0);
    await api.deleteSheet(added);
    expect(await api.listSheets()).not.toContain(added);
  });
});
