/**
 * The "Metode" column of the log sheet is read by Danish auditors: every wizard's planned write says
 * how its result was made in Danish (with the Danish BUDGET names) and in English, whatever the
 * pane's language, and SafeWriter puts the Danish on the log sheet, for a write and for its undo.
 */
import { FUNCTION_IDS, danishName } from "../../src/functions/registry";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { LOG_SHEET, type WorkbookApi } from "../../src/sheet/types";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { SafeWriter, UNDO_METHOD } from "../../src/taskpane/logic/safeWriter";
import type { Language, PlannedWrite } from "../../src/taskpane/wizards/contract";
import { defaultAllocationInput, type AllocationInput } from "../../src/taskpane/wizards/allocation/allocationModel";
import { planAllocation } from "../../src/taskpane/wizards/allocation/allocationPlan";
import { readAllocationSources } from "../../src/taskpane/wizards/allocation/allocationSources";
import { buildAllocationWrite } from "../../src/taskpane/wizards/allocation/allocationWrite";
import {
  buildAnnexWrite,
  defaultAnnexInput,
  planAnnex,
  readAnnexSources,
} from "../../src/taskpane/wizards/annex/annexWizardLogic";
import { defaultFollowUpInput, type FollowUpInput } from "../../src/taskpane/wizards/followup/followUpModel";
import { planFollowUp } from "../../src/taskpane/wizards/followup/followUpPlan";
import { readFollowUpSources } from "../../src/taskpane/wizards/followup/followUpSources";
import { buildFollowUpWrite } from "../../src/taskpane/wizards/followup/followUpWrite";
import {
  defaultImplementationInput,
  type ImplementationInput,
} from "../../src/taskpane/wizards/implementation/implementationModel";
import { planImplementation } from "../../src/taskpane/wizards/implementation/implementationPlan";
import { readImplementationSources } from "../../src/taskpane/wizards/implementation/implementationSources";
import { buildImplementationWrite } from "../../src/taskpane/wizards/implementation/implementationWrite";
import {
  defaultNegotiationInput,
  type NegotiationInput,
} from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";
import { defaultProgrammeInput, type ProgrammeInput } from "../../src/taskpane/wizards/programme/programmeModel";
import { planProgramme } from "../../src/taskpane/wizards/programme/programmePlan";
import { readProgrammeSources } from "../../src/taskpane/wizards/programme/programmeSources";
import { buildProgrammeWrite } from "../../src/taskpane/wizards/programme/programmeWrite";
import { defaultQuotaInput, type QuotaInput } from "../../src/taskpane/wizards/quota/quotaModel";
import { planQuota } from "../../src/taskpane/wizards/quota/quotaPlan";
import { readQuotaSources } from "../../src/taskpane/wizards/quota/quotaSources";
import { buildQuotaWrite } from "../../src/taskpane/wizards/quota/quotaWrite";
import { buildCatalogueWrite } from "../../src/taskpane/wizards/workbooks/catalogueWrite";
import { loadWorkbooks } from "../../src/taskpane/wizards/workbooks/loadWorkbooks";
import { consolidate } from "../../src/workbooks";
import { filledMsb, MSB_PROPOSALS } from "../support/filledMsb";
import { ENGLISH_WORD } from "./english-words";
import { INPUT_NAMES, logInputsText, VALUE_WORDS } from "../../src/taskpane/logic/logWords";
import { defaultRepriceInput } from "../../src/taskpane/wizards/reprice/repriceModel";
import { defaultDemographyInput } from "../../src/taskpane/wizards/demography/demographyModel";
import { wizards } from "../../src/taskpane/wizards/wizardList";

/** A wizard's title by its id, as the pane hands it to SafeWriter. */
const titleOf = (id: string) => wizards.find((w) => w.id === id)?.title;

const LANGUAGES: Language[] = ["da", "en"];

/** A BUDGET function by its English id where the Danish name differs: never in a Danish method. */
const ENGLISH_FUNCTION = new RegExp(
  `BUDGET\\.(${FUNCTION_IDS.filter((id) => danishName(id) !== id).join("|")})(?![\\p{L}.])`,
  "u",
);

function sample(): WorkbookApi {
  return createMemoryWorkbookApi(createSampleMunicipality());
}

