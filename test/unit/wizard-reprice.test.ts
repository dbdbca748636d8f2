import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import type { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { formatRange } from "../../src/sheet/address";
import { MissingInput, UserError } from "../../src/taskpane/logic/errorMessages";
import { defaultRepriceInput, type RepriceWizardInput } from "../../src/taskpane/wizards/reprice/repriceModel";
import { planReprice } from "../../src/taskpane/wizards/reprice/repricePlan";
import { readRepriceSources } from "../../src/taskpane/wizards/reprice/repriceSources";
import { buildRepriceWrite, repriceTargetAddress } from "../../src/taskpane/wizards/reprice/repriceWrite";

function input(changes: Partial<RepriceWizardInput>): RepriceWizardInput {
  return {
    ...defaultRepriceInput(),
    budgetAddress: "PL-budget!A1:D6",
    rateTableAddress: "Satser!A3:D8",
    fromYear: "2024",
    toYear: "2026",
    target: "PL-budget!F1",
    ...changes,
  };
}

async function plan(changes: Partial<RepriceWizardInput>, wb: MemoryWorkbook = createSampleMunicipality()) {
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readRepriceSources(api, i);
  return { wb, api, input: i, sources, preview: planReprice(sources, i) };
}

async function failure(changes: Partial<RepriceWizardInput>, wb?: MemoryWorkbook): Promise<UserError> {
  try {
    await plan(changes, wb);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("no error");
}

function values(wb: MemoryWorkbook, sheet: string, row: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, c) => {
    const v = wb.value(sheet, row, from + c);
    return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
  });
}

describe("PL-fremskrivning wizard: plan → preview", () => {
  test("FUNCTIONS.md worked example: 2024-PL → 2026-PL, the total row left out, rates as texts and percent cells", async () => {
    const { preview, sources } = await plan({});
    expect(sources.lines).toEqual(["Løn, dagtilbud", "Løn, skoler", "Materialer", "Vedligehold"]);
    expect(sources.kinds).toEqual(["Løn", "Løn", "Priser", "Priser"]);
    expect(sources.years).toEqual(["2025", "2026"]);
    expect(preview.kinds).toEqual(["Løn", "Priser"]);
    // 1,03 × 1,025 and 1,02 × 1,015.
    expect(preview.factors).toEqual([1.05575, 1.0353]);
    expect(preview.converted).toEqual([
      [1320, 1373],
      [876, 892],
      [425, 414],
      [98, 98],
    ]);
    expect(preview.amountSums).toEqual([2585, 2640]);
    // Exact 2.718,7865 and 2.777,05725: rounding each line on its own would print 2.718 and 2.776.
    expect(preview.totals).toEqual([2719, 2777]);
    expect(preview.sums).toEqual([2719, 2777]);
    expect(preview.addsUp).toEqual([true, true]);
  });

  test("back from 2026-PL to 2024-PL, and one kind for all lines", async () => {
    // 1.320 / 1,05575 = 1.250,30…; the column's exact total 2.719/1,05575… is what the cells make.
    const back = await plan({ budgetAddress: "PL-budget!A1:D5", fromYear: "2026", toYear: "2024" });
    expect(back.preview.factors[0]).toBeCloseTo(1 / 1.05575, 12);
    expect(back.preview.addsUp).toEqual([true, true]);
    // Overførsler 2025 2,6 %, 2026 2,2 %: factor 1,048572; 2.585 × it = 2.710,55862 → 2.711 in total.
    const one = await plan({ hasKindColumn: false, kind: "overførsler" });
    expect(one.preview.lineKinds).toEqual(["Overførsler", "Overførsler", "Overførsler", "Overførsler"]);
    expect(one.preview.factors).toEqual([1.048572]);
    expect(one.preview.totals[0]).toBe(2711);
    expect(one.preview.sums[0]).toBe(2711);
  });
  test("one year column: its heading 2025 over the kind heading Art is a heading, not a line", async () => {
    const wb = createSampleMunicipality();
    // Column D cleared: the table is line, kind and 2025 only. 1.250 × 1,03 = 1.287,5; 830 × 1,03 = 854,9;
    // 410 × 1,02 = 418,2; 95 × 1,02 = 96,9: floors 1.287 854 418 96 = 2.655, the exact 2.657,5 → 2.658
    // gives three units to the largest remainders ,9 ,9 and ,5 (Vedligehold, Løn skoler, Løn dagtilbud).
    for (let r = 0; r < 6; r++) wb.setInput("PL-budget", r, 3, "");
    const { preview } = await plan({ budgetAddress: "PL-budget!A1:C5", toYear: "2025" }, wb);
    expect(preview.lines).toEqual(["Løn, dagtilbud", "Løn, skoler", "Materialer", "Vedligehold"]);
    expect(preview.converted).toEqual([[1288], [855], [418], [97]]);
    expect(preview.totals).toEqual([2658]);
  });
});

