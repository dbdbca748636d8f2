import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { buildAnnexTable } from "../../src/annex/annexTable";
import { scenarioTotals } from "../../src/negotiation/model";
import { sheetLayout } from "../../src/negotiation/sheet";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import {
  annexTargetAddress,
  buildAnnexWrite,
  defaultAnnexInput,
  planAnnex,
  readAnnexSources,
} from "../../src/taskpane/wizards/annex/annexWizardLogic";

describe("annex wizard on the sample municipality's negotiation round", () => {
  test("the sample's negotiation sheet calculates the core's totals for both settlements", () => {
    const wb = createSampleMunicipality();
    const n = sampleNegotiation();
    const L = sheetLayout(n);
    for (let s = 0; s < 2; s++) {
      const core = scenarioTotals(n, s);
      core.adopted.forEach((v, y) => expect(wb.value("Forhandling", L.yearAdoptedRow(s), L.yearColumn(y))).toBe(v));
      core.departments.forEach((d, i) =>
        d.adopted.forEach((v, y) =>
          expect(wb.value("Forhandling", L.firstDepartment + i, L.departmentAdoptedColumn(s) + y)).toBe(v),
        ),
      );
    }
  });

  test("reads Forlig A from the sheet, writes a new Bilag sheet that adds up, with the page set up", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAnnexInput(), source: "Forhandling!A1", municipality: "Eksempel Kommune" };
    const sources = await readAnnexSources(api, input);
    const table = planAnnex(sources, input);
    expect(table).toEqual(buildAnnexTable(sampleNegotiation(), { scenario: "Forlig A", unit: "mkr", decimals: 1 }));
    expect(annexTargetAddress(table, input, "Nøgle")).toBe("A1:F19");
    const plan = buildAnnexWrite(sources, table, input, "da", "Nøgle", new Date(2026, 10, 30));
    const outcome = await new SafeWriter(api, () => Promise.resolve(true)).write(plan);
    expect(outcome).toEqual({ status: "written", address: "Bilag!A1:F19" });
    const sheet = wb.requireSheet("Bilag");
    expect(sheet.pageSetup).toEqual({
      orientation: "landscape",
      paper: "A4",
      titleRows: [1, 3],
      header: { left: "Eksempel Kommune", right: "30.11.2026" },
      fitToWidth: true,
    });
    const cell = (r: number, c: number) => {
      const v = wb.value("Bilag", r, c);
      return v instanceof FormulaError ? v.code : v;
    };
    // Printed in tenths: every row adds up to its total column, and the total row is the sum of the subtotals.
    const tenths = (v: unknown) => Math.round((v as number) * 10);
    for (let r = 3; r < 19; r++) {
      if (typeof cell(r, 1) !== "number") continue;
      expect(tenths(cell(r, 1)) + tenths(cell(r, 2)) + tenths(cell(r, 3)) + tenths(cell(r, 4))).toBe(
        tenths(cell(r, 5)),
      );
    }
    const subtotalRows = Array.from({ length: 19 }, (_, r) => r).filter((r) => String(cell(r, 0)).endsWith(" i alt"));
    for (let c = 1; c <= 5; c++)
      expect(subtotalRows.reduce((a, r) => a + tenths(cell(r, c)), 0)).toBe(tenths(cell(18, c)));
    expect(cell(18, 0)).toBe("I alt");
    expect(wb.format("Bilag", 18, 5)).toBe("#,##0.0");
  });

  test("the write bolds what the .xlsx bolds (title, heading, departments, subtotals, total) and sets its widths", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAnnexInput(), source: "Forhandling!A1" };
    const sources = await readAnnexSources(api, input);
    const plan = buildAnnexWrite(sources, planAnnex(sources, input), input, "da", "Nøgle", new Date(2026, 10, 30));
    await new SafeWriter(api, () => Promise.resolve(true)).write(plan);
    const boldRows = Array.from({ length: 19 }, (_, r) => r).filter((r) => wb.bold("Bilag", r, 0));
    // Forlig A adopts one proposal in each of five departments (MSB … BA): name, proposal, subtotal each.
    expect(boldRows).toEqual([0, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]);
    expect(boldRows.map((r) => String(wb.value("Bilag", r, 0))).slice(-3)).toEqual(["BA", "BA i alt", "I alt"]);
    // The total row is bold across, to its 26,0; a proposal and the unit line are plain.
    expect([0, 1, 2, 3, 4, 5].map((c) => wb.bold("Bilag", 18, c))).toEqual([true, true, true, true, true, true]);
    expect(wb.bold("Bilag", 4, 0) || wb.bold("Bilag", 1, 0)).toBe(false);
    // Figures up to 26,0 fit the .xlsx's least width, 12 characters (63 points); the names get 44 (231 points).
    expect([0, 1, 2, 3, 4, 5].map((c) => wb.columnWidth("Bilag", c))).toEqual([231, 63, 63, 63, 63, 63]);
  });

  test("written over an existing sheet, undo puts back its bold cells and column widths", async () => {
    const wb = createSampleMunicipality();
    wb.addSheet("Udkast");
    wb.setInput("Udkast", 4, 0, "Gammel overskrift");
    wb.setBold("Udkast", 4, 0, true);
    wb.setColumnWidth("Udkast", 1, 100);
    // The heading row's B3 with a double line and centred, a proposal's B5 in 16 points.
    wb.setStyle("Udkast", 2, 1, { bottomBorder: "double", alignment: "Center" });
    wb.setStyle("Udkast", 4, 1, { fontSize: 16 });
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAnnexInput(), source: "Forhandling!A1", newSheet: false, target: "Udkast!A1" };
    const sources = await readAnnexSources(api, input);
    const plan = buildAnnexWrite(sources, planAnnex(sources, input), input, "da", "Nøgle", new Date(2026, 10, 30));
    const range = { sheet: "Udkast", start: { row: 0, column: 0 }, end: { row: 18, column: 5 } };
    const cells = await api.readRange(range);
    const layout = await api.readLayout(range);
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await expect(writer.write(plan)).resolves.toEqual({ status: "written", address: "Udkast!A1:F19" });
    // A5 is a proposal row of the annex: plain; A19 its total: bold.
    expect([wb.bold("Udkast", 4, 0), wb.bold("Udkast", 18, 0), wb.columnWidth("Udkast", 1)]).toEqual([false, true, 63]);
    // As the .xlsx: a thin line under the heading (row 3), a double one under the total (row 19),
    // none under a proposal (row 5), figures right-aligned, the title 13 points.
    expect([2, 4, 18].map((r) => wb.bottomBorder("Udkast", r, 1))).toEqual(["thin", "none", "double"]);
    expect([wb.alignment("Udkast", 2, 1), wb.alignment("Udkast", 4, 5), wb.alignment("Udkast", 4, 0)]).toEqual([
      "Right",
      "Right",
      "General",
    ]);
    expect([wb.fontSize("Udkast", 0, 0), wb.fontSize("Udkast", 4, 1)]).toEqual([13, 11]);
    await writer.undo();
    expect([wb.bottomBorder("Udkast", 2, 1), wb.alignment("Udkast", 2, 1), wb.fontSize("Udkast", 4, 1)]).toEqual([
      "double",
      "Center",
      16,
    ]);
    expect(await api.readLayout(range)).toEqual(layout);
    expect(await api.readRange(range)).toEqual(cells);
    expect([wb.bold("Udkast", 4, 0), wb.bold("Udkast", 18, 0), wb.columnWidth("Udkast", 1)]).toEqual([
      true,
      false,
      100,
    ]);
  });

  test("a sheet that is not a negotiation sheet is told plainly", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    await expect(readAnnexSources(api, { ...defaultAnnexInput(), source: "Nøgle!A1" })).rejects.toThrow(
      'Nøgle is not a negotiation sheet: A1 must be "Negotiation", and row 3 must hold the headings Department, Proposal,',
    );
  });
});
