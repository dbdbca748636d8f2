/**
 * Issue 18 item 3: no text a user (or a returned workbook) typed is written live. Every writer's
 * every text column gets the hostile strings below, and what it wrote is read back: through the
 * in-memory workbook for the pane's wizards, and from the file itself for the .xlsx writers.
 *
 * A cell passes when its input is either a formula the writer made (none of the hostile text in
 * it) or text Excel cannot take for a formula (looksLikeFormula false: plain, or quote-prefixed),
 * and each hostile string reads back as exactly the text (as the wizard's reader understood it:
 * the catalogue and negotiation readers trim, so " =1+1" is "=1+1" there).
 */
import ExcelJS from "exceljs";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { looksLikeFormula, textCell } from "../../src/sheet/textCell";
import type { CellInput } from "../../src/sheet/types";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import type { PlannedWrite } from "../../src/taskpane/wizards/contract";
import { defaultAllocationInput } from "../../src/taskpane/wizards/allocation/allocationModel";
import { planAllocation } from "../../src/taskpane/wizards/allocation/allocationPlan";
import { readAllocationSources } from "../../src/taskpane/wizards/allocation/allocationSources";
import { buildAllocationWrite } from "../../src/taskpane/wizards/allocation/allocationWrite";
import { defaultQuotaInput } from "../../src/taskpane/wizards/quota/quotaModel";
import { defaultRepriceInput } from "../../src/taskpane/wizards/reprice/repriceModel";
import { planReprice } from "../../src/taskpane/wizards/reprice/repricePlan";
import { readRepriceSources } from "../../src/taskpane/wizards/reprice/repriceSources";
import { buildRepriceWrite } from "../../src/taskpane/wizards/reprice/repriceWrite";
import { defaultDemographyInput } from "../../src/taskpane/wizards/demography/demographyModel";
import { planDemography } from "../../src/taskpane/wizards/demography/demographyPlan";
import { readDemographySources } from "../../src/taskpane/wizards/demography/demographySources";
import { buildDemographyWrite } from "../../src/taskpane/wizards/demography/demographyWrite";
import { planQuota } from "../../src/taskpane/wizards/quota/quotaPlan";
import { readQuotaSources } from "../../src/taskpane/wizards/quota/quotaSources";
import { buildQuotaWrite } from "../../src/taskpane/wizards/quota/quotaWrite";
import { defaultProgrammeInput } from "../../src/taskpane/wizards/programme/programmeModel";
import { planProgramme } from "../../src/taskpane/wizards/programme/programmePlan";
import { readProgrammeSources } from "../../src/taskpane/wizards/programme/programmeSources";
import { buildProgrammeWrite } from "../../src/taskpane/wizards/programme/programmeWrite";
import { defaultFollowUpInput } from "../../src/taskpane/wizards/followup/followUpModel";
import { planFollowUp } from "../../src/taskpane/wizards/followup/followUpPlan";
import { readFollowUpSources } from "../../src/taskpane/wizards/followup/followUpSources";
import { buildFollowUpWrite } from "../../src/taskpane/wizards/followup/followUpWrite";
import { defaultImplementationInput } from "../../src/taskpane/wizards/implementation/implementationModel";
import { planImplementation } from "../../src/taskpane/wizards/implementation/implementationPlan";
import { readImplementationSources } from "../../src/taskpane/wizards/implementation/implementationSources";
import { buildImplementationWrite } from "../../src/taskpane/wizards/implementation/implementationWrite";
import { defaultNegotiationInput } from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";
import {
  buildAnnexWrite,
  defaultAnnexInput,
  planAnnex,
  readAnnexSources,
} from "../../src/taskpane/wizards/annex/annexWizardLogic";
import { buildCatalogueWrite } from "../../src/taskpane/wizards/workbooks/catalogueWrite";
import { loadWorkbooks } from "../../src/taskpane/wizards/workbooks/loadWorkbooks";
import { sheetLayout } from "../../src/negotiation/sheet";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import type { Negotiation } from "../../src/negotiation/model";
import { annexWorkbook, readNegotiationXlsx } from "../../src/annex/annexXlsx";
import { buildAnnexTable } from "../../src/annex/annexTable";
import {
  buildCatalogueWorkbook,
  consolidate,
  fillDepartmentWorkbook,
  generateDepartmentWorkbooks,
  loadWorkbookBytes,
  workbookBytes,
} from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";
import { RUN_TIME } from "./workbooks-helpers";