describe("PL-fremskrivning wizard: messages that say how to mend it", () => {
  test("a kind the rate table lacks is named at its cell with the table's kinds listed", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("PL-budget", 3, 1, "Anlæg");
    const error = await failure({}, wb);
    expect(error.text.da).toBe(
      `Arten 'PL-budget'!B4 er "Anlæg", som ikke er en art i satstabellens overskrifter (Løn, Priser, Overførsler). Brug en af dem, eller lad cellen være tom for Løn.`,
    );
    expect(error.text.en).toContain(`'PL-budget'!B4 is "Anlæg", which is not a kind`);
    const typed = await failure({ hasKindColumn: false, kind: "Anlæg" });
    expect(typed.text.en).toContain("(Løn, Priser, Overførsler)");
  });

  test("a year the conversion needs and the table lacks is named", async () => {
    const error = await failure({ toYear: "2029" });
    expect(error.text.da).toContain("har ingen række for 2029, som omregningen fra 2024-PL til 2029-PL kræver");
    expect(error.text.en).toContain("has no row for 2029, which the conversion from 2024-PL to 2029-PL needs");
  });

  test("a rate typed as 3 instead of 3 % names its cell; missing and bad years", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Satser", 5, 1, 3);
    const error = await failure({}, wb);
    expect(error.text.en).toContain("Satser!B6 is 3 (2026, Løn): a rate of 300 %?");
    await expect(plan({ fromYear: "" })).rejects.toBeInstanceOf(MissingInput);
    expect((await failure({ toYear: "2026,5" })).text.da).toBe(
      'Til prisniveau: "2026,5" er ikke et år. Skriv et helt år, fx 2024.',
    );
  });
});

describe("PL-fremskrivning wizard: write", () => {
  test("a live =BUDGET.REPRICE with a totals row recalculates to the worked example", async () => {
    const { wb, api, sources, preview, input: i } = await plan({});
    const write = buildRepriceWrite(sources, preview, i, "da", "PL-budget");
    expect(repriceTargetAddress(preview, i, "PL-budget")).toBe("'PL-budget'!F1:I6");
    const f = write.block.formulas;
    // Year headings go in as numbers, as every writer writes them (headingCell).
    expect(f[0]).toEqual(["Linje (1.000 kr., 2026-PL)", "Art", 2025, 2026]);
    expect(f[1]?.[2]).toBe("=BUDGET.REPRICE('PL-budget'!C2:D5,2024,2026,Satser!A3:D8,'PL-budget'!B2:B5,0)");
    expect(shownFormula(f[1]?.[2] as string, "da")).toContain("=BUDGET.FREMSKRIV(");
    expect(f[5]).toEqual(["I alt", "", "=SUM(H2:H5)", "=SUM(I2:I5)"]);
    await api.writeBlock(write.topLeft, write.block);
    expect(values(wb, "PL-budget", 1, 7, 8)).toEqual([1320, 1373]);
    expect(values(wb, "PL-budget", 4, 7, 8)).toEqual([98, 98]);
    expect(values(wb, "PL-budget", 5, 7, 8)).toEqual([2719, 2777]);
  });

  test("values on a new sheet in English; one kind that is not the first is passed per line", async () => {
    const { sources, preview, input: i } = await plan({ output: "values", newSheet: true });
    const write = buildRepriceWrite(sources, preview, i, "en", "PL-budget");
    expect(write.newSheet).toBe("Price level");
    expect(formatRange(write.topLeft)).toBe("A1");
    expect(write.block.formulas.slice(1, 5).map((r) => r.slice(2))).toEqual(preview.converted);
    const one = await plan({ hasKindColumn: false, kind: "Priser" });
    const live = buildRepriceWrite(one.sources, one.preview, one.input, "en", "PL-budget");
    expect(live.block.formulas[1]?.[2]).toBe(
      '=BUDGET.REPRICE(\'PL-budget\'!C2:D5,2024,2026,Satser!A3:D8,{"Priser";"Priser";"Priser";"Priser"},0)',
    );
    await one.api.writeBlock(live.topLeft, live.block);
    expect(values(one.wb, "PL-budget", 5, 7, 8)).toEqual(one.preview.totals);
  });
});
