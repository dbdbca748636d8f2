/**
 * Hostile and broken returns, one class a test: each is named with its file (and cell), the other
 * departments are consolidated all the same, and no proposal of a usable file is lost.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/workbooks";
import {
  consolidate,
  fillDepartmentWorkbook,
  readCentralFile,
  workbookBytes,
  type Consolidation,
  type GeneratedFile,
  type ReturnedFile,
} from "../../src/workbooks";
import { sampleCentral, writeCentralWorkbook } from "../../src/sample/sampleCentral";
import { ANSWERS, fileOf, sampleFiles, sheet, tamper } from "./workbooks-helpers";

let files: Map<string, GeneratedFile>;
let filledMtm: Uint8Array;

beforeAll(async () => {
  files = await sampleFiles();
  filledMtm = await fillDepartmentWorkbook(fileOf(files, "MTM").bytes, ANSWERS.MTM ?? { proposals: [] });
});

/** MTM's good return next to the hostile one, as the consolidator meets them in a folder. */
async function withGood(hostile: ReturnedFile): Promise<Consolidation> {
  return consolidate([{ name: "2027-MTM.xlsx", bytes: filledMtm }, hostile], {
    expected: sampleCentral().departments.map((d) => ({ code: d.code, name: d.name })),
  });
}

function stateOf(result: Consolidation, code: string): string {
  return result.departments.find((d) => d.code === code)?.state ?? "absent";
}

function messagesOf(result: Consolidation, code: string): string[] {
  return result.departments.find((d) => d.code === code)?.findings.map((f) => f.message) ?? [];
}

/** The good department is untouched by its hostile neighbour. */
function expectGoodKept(result: Consolidation): void {
  expect(stateOf(result, "MTM")).toBe("returned");
  expect(result.proposals.filter((p) => p.department === "MTM").map((p) => p.amounts)).toEqual([
    [5, 6, 7, 7],
    [1.8, 2, 2.2, 2.2],
  ]);
}