async function allocation(language: Language, changes: Partial<AllocationInput>): Promise<PlannedWrite> {
  const input = { ...defaultAllocationInput(), keyAddress: "Nøgletabel", target: "Fordeling!A1", ...changes };
  const sources = await readAllocationSources(sample(), input);
  return buildAllocationWrite(sources, planAllocation(sources, input), input, language, "Fordeling");
}

async function quota(language: Language, changes: Partial<QuotaInput>): Promise<PlannedWrite> {
  const input = { ...defaultQuotaInput(), tableAddress: "Afdelinger", rate: "1,5 %", target: "Budget!H1", ...changes };
  const sources = await readQuotaSources(sample(), input);
  return buildQuotaWrite(sources, planQuota(sources, input), input, language, "Budget");
}

async function programme(language: Language, changes: Partial<ProgrammeInput>): Promise<PlannedWrite> {
  const input = {
    ...defaultProgrammeInput(),
    gainsAddress: "Katalog!A1:E4",
    costsAddress: "Katalog!A6:E9",
    printedNetAddress: "Katalog!A11:E14",
    budgetsAddress: "Budget!D1:D7",
    target: "Katalog!A17",
    ...changes,
  };
  const sources = await readProgrammeSources(sample(), input);
  return buildProgrammeWrite(sources, planProgramme(sources, input), input, language, "Katalog");
}

async function followUp(language: Language, changes: Partial<FollowUpInput>): Promise<PlannedWrite> {
  const input = {
    ...defaultFollowUpInput(),
    planAddress: "Gevinster!A1:E5",
    realisedAddress: "Gevinster!A7:E11",
    target: "Gevinster!A14",
    ...changes,
  };
  const sources = await readFollowUpSources(sample(), input);
  return buildFollowUpWrite(sources, planFollowUp(sources, input), input, language, "Gevinster");
}

async function implementation(language: Language, changes: Partial<ImplementationInput>): Promise<PlannedWrite> {
  const input = {
    ...defaultImplementationInput(),
    treeAddress: "Udmøntning!A1:D54",
    amountsAddress: "Udmøntning!F1:J4",
    target: "Udmøntning!L1",
    ...changes,
  };
  const sources = await readImplementationSources(sample(), input);
  return buildImplementationWrite(sources, planImplementation(sources, input), input, language, "Udmøntning");
}

