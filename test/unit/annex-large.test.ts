/**
 * No silent cap (issue 18, items 1 and 2): a negotiation of 6.000 proposals of 3 (mio. kr.) each,
 * all adopted, gives an annex of 6.000 proposals and a grand total of 18.000, in the pane and from
 * the CLI; the pane used to stop at row 5.000 and print 14.991.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/workbooks";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import type { Negotiation } from "../../src/negotiation/model";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import { buildSheet } from "../../src/negotiation/sheet";
import { defaultAnnexInput, planAnnex, readAnnexSources } from "../../src/taskpane/wizards/annex/annexWizardLogic";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";

const PROPOSALS = 6000;

/** 60 departments of 100 proposals, 3 each in 2027, all adopted. */
export function largeNegotiation(proposals = PROPOSALS): Negotiation {
  return {
    unit: "mkr",
    years: ["2027"],
    scenarios: ["Forlig A"],
    proposals: Array.from({ length: proposals }, (_, i) => ({
      department: `Afdeling ${Math.floor(i / 100) + 1}`,
      title: `Forslag ${i + 1}`,
      amounts: [3],
      choices: [{ status: "adopted", partial: [null] }],
    })),
    room: [null],
    quotas: new Map(),
  };
}

describe("6.000 adopted proposals: nothing dropped", () => {
  test("pane: the annex has all 6.000 and a grand total of 18.000", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Forhandling");
    buildSheet(largeNegotiation(), "da", 0).formulas.forEach((row, r) =>
      row.forEach((input, c) => input !== "" && wb.setInput("Forhandling", r, c, input)),
    );
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAnnexInput(), source: "Forhandling!A1", decimals: 0 };
    const sources = await readAnnexSources(api, input);
    expect(sources.negotiation.proposals).toHaveLength(PROPOSALS);
    const table = planAnnex(sources, input);
    expect(table.departments).toHaveLength(60);
    expect(table.departments.reduce((n, d) => n + d.proposals.length, 0)).toBe(PROPOSALS);
    expect(table.departments.every((d) => d.total === 300)).toBe(true);
    expect(table.grandTotal).toBe(18000);
  }, 120_000);

  test("CLI: annex of the .xlsx has all 6.000 rows and a grand total of 18.000", async () => {
    const dir = mkdtempSync(join(tmpdir(), "raaderum-annex-large-"));
    try {
      writeFileSync(
        join(dir, "forhandling.xlsx"),
        await workbookBytes(negotiationWorkbook(largeNegotiation(), "da", 0)),
      );
      const out: string[] = [];
      const err: string[] = [];
      const io = { cwd: dir, out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
      const code = await main(
        ["annex", "forhandling.xlsx", "--scenario", "Forlig A", "--out", "bilag.xlsx", "--decimals", "0"],
        io,
      );
      expect({ code, err }).toEqual({ code: 0, err: [] });
      expect(out[0]).toContain("6000 adopted proposals, 60 departments");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(dir, "bilag.xlsx")) as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      (wb.worksheets[0] as ExcelJS.Worksheet).eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const proposals = rows.filter((r) => typeof r[0] === "string" && r[0].startsWith("Forslag "));
      expect(proposals).toHaveLength(PROPOSALS);
      expect(proposals.reduce((n, r) => n + (r[1] as number), 0)).toBe(18000);
      expect(rows[rows.length - 1]).toEqual(["I alt", 18000, 18000]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
