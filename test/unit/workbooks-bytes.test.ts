/**
 * How the department workbooks' bytes are made (src/workbooks/file): styles shared between cells
 * that look alike, parts deflated by the platform, the zips written by our own writer. The files
 * must say exactly what the previous path said: exceljs's own writer, every cell with a style of its
 * own. That path is rebuilt here in a module registry of its own, with the style sharing left out.
 */
import JSZip from "jszip";
import { deflateRawSync } from "node:zlib";
import { departmentLayout, generateDepartmentWorkbooks, planDepartments, SHEET, zipFiles } from "../../src/workbooks";
import {
  buildDepartmentWorkbook,
  layoutShapeOf,
  sheetProtection,
} from "../../src/workbooks/generate/departmentWorkbook";
import { crc32 } from "../../src/workbooks/file/crc32";
import { PartDeflate } from "../../src/workbooks/file/partDeflate";
import { storedEntries } from "../../src/workbooks/file/storedEntries";
import { workbookParts } from "../../src/workbooks/file/workbookParts";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { RUN_TIME } from "./workbooks-helpers";

type Build = typeof import("../../src/workbooks/generate/departmentWorkbook");

/** exceljs as the generator used it before: no shared styles, its own zip writer. */
function previousPath(): Build {
  let build: Build | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/workbooks/generate/sharedStyles", () => ({ shareCellStyles: () => undefined }));
    build = jest.requireActual<Build>("../../src/workbooks/generate/departmentWorkbook");
  });
  if (!build) throw new Error("the previous path did not load");
  return build;
}

/** Every part of a zip, in the archive's order, with its text; the CRC-32s checked on reading. */
async function parts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  return Promise.all(
    Object.values(zip.files).map(async (f): Promise<[string, string]> => [f.name, await f.async("string")]),
  );
}

describe("department workbooks", () => {
  it("hold, part for part, what exceljs's own writer wrote with a style per cell", async () => {
    const central = sampleCentral();
    const result = await generateDepartmentWorkbooks(central, { now: RUN_TIME });
    const plan = planDepartments(central, RUN_TIME);
    const previous = previousPath();
    const protection = await previous.sheetProtection(central.settings.password);
    expect(result.files.map((f) => f.name)).toEqual(plan.departments.map(previous.departmentFileName));
    for (const [i, department] of plan.departments.entries()) {
      const old = await previous.buildDepartmentWorkbook(department, protection).xlsx.writeBuffer();
      const now = await parts(result.files[i]?.bytes ?? new Uint8Array());
      const before = await parts(new Uint8Array(old));
      expect(now.map(([name]) => name)).toEqual(before.map(([name]) => name));
      for (const [j, [name, text]] of now.entries()) expect([name, text]).toEqual(before[j]);
    }
  });

  it("share one style object between input cells that look alike, where the previous path had two", async () => {
    const central = sampleCentral();
    const department = planDepartments(central, RUN_TIME).departments[0];
    if (!department) throw new Error("no department in the sample");
    const { proposals } = departmentLayout(layoutShapeOf(department));
    const twoTitles = (build: Build["buildDepartmentWorkbook"], protection: Record<string, unknown>) => {
      const sheet = build(department, protection).getWorksheet(SHEET.proposals);
      const cell = (row: number) => sheet?.getCell(row, proposals.column.title);
      return [cell(proposals.firstRow), cell(proposals.firstRow + 1)];
    };
    const previous = previousPath();
    const [a, b] = twoTitles(previous.buildDepartmentWorkbook, await previous.sheetProtection(null));
    expect(a?.style).toEqual(b?.style);
    expect(a?.style).not.toBe(b?.style);
    const [c, d] = twoTitles(buildDepartmentWorkbook, await sheetProtection(null));
    expect(c?.style).toBe(d?.style);
    expect(c?.protection).toEqual({ locked: false });
  });

  it("take exceljs's parts from its own steps, the same as it stores in a zip of its own (the fallback)", async () => {
    const central = sampleCentral();
    const department = planDepartments(central, RUN_TIME).departments[0];
    if (!department) throw new Error("no department in the sample");
    const protection = await sheetProtection(central.settings.password);
    const parts = await workbookParts(buildDepartmentWorkbook(department, protection));
    const stored = await buildDepartmentWorkbook(department, protection).xlsx.writeBuffer({
      zip: { compression: "STORE" },
    });
    const files = storedEntries(new Uint8Array(stored)).filter((e) => !e.name.endsWith("/"));
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(parts?.map((p) => [p.name, text(p.data)])).toEqual(files.map((e) => [e.name, text(e.bytes)]));
    expect(parts?.map((p) => p.name)).toContain("xl/worksheets/sheet3.xml");
  });

  it("are deflated: each part of the sample's workbooks smaller than its text", async () => {
    const result = await generateDepartmentWorkbooks(sampleCentral(), { now: RUN_TIME });
    for (const file of result.files) {
      const zip = await JSZip.loadAsync(file.bytes);
      const sheet = zip.file("xl/worksheets/sheet3.xml");
      const sizes = (sheet as unknown as { _data: { compressedSize: number; uncompressedSize: number } })._data;
      expect(sizes.compressedSize).toBeLessThan(sizes.uncompressedSize / 3);
    }
  });
});