async function negotiation(language: Language): Promise<PlannedWrite> {
  const wb = new MemoryWorkbook();
  wb.addSheet("Katalog");
  [
    ["Afdeling", "Titel", 2027, 2028],
    ["MSB", "Færre vikarer", 1, 2],
    ["MBU", "Lukning af filial", 2, 3],
  ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
  const input: NegotiationInput = { ...defaultNegotiationInput(), catalogueAddress: "Katalog!A1:D3", room: "3; 5" };
  const sources = await readNegotiationSources(createMemoryWorkbookApi(wb), input);
  return buildNegotiationWrite(sources, negotiationPreviewIn(language)(sources, input), input, language, "Katalog");
}

async function annex(language: Language): Promise<PlannedWrite> {
  const input = { ...defaultAnnexInput(), source: "Forhandling!A1", municipality: "Eksempel Kommune" };
  const sources = await readAnnexSources(sample(), input);
  return buildAnnexWrite(sources, planAnnex(sources, input), input, language, "Nøgle", new Date(2026, 10, 30));
}

async function catalogue(language: Language): Promise<PlannedWrite> {
  const consolidation = await consolidate([await filledMsb(MSB_PROPOSALS.slice(0, 1))]);
  return buildCatalogueWrite(consolidation, await loadWorkbooks(), language, { newSheet: true, target: "" }, "Ark1");
}

/** Every wizard's write, in each of its ways of writing (formulas or values, chart or not, key source). */
const WRITES: [string, (language: Language) => Promise<PlannedWrite>][] = [
  ["allocation, live formula over the key table", (l) => allocation(l, { totalsTyped: "5,0" })],
  [
    "allocation, values, equal shares",
    (l) => allocation(l, { totalsTyped: "5,0", output: "values", keyFrom: "equal" }),
  ],
  [
    "allocation, key from the base",
    (l) => allocation(l, { totalsTyped: "5", keyFrom: "base", keyAddress: "Budget!A1:B7" }),
  ],
  ["quota, live formula", (l) => quota(l, {})],
  ["quota, values", (l) => quota(l, { output: "values" })],
  ["programme, live formulas and chart", (l) => programme(l, {})],
  ["programme, values, no chart", (l) => programme(l, { output: "values", chart: false })],
  ["follow-up, live formulas and chart", (l) => followUp(l, {})],
  ["follow-up, values, no chart", (l) => followUp(l, { output: "values", chart: false })],
  ["udmøntning, live formulas", (l) => implementation(l, {})],
  ["udmøntning, values", (l) => implementation(l, { output: "values" })],
  ["negotiation", negotiation],
  ["annex", annex],
  ["consolidated catalogue", catalogue],
];

describe("every wizard's planned write says how it was made in Danish and in English", () => {
  test.each(WRITES)("%s", async (_, build) => {
    const [da, en] = await Promise.all(LANGUAGES.map(build));
    for (const write of [da, en] as PlannedWrite[]) {
      expect(write.method.da.trim()).not.toBe("");
      expect(write.method.en.trim()).not.toBe("");
      expect(write.method.da).not.toBe(write.method.en);
      expect(write.method.da).not.toMatch(ENGLISH_WORD);
      expect(write.method.da).not.toMatch(ENGLISH_FUNCTION);
    }
    // The log reads the same whichever language the pane was in.
    expect(da?.method).toEqual(en?.method);
  });

  test("the check catches an English method and the English BUDGET names", () => {
    expect("values from quotaPerDepartment(); 1 decimal(s) in DKK million").toMatch(ENGLISH_WORD);
    expect("levende formel =BUDGET.DISTRIBUTE(Besparelser!B2:E2,Nøgle!B2:B7,1)").toMatch(ENGLISH_FUNCTION);
    expect("levende formel =BUDGET.FORDEL.HIERARKI(Træ!G2:H2,Træ!A2:A7,Træ!C2:C7,Træ!D2:D7,0)").not.toMatch(
      ENGLISH_FUNCTION,
    );
  });

  test("a live formula is named as each language's Excel names it", async () => {
    const write = await allocation("en", { totalsTyped: "5,0" });
    expect(write.method.da).toContain("levende formel =BUDGET.FORDEL(5,Nøgle!B2:B7,1)");
    expect(write.method.en).toContain("live formula =BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1)");
    const values = await quota("da", { output: "values" });
    expect(values.method.da).toContain("BUDGET.KVOTE");
    expect(values.method.da).toContain("sats 1,5 %");
  });
});

describe("the log sheet written by SafeWriter", () => {
  test("shows the Danish method under Metode, for the write and for its undo", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAllocationInput(), keyAddress: "Nøgletabel", target: "Fordeling!A1", totalsTyped: "5,0" };
    const sources = await readAllocationSources(api, input);
    const plan = buildAllocationWrite(sources, planAllocation(sources, input), input, "en", "Fordeling");
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await writer.write(plan);
    await writer.undo();

    const metode = [0, 1, 2].map((row) => wb.input(LOG_SHEET, row, 2));
    expect(metode).toEqual(["Metode", plan.method.da, UNDO_METHOD.da]);
    expect(metode[1]).toMatch(/^levende formel =BUDGET\.FORDEL\(/);
    expect(metode[2]).not.toMatch(ENGLISH_WORD);
    expect((await api.readLog()).map((entry) => [entry.wizard, entry.method])).toEqual([
      ["allocation", plan.method.da],
      ["allocation", UNDO_METHOD.da],
    ]);
  });
});