const HOSTILE = [
  '=WEBSERVICE("http://x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1)",
  "＝1+1",
  " =1+1",
  "\t=1",
  "\n=1",
  "'quoted",
] as const;

/** Pieces of the hostile strings that no formula a writer makes contains. */
const FRAGMENTS = ["WEBSERVICE", "cmd|", "-2+3", "@SUM", "＝", "=1+1", "quoted"];

/** The i-th hostile string, so every text column of every writer meets all of them. */
const hostile = (i: number): string => HOSTILE[i % HOSTILE.length] as string;

interface Written {
  where: string;
  input: CellInput;
  value: unknown;
}

function memoryCells(wb: MemoryWorkbook, sheet: string): Written[] {
  const { rows, columns } = wb.requireSheet(sheet).extent();
  const cells: Written[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const input = wb.input(sheet, r, c);
      if (input !== "") cells.push({ where: `${sheet}!R${r + 1}C${c + 1}`, input, value: wb.value(sheet, r, c) });
    }
  return cells;
}

async function xlsxCells(bytes: Uint8Array): Promise<Written[]> {
  const workbook = new ExcelJS.Workbook();
  await loadWorkbookBytes(workbook, bytes);
  const cells: Written[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const where = `${sheet.name}!${cell.address}`;
        if (v !== null && typeof v === "object" && "formula" in v)
          cells.push({ where, input: `=${String(v.formula)}`, value: v.result });
        else if (v !== null && typeof v === "object" && "richText" in v)
          cells.push({ where, input: v.richText.map((t) => t.text).join(""), value: "(rich text)" });
        else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
          // In an .xlsx a string cell is text, whatever it begins with; only its value matters.
          cells.push({ where, input: typeof v === "string" ? textCell(v) : v, value: v });
      }),
    );
  return cells;
}

/** No cell is live user text: a formula holds none of the hostile text; a text input is never formula-like. */
function expectNothingLive(cells: readonly Written[]): void {
  const live = cells.filter(({ input }) => {
    if (typeof input !== "string") return false;
    if (input.startsWith("=")) return FRAGMENTS.some((f) => input.includes(f));
    return looksLikeFormula(input);
  });
  expect(live.map((c) => `${c.where}: ${JSON.stringify(c.input)}`)).toEqual([]);
}

/**
 * Each text reads back exactly, as a cell's value (the text column enumerated: nothing dropped,
 * nothing changed). The wizards' table readers trim what they read (a name typed "MSB " is MSB), so
 * there the text is the trimmed one the preview showed.
 */
function expectTexts(cells: readonly Written[], texts: readonly string[], trimmed = true): void {
  const values = new Set(cells.map((c) => c.value));
  expect(texts.map((t) => (trimmed ? t.trim() : t)).filter((t) => !values.has(t))).toEqual([]);
}

/** A sheet of rows, text typed as Excel keeps it (quote-prefixed where it could be a formula). */
function putRows(wb: MemoryWorkbook, sheet: string, rows: readonly (readonly CellInput[])[], row = 0): void {
  if (!wb.sheet(sheet)) wb.addSheet(sheet);
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => wb.setInput(sheet, row + r, c, typeof v === "string" ? textCell(v) : v)),
  );
}

async function written(wb: MemoryWorkbook, plan: PlannedWrite): Promise<Written[]> {
  const api = createMemoryWorkbookApi(wb);
  const outcome = await new SafeWriter(api, () => Promise.resolve(true)).write(plan);
  if (outcome.status !== "written") throw new Error("not written");
  const sheet = outcome.address.includes("!") ? outcome.address.split("!")[0]!.replace(/^'|'$/g, "") : wb.activeSheet();
  return memoryCells(wb, sheet);
}

const names = (n: number, from = 0) => Array.from({ length: n }, (_, i) => hostile(i + from));

