/**
 * A real second spreadsheet: LibreOffice Calc opens every generated workbook (four of them filled in
 * by the departments, with the cached results left stale), recalculates, and saves it again. Its
 * totals must equal what the core computes, with no error value anywhere; and the files it saved
 * must consolidate as cleanly as the originals, as they would for a department that uses LibreOffice.
 *
 * Needs `soffice` (test/support/libreOffice.ts). Without it this test fails.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exactSum } from "../../src/core";
import {
  consolidate,
  fillDepartmentWorkbook,
  generateDepartmentWorkbooks,
  loadWorkbookBytes,
  type DepartmentInput,
  type GenerationPlan,
  type ProposalInput,
} from "../../src/workbooks";
import { sampleCentral, syntheticCentral } from "../../src/sample/sampleCentral";
import { recalculatingProfile, requireLibreOffice, soffice } from "../support/libreOffice";
import { ANSWERS, RUN_TIME } from "./workbooks-helpers";

const ERROR_TEXT = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)/;
const SHORT = 180_000;

let work: string;
let plan: GenerationPlan;
let otherPlan: GenerationPlan;
let sampleNames: Set<string>;

/** Answers in the second shape (whole 1.000 kr., two years). */
const OTHER_ANSWERS: Record<string, DepartmentInput> = {
  D001: {
    proposals: [
      { title: "Færre licenser", kind: "efficiency", amounts: [3, 4] },
      { title: "Ny parkeringstakst", kind: "revenue", amounts: [2, 1] },
    ],
  },
  D002: { proposals: [{ title: "Lukket om fredagen", kind: "reduction", amounts: [1, 0] }] },
};
const recalculated = new Map<string, ExcelJS.Workbook>();

