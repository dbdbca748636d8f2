/**
 * The department workbooks wizard's logic against the playground's in-memory workbook: the central
 * table read from the open workbook (a table name, a range, a whole sheet), every cell that cannot
 * be used named, and the catalogue block the writer gets.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { MissingInput, UserError } from "../../src/taskpane/logic/errorMessages";
import { buildCatalogueWrite } from "../../src/taskpane/wizards/workbooks/catalogueWrite";
import { readCentralFromWorkbook, readSettingsSheet } from "../../src/taskpane/wizards/workbooks/centralSources";
import { loadWorkbooks } from "../../src/taskpane/wizards/workbooks/loadWorkbooks";
import { expectedDepartments } from "../../src/taskpane/wizards/workbooks/returnedFiles";
import {
  defaultSettingsForm,
  readSettingsForm,
  settingsFormOf,
  type SettingsForm,
} from "../../src/taskpane/wizards/workbooks/settingsForm";
import ExcelJS from "exceljs";
import {
  consolidate,
  generateDepartmentWorkbooks,
  loadWorkbookBytes,
  planDepartments,
  type Central,
  type GeneratedFile,
} from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { filledMsb } from "../support/filledMsb";
import { RUN_TIME } from "./workbooks-helpers";
import { formatRange } from "../../src/sheet/address";

const PLAYGROUND_SETTINGS: SettingsForm = {
  ...defaultSettingsForm(),
  municipality: "Legeplads Kommune",
  budgetYear: "2024",
  rate: "1,5 %",
  deadline: "14-04-2023",
  contact: "Økonomi, tlf. 1234 5678",
};

function playground() {
  return createMemoryWorkbookApi(createSampleMunicipality());
}

/** examples/central.xlsx as if opened in Excel: its three sheets in the open workbook. */
function centralInMemory(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const central = sampleCentral();
  const put = (sheet: string, rows: (string | number)[][]) =>
    rows.forEach((row, r) => row.forEach((value, c) => wb.setInput(sheet, r, c, value)));
  wb.addSheet("Indstillinger");
  put("Indstillinger", [
    ["Kommune", central.settings.municipality],
    ["Budgetår", 2027],
    ["Sats", 0.01],
    ["Decimaler", 1],
    ["Enhed", "mio. kr."],
    ["Frist", 46122],
    ["Kontakt", central.settings.contact],
  ]);
  wb.addSheet("Afdelinger");
  put("Afdelinger", [
    ["Kode", "Navn", "Budget", "Undtaget", "Nøgle"],
    ...central.departments.map((d) => [d.code, d.name, d.budget, d.exempt, d.key ?? 0]),
    ["I alt"],
  ]);
  wb.addSheet("Tværgående");
  put("Tværgående", [["Tema", 2027, 2028, 2029, 2030], ...central.themes.map((t) => [t.name, ...t.totals])]);
  return wb;
}

