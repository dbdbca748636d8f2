/**
 * The playground's "Rigtige tabeller" sheet read by Fordel's Sources step: the hand-made key table,
 * selected whole, gives the sample municipality's six departments and key (DOMAIN.md), asks about
 * the hidden obsolete department, and says every row it left out. Shares by hand: with the hidden
 * 5,0 left out the key sums to 100,0 (MSB 28,4 %); taken in it sums to 105,0 (MSB 28,4/105).
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality, DEPARTMENTS } from "../../src/sample/sampleMunicipality";
import { REAL_KEY_TABLE } from "../../src/sample/sampleRealTables";
import { inferenceText } from "../../src/taskpane/logic/tableInferences";
import { TableQuestion } from "../../src/taskpane/logic/tableQuestion";
import { defaultAllocationInput } from "../../src/taskpane/wizards/allocation/allocationModel";
import { planAllocation } from "../../src/taskpane/wizards/allocation/allocationPlan";
import { readAllocationSources } from "../../src/taskpane/wizards/allocation/allocationSources";

const INPUT = { ...defaultAllocationInput(), keyAddress: REAL_KEY_TABLE, totalsTyped: "10,5", target: "Fordeling!A1" };

const T = "'Rigtige tabeller'!";
const LEFT_OUT_SAID = [
  `Overskriften står i 2 rækker fra ${T}B2.`,
  `Navnene er læst fra kolonnen med ${T}B5, grupperne fra kolonnen med ${T}A5.`,
  `${T}A5 "Voksne" er flettet over 3 rækker: gruppen gælder dem alle.`,
  `${T}A9 "Børn og kultur" er flettet over 4 rækker: gruppen gælder dem alle.`,
  `${T}B1 "Administrativ fordelingsnøgle 2025" er en titel: udeladt.`,
  `${T}B4 angiver enheden "pct.": udeladt som række.`,
  `${T}B8 er en tom række: udeladt.`,
  `${T}B13 er en tom række: udeladt.`,
  `${T}B14 "I alt" er en totalrække: udeladt.`,
  `${T}B15 er en tom række: udeladt.`,
  `${T}B16 "Kilde: budgetnotat april 2025; Gl. Teknik er nedlagt pr. 1.1.2025." er en fodnote: udeladt.`,
  `Skjulte rækker udeladt, som du valgte: ${T}B12.`,
  `Rækkerne i ${T}A1:C16 står ikke samlet, så formlen får de læste værdier, ikke cellerne: den følger ikke senere ændringer i tabellen.`,
];

async function questionOf(): Promise<TableQuestion> {
  const api = createMemoryWorkbookApi(createSampleMunicipality());
  const error: unknown = await readAllocationSources(api, INPUT).catch((e: unknown) => e);
  if (!(error instanceof TableQuestion)) throw new Error(`expected a question, got ${String(error)}`);
  return error;
}

describe("Fordel on the sample's hand-made key table", () => {
  test("the hidden obsolete department is asked about before anything is spread", async () => {
    const question = await questionOf();
    expect(question.text.da).toContain("'Rigtige tabeller'!B12 (Gl. Teknik) er skjult i arket");
    expect(question.choices.map((c) => c.answer)).toEqual(["include", "leaveOut"]);
  });

  test("left out: six departments, the key of DOMAIN.md, every row left out said", async () => {
    const question = await questionOf();
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const sources = await readAllocationSources(api, INPUT, { [question.id]: "leaveOut" });
    const preview = planAllocation(sources, INPUT);
    expect(preview.departments).toEqual([...DEPARTMENTS]);
    expect(preview.keyShares).toEqual([0.284, 0.081, 0.135, 0.068, 0.279, 0.153]);
    expect(sources.inferences.map((i) => inferenceText(i).da)).toEqual(LEFT_OUT_SAID);
  });

  test("taken in: seven departments, the key spread in proportion to its 105,0 and said", async () => {
    const question = await questionOf();
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const sources = await readAllocationSources(api, INPUT, { [question.id]: "include" });
    const preview = planAllocation(sources, INPUT);
    expect(preview.departments).toEqual(["MSB", "MTM", "MSO", "MKB", "MBU", "BA", "Gl. Teknik"]);
    // 10,5 spread by weights summing to 105 is each weight / 10: 2,84 · 0,81 · 1,35 · 0,68 · 2,79 · 1,53 · 0,5.
    // Rounded to nearest they add up to 10,5 exactly only with 1,35 → 1,4, so that is the one answer.
    expect(preview.parts.map((r) => r[0])).toEqual([2.8, 0.8, 1.4, 0.7, 2.8, 1.5, 0.5]);
    // The shown shares are each weight / 105 rounded down or up to 0,1 %.
    const weights = [28.4, 8.1, 13.5, 6.8, 27.9, 15.3, 5.0];
    preview.keyShares.forEach((share, i) => expect(Math.abs(share - (weights[i] as number) / 105)).toBeLessThan(0.001));
    const said = sources.inferences.map((i) => inferenceText(i).da);
    expect(said).toContain("Skjulte rækker taget med, som du valgte: 'Rigtige tabeller'!B12.");
    expect(said).toContain(
      "Nøglen summer til 105 %, 5 procentpoint fra 100 %. Hele beløbet fordeles efter vægtenes forhold.",
    );
  });
});