describe("injection: every pane writer, every text column", () => {
  test.each(["formula", "values"] as const)("Fordel (%s): department names and year headings", async (output) => {
    const wb = new MemoryWorkbook();
    const departments = names(9);
    putRows(wb, "Nøgle", [["Afdeling", "Andel"], ...departments.map((d, i) => [d, 2 ** i])]);
    putRows(wb, "Beløb", [["I alt", 9, 18]]);
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultAllocationInput(),
      keyAddress: "Nøgle!A1:B10",
      totalsFrom: "range" as const,
      totalsAddress: "Beløb!A1:C1",
      firstYear: "",
      output,
      target: "Ud!A1",
    };
    wb.addSheet("Ud");
    const sources = await readAllocationSources(api, input);
    const preview = planAllocation(sources, input);
    const cells = await written(wb, buildAllocationWrite(sources, preview, input, "da", "Ud"));
    expectNothingLive(cells);
    expectTexts(cells, departments);
  });

  test.each(["formula", "values"] as const)("Kvote (%s): department names", async (output) => {
    const wb = new MemoryWorkbook();
    const departments = names(9, 3);
    putRows(wb, "Budget", [["Afdeling", "Budget", "Undtaget"], ...departments.map((d, i) => [d, 100 + i, 0])]);
    wb.addSheet("Ud");
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultQuotaInput(), tableAddress: "Budget!A1:C10", rate: "2 %", output, target: "Ud!A1" };
    const sources = await readQuotaSources(api, input);
    const cells = await written(wb, buildQuotaWrite(sources, planQuota(sources, input), input, "da", "Ud"));
    expectNothingLive(cells);
    expectTexts(cells, departments);
  });

  test.each(["formula", "values"] as const)("PL-fremskrivning (%s): line names and kinds", async (output) => {
    const wb = new MemoryWorkbook();
    const lines = names(9, 2);
    const kinds = [hostile(0), hostile(1), hostile(4)];
    putRows(wb, "Satser", [
      ["År", ...kinds],
      [2025, 0.03, 0.02, 0.01],
    ]);
    putRows(wb, "Budget", [
      ["Linje", "Art", 2025, 2026],
      ...lines.map((l, i) => [l, kinds[i % 3] as string, 100 + i, 200]),
    ]);
    wb.addSheet("Ud");
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultRepriceInput(),
      budgetAddress: "Budget!A1:D10",
      rateTableAddress: "Satser!A1:D3",
      fromYear: "2024",
      toYear: "2025",
      output,
      target: "Ud!A1",
    };
    const sources = await readRepriceSources(api, input);
    const cells = await written(wb, buildRepriceWrite(sources, planReprice(sources, input), input, "da", "Ud"));
    expectNothingLive(cells);
    expectTexts(cells, [...lines, ...kinds]);
  });

  test.each(["formula", "values"] as const)("Demografi (%s): age group names", async (output) => {
    const wb = new MemoryWorkbook();
    const groups = names(9, 5);
    putRows(wb, "Befolkning", [["Gruppe", "Basis", 2026, "Enhed"], ...groups.map((g, i) => [g, 100, 110 + i, 0.5])]);
    wb.addSheet("Ud");
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultDemographyInput(),
      tableAddress: "Befolkning!A1:C10",
      unitsAddress: "Befolkning!D1:D10",
      rate: "75 %",
      output,
      target: "Ud!A1",
    };
    const sources = await readDemographySources(api, input);
    const cells = await written(wb, buildDemographyWrite(sources, planDemography(sources, input), input, "da", "Ud"));
    expectNothingLive(cells);
    expectTexts(cells, groups);
  });

  test.each(["formula", "values"] as const)(
    "Effektiviseringskatalog (%s): programme names and headings",
    async (output) => {
      const wb = new MemoryWorkbook();
      const programmes = names(9, 5);
      const block = (title: string, sign: number) => [
        [title, "=1+1 år", "@År 2"],
        ...programmes.map((p, i) => [p, sign * 2 ** i, sign * i]),
      ];
      putRows(wb, "Katalog", block("Gevinster", 1));
      putRows(wb, "Katalog", block("Omkostninger", -0.5), 11);
      wb.addSheet("Ud");
      const api = createMemoryWorkbookApi(wb);
      const input = {
        ...defaultProgrammeInput(),
        gainsAddress: "Katalog!A1:C10",
        costsAddress: "Katalog!A12:C21",
        targetFrom: "typed" as const,
        targetTyped: "5",
        output,
        chart: false,
        target: "Ud!A1",
      };
      const sources = await readProgrammeSources(api, input);
      const cells = await written(wb, buildProgrammeWrite(sources, planProgramme(sources, input), input, "da", "Ud"));
      expectNothingLive(cells);
      expectTexts(cells, [...programmes, "=1+1 år", "@År 2"]);
    },
  );

  test.each(["formula", "values"] as const)("Gevinstopfølgning (%s): programme names", async (output) => {
    const wb = new MemoryWorkbook();
    const programmes = names(9, 7);
    putRows(wb, "Plan", [["Plan", "-1. år", "+2. år"], ...programmes.map((p, i) => [p, 2 ** i, i + 2])]);
    putRows(wb, "Plan", [["Realiseret", "-1. år", "+2. år"], ...programmes.map((p, i) => [p, 2 ** i, ""])], 11);
    wb.addSheet("Ud");
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultFollowUpInput(),
      planAddress: "Plan!A1:C10",
      realisedAddress: "Plan!A12:C21",
      output,
      chart: false,
      target: "Ud!A1",
    };
    const sources = await readFollowUpSources(api, input);
    const cells = await written(wb, buildFollowUpWrite(sources, planFollowUp(sources, input), input, "da", "Ud"));
    expectNothingLive(cells);
    expectTexts(cells, [...programmes, "-1. år", "+2. år"]);
  });

  test.each(["formula", "values"] as const)("Udmøntning (%s): ids and names of the tree", async (output) => {
    const wb = new MemoryWorkbook();
    // Two departments, each with cost centres; every id and name hostile (ids with a suffix to be unique).
    // Amounts here and above are powers of two, so no row is the sum of the rows above it (a total row,
    // which the table reader would ask about).
    const id = (i: number) => `${hostile(i)}#${i}`;
    const name = (i: number) => hostile(i + 4);
    const tree: CellInput[][] = [["Id", "Navn", "Overordnet", "Budget"]];
    for (let d = 0; d < 2; d++) {
      const dep = d * 5;
      tree.push([id(dep), name(dep), "", ""]);
      for (let k = 1; k < 5; k++) tree.push([id(dep + k), name(dep + k), id(dep), 100 * 2 ** k]);
    }
    putRows(wb, "Træ", tree);
    putRows(
      wb,
      "Træ",
      [
        ["Vedtaget", 2025],
        [id(0), 100],
        [id(5), 50],
      ],
      20,
    );
    wb.addSheet("Ud");
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Træ!A1:D11",
      amountsAddress: "Træ!A21:B23",
      output,
      target: "Ud!A1",
    };
    const sources = await readImplementationSources(api, input);
    const plan = buildImplementationWrite(sources, planImplementation(sources, input), input, "da", "Ud");
    const cells = await written(wb, plan);
    expectNothingLive(cells);
    expectTexts(cells, [
      ...Array.from({ length: 10 }, (_, i) => id(i)),
      ...Array.from({ length: 10 }, (_, i) => name(i)),
    ]);
  });
});

