/**
 * LibreOffice Calc as the colleague without the add-in: it opens the negotiation sheet exported with
 * exceljs (formulas without cached results), recalculates it, and every total must equal the core's.
 * And it prints the council's annex to PDF: A4 landscape, the expected number of pages.
 *
 * Needs `soffice` (test/support/libreOffice.ts). Without it this test fails.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnexTable } from "../../src/annex/annexTable";
import { annexWorkbook } from "../../src/annex/annexXlsx";
import { cellName } from "../../src/sheet/address";
import { scenarioTotals, type Negotiation } from "../../src/negotiation/model";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import { sheetLayout } from "../../src/negotiation/sheet";
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";
import { recalculatingProfile, requireLibreOffice, soffice } from "../support/libreOffice";

const SHORT = 180_000;
let work: string;
let recalculated: ExcelJS.Worksheet;
let negotiation: Negotiation;
let pdf: string;

/** A larger annex: 60 proposals over 6 departments, so the PDF has more than one page. */
function largeNegotiation(): Negotiation {
  const base = sampleNegotiation();
  const proposals = Array.from({ length: 60 }, (_, i) => ({
    department: ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"][i % 6] as string,
    title: `Forslag nr. ${i + 1} om bedre drift`,
    amounts: [0, 1, 2, 3].map((y) => ((i * 37 + y * 11) % 90) * 1000 + 5550),
    choices: [{ status: "adopted" as const, partial: [null, null, null, null] }],
  }));
  return { ...base, unit: "kr", scenarios: ["Forlig A"], proposals };
}

beforeAll(async () => {
  requireLibreOffice();
  work = mkdtempSync(join(tmpdir(), "raaderum-negotiation-"));
  const input = join(work, "in");
  const output = join(work, "out");
  mkdirSync(input);
  const profile = recalculatingProfile(work);
  negotiation = sampleNegotiation();
  writeFileSync(join(input, "forhandling.xlsx"), await workbookBytes(negotiationWorkbook(negotiation, "da", 2)));
  const annex = buildAnnexTable(largeNegotiation(), { scenario: "Forlig A", unit: "tkr", decimals: 0 });
  writeFileSync(
    join(input, "bilag.xlsx"),
    await workbookBytes(annexWorkbook(annex, "da", "Eksempel Kommune", new Date(2026, 10, 30))),
  );
  soffice(["--convert-to", "xlsx", "--outdir", output, join(input, "forhandling.xlsx")], profile, SHORT / 2 - 10_000);
  soffice(["--convert-to", "pdf", "--outdir", output, join(input, "bilag.xlsx")], profile, SHORT / 2 - 10_000);
  for (const file of ["forhandling.xlsx", "bilag.pdf"])
    if (!existsSync(join(output, file))) throw new Error(`soffice did not write ${file}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(output, "forhandling.xlsx")) as unknown as ArrayBuffer);
  recalculated = workbook.worksheets[0] as ExcelJS.Worksheet;
  pdf = readFileSync(join(output, "bilag.pdf"), "latin1");
}, SHORT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function result(row: number, column: number): unknown {
  const value = recalculated.getCell(cellName({ row, column })).value as { result?: unknown } | number | null;
  return value !== null && typeof value === "object" ? (value.result ?? 0) : value;
}

describe("LibreOffice recalculates the negotiation sheet and prints the annex", () => {
  test("every total per year and per department equals the core's, in both settlements", () => {
    const L = sheetLayout(negotiation);
    for (let s = 0; s < negotiation.scenarios.length; s++) {
      const core = scenarioTotals(negotiation, s);
      core.adopted.forEach((v, y) => expect(result(L.yearAdoptedRow(s), L.yearColumn(y))).toBeCloseTo(v, 9));
      core.missing.forEach((v, y) => expect(result(L.yearMissingRow(s), L.yearColumn(y))).toBeCloseTo(v, 9));
      core.departments.forEach((d, i) => {
        d.adopted.forEach((v, y) =>
          expect(result(L.firstDepartment + i, L.departmentAdoptedColumn(s) + y)).toBeCloseTo(v, 9),
        );
        d.missing.forEach((v, y) =>
          expect(result(L.firstDepartment + i, L.departmentMissingColumn(s) + y)).toBeCloseTo(v, 9),
        );
      });
    }
    // The year columns are one down the sheet: the proposals' 2024 column holds the per-year part's
    // 2024 and the quotas' "Kvote 2024"; the unit line is one cell; the total row is bold.
    [0, 1, 2, 3].forEach((y) => {
      const column = 2 + y;
      const year = 2024 + y;
      expect(result(2, column)).toBe(year);
      expect(result(L.roomRow - 1, column)).toBe(year);
      expect(result(L.firstDepartment - 1, column)).toBe(`Kvote ${year}`);
    });
    expect([result(0, 1), result(0, 2)]).toEqual(["Beløb i mio. kr.", null]);
    const total = L.firstProposal + negotiation.proposals.length;
    expect(result(total, 0)).toBe("I alt");
    [0, 2, 5, L.statusColumn(0) + 5].forEach((c) =>
      expect(recalculated.getCell(cellName({ row: total, column: c })).font?.bold).toBe(true),
    );
    expect(recalculated.getCell(cellName({ row: total - 1, column: 2 })).font?.bold).toBeFalsy();
    // The drop-downs survive the round trip through Calc.
    const status = recalculated.getCell(cellName({ row: L.firstProposal, column: L.statusColumn(0) }));
    expect(status.dataValidation?.formulae?.[0]).toBe('"Vedtaget,Forkastet,Delvis"');
  });

  test("the annex prints on A4 landscape pages, one page wide: 76 rows on 3 pages", () => {
    // 3 heading rows + 60 proposals + 6 department names + 6 subtotals + the total = 76 rows of about
    // 13 pt; A4 landscape leaves about 400 pt below margins and header, 30 rows of which 3 repeat:
    // 3 pages down, and one page wide (a second page across would double the count).
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(3);
    // A4 landscape is 842 × 595 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
  });
});