async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("a returned file that cannot be used is refused, naming the file and why", () => {
  test("not an xlsx: a text file under a workbook's name", async () => {
    const result = await withGood({
      name: "2027-MSB.xlsx",
      bytes: new TextEncoder().encode("Hej, vi svarer i morgen."),
    });
    expect(stateOf(result, "MSB")).toBe("refused");
    expect(messagesOf(result, "MSB")).toEqual([
      "2027-MSB.xlsx: the file is refused: it is not an .xlsx workbook (it does not start as a zip archive does).",
    ]);
    expectGoodKept(result);
  });

  test("not an xlsx: an old .xls (or encrypted) workbook", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await withGood({ name: "2027-MSB.xls", bytes: ole });
    expect(messagesOf(result, "MSB")[0]).toContain("2027-MSB.xlsx".replace(".xlsx", ".xls"));
    expect(messagesOf(result, "MSB")[0]).toContain("Save it as an Excel workbook (.xlsx) without a password");
  });

  test("a truncated zip: the first half of a real department workbook", async () => {
    const whole = fileOf(files, "MSO").bytes;
    const result = await withGood({ name: "2027-MSO.xlsx", bytes: whole.subarray(0, Math.floor(whole.length / 2)) });
    expect(stateOf(result, "MSO")).toBe("refused");
    const [message] = messagesOf(result, "MSO");
    expect(message).toMatch(
      /^2027-MSO\.xlsx: the file is refused: it is damaged or incomplete \(.+\)\. Ask the sender/,
    );
    expectGoodKept(result);
  });

  test("a zip bomb: a sheet that unpacks to 40 MB of nothing is refused before it is unpacked", async () => {
    const bomb = await zipOf({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": "<workbook/>",
      "xl/worksheets/sheet1.xml": new Uint8Array(40 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    const result = await withGood({ name: "2027-MKB.xlsx", bytes: bomb });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(stateOf(result, "MKB")).toBe("refused");
    expect(messagesOf(result, "MKB")).toEqual([
      "2027-MKB.xlsx: the file is refused: its part xl/worksheets/sheet1.xml unpacks to 40.0 MB (at most 30.0 MB is accepted): a zip bomb or not a department workbook.",
    ]);
    expectGoodKept(result);
  });

  test("a zip bomb that lies about its size is stopped while unpacking", async () => {
    const honest = await zipOf({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": "<workbook/>",
      "xl/sharedStrings.xml": new Uint8Array(35 * 1024 * 1024),
    });
    // Rewrite the uncompressed size (offset 24 in the central directory record) to 1 KB.
    const bytes = new Uint8Array(honest);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/sharedStrings.xml");
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const found = bytes.subarray(i + 46, i + 46 + nameLength);
      if (found.length === name.length && found.every((b, k) => b === name[k])) view.setUint32(i + 24, 1024, true);
    }
    const result = await withGood({ name: "2027-MKB.xlsx", bytes });
    expect(stateOf(result, "MKB")).toBe("refused");
    expect(messagesOf(result, "MKB")).toEqual([
      "2027-MKB.xlsx: the file is refused: its part xl/sharedStrings.xml unpacks to more than its zip directory says and more than 30.0 MB: a zip bomb.",
    ]);
    expectGoodKept(result);
  });

  test("a workbook from another template: the central workbook sent back as MBU's", async () => {
    const result = await withGood({
      name: "2027-MBU.xlsx",
      bytes: new Uint8Array(readFileSync("examples/central.xlsx")),
    });
    expect(stateOf(result, "MBU")).toBe("refused");
    expect(messagesOf(result, "MBU")).toEqual([
      '2027-MBU.xlsx: the file is refused: it is not a Råderum department workbook (it has no identification sheet "Råderum-id"). Was it made from another template?',
    ]);
    expectGoodKept(result);
  });

  test("missing sheets: without its proposals sheet the file is refused, naming the sheet", async () => {
    const bytes = await tamper(fileOf(files, "BA").bytes, (workbook) =>
      workbook.removeWorksheet(sheet(workbook, "Forslag").id),
    );
    const result = await withGood({ name: "2027-BA.xlsx", bytes });
    expect(stateOf(result, "BA")).toBe("refused");
    expect(messagesOf(result, "BA")).toEqual([
      '2027-BA.xlsx: the file is refused: its sheet "Forslag" with the proposals is missing (deleted or renamed). Ask the department for the workbook again.',
    ]);
    expectGoodKept(result);
  });
});

describe("a usable file with bad cells is read, and each bad cell is named", () => {
  test("missing sheets: a deleted quota sheet is named, the proposals are kept", async () => {
    const filled = await fillDepartmentWorkbook(fileOf(files, "MKB").bytes, ANSWERS.MKB ?? { proposals: [] });
    const bytes = await tamper(filled, (workbook) => workbook.removeWorksheet(sheet(workbook, "Kvote").id));
    const result = await withGood({ name: "2027-MKB.xlsx", bytes });
    expect(stateOf(result, "MKB")).toBe("returned");
    const mkb = result.departments.find((d) => d.code === "MKB");
    expect(mkb?.findings.map((f) => [f.kind, f.cell ?? ""])).toEqual([["lockedAltered", ""]]);
    expect(mkb?.findings[0]?.message).toBe(
      '2027-MKB.xlsx: the locked sheet "Kvote" is missing (deleted or renamed); the values sent are used. Ask the department to return the workbook as it was sent, with the sheet in it.',
    );
    // The quota is the one sent, so the comparison still holds.
    expect(mkb?.workbook?.quota).toBe(7);
    expect(mkb?.workbook?.totals).toEqual([7, 7, 7, 7]);
    expectGoodKept(result);
  });

  test("text in amount cells: left out of the totals, named by cell, the rest of the row kept", async () => {
    const bytes = await fillDepartmentWorkbook(fileOf(files, "MSB").bytes, {
      proposals: [
        { title: "Færre biler", kind: "efficiency", amounts: ["cirka 2 mio.", 3, 3, 3], fte: "to" },
        { title: "Samlet IT", kind: "efficiency", amounts: [40, 40, 40, 40] },
      ],
    });
    const result = await withGood({ name: "2027-MSB.xlsx", bytes });
    const msb = result.departments.find((d) => d.code === "MSB");
    expect(msb?.findings.map((f) => f.message)).toEqual([
      '2027-MSB.xlsx, Forslag!E11: the amount for 2027 is "cirka 2 mio.", not a number; it is left out of the totals. Type a number such as 1.234,5.',
      '2027-MSB.xlsx, Forslag!J11: the FTE is "to", not a number; it is left out of the totals. Type a number such as 1.234,5.',
    ]);
    expect(result.proposals.filter((p) => p.department === "MSB").map((p) => [p.title, p.amounts, p.total])).toEqual([
      ["Færre biler", [null, 3, 3, 3], 9],
      ["Samlet IT", [40, 40, 40, 40], 160],
    ]);
    expect(msb?.workbook?.totals).toEqual([40, 43, 43, 43]);
    expect(msb?.workbook?.belowQuota).toEqual([]);
    expectGoodKept(result);
  });

  test("formulas replaced by numbers: every overwritten formula is named, the totals are recomputed", async () => {
    const filled = await fillDepartmentWorkbook(fileOf(files, "MSO").bytes, ANSWERS.MSO ?? { proposals: [] });
    const bytes = await tamper(filled, (workbook) => {
      const proposals = sheet(workbook, "Forslag");
      proposals.getCell("E5").value = 39.5; // "Forslag i alt" typed to look as if the quota were met
      proposals.getCell("E8").value = "Opfyldt";
      proposals.getCell("I12").value = 78;
    });
    const result = await withGood({ name: "2027-MSO.xlsx", bytes });
    const mso = result.departments.find((d) => d.code === "MSO");
    expect(mso?.findings.map((f) => `${f.kind} ${f.cell ?? ""}`)).toEqual([
      "formulaReplaced Forslag!E5",
      "formulaReplaced Forslag!E8",
      "formulaReplaced Forslag!I12",
    ]);
    expect(mso?.findings[0]?.message).toBe(
      "2027-MSO.xlsx, Forslag!E5: the formula =ROUND(SUM(E11:E50),1) was replaced by 39.5. Consolidation computes the totals itself; restore the formula so the department sees them right.",
    );
    // The typed 78 agrees with the row, so it is not also a row that does not add up.
    expect(mso?.workbook?.totals).toEqual([40.5, 41.5, 42.5, 43.5]);
    expectGoodKept(result);
  });
});

describe("nothing half-written", () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), "raaderum-hostile-"))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const quiet = () => ({ out: () => undefined, err: (t: string) => errors.push(t), cwd: folder });
  const errors: string[] = [];

  test("a central workbook with text in an amount cell generates no file at all, and says which cell", async () => {
    const central = sampleCentral();
    const workbook = writeCentralWorkbook(central);
    const departments = workbook.getWorksheet("Afdelinger") as ExcelJS.Worksheet;
    departments.getCell("C4").value = "ca. 3,9 mia.";
    departments.getCell("E6").value = "meget";
    writeFileSync(join(folder, "central.xlsx"), await workbookBytes(workbook));
    await expect(
      readCentralFile(new Uint8Array(readFileSync(join(folder, "central.xlsx"))), "central.xlsx"),
    ).rejects.toThrow('Afdelinger!C4: the budget is "ca. 3,9 mia.", not a number.');
    expect(await main(["generate", "central.xlsx", "--out", "ud"], quiet())).toBe(1);
    expect(errors.at(-1)).toContain('Afdelinger!E6: the key share is "meget", not a number.');
    expect(existsSync(join(folder, "ud"))).toBe(false);
  });

  test("a folder full of hostile files still gives a whole catalogue, written in one piece", async () => {
    const returned = join(folder, "ind");
    mkdirSync(returned);
    writeFileSync(join(returned, "2027-MTM.xlsx"), filledMtm);
    writeFileSync(join(returned, "2027-MSB.xlsx"), "ikke et regneark");
    writeFileSync(join(returned, "2027-MSO.xlsx"), fileOf(files, "MSO").bytes.subarray(0, 5000));
    writeFileSync(join(returned, "noter.docx"), await zipOf({ "word/document.xml": "<w:document/>" }));
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], quiet())).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(["ind", "katalog.xlsx"]);
    const catalogue = new ExcelJS.Workbook();
    await catalogue.xlsx.readFile(join(folder, "katalog.xlsx"));
    const status: unknown[][] = [];
    catalogue.getWorksheet("Status")?.eachRow((row) => status.push((row.values as unknown[]).slice(1, 5)));
    expect(status.map((row) => [row[0] ?? "", row[2]])).toEqual([
      ["Afdeling", "Status"],
      ["MSB", "Afvist"],
      ["MTM", "Returneret; under kvote (2027: 2,4; 2028: 1,2)"],
      ["MSO", "Afvist"],
      ["MKB", "Mangler"],
      ["MBU", "Mangler"],
      ["BA", "Mangler"],
      // A refused file that belongs to no department still has its line, with its file name.
      ["", "Afvist"],
    ]);
    expect(status.at(-1)?.[3]).toBe("noter.docx");
    let findings = 0;
    catalogue.getWorksheet("Fund")?.eachRow(() => findings++);
    expect(findings).toBe(1 + 3);
  });
});
