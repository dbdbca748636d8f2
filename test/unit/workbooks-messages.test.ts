/**
 * The bilingual messages: every code in Danish with real values, and the real problems, warnings,
 * refusals and findings of the sample municipality shown in Danish in the catalogue and on the
 * command line, while their English stays as it always read.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/workbooks";
import {
  consolidate,
  fillDepartmentWorkbook,
  findingMessage,
  findingsTable,
  loadWorkbookBytes,
  planDepartments,
  readCentralFile,
  statusTable,
  WorkbookProblems,
  workbookBytes,
  type Consolidation,
  type GeneratedFile,
} from "../../src/workbooks";
import { sampleCentral, writeCentralWorkbook } from "../../src/sample/sampleCentral";
import { render } from "../../src/workbooks/messages";
import { FINDING_TEXTS } from "../../src/workbooks/messages/findingTexts";
import { REFUSAL_TEXTS } from "../../src/workbooks/messages/refusalTexts";
import { ANSWERS, fileOf, RUN_TIME, sampleFiles, sheet, tamper } from "./workbooks-helpers";
import { CASES } from "./workbooks-messages-cases";

describe("every message has a Danish sentence", () => {
  test.each(Object.entries(CASES))("%s", (_code, [message, danish]) => {
    expect(render(message, "da")).toBe(danish);
    expect(render(message, "en")).not.toBe(danish);
  });
});

describe("docs/workbooks.md lists every finding and refusal with both its texts", () => {
  const docs = readFileSync(join(__dirname, "../../docs/workbooks.md"), "utf8");
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  test.each([...Object.keys(FINDING_TEXTS), ...Object.keys(REFUSAL_TEXTS)])("%s", (code) => {
    const [message] = CASES[code as keyof typeof CASES];
    expect(docs).toContain(`| \`${code}\` | ${cell(render(message, "en"))} | ${cell(render(message, "da"))} |`);
  });
});

let files: Map<string, GeneratedFile>;
let result: Consolidation;

beforeAll(async () => {
  files = await sampleFiles();
  const msb = await fillDepartmentWorkbook(fileOf(files, "MSB").bytes, {
    proposals: [
      { title: "Færre biler", kind: "efficiency", amounts: ["cirka 2 mio.", 3, 3, 3], fte: "to" },
      { title: "", kind: "efficiency", amounts: ["10,5", 40, 40, 40] },
    ],
  });
  const filledMkb = await fillDepartmentWorkbook(fileOf(files, "MKB").bytes, ANSWERS.MKB ?? { proposals: [] });
  const mkb = await tamper(filledMkb, (workbook) => {
    sheet(workbook, "Kvote").getCell("B8").value = 5;
  });
  const filledMso = await fillDepartmentWorkbook(fileOf(files, "MSO").bytes, ANSWERS.MSO ?? { proposals: [] });
  const mso = await tamper(filledMso, (workbook) => {
    sheet(workbook, "Forslag").getCell("I13").value = 12;
  });
  result = await consolidate(
    [
      { name: "2027-MSB.xlsx", bytes: msb },
      { name: "2027-MKB.xlsx", bytes: mkb },
      { name: "2027-MSO.xlsx", bytes: mso },
      { name: "2027-BA.xlsx", bytes: new TextEncoder().encode("Vi sender forslagene senere.") },
    ],
    { expected: sampleCentral().departments.map((d) => ({ code: d.code, name: d.name })) },
  );
});

function danishOf(code: string): string[] {
  return result.departments.find((d) => d.code === code)?.findings.map((f) => findingMessage(f, "da")) ?? [];
}

describe("the findings of a real consolidation, in Danish", () => {
  test("text in amount cells, a missing title: file, cell, what is wrong and how to mend it", () => {
    expect(danishOf("MSB")).toEqual([
      '2027-MSB.xlsx, Forslag!E11: Beløbet for 2027 er ikke et tal – der står "cirka 2 mio.". Det er ikke regnet med i totalerne. Skriv et tal, fx 1.234,5.',
      '2027-MSB.xlsx, Forslag!J11: Årsværket er ikke et tal – der står "to". Det er ikke regnet med i totalerne. Skriv et tal, fx 1.234,5.',
      '2027-MSB.xlsx, Forslag!E12: Beløbet for 2027 er skrevet som tekst ("10,5"). Det læses som 10,5, men Excel regner ikke tekst med i arkets egne totaler. Skriv det som et tal.',
      "2027-MSB.xlsx, Forslag!B12: Forslaget har ingen titel. Giv det en kort titel.",
    ]);
  });

  test("a changed locked quota, a typed-over total and a refused file", () => {
    expect(danishOf("MKB")).toEqual([
      "2027-MKB.xlsx, Kvote!B8: Den låste celle var 7 ved udsendelsen og er nu 5. Låste værdier fastsættes centralt, så den udsendte værdi bruges.",
    ]);
    expect(danishOf("MSO")).toEqual([
      "2027-MSO.xlsx, Forslag!I13: Formlen =ROUND(SUM(E13:H13),1) er erstattet af 12. Råderum regner selv totalerne ud; sæt formlen ind igen, så afdelingen ser de rigtige tal.",
      "2027-MSO.xlsx, Forslag!I13: Rækkens total er 12,0, men beløbene giver 10,0 tilsammen, 2 mindre. Beløbene pr. år bruges; sæt formlen i totalcellen ind igen.",
    ]);
    expect(danishOf("BA")).toEqual([
      "2027-BA.xlsx: Filen er afvist: den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem skemaet som Excel-projektmappe (.xlsx), og send det igen.",
    ]);
    // The English stays the sentence it always was.
    expect(result.departments.find((d) => d.code === "BA")?.findings[0]?.message).toBe(
      "2027-BA.xlsx: the file is refused: it is not an .xlsx workbook (it does not start as a zip archive does).",
    );
  });

  test("the catalogue's notes and findings are in the catalogue's language", () => {
    const notes = (language: "da" | "en") =>
      statusTable(result, language)
        .rows.find((row) => row[0] === "MKB")
        ?.at(-1);
    expect(notes("da")).toContain("Kvote!B8: Den låste celle var 7 ved udsendelsen og er nu 5.");
    expect(notes("en")).toContain("Kvote!B8: the locked cell was 7 when sent and is now 5.");
    const findings = findingsTable(result, "da");
    expect(findings.rows.find((row) => row[0] === "BA")?.at(-1)).toMatch(/^2027-BA\.xlsx: Filen er afvist: /);
  });
});

describe("the central workbook's problems and warnings, in Danish", () => {
  test("a refusal of the whole central workbook lists every cell in Danish", async () => {
    const workbook = writeCentralWorkbook(sampleCentral());
    sheet(workbook, "Afdelinger").getCell("C4").value = "ca. 3,9 mia.";
    sheet(workbook, "Afdelinger").getCell("E6").value = "meget";
    const error = await readCentralFile(await workbookBytes(workbook), "central.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookProblems);
    const problems = error as WorkbookProblems;
    expect(problems.textIn("da")).toBe(
      [
        "Det centrale regneark kan ikke bruges:",
        '  - Afdelinger!C4: Budgettet er ikke et tal – der står "ca. 3,9 mia.". Skriv et beløb, fx 1.234,5.',
        '  - Afdelinger!E6: Nøgleandelen er ikke et tal – der står "meget". Skriv en andel, fx 28,4 %.',
      ].join("\n"),
    );
    expect(problems.message).toBe(problems.textIn("en"));
    expect(problems.problems[0]).toBe(
      'Afdelinger!C4: the budget is "ca. 3,9 mia.", not a number. Type an amount such as 1.234,5.',
    );
  });

  test("a file that is not a workbook at all", async () => {
    const error = await readCentralFile(new TextEncoder().encode("hej"), "central.xlsx").catch((e: unknown) => e);
    expect((error as WorkbookProblems).textIn("da")).toBe(
      "central.xlsx kan ikke åbnes:\n  - den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem skemaet som Excel-projektmappe (.xlsx), og send det igen.",
    );
  });

  test("a key that does not add up to 100 % is a warning in Danish", () => {
    const central = sampleCentral();
    const departments = central.departments.map((d, i) => (i === 0 ? { ...d, key: (d.key ?? 0) - 0.016 } : d));
    const plan = planDepartments({ ...central, departments }, RUN_TIME);
    expect(plan.warnings.map((w) => render(w, "da"))).toEqual([
      "Den administrative nøgle giver 98,4 % tilsammen, ikke 100 %. De tværgående besparelser fordeles alligevel forholdsmæssigt efter den. Ret nøglen, hvis det ikke er meningen.",
    ]);
  });
});

describe("the command line prints problems in --language, English by default", () => {
  let folder: string;
  const lines: string[] = [];
  const io = () => ({ out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), cwd: folder });
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "raaderum-messages-"));
    lines.length = 0;
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test("generate --language da names the bad cell in Danish", async () => {
    const workbook = writeCentralWorkbook(sampleCentral());
    sheet(workbook, "Afdelinger").getCell("C4").value = "ca. 3,9 mia.";
    writeFileSync(join(folder, "central.xlsx"), await workbookBytes(workbook));
    expect(await main(["generate", "central.xlsx", "--out", "ud", "--language", "da"], io())).toBe(1);
    expect(lines.at(-1)).toBe(
      'Det centrale regneark kan ikke bruges:\n  - Afdelinger!C4: Budgettet er ikke et tal – der står "ca. 3,9 mia.". Skriv et beløb, fx 1.234,5.',
    );
  });

  test("consolidate prints the findings in Danish with --language da, in English without", async () => {
    mkdirSync(join(folder, "ind"));
    writeFileSync(join(folder, "ind", "2027-BA.xlsx"), "ikke et regneark");
    writeFileSync(join(folder, "ind", "2027-MTM.xlsx"), await fillMtm());
    // 2: the catalogue is written, but a file was refused.
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx", "--language", "da"], io())).toBe(2);
    expect(lines).toContain("Fund:");
    expect(lines).toContain(
      "  2027-BA.xlsx: Filen er afvist: den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem skemaet som Excel-projektmappe (.xlsx), og send det igen.",
    );
    const catalogue = new ExcelJS.Workbook();
    await loadWorkbookBytes(catalogue, new Uint8Array(readFileSync(join(folder, "katalog.xlsx"))));
    expect(catalogue.getWorksheet("Fund")?.getCell("E2").text).toMatch(/^2027-BA\.xlsx: Filen er afvist: /);

    lines.length = 0;
    expect(await main(["consolidate", "ind", "--into", "katalog.xlsx"], io())).toBe(2);
    expect(lines).toContain("Findings:");
    expect(lines).toContain(
      "  2027-BA.xlsx: the file is refused: it is not an .xlsx workbook (it does not start as a zip archive does).",
    );
  });

  async function fillMtm(): Promise<Uint8Array> {
    return fillDepartmentWorkbook(fileOf(files, "MTM").bytes, ANSWERS.MTM ?? { proposals: [] });
  }
});