/** Every key of the inputs, nested records and lists of records included. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  return Object.keys(record).flatMap((key) => [key, ...keysOf(record[key])]);
}

describe("the log's Guide and Indtastet columns in the pane's words", () => {
  test.each(WRITES)("every input %s logs has a Danish and an English name", async (_, build) => {
    const write = await build("da");
    const unnamed = keysOf(write.inputs).filter((key) => INPUT_NAMES[key] === undefined);
    expect(unnamed).toEqual([]);
    // No input code shows through the Danish: each line is a Danish name and a value.
    for (const line of logInputsText(write.inputs, "da").split("\n")) expect(line).not.toMatch(/^[a-z]+[A-Z]\w*:/);
  });

  test("the Danish input names and values have no English in them", () => {
    const danish = [
      ...Object.values(INPUT_NAMES).map((name) => name.da),
      ...Object.values(VALUE_WORDS).flatMap((words) => Object.values(words).map((word) => word.da)),
    ];
    expect(danish.filter((text) => ENGLISH_WORD.test(text))).toEqual([]);
  });

  test("the wizards without a planned write above name every input they log too", () => {
    const reprice = [...Object.keys(defaultRepriceInput()), "budget", "rateTable", "lines", "kinds", "amounts"];
    const demography = [
      ...Object.keys(defaultDemographyInput()),
      ...["table", "groups", "base", "forecast", "unitAmounts", "rate"],
    ];
    const explain = ["cell", "formula"];
    expect([...reprice, ...demography, ...explain].filter((key) => INPUT_NAMES[key] === undefined)).toEqual([]);
  });

  test("Fordel's write and undo read Fordel and Danish input names; the JSON keeps the codes", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAllocationInput(), keyAddress: "Nøgletabel", target: "Fordeling!A1", totalsTyped: "5,0" };
    const sources = await readAllocationSources(api, input);
    const plan = buildAllocationWrite(sources, planAllocation(sources, input), input, "da", "Fordeling");
    const writer = new SafeWriter(api, () => Promise.resolve(true), undefined, titleOf);
    await writer.write(plan);
    await writer.undo();

    expect([0, 1, 2].map((row) => wb.input(LOG_SHEET, row, 1))).toEqual(["Guide", "Fordel", "Fordel"]);
    expect(String(wb.input(LOG_SHEET, 1, 4)).split("\n")).toEqual([
      "Beløbet fra: skrevet",
      "Skrevet beløb: 5,0",
      "Nøglen fra: nøgletabel",
      "Nøgletabel: Nøgletabel",
      "Enhed: mio. kr.",
      "Decimaler: 1",
      "Skrevet som: levende formel",
      "Med navne, årstal og totalrække: ja",
      "Første år: 2024",
      "Fra cellen: Fordeling!A1",
      "På et nyt ark: nej",
      "Beløb: 5",
      "Afdelinger: MSB; MTM; MSO; MKB; MBU; BA",
    ]);
    expect(wb.input(LOG_SHEET, 2, 4)).toBe("");
    const record = JSON.parse(String(wb.input(LOG_SHEET, 1, 5))) as Record<string, unknown>;
    expect(record.wizard).toBe("allocation");
    expect(record.shown).toBeUndefined();
    expect(JSON.parse(record.inputs as string)).toMatchObject({ totalsFrom: "typed", newSheet: false, unit: "mkr" });
  });

  test("in an English pane the log names the wizard and the inputs in English", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultQuotaInput(),
      tableAddress: "Afdelinger",
      rate: "1,5 %",
      target: "Budget!H1",
      output: "values" as const,
    };
    const sources = await readQuotaSources(api, input);
    const plan = buildQuotaWrite(sources, planQuota(sources, input), input, "en", "Budget");
    const writer = new SafeWriter(api, () => Promise.resolve(true), undefined, titleOf);
    writer.speak("en");
    await writer.write(plan);

    expect(wb.input(LOG_SHEET, 1, 1)).toBe("Quota");
    const lines = String(wb.input(LOG_SHEET, 1, 4)).split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "Table: Afdelinger",
      "With an exempt column: yes",
      "Rate: 1,5 %",
      "Unit: DKK million",
      "Decimals: 1",
      "Written as: fixed values",
      "From cell: Budget!H1",
    ]);
    // The budgets of the sample's Budget!B2:B7, with English decimals.
    expect(lines).toContain("Budgets: 4,512.3; 1,287.6; 2,145; 1,080.4; 4,433.2; 2,431.5");
    // The headings and the method stay Danish, as the README promises the auditor.
    expect(wb.input(LOG_SHEET, 0, 4)).toBe("Indtastet");
    expect(wb.input(LOG_SHEET, 1, 2)).toBe(plan.method.da);
  });
});