/** Numbers typed as numbers: what the sheet's own SUM counts (text like "10,5" it leaves out). */
function numericAmounts(proposal: ProposalInput): number[] {
  return proposal.amounts.map((a) => (typeof a === "number" ? a : 0));
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The value LibreOffice calculated for a formula cell. */
function result(sheet: ExcelJS.Worksheet, address: string): unknown {
  const value = sheet.getCell(address).value as { formula?: string; result?: unknown } | null;
  if (!value || typeof value !== "object" || !("formula" in value))
    throw new Error(`${sheet.name}!${address} holds no formula after LibreOffice`);
  return value.result ?? 0;
}

beforeAll(async () => {
  requireLibreOffice();
  work = mkdtempSync(join(tmpdir(), "raaderum-calc-"));
  const input = join(work, "in");
  const output = join(work, "out");
  mkdirSync(input);
  const generated = await generateDepartmentWorkbooks(sampleCentral(), { now: RUN_TIME });
  plan = generated.plan;
  for (const file of generated.files) {
    const answer = ANSWERS[file.department];
    writeFileSync(join(input, file.name), answer ? await fillDepartmentWorkbook(file.bytes, answer) : file.bytes);
  }
  // A second shape in the same call: whole amounts, one outline year, no cross-cutting savings, a password.
  const other = syntheticCentral(3);
  other.settings = { ...other.settings, decimals: 0, outlineYears: 1, unit: "1.000 kr.", password: "hemmelig" };
  other.themes = [];
  const otherGenerated = await generateDepartmentWorkbooks(other, { now: RUN_TIME });
  otherPlan = otherGenerated.plan;
  for (const file of otherGenerated.files) {
    const answer = OTHER_ANSWERS[file.department];
    writeFileSync(join(input, file.name), answer ? await fillDepartmentWorkbook(file.bytes, answer) : file.bytes);
  }
  const allFiles = [...generated.files, ...otherGenerated.files];
  // One invocation for all files: starting Calc costs seconds, converting one more file does not.
  const run = soffice(
    ["--convert-to", "xlsx", "--outdir", output, ...allFiles.map((file) => join(input, file.name))],
    recalculatingProfile(work),
    SHORT - 20_000,
  );
  // soffice exits 0 even when a file failed to convert; say which, with what it printed.
  const missing = allFiles.filter((file) => !existsSync(join(output, file.name))).map((file) => file.name);
  if (missing.length > 0)
    throw new Error(`soffice did not convert ${missing.join(", ")}:\n${run.stdout}\n${run.stderr}`);
  for (const file of allFiles) {
    const workbook = new ExcelJS.Workbook();
    await loadWorkbookBytes(workbook, new Uint8Array(readFileSync(join(output, file.name))));
    recalculated.set(file.department, workbook);
  }
  sampleNames = new Set(generated.files.map((file) => file.name));
}, SHORT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("LibreOffice Calc recalculates the department workbooks", () => {
  test("no error value anywhere in any sheet", () => {
    const errors: string[] = [];
    for (const [code, workbook] of recalculated)
      for (const sheet of workbook.worksheets)
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const value: unknown = cell.value;
            const shown = value && typeof value === "object" && "result" in value ? value.result : value;
            if (shown && typeof shown === "object" && "error" in shown)
              errors.push(`${code} ${sheet.name}!${cell.address}`);
            if (typeof shown === "string" && ERROR_TEXT.test(shown))
              errors.push(`${code} ${sheet.name}!${cell.address}`);
          }),
        );
    expect(errors).toEqual([]);
    expect(recalculated.size).toBe(9);
  });

  test("the totals against the quota equal the core's, department by department", () => {
    for (const department of plan.departments) {
      const workbook = recalculated.get(department.code) as ExcelJS.Workbook;
      const sheet = sheetOf(workbook, "Forslag");
      const proposals = ANSWERS[department.code]?.proposals ?? [];
      ["E", "F", "G", "H"].forEach((column, y) => {
        const total = exactSum(proposals.map((p) => numericAmounts(p)[y] ?? 0));
        const difference = exactSum([total, -department.quota]);
        expect([department.code, column, result(sheet, `${column}5`)]).toEqual([department.code, column, total]);
        expect(result(sheet, `${column}6`)).toBe(department.quota);
        expect(result(sheet, `${column}7`)).toBe(difference);
        expect(result(sheet, `${column}8`)).toBe(difference >= 0 ? "Opfyldt" : "Mangler");
      });
      proposals.forEach((proposal, i) => {
        expect(result(sheet, `I${11 + i}`)).toBe(exactSum(numericAmounts(proposal)));
      });
    }
  });

  test("another shape (whole amounts, two years, no cross-cutting savings, a password) recalculates too", () => {
    expect(otherPlan.departments.map((d) => d.quota)).toEqual(otherQuotas());
    for (const department of otherPlan.departments) {
      const sheet = sheetOf(recalculated.get(department.code) as ExcelJS.Workbook, "Forslag");
      const proposals = OTHER_ANSWERS[department.code]?.proposals ?? [];
      ["E", "F"].forEach((column, y) => {
        const total = exactSum(proposals.map((p) => numericAmounts(p)[y] ?? 0));
        const difference = exactSum([total, -department.quota]);
        expect([department.code, result(sheet, `${column}5`), result(sheet, `${column}6`)]).toEqual([
          department.code,
          total,
          department.quota,
        ]);
        expect(result(sheet, `${column}7`)).toBe(difference);
        expect(result(sheet, `${column}8`)).toBe(difference >= 0 ? "Opfyldt" : "Mangler");
      });
      // Two years: the row total is in column G, right after them.
      proposals.forEach((proposal, i) => expect(result(sheet, `G${11 + i}`)).toBe(exactSum(numericAmounts(proposal))));
    }
  });

  test("the stale cached results were recalculated, not kept", () => {
    // Generated with an empty table (0), filled without calculating: only a recalculation gives 24.
    expect(result(sheetOf(recalculated.get("MSB") as ExcelJS.Workbook, "Forslag"), "E5")).toBe(24);
    expect(result(sheetOf(recalculated.get("MTM") as ExcelJS.Workbook, "Forslag"), "E8")).toBe("Mangler");
    expect(result(sheetOf(recalculated.get("MSO") as ExcelJS.Workbook, "Forslag"), "H8")).toBe("Opfyldt");
  });

  test("the cross-cutting totals equal the sum of the department's shares", () => {
    for (const department of plan.departments) {
      const sheet = sheetOf(recalculated.get(department.code) as ExcelJS.Workbook, "Kvote");
      ["B", "C", "D", "E"].forEach((column, y) => {
        expect(result(sheet, `${column}16`)).toBe(exactSum(department.themes.map((t) => t.shares[y] ?? 0)));
      });
    }
  });

  test("workbooks saved by LibreOffice consolidate as cleanly as the originals", async () => {
    const output = join(work, "out");
    const files = readdirSync(output)
      .filter((name) => sampleNames.has(name))
      .map((name) => ({
        name,
        bytes: new Uint8Array(readFileSync(join(output, name))),
      }));
    const consolidation = await consolidate(files);
    expect(consolidation.departments.map((d) => [d.code, d.state])).toEqual([
      ["MSB", "returned"],
      ["MTM", "returned"],
      ["MSO", "returned"],
      ["MKB", "returned"],
      ["MBU", "returned"],
      ["BA", "returned"],
    ]);
    // Locked values (the date included), formulas and the identification survive a save by Calc.
    expect(consolidation.findings.map((f) => `${f.kind} ${f.file} ${f.cell ?? ""}`)).toEqual([
      "note 2027-MSB.xlsx Forslag!E12",
    ]);
    expect(consolidation.departments.map((d) => d.workbook?.totals)).toEqual([
      [34.5, 33, 33, 33],
      [6.8, 8, 9.2, 9.2],
      [40.5, 41.5, 42.5, 43.5],
      [7, 7, 7, 7],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });
});

/**
 * The three synthetic departments' quotas at 1 % in whole 1.000 kr., worked out by hand: bases 175,0
 * (200,0 − 25), 4.119,1 and 4.038,2 give 1,75 41,191 40,382; the total 83,323 rounds to 83; the floors
 * 1 41 40 leave one unit, for the largest remainder ,75.
 */
function otherQuotas(): number[] {
  return [2, 41, 40];
}