/** A negotiation whose every text is hostile: departments, titles, scenario names, one year heading. */
function hostileNegotiation(): Negotiation {
  const departments = names(3, 0);
  const proposals = names(9, 1).map((title, i) => ({
    department: departments[i % 3] as string,
    title,
    amounts: [1 + i, 2 + i],
    choices: [{ status: "adopted" as const, partial: [null, null] }],
  }));
  return {
    unit: "mkr",
    years: ["2027", "2028"],
    scenarios: [hostile(4)],
    proposals,
    room: [10, 20],
    quotas: new Map(),
  } as unknown as Negotiation;
}

describe("injection: the .xlsx writers, read back from the file", () => {
  test("the negotiation sheet and the annex (CLI)", async () => {
    const n = hostileNegotiation();
    const negotiationBytes = await workbookBytes(negotiationWorkbook(n, "da", 1));
    const negotiationCells = await xlsxCells(negotiationBytes);
    expectNothingLive(negotiationCells);
    expectTexts(negotiationCells, [...n.proposals.map((p) => p.title), ...names(3, 0), hostile(4)], false);

    const back = await readNegotiationXlsx(negotiationBytes, "forhandling.xlsx");
    const table = buildAnnexTable(back, { scenario: back.scenarios[0] as string, unit: "mkr", decimals: 1 });
    const annexCells = await xlsxCells(
      await workbookBytes(annexWorkbook(table, "da", hostile(0), new Date(2026, 10, 30))),
    );
    expectNothingLive(annexCells);
    // The readers trim, so " =1+1" comes back as "=1+1": still text, never a formula.
    expectTexts(annexCells, [...n.proposals.map((p) => p.title), ...names(3, 0)]);
  });

  test("department workbooks (generate) and the consolidated catalogue", async () => {
    const central = sampleCentral();
    central.settings.municipality = hostile(0);
    central.settings.contact = hostile(1);
    central.departments.forEach((d, i) => (d.name = hostile(i + 2)));
    central.themes.forEach((t, i) => (t.name = hostile(i + 7)));
    const generated = await generateDepartmentWorkbooks(central, { now: RUN_TIME });
    const msb = generated.files[0];
    if (!msb) throw new Error("no workbook");
    const generatedCells = await xlsxCells(msb.bytes);
    expectNothingLive(generatedCells);
    expectTexts(generatedCells, [hostile(0), hostile(1), hostile(2), hostile(7), hostile(8)], false);

    const titles = names(9);
    const filled = await fillDepartmentWorkbook(msb.bytes, {
      contactPerson: hostile(3),
      proposals: titles.map((title, i) => ({
        title,
        description: hostile(i + 1),
        service: hostile(i + 2),
        staff: hostile(i + 3),
        kind: "efficiency",
        amounts: [1, 1, 1, 1],
      })),
    });
    const consolidation = await consolidate([{ name: msb.name, bytes: filled }]);
    const catalogueCells = await xlsxCells(await workbookBytes(buildCatalogueWorkbook(consolidation, "da")));
    expectNothingLive(catalogueCells);
    expectTexts(catalogueCells, titles);
  });
});

