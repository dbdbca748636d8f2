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
      core.adopted.forEach((v, y) => expect(wb.value("Forhandling", L.yearAdoptedRow(s), 1 + y)).toBe(v));
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

  test("a sheet that is not a negotiation sheet is told plainly", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    await expect(readAnnexSources(api, { ...defaultAnnexInput(), source: "Nøgle!A1" })).rejects.toThrow(
      'Nøgle is not a negotiation sheet: A1 must be "Negotiation" and A3 "Department".',
    );
  });
});
