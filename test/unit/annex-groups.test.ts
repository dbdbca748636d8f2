/**
 * The annex's department subtotals are controlled (issue 25, defect 2): rounded by ROUNDTABLE with
 * the departments as groups, every subtotal is its exact value rounded down or up, so where the
 * negotiation sheet's department total is already at the printed unit the annex prints exactly it.
 * In "Forlig B" of the playground's sample, MSB adopts 1,25 | 2,45 | 2,45 | 2,45 and 0,35 each year:
 * exactly 1,60 | 2,80 | 2,80 | 2,80, printed 1,6 | 2,8 | 2,8 | 2,8 (rounded row by row and added up,
 * it printed 1,5 | 2,7 | 2,9 | 2,9). Both the pane's Bilag and `npm run workbooks -- annex`.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/workbooks";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { scenarioTotals } from "../../src/negotiation/model";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import { sheetLayout } from "../../src/negotiation/sheet";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { defaultAnnexInput, planAnnex, readAnnexSources } from "../../src/taskpane/wizards/annex/annexWizardLogic";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";

const tenths = (x: number) => Math.round(x * 10);

describe("the annex prints the department subtotals the negotiation sheet shows", () => {
  test("pane: Forlig B's MSB i alt is 1,6 | 2,8 | 2,8 | 2,8, as the sheet's 1,60 | 2,80 | 2,80 | 2,80", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAnnexInput(), source: "Forhandling!A1", scenario: "Forlig B" };
    const table = planAnnex(await readAnnexSources(api, input), input);
    const msb = table.departments.find((d) => d.name === "MSB");
    expect(msb?.subtotal).toEqual([1.6, 2.8, 2.8, 2.8]);
    expect(msb?.total).toBe(10);
    // Every department: the sheet's own adopted amount, where it is at tenths already, is printed as
    // it is; any other is its exact value rounded down or up; the proposals add up to the subtotal.
    const n = sampleNegotiation();
    const L = sheetLayout(n);
    const departments = scenarioTotals(n, 1).departments;
    for (const d of table.departments) {
      const i = departments.findIndex((x) => x.department === d.name);
      d.subtotal.forEach((printed, y) => {
        const sheet = wb.value("Forhandling", L.firstDepartment + i, L.departmentAdoptedColumn(1) + y) as number;
        expect(sheet).toBe(departments[i]?.adopted[y]);
        if (Number.isInteger(sheet * 10)) expect(printed).toBe(sheet);
        else expect(Math.abs(tenths(printed) - sheet * 10)).toBeLessThan(1);
        expect(d.proposals.reduce((s, p) => s + tenths(p.cells[y] as number), 0)).toBe(tenths(printed));
      });
    }
  });

  test('CLI: annex --scenario "Forlig B" prints MSB i alt 1,6 | 2,8 | 2,8 | 2,8 and a total of 10,0', async () => {
    const dir = mkdtempSync(join(tmpdir(), "raaderum-annex-groups-"));
    try {
      writeFileSync(
        join(dir, "forhandling.xlsx"),
        await workbookBytes(negotiationWorkbook(sampleNegotiation(), "da", 2)),
      );
      const out: string[] = [];
      const err: string[] = [];
      const io = { cwd: dir, out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
      const code = await main(["annex", "forhandling.xlsx", "--scenario", "Forlig B", "--out", "bilag.xlsx"], io);
      expect({ code, err }).toEqual({ code: 0, err: [] });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(dir, "bilag.xlsx")) as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows.find((r) => r[0] === "MSB i alt")).toEqual(["MSB i alt", 1.6, 2.8, 2.8, 2.8, 10]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
