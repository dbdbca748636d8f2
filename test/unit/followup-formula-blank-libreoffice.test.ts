/**
 * Issue 18 item 5: a realised cell holding a formula that returns "" is "not yet reported" in the
 * preview and on the sheet alike. The sample's Digital post reports 2026 as =IF(1>2,1,"") — the
 * preview keeps 2,7 / 3,0 = 90 % — and the written formulas must say 90 % and no deviation too:
 * in the in-memory workbook, and in LibreOffice recalculating the .xlsx of the same sheet (ISBLANK
 * and SUMIFS "<>" took that cell for a report: 30 % and #VALUE!).
 *
 * Needs `soffice` (Debian: apt-get install -y libreoffice-calc). Without it this test fails.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import type { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { shownText } from "../../src/sheet/textCell";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { defaultFollowUpInput } from "../../src/taskpane/wizards/followup/followUpModel";
import { planFollowUp, type FollowUpPreview } from "../../src/taskpane/wizards/followup/followUpPlan";
import { readFollowUpSources } from "../../src/taskpane/wizards/followup/followUpSources";
import { buildFollowUpWrite, followUpLayout } from "../../src/taskpane/wizards/followup/followUpWrite";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";
import { recalculatingProfile, requireLibreOffice, soffice } from "../support/libreOffice";

const SHORT = 180_000;
/** Gevinster!D8: Digital post's realised 2026, where nobody has reported yet. */
const EMPTY_TEXT = { row: 7, column: 3, formula: '=IF(1>2,1,"")' };
/** The block's top-left, Gevinster!A14. */
const TOP = 13;

let wb: MemoryWorkbook;
let preview: FollowUpPreview;
let recalculated: ExcelJS.Worksheet;
let work: string;
let sheetXml: string;

/** The sheet as an .xlsx of its inputs only: every formula without a cached result, for LibreOffice to calculate. */
async function sheetAsXlsx(sheet: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet(sheet);
  const { rows, columns } = wb.requireSheet(sheet).extent();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const input = wb.input(sheet, r, c);
      if (input === "") continue;
      out.getCell(r + 1, c + 1).value =
        typeof input !== "string" ? input : input.startsWith("=") ? { formula: input.slice(1) } : shownText(input);
    }
  return workbookBytes(workbook);
}

beforeAll(async () => {
  requireLibreOffice();
  wb = createSampleMunicipality();
  wb.setInput("Gevinster", EMPTY_TEXT.row, EMPTY_TEXT.column, EMPTY_TEXT.formula);
  const api = createMemoryWorkbookApi(wb);
  const input = {
    ...defaultFollowUpInput(),
    planAddress: "Gevinster!A1:E5",
    realisedAddress: "Gevinster!A7:E11",
    target: "Gevinster!A14",
    chart: false,
  };
  const sources = await readFollowUpSources(api, input);
  preview = planFollowUp(sources, input);
  await new SafeWriter(api, () => Promise.resolve(true)).write(
    buildFollowUpWrite(sources, preview, input, "da", "Gevinster"),
  );

  work = mkdtempSync(join(tmpdir(), "raaderum-followup-"));
  const profile = recalculatingProfile(work);
  mkdirSync(join(work, "in"));
  writeFileSync(join(work, "in", "opfolgning.xlsx"), await sheetAsXlsx("Gevinster"));
  soffice(
    ["--convert-to", "xlsx", "--outdir", join(work, "out"), join(work, "in", "opfolgning.xlsx")],
    profile,
    SHORT / 2 - 10_000,
  );
  if (!existsSync(join(work, "out", "opfolgning.xlsx"))) throw new Error("soffice did not write opfolgning.xlsx");
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(readFileSync(join(work, "out", "opfolgning.xlsx")) as unknown as ArrayBuffer);
  recalculated = back.worksheets[0] as ExcelJS.Worksheet;
  const zip = await JSZip.loadAsync(readFileSync(join(work, "out", "opfolgning.xlsx")));
  sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
}, SHORT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * LibreOffice's value of a cell (0-based) as its file stores it: a number, a string result (t="str"),
 * an error (t="e"), or "" with no value. Read from the sheet's XML, as exceljs gives no result for a
 * formula whose result is 0 or "" alike, and those two are what this test tells apart.
 */
function calculated(row: number, column: number): unknown {
  const name = recalculated.getCell(row + 1, column + 1).address;
  const cell = new RegExp(`<c r="${name}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(sheetXml);
  if (!cell) return "";
  const type = /\bt="(\w+)"/.exec(cell[1] ?? "")?.[1];
  const value = /<v>([^<]*)<\/v>/.exec(cell[2] ?? "")?.[1];
  if (value === undefined) return "";
  return type === "str" || type === "e" || type === "s" ? value : Number(value);
}

describe('a realised cell whose formula returns "" is not yet reported, in the preview and on the sheet', () => {
  test("the preview: Digital post 2,7 / 3,0 = 90 %, no deviation in 2026, not flagged", () => {
    expect(preview.rates[0]).toBe(0.9);
    expect(preview.deviations[0]).toEqual([-0.2, -0.1, null, null]);
    expect(preview.flagged).toEqual([false, false, true, false]);
    expect(preview.realisedTotals).toEqual([3.2, 5.1, null, null]);
  });

  test("the in-memory workbook calculates the written formulas to the preview's figures", () => {
    const layout = followUpLayout(preview);
    preview.rates.forEach((rate, p) => {
      const value = wb.value("Gevinster", TOP + 1 + p, layout.rateColumn);
      // The preview shows the rate to 10 places (2,9 / 3,6 = 0,8055555556); the sheet divides in binary.
      if (rate === null) expect(value).toBe("");
      else expect(value as number).toBeCloseTo(rate, 10);
    });
    expect(wb.value("Gevinster", TOP + 1, 3)).toBe("");
    expect(wb.value("Gevinster", TOP + layout.realisedTotal, 3)).toBe("");
  });

  test("LibreOffice recalculates the same sheet to the same figures", () => {
    const layout = followUpLayout(preview);
    preview.rates.forEach((rate, p) => {
      const value = calculated(TOP + 1 + p, layout.rateColumn);
      if (rate === null) expect(value).toBe("");
      else expect(value as number).toBeCloseTo(rate, 10);
    });
    preview.deviations.forEach((row, p) =>
      row.forEach((deviation, y) => {
        const value = calculated(TOP + 1 + p, y + 1);
        if (deviation === null) expect(value).toBe("");
        else expect([p, y, value]).toEqual([p, y, expect.closeTo(deviation, 10)]);
      }),
    );
    preview.flagged.forEach((flagged, p) =>
      expect(calculated(TOP + 1 + p, layout.flagColumn)).toBe(flagged ? "Under tærsklen" : ""),
    );
  });
});