describe("the central table from the open workbook", () => {
  test("the playground: the table named Afdelinger and the savings on Besparelser", async () => {
    const central = await readCentralFromWorkbook(
      playground(),
      readSettingsForm(PLAYGROUND_SETTINGS),
      "Afdelinger",
      "Besparelser!A1:E3",
    );
    expect(central.departments.map((d) => [d.code, d.name, d.budget, d.exempt, d.key])).toEqual([
      ["MSB", "MSB", 4512.3, 350, null],
      ["MTM", "MTM", 1287.6, 120.5, null],
      ["MSO", "MSO", 2145, 0, null],
      ["MKB", "MKB", 1080.4, 45.2, null],
      ["MBU", "MBU", 4433.2, 210, null],
      ["BA", "BA", 2431.5, 95.7, null],
    ]);
    const plan = planDepartments(central, RUN_TIME);
    // 1,5 % of each basis at one decimal by largest remainder: MSO (32,175) and MBU (63,348) get
    // the two last tenths, so the quotas add up to 226,0, the rounded 1,5 % of 15.068,6.
    expect(plan.departments.map((d) => d.basis)).toEqual([4162.3, 1167.1, 2145, 1035.2, 4223.2, 2335.8]);
    expect(plan.departments.map((d) => d.quota)).toEqual([62.4, 17.5, 32.2, 15.5, 63.4, 35]);
    expect(plan.totalQuota).toBe(226);
    expect(plan.themeTotals).toEqual([
      [5, 10, 12.5, 15],
      [2, 4, 6, 8],
    ]);
  });

  test("a workbook's headings name the department once: the code alone when the table has no names", async () => {
    const headings = async (central: Central): Promise<string[]> => {
      const { files } = await generateDepartmentWorkbooks(central, { now: RUN_TIME });
      const workbook = new ExcelJS.Workbook();
      await loadWorkbookBytes(workbook, (files.find((f) => f.department === "MSB") as GeneratedFile).bytes);
      return ["Kvote", "Forslag"].map((name) => workbook.getWorksheet(name)?.getCell("A1").text ?? "");
    };
    const playgroundCentral = await readCentralFromWorkbook(
      playground(),
      readSettingsForm(PLAYGROUND_SETTINGS),
      "Afdelinger",
      "Besparelser!A1:E3",
    );
    expect(await headings(playgroundCentral)).toEqual([
      "Kvote og andel af tværgående besparelser – MSB",
      "Forslag – MSB",
    ]);
    // With a name column (examples/central.xlsx): the code and the name, each once.
    expect(await headings(sampleCentral())).toEqual([
      "Kvote og andel af tværgående besparelser – MSB (Sociale Forhold og Beskæftigelse)",
      "Forslag – MSB (Sociale Forhold og Beskæftigelse)",
    ]);
  });

  test("examples/central.xlsx opened in Excel: the settings sheet fills the form, the whole sheets are read", async () => {
    const api = createMemoryWorkbookApi(centralInMemory());
    const settings = await readSettingsSheet(api);
    const form = settingsFormOf(settings ?? {}, defaultSettingsForm());
    expect(form).toMatchObject({
      municipality: "Eksempel Kommune",
      budgetYear: "2027",
      rate: "1 %",
      deadline: "10-04-2026",
    });
    const central = await readCentralFromWorkbook(api, readSettingsForm(form), "Afdelinger", "Tværgående");
    expect(central.departments).toHaveLength(6);
    expect(planDepartments(central, RUN_TIME).departments.map((d) => d.quota)).toEqual([32.9, 9.2, 39.5, 7, 58.2, 9.5]);
  });

  test("every cell that cannot be used is named with its real address", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Budget", 3, 1, "ca. 2 mia.");
    wb.setInput("Besparelser", 2, 3, "mange");
    const error = await readCentralFromWorkbook(
      createMemoryWorkbookApi(wb),
      readSettingsForm(PLAYGROUND_SETTINGS),
      "Afdelinger",
      "Besparelser!A1:E3",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    // The pane shows the problems in its own language: Danish by default, English on request.
    expect((error as UserError).text.da).toBe(
      [
        "Tabellerne kan ikke bruges endnu:",
        '• Budget!B4: Budgettet er ikke et tal – der står "ca. 2 mia.". Skriv et beløb, fx 1.234,5.',
        '• Besparelser!D3: Besparelsen er ikke et tal – der står "mange". Skriv et beløb, fx 5,0, eller lad cellen stå tom.',
      ].join("\n"),
    );
    expect((error as UserError).text.en).toBe(
      [
        "The tables cannot be used yet:",
        '• Budget!B4: the budget is "ca. 2 mia.", not a number. Type an amount such as 1.234,5.',
        '• Besparelser!D3: the saving is "mange", not a number. Type an amount such as 5,0 or leave it blank.',
      ].join("\n"),
    );
  });

  test("a form field that cannot be used is named in both languages", () => {
    expect(() => readSettingsForm({ ...PLAYGROUND_SETTINGS, rate: "en del" })).toThrow(
      'The rate: "en del" is not a rate. Type e.g. 1.5 % or 0.015.',
    );
    expect(() => readSettingsForm({ ...PLAYGROUND_SETTINGS, deadline: "14-4" })).toThrow(
      'Deadline: "14-4" is not a date. Type e.g. 10-04-2026.',
    );
    expect(readSettingsForm({ ...PLAYGROUND_SETTINGS, rate: "1,25 %" }).rate).toBe(0.0125);
    expect(readSettingsForm({ ...PLAYGROUND_SETTINGS, rate: "0,015" }).rate).toBe(0.015);
    // The rate is typed as in the quota wizard: a bare 1,5 could be 1,5 % or 150 %, so it is asked.
    expect(() => readSettingsForm({ ...PLAYGROUND_SETTINGS, rate: "1,5" })).toThrow(
      "The rate: 1,5 means 150 %. If you mean 1.5 %, type 1.5 % or 0.015.",
    );
  });

  test("a fresh form is guidance, not an error: the fields still to fill are named until one is wrong", () => {
    const thrown = (form: SettingsForm): unknown => {
      try {
        return readSettingsForm(form);
      } catch (e) {
        return e;
      }
    };
    const fresh = thrown(defaultSettingsForm());
    expect(fresh).toBeInstanceOf(MissingInput);
    expect((fresh as MissingInput).text).toEqual({
      da: "Udfyld disse felter, så vises kvoterne her:\n• Kommune\n• Afleveringsfrist\n• Kontakt i økonomiafdelingen",
      en: "Fill in these fields to see the quotas here:\n• Municipality\n• Deadline\n• Contact in the finance department",
    });
    const one = thrown({ ...PLAYGROUND_SETTINGS, deadline: "" });
    expect(one).toBeInstanceOf(MissingInput);
    expect((one as MissingInput).text.da).toBe("Udfyld Afleveringsfrist, så vises kvoterne her.");
    // A field typed wrong is an error, and the blank ones are listed with it.
    const wrong = thrown({ ...defaultSettingsForm(), budgetYear: "næste år" });
    expect(wrong).toBeInstanceOf(UserError);
    expect(wrong).not.toBeInstanceOf(MissingInput);
    expect((wrong as UserError).text.da.split("\n")).toHaveLength(5);
  });

  test("no department table yet is guidance too", async () => {
    const missing = readCentralFromWorkbook(playground(), readSettingsForm(PLAYGROUND_SETTINGS), " ", "");
    await expect(missing).rejects.toBeInstanceOf(MissingInput);
    await expect(missing).rejects.toThrow('Select the department table (code, name, budget) and click "Use selection"');
  });

  test("every field that cannot be used is told at once, in the form's order", () => {
    const error = (() => {
      try {
        return readSettingsForm({ ...PLAYGROUND_SETTINGS, municipality: " ", deadline: "31-02-2026", contact: "" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe(
      [
        "Udfyld eller ret disse felter:",
        "• Kommune: feltet er tomt. Udfyld det.",
        '• Afleveringsfrist: "31-02-2026" er ikke en dato. Skriv fx 10-04-2026.',
        "• Kontakt i økonomiafdelingen: feltet er tomt. Udfyld det.",
      ].join("\n"),
    );
  });
});

describe("consolidating in the task pane", () => {
  test("the catalogue block holds the statuses, every proposal with exact totals, and the findings", async () => {
    const api = createMemoryWorkbookApi(centralInMemory());
    const expected = await expectedDepartments(api, "Afdelinger");
    const consolidation = await consolidate([await filledMsb()], expected ? { expected } : {});
    expect(consolidation.expectedFrom).toBe("central");
    const plan = buildCatalogueWrite(
      consolidation,
      await loadWorkbooks(),
      "da",
      { newSheet: true, target: "" },
      "Ark1",
    );
    expect(plan.newSheet).toBe("Forslagskatalog");
    expect(formatRange(plan.topLeft)).toBe("A1");
    const rows = plan.block.formulas;
    expect(rows[0]?.[0]).toBe("Status");
    expect(rows.slice(2, 8).map((r) => [r[0], r[2]])).toEqual([
      // Quota 32,9: 33,0 in 2027 and 32,9 after meet it exactly.
      ["MSB", "Returneret"],
      ["MTM", "Mangler"],
      ["MSO", "Mangler"],
      ["MKB", "Mangler"],
      ["MBU", "Mangler"],
      ["BA", "Mangler"],
    ]);
    const catalogueStart = rows.findIndex((r) => r[0] === "Katalog");
    expect(rows.slice(catalogueStart + 2, catalogueStart + 5).map((r) => [r[0], r[3], ...r.slice(6, 11)])).toEqual([
      ["MSB", "Samling af jobcentre", 20.1, 25, 25, 25, 95.1],
      ["MSB", "Ny takst", 12.9, 7.9, 7.9, 7.9, 36.6],
      ["I alt", "", 33, 32.9, 32.9, 32.9, 131.7],
    ]);
    expect(plan.block.numberFormats?.[catalogueStart + 2]?.[6]).toBe("#,##0.0");
    // Every row the same width, as the writer needs.
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
});
