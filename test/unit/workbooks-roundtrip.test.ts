/**
 * Generate for the sample municipality, answer as the departments would (only in the unlocked
 * cells), consolidate, and check every amount and every status.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/workbooks";
import {
  consolidate,
  fillDepartmentWorkbook,
  generateDepartmentWorkbooks,
  loadWorkbookBytes,
  readCentralFile,
  type Consolidation,
  type DepartmentStatus,
} from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { ANSWERS, fileOf, RUN_TIME, sampleFiles, sheet, tamper } from "./workbooks-helpers";

let folder: string;
let result: Consolidation;

function status(code: string): DepartmentStatus {
  const found = result.departments.find((d) => d.code === code);
  if (!found) throw new Error(`no status for ${code}`);
  return found;
}

function kinds(code: string): string[] {
  return status(code).findings.map((f) => `${f.kind} ${f.cell ?? ""}`.trim());
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "raaderum-roundtrip-"));
  const files = await sampleFiles();
  const filled = new Map<string, Uint8Array>();
  for (const [code, answer] of Object.entries(ANSWERS))
    filled.set(code, await fillDepartmentWorkbook(fileOf(files, code).bytes, answer));
  // MSO unprotected its sheet and typed over two row totals: one right, one wrong.
  const mso = await tamper(filled.get("MSO") as Uint8Array, (workbook) => {
    sheet(workbook, "Forslag").getCell("I11").value = 80;
    sheet(workbook, "Forslag").getCell("I13").value = 12;
  });
  // MKB lowered its own quota.
  const mkb = await tamper(filled.get("MKB") as Uint8Array, (workbook) => {
    sheet(workbook, "Kvote").getCell("B8").value = 5;
  });
  writeFileSync(join(folder, "2027-MSB.xlsx"), filled.get("MSB") as Uint8Array);
  writeFileSync(join(folder, "2027-MTM.xlsx"), filled.get("MTM") as Uint8Array);
  writeFileSync(join(folder, "2027-MSO.xlsx"), mso);
  writeFileSync(join(folder, "2027-MKB.xlsx"), mkb);
  // BA sent a text file under the workbook's name; MBU sent nothing.
  writeFileSync(join(folder, "2027-BA.xlsx"), "Vi sender forslagene senere.\n");
  result = await consolidate(
    readdirSync(folder).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) })),
  );
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the sample run", () => {
  test("quotas and cross-cutting shares add up exactly to the municipality's totals", async () => {
    const generated = await generateDepartmentWorkbooks(sampleCentral(), { now: RUN_TIME });
    const plan = generated.plan;
    expect(plan.departments.map((d) => d.quota)).toEqual([32.9, 9.2, 39.5, 7, 58.2, 9.5]);
    expect(plan.totalQuota).toBe(156.3);
    // The domain's worked example: 5,0 and 10,0 spread by the administrative key.
    expect(plan.departments.map((d) => d.themes[0]?.shares[0])).toEqual([1.4, 0.4, 0.7, 0.3, 1.4, 0.8]);
    expect(plan.departments.map((d) => d.themes[0]?.shares[1])).toEqual([2.8, 0.8, 1.4, 0.7, 2.8, 1.5]);
    expect(plan.themeTotals).toEqual([
      [5, 10, 10, 10],
      [2, 4, 6, 8],
    ]);
    expect(generated.files.map((f) => f.name)).toEqual([
      "2027-MSB.xlsx",
      "2027-MTM.xlsx",
      "2027-MSO.xlsx",
      "2027-MKB.xlsx",
      "2027-MBU.xlsx",
      "2027-BA.xlsx",
    ]);
    expect(generated.warnings).toEqual([]);
  });

  test("the shipped examples/central.xlsx is the sample municipality", async () => {
    const shipped = await readCentralFile(new Uint8Array(readFileSync("examples/central.xlsx")));
    expect(shipped).toEqual(sampleCentral());
  });
});

describe("consolidating the returned workbooks", () => {
  test("every department has its status", () => {
    expect(result.expectedFrom).toBe("workbooks");
    expect(result.years).toEqual([2027, 2028, 2029, 2030]);
    expect(result.departments.map((d) => [d.code, d.state])).toEqual([
      ["MSB", "returned"],
      ["MTM", "returned"],
      ["MSO", "returned"],
      ["MKB", "returned"],
      ["MBU", "missing"],
      ["BA", "refused"],
    ]);
    expect(result.unattributed).toEqual([]);
  });

  test("MSB meets its quota; Danish text numbers are read", () => {
    const msb = status("MSB").workbook;
    expect(msb?.quota).toBe(32.9);
    expect(msb?.totals).toEqual([34.5, 33, 33, 33]);
    expect(msb?.belowQuota).toEqual([]);
    // Text is read, and the department is told that its own sheet does not count it.
    expect(kinds("MSB")).toEqual(["note Forslag!E12"]);
    expect(status("MSB").findings[0]?.message).toBe(
      '2027-MSB.xlsx, Forslag!E12: the amount for 2027 is typed as text ("10,5"); it is read as 10,5, but Excel leaves text out of the sheet\'s own totals. Type it as a number.',
    );
    expect(msb?.contact).toEqual({
      person: "Anna Berg",
      info: "anna.berg@eksempel.dk",
      approvedBy: "Direktør Per Lund",
    });
    const digital = msb?.proposals[1];
    expect(digital?.amounts).toEqual([10.5, 8, 8, 8]);
    expect(digital?.fte).toBe(-3);
    expect(digital?.total).toBe(34.5);
  });

  test("MTM is below its quota by exactly 2,4 in 2027 and 1,2 in 2028", () => {
    const mtm = status("MTM").workbook;
    expect(mtm?.quota).toBe(9.2);
    expect(mtm?.totals).toEqual([6.8, 8, 9.2, 9.2]);
    expect(mtm?.belowQuota).toEqual([
      { year: 2027, shortfall: 2.4 },
      { year: 2028, shortfall: 1.2 },
    ]);
    expect(kinds("MTM")).toEqual([]);
  });

  test("MSO has a row that does not add up, and both overwritten formulas are named", () => {
    const mso = status("MSO");
    expect(kinds("MSO")).toEqual([
      "formulaReplaced Forslag!I11",
      "formulaReplaced Forslag!I13",
      "notAddingUp Forslag!I13",
    ]);
    const notAddingUp = mso.findings.find((f) => f.kind === "notAddingUp");
    expect(notAddingUp?.message).toBe(
      "2027-MSO.xlsx, Forslag!I13: the row's total is 12,0 but its amounts add up to 10,0, 2 less. The amounts per year are used.",
    );
    expect(mso.workbook?.totals).toEqual([40.5, 41.5, 42.5, 43.5]);
    expect(mso.workbook?.belowQuota).toEqual([]);
  });

  test("MKB altered its locked quota; the quota sent is the one compared with", () => {
    const mkb = status("MKB");
    expect(kinds("MKB")).toEqual(["lockedAltered Kvote!B8"]);
    expect(mkb.findings[0]?.message).toBe(
      "2027-MKB.xlsx, Kvote!B8: the locked cell was 7 when sent and is now 5. Locked values are set centrally; the value sent is used.",
    );
    expect(mkb.workbook?.quota).toBe(7);
    expect(mkb.workbook?.belowQuota).toEqual([]);
  });

  test("BA's file is refused with the reason, MBU is missing", () => {
    expect(status("BA").findings.map((f) => f.message)).toEqual([
      "2027-BA.xlsx: the file is refused: it is not an .xlsx workbook (it does not start as a zip archive does).",
    ]);
    expect(status("MBU").findings).toEqual([]);
    expect(status("MBU").name).toBe("");
  });

  test("every proposal is in the catalogue with its amounts, keyed by department and row", () => {
    expect(result.proposals.map((p) => [p.department, p.row, p.title, p.kind, p.amounts, p.total])).toEqual([
      ["MSB", 11, "Samling af jobcentre", "efficiency", [20, 25, 25, 25], 95],
      ["MSB", 12, "Digital sagsbehandling", "efficiency", [10.5, 8, 8, 8], 34.5],
      ["MSB", 13, "Ny takst for kørsel", "revenue", [4, 0, 0, 0], 4],
      ["MTM", 11, "Færre vejskilte", "reduction", [5, 6, 7, 7], 25],
      ["MTM", 12, "Fælles indkøb af salt", "efficiency", [1.8, 2, 2.2, 2.2], 8.2],
      ["MSO", 11, "Ny vagtplan", "efficiency", [20, 20, 20, 20], 80],
      ["MSO", 12, "Velfærdsteknologi", "efficiency", [19.5, 19.5, 19.5, 19.5], 78],
      ["MSO", 13, "Mindre vikarforbrug", "efficiency", [1, 2, 3, 4], 10],
      ["MKB", 11, "Kortere åbningstid", "reduction", [7, 7, 7, 7], 28],
    ]);
    expect(result.proposals[0]?.fte).toBe(-12.5);
    expect(result.proposals[0]?.service).toBe("Længere transport for nogle borgere.");
  });

  test("with the central workbook, the departments and their names come from it", async () => {
    const files = readdirSync(folder).map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(folder, name))),
    }));
    const withCentral = await consolidate(files, {
      expected: sampleCentral().departments.map((d) => ({ code: d.code, name: d.name })),
    });
    expect(withCentral.expectedFrom).toBe("central");
    expect(withCentral.departments.map((d) => [d.code, d.name, d.state])).toEqual([
      ["MSB", "Sociale Forhold og Beskæftigelse", "returned"],
      ["MTM", "Teknik og Miljø", "returned"],
      ["MSO", "Sundhed og Omsorg", "returned"],
      ["MKB", "Kultur og Borgerservice", "returned"],
      ["MBU", "Børn og Unge", "missing"],
      ["BA", "Borgmesterens Afdeling", "refused"],
    ]);
  });
});

describe("the catalogue file from the command line", () => {
  const output: string[] = [];
  const io = () => ({ out: (t: string) => output.push(t), err: (t: string) => output.push(t), cwd: folder });

  async function catalogueRows(path: string): Promise<Map<string, unknown[][]>> {
    const workbook = new ExcelJS.Workbook();
    await loadWorkbookBytes(workbook, new Uint8Array(readFileSync(path)));
    const sheets = new Map<string, unknown[][]>();
    for (const ws of workbook.worksheets) {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      sheets.set(ws.name, rows);
    }
    return sheets;
  }

  test("is written, and rebuilt on a second run without duplicating anything", async () => {
    const into = join(folder, "..", `${folder.split("/").pop() ?? "x"}-katalog.xlsx`);
    try {
      // 2: written, but BA's file in the folder is refused.
      expect(await main(["consolidate", ".", "--into", into], io())).toBe(2);
      const first = await catalogueRows(into);
      expect(await main(["consolidate", ".", "--into", into], io())).toBe(2);
      const second = await catalogueRows(into);
      // The same tables again; only the hidden record of when it was made differs.
      for (const name of ["Status", "Katalog", "Fund"]) expect(second.get(name)).toEqual(first.get(name));

      const catalogue = first.get("Katalog") ?? [];
      expect(catalogue).toHaveLength(1 + 9 + 1);
      expect(catalogue[0]?.slice(0, 11)).toEqual([
        "Afdeling",
        "Navn",
        "Række",
        "Titel",
        "Beskrivelse",
        "Type",
        "2027",
        "2028",
        "2029",
        "2030",
        "I alt",
      ]);
      expect(catalogue[2]?.slice(0, 11)).toEqual([
        "MSB",
        "Sociale Forhold og Beskæftigelse",
        12,
        "Digital sagsbehandling",
        undefined,
        "Effektivisering",
        10.5,
        8,
        8,
        8,
        34.5,
      ]);
      const totals = catalogue[10]?.slice(6, 11).map((v) => (v as { result: number }).result);
      expect(totals).toEqual([88.8, 89.5, 91.7, 92.7, 362.7]);

      const statusRows = first.get("Status") ?? [];
      expect(statusRows.map((row) => [row[0], row[2]])).toEqual([
        ["Afdeling", "Status"],
        ["MSB", "Returneret"],
        ["MTM", "Returneret; under kvote (2027: 2,4; 2028: 1,2)"],
        ["MSO", "Returneret; formler overskrevet: 2; rækker summer ikke: 1"],
        ["MKB", "Returneret; låste celler ændret: 1"],
        ["MBU", "Mangler"],
        ["BA", "Afvist"],
      ]);
      // Short of quota per year, in the columns after the proposed totals.
      expect(statusRows[2]?.slice(10, 14)).toEqual([2.4, 1.2, undefined, undefined]);
      // Nothing half-written or temporary is left beside the catalogue.
      expect(
        readdirSync(join(folder, "..")).filter((name) => name.includes("katalog") && name.endsWith(".tmp")),
      ).toEqual([]);
    } finally {
      rmSync(into, { force: true });
    }
  });

  test("refuses to write over a workbook that is not a catalogue", async () => {
    const into = join(folder, "..", `${folder.split("/").pop() ?? "x"}-central.xlsx`);
    try {
      writeFileSync(into, readFileSync("examples/central.xlsx"));
      expect(await main(["consolidate", ".", "--into", into], io())).toBe(1);
      expect(output.at(-1)).toContain("exists and is not a catalogue made by Råderum");
      expect(readFileSync(into)).toEqual(readFileSync("examples/central.xlsx"));
    } finally {
      rmSync(into, { force: true });
    }
  });
});