describe("zip writing", () => {
  it("computes the standard CRC-32 check value", () => {
    // The check value of CRC-32/ISO-HDLC for the nine ASCII digits.
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("zips the files stored, readable by jszip with CRCs checked, names in UTF-8", async () => {
    const files = [
      { name: "2027-MSB.xlsx", bytes: new TextEncoder().encode("første fil") },
      { name: "2027-ÆØÅ.xlsx", bytes: new Uint8Array([0, 1, 2, 255]) },
    ];
    const when = new Date(2027, 3, 14, 9, 30, 42);
    const zip = await JSZip.loadAsync(zipFiles(files, when), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["2027-MSB.xlsx", "2027-ÆØÅ.xlsx"]);
    expect(await zip.file("2027-MSB.xlsx")?.async("string")).toBe("første fil");
    expect([...((await zip.file("2027-ÆØÅ.xlsx")?.async("uint8array")) ?? [])]).toEqual([0, 1, 2, 255]);
    expect(zip.file("2027-MSB.xlsx")?.date.getMinutes()).toBe(30);
  });

  it("reads back a stored zip's entries and refuses a compressed one", async () => {
    const stored = new JSZip();
    stored.file("a.xml", "<a/>");
    stored.folder("xl");
    const bytes = await stored.generateAsync({ type: "uint8array", compression: "STORE" });
    const entries = storedEntries(bytes);
    expect(entries.map((e) => [e.name, e.size, new TextDecoder().decode(e.bytes)])).toEqual([
      ["a.xml", 4, "<a/>"],
      ["xl/", 0, ""],
    ]);
    expect(entries[0]?.crc32).toBe(crc32(new TextEncoder().encode("<a/>")));
    const deflated = await stored.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(() => storedEntries(deflated)).toThrow("a.xml is compressed");
  });

  it("deflates a part that recurs in a run once", async () => {
    const calls: number[] = [];
    const parts = new PartDeflate((data) => {
      calls.push(data.length);
      return Promise.resolve(new Uint8Array(deflateRawSync(data)));
    });
    const text = new TextEncoder().encode("<theme/>".repeat(50));
    const other = new TextEncoder().encode("<sheet/>".repeat(50));
    const entry = (bytes: Uint8Array) => ({
      name: "x",
      bytes,
      method: 0 as const,
      crc32: crc32(bytes),
      size: bytes.length,
      dosTime: 0,
      dosDate: 0,
      attributes: 0,
    });
    const first = await parts.entry(entry(text));
    const again = await parts.entry(entry(text.slice()));
    await parts.entry(entry(other));
    expect(calls).toEqual([400, 400]);
    expect(again.bytes).toBe(first.bytes);
    expect(first.method).toBe(8);
  });
});
