/**
 * LibreOffice as the colleague without the add-in, on the two rules the annex shares with the sheet
 * (issue 25 defect 3, issue 18 item 4): statuses typed "Vedtaget ", "vedtaget", " Delvis " count,
 * "Vedtaget" + tab and "Vedtagt" do not; department names "B*", "<Tværgående>", "MSB" and "msb",
 * ">1", "~x" and "?" add only their own proposals. Calc recalculates the .xlsx, and the annex then
 * reads the recalculated file: every total Calc shows equals what the annex counts.
 *
 * Needs `soffice` (Debian: apt-get install -y libreoffice-calc). Without it this test fails.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnexTable } from "../../src/annex/annexTable";
import { readNegotiationXlsx } from "../../src/annex/annexXlsx";
import { cellName } from "../../src/sheet/address";
import { scenarioTotals, type Negotiation } from "../../src/negotiation/model";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import { sheetLayout } from "../../src/negotiation/sheet";
import type { Status } from "../../src/negotiation/words";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";
import { recalculatingProfile, requireLibreOffice, soffice } from "../support/libreOffice";

const SHORT = 180_000;
let work: string;
let recalculated: ExcelJS.Worksheet;
let read: Negotiation;

/** [department, amount, status as typed, what the rule makes of it]. */
const ROWS: [string, number, string, Status | undefined][] = [
  ["B*", 1, "Vedtaget ", "adopted"],
  ["Bolig", 2, "vedtaget", "adopted"],
  ["<Tværgående>", 4, " Delvis  ", "partial"],
  ["MSB", 8, "VEDTAGET", "adopted"],
  ["msb", 16, "Vedtaget", "adopted"],
  [">1", 32, "Vedtaget\t", undefined],
  ["~x", 64, "Vedtagt", undefined],
  ["?", 128, "Vedtaget", "adopted"],
  ["MSB", 256, "Forkastet ", "rejected"],
];

function negotiation(): Negotiation {
  return {
    unit: "mkr",
    years: ["2027"],
    scenarios: ["Forlig A"],
    proposals: ROWS.map(([department, amount, typed, status], i) => ({
      department,
      title: `Forslag ${i + 1}`,
      amounts: [amount],
      choices: [
        {
          status,
          statusInput: typed,
          ...(status === undefined ? { unrecognised: typed } : {}),
          partial: [status === "partial" ? 0.5 : null],
        },
      ],
    })),
    room: [1000],
    quotas: new Map(),
  };
}

beforeAll(async () => {
  requireLibreOffice();
  work = mkdtempSync(join(tmpdir(), "raaderum-negotiation-rules-"));
  const profile = recalculatingProfile(work);
  const input = join(work, "in");
  const output = join(work, "out");
  mkdirSync(input);
  writeFileSync(join(input, "forhandling.xlsx"), await workbookBytes(negotiationWorkbook(negotiation(), "da", 1)));
  soffice(["--convert-to", "xlsx", "--outdir", output, join(input, "forhandling.xlsx")], profile, SHORT - 20_000);
  const file = join(output, "forhandling.xlsx");
  if (!existsSync(file)) throw new Error("soffice did not write forhandling.xlsx");
  const bytes = readFileSync(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  recalculated = workbook.worksheets[0] as ExcelJS.Worksheet;
  read = await readNegotiationXlsx(new Uint8Array(bytes), "forhandling.xlsx");
}, SHORT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function result(row: number, column: number): unknown {
  const value = recalculated.getCell(cellName({ row, column })).value as { result?: unknown } | number | string | null;
  return value !== null && typeof value === "object" ? (value.result ?? 0) : value;
}

describe("LibreOffice and the annex apply one rule", () => {
  test("statuses: Calc counts 1 + 2 + 0,5 + 8 + 16 + 128 = 155,5, as the annex does", () => {
    const L = sheetLayout(negotiation());
    expect(result(L.yearAdoptedRow(0), L.yearColumn(0))).toBe(155.5);
    expect(read.proposals.map((p) => p.choices[0]?.status)).toEqual(ROWS.map((r) => r[3]));
    expect(read.proposals.flatMap((p) => (p.choices[0]?.unrecognised ? [p.choices[0].unrecognised] : []))).toEqual([
      "Vedtaget\t",
      "Vedtagt",
    ]);
    const table = buildAnnexTable(read, { scenario: "Forlig A", unit: "mkr", decimals: 1 });
    expect(table.grandTotal).toBe(155.5);
    expect(scenarioTotals(read, 0).adopted).toEqual([155.5]);
  });

  test("department names: each row is its own proposals' sum, and the rows add up to the year", () => {
    const n = negotiation();
    const L = sheetLayout(n);
    const core = scenarioTotals(read, 0).departments;
    const rows = core.map((d, i) => [
      result(L.firstDepartment + i, 0),
      result(L.firstDepartment + i, L.departmentAdoptedColumn(0)),
    ]);
    expect(rows).toEqual([
      ["B*", 1],
      ["Bolig", 2],
      ["<Tværgående>", 0.5],
      ["MSB", 8],
      ["msb", 16],
      [">1", 0],
      ["~x", 0],
      ["?", 128],
    ]);
    expect(rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(155.5);
    expect(core.map((d) => [d.department, d.adopted[0]])).toEqual(rows);
    const table = buildAnnexTable(read, { scenario: "Forlig A", unit: "mkr", decimals: 1 });
    expect(table.departments.map((d) => [d.name, d.total])).toEqual(rows.filter((r) => r[1] !== 0));
    // No quota given: Calc prints the dash in every "mangler" cell (not the adopted amount negated),
    // and the note beside the headings says why.
    expect(core.map((_, i) => result(L.firstDepartment + i, L.departmentMissingColumn(0)))).toEqual(
      core.map(() => "–"),
    );
    // Standing right, as the figures do, after the round trip through Calc.
    expect(
      recalculated.getCell(cellName({ row: L.firstDepartment, column: L.departmentMissingColumn(0) })).alignment
        ?.horizontal,
    ).toBe("right");
    expect(result(L.firstDepartment - 1, 1)).toBe('– i "mangler": ingen kvote angivet; skriv den under "Kvote"');
  });
});