describe("injection end to end: hostile returned workbook → catalogue → Forhandling → Bilag (pane)", () => {
  test("titles stay text at every step", async () => {
    const central = sampleCentral();
    const generated = await generateDepartmentWorkbooks(central, { now: RUN_TIME });
    const msb = generated.files[0];
    if (!msb) throw new Error("no workbook");
    // "\t=1" and "\n=1" trim to the same title, which the catalogue reader refuses as a duplicate.
    const titles = names(9).map((t, i) => (i === 7 ? `${t} (2)` : t));
    const filled = await fillDepartmentWorkbook(msb.bytes, {
      proposals: titles.map((title, i) => ({
        title,
        description: hostile(i + 1),
        kind: "efficiency",
        amounts: [i + 1, 1, 1, 1],
      })),
    });
    const consolidation = await consolidate([{ name: msb.name, bytes: filled }]);
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark1");
    const api = createMemoryWorkbookApi(wb);
    const cataloguePlan = buildCatalogueWrite(
      consolidation,
      await loadWorkbooks(),
      "da",
      { newSheet: true, target: "" },
      "Ark1",
    );
    const catalogueCells = await written(wb, cataloguePlan);
    expectNothingLive(catalogueCells);
    const read = titles.map((t) => t.trim());
    expectTexts(catalogueCells, read);

    // The catalogue table: from its "Katalog" heading's next row to its "I alt" row.
    const sheet = cataloguePlan.newSheet as string;
    const rows = cataloguePlan.block.formulas;
    const start = rows.findIndex((r) => r[0] === "Katalog") + 1;
    const end = rows.findIndex((r, i) => i > start && r[0] === "I alt");
    const width = (rows[start] as CellInput[]).filter((c) => c !== "").length;
    const catalogueAddress = `${sheet}!A${start + 1}:${String.fromCharCode(64 + width)}${end + 1}`;

    const negotiationInput = { ...defaultNegotiationInput(), catalogueAddress, newSheet: true };
    wb.selection = { sheet, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };
    const sources = await readNegotiationSources(api, negotiationInput);
    const preview = negotiationPreviewIn("da")(sources, negotiationInput);
    const negotiationPlan = buildNegotiationWrite(sources, preview, negotiationInput, "da", sheet);
    const negotiationCells = await written(wb, negotiationPlan);
    expectNothingLive(negotiationCells);
    expectTexts(negotiationCells, read);

    // Every proposal adopted in the first scenario, as a user picks from the drop-down.
    const forhandling = negotiationPlan.newSheet as string;
    const negotiation = sources.catalogue.proposals;
    const layout = sheetLayout({
      unit: "mkr",
      years: sources.catalogue.years,
      scenarios: preview.scenarios,
      proposals: negotiation.map((p) => ({ ...p, choices: [] })),
      room: [],
      quotas: new Map(),
    } as unknown as Negotiation);
    negotiation.forEach((_, i) =>
      wb.setInput(forhandling, layout.firstProposal + i, layout.statusColumn(0), "Vedtaget"),
    );

    const annexInput = { ...defaultAnnexInput(), source: `${forhandling}!A1`, municipality: hostile(0) };
    const annexSources = await readAnnexSources(api, annexInput);
    const table = planAnnex(annexSources, annexInput);
    const annexCells = await written(
      wb,
      buildAnnexWrite(annexSources, table, annexInput, "da", forhandling, new Date(2026, 10, 30)),
    );
    expectNothingLive(annexCells);
    expectTexts(annexCells, read);
    // "2" and "#NAME?" were what the annex printed for =1+1 and =WEBSERVICE(…) before.
    const titleColumn = annexCells.filter((c) => c.where.endsWith("C1"));
    expect(titleColumn.filter((c) => typeof c.value !== "string" || c.value.includes("#NAME"))).toEqual([]);
  });
});
