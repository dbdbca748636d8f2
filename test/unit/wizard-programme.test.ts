import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import { defaultProgrammeInput, type ProgrammeInput } from "../../src/taskpane/wizards/programme/programmeModel";
import { planProgramme } from "../../src/taskpane/wizards/programme/programmePlan";
import { readProgrammeSources } from "../../src/taskpane/wizards/programme/programmeSources";
import { buildProgrammeWrite, programmeTargetAddress } from "../../src/taskpane/wizards/programme/programmeWrite";

/*
 * Expected numbers worked out by hand from the sample catalogue (mio. kr.):
 *   net = gains + costs: Digital post -1,5 1,0 4,0 4,0 · Fælles indkøb 0,8 2,2 3,0 3,0 ·
 *   Energirenovering -2,5 -0,5 2,0 3,0 (printed 3,2 in 2027: flagged)
 *   totals -3,2 2,7 9,0 10,0 → cumulative -3,2 -0,5 8,5 18,5
 *   target 1 % of the decentralised budgets 310+95+180+70+420+125 = 1.200 → 12,0 a year,
 *   cumulative 12 24 36 48; gap 12 − totals = 15,2 9,3 3,0 2,0.
 */
const NET = [
  [-1.5, 1, 4, 4],
  [0.8, 2.2, 3, 3],
  [-2.5, -0.5, 2, 3],
];

function input(changes: Partial<ProgrammeInput>): ProgrammeInput {
  return {
    ...defaultProgrammeInput(),
    gainsAddress: "Katalog!A1:E4",
    costsAddress: "Katalog!A6:E9",
    printedNetAddress: "Katalog!A11:E14",
    budgetsAddress: "Budget!D1:D7",
    target: "Katalog!A17",
    ...changes,
  };
}

async function plan(changes: Partial<ProgrammeInput>, wb: MemoryWorkbook = createSampleMunicipality()) {
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readProgrammeSources(api, i);
  return { wb, api, input: i, sources, preview: planProgramme(sources, i) };
}

function values(wb: MemoryWorkbook, sheet: string, row: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, c) => {
    const v = wb.value(sheet, row, from + c);
    return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
  });
}

describe("programme wizard: plan → preview", () => {
  test("DOMAIN.md worked example: investment first, pays back in its third year", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark1");
    [
      ["Gevinster", 2024, 2025, 2026],
      ["Digital post", 0.0, 2.0, 4.5],
      ["Omkostninger", 2024, 2025, 2026],
      ["Digital post", -1.5, -1.0, -0.5],
    ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Ark1", r, c, v)));
    const { preview } = await plan(
      {
        gainsAddress: "Ark1!A1:D2",
        costsAddress: "Ark1!A3:D4",
        printedNetAddress: "",
        targetFrom: "typed",
        targetTyped: "1,0",
      },
      wb,
    );
    expect(preview.programmes).toEqual(["Digital post"]);
    expect(preview.yearHeadings).toEqual(["2024", "2025", "2026"]);
    expect(preview.net).toEqual([[-1.5, 1, 4]]);
    expect(preview.cumulativeTotals).toEqual([-1.5, -0.5, 3.5]);
    expect(preview.paybacks).toEqual([3]);
    expect(preview.targets).toEqual([1, 1, 1]);
    expect(preview.gaps).toEqual([2.5, 0, -3]);
    expect(preview.printedOk).toBeUndefined();
  });

  test("the sample catalogue: net, totals, cumulative, 1 % target, gap and the flagged row", async () => {
    const { preview, sources } = await plan({});
    expect(preview.programmes).toEqual(["Digital post", "Fælles indkøb", "Energirenovering"]);
    expect(preview.yearHeadings).toEqual(["2024", "2025", "2026", "2027"]);
    expect(preview.net).toEqual(NET);
    expect(preview.totals).toEqual([-3.2, 2.7, 9, 10]);
    expect(preview.cumulativeTotals).toEqual([-3.2, -0.5, 8.5, 18.5]);
    expect(sources.budgets?.sum).toBe(1200);
    expect(preview.targetRate).toBe(0.01);
    expect(preview.targets).toEqual([12, 12, 12, 12]);
    expect(preview.cumulativeTargets).toEqual([12, 24, 36, 48]);
    expect(preview.gaps).toEqual([15.2, 9.3, 3, 2]);
    expect(preview.paybacks).toEqual([3, 1, 4]);
    expect(preview.mismatches[0]).toEqual([]);
    expect(preview.mismatches[1]).toEqual([]);
    expect(preview.mismatches[2]).toEqual([{ year: 3, cell: "Katalog!E14", printed: 3.2, computed: 3 }]);
    expect(preview.printedOk).toEqual([true, true, true, false]);
    expect(sources.gains.amountsAddress).toBe("Katalog!B2:E4");
  });

  test("a net off by rounding only is not flagged; one tenth beyond the tolerance is", async () => {
    // Three printed figures at one decimal may together be off by 0,15.
    const wb = createSampleMunicipality();
    wb.setInput("Katalog", 13, 4, 3.1);
    expect((await plan({}, wb)).preview.mismatches[2]).toEqual([]);
    wb.setInput("Katalog", 11, 1, -1.3);
    expect((await plan({}, wb)).preview.mismatches[0]).toEqual([
      { year: 0, cell: "Katalog!B12", printed: -1.3, computed: -1.5 },
    ]);
  });

  test("typed targets: one for all years, one per year, and a wrong count", async () => {
    expect((await plan({ targetFrom: "typed", targetTyped: "3,0; 6,0; 9,0; 12,0" })).preview.gaps).toEqual([
      6.2, 3.3, 0, 2,
    ]);
    expect((await plan({ targetFrom: "typed", targetTyped: "10" })).preview.cumulativeTargets).toEqual([
      10, 20, 30, 40,
    ]);
    await expect(plan({ targetFrom: "typed", targetTyped: "1; 2" })).rejects.toThrow(
      "The target has 2 amounts, but the catalogue has 4 years.",
    );
  });

  test("a rate of 1,5 % of the budgets rounds half away: 1.200 × 1,5 % = 18,0; 1.234,5 × 1 % = 12,345 → 12,3", async () => {
    expect((await plan({ targetRate: "1,5 %" })).preview.targets).toEqual([18, 18, 18, 18]);
    const wb = createSampleMunicipality();
    wb.setInput("Budget", 1, 3, 344.5);
    expect((await plan({}, wb)).preview.targets[0]).toBe(12.3);
    expect((await plan({ decimals: 2 }, wb)).preview.targets[0]).toBe(12.35);
  });
});

describe("programme wizard: messages", () => {
  test("text in a gains cell names the cell", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Katalog", 2, 3, "ukendt");
    const error = await plan({}, wb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe(
      'Gevinsterne: Katalog!D3 indeholder "ukendt", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
  });

  test("costs of another shape, a rate above 1, and a positive cost", async () => {
    await expect(plan({ costsAddress: "Katalog!A6:D9" })).rejects.toThrow(
      "The costs: Katalog!A6:D9 has 3 programmes × 3 years, but the gains Katalog!A1:E4 have 3 × 4. Select the same programmes and years.",
    );
    await expect(plan({ targetRate: "2" })).rejects.toThrow(
      "The target's rate: 2 means 200 %. If you mean 2 %, type 2 % or 0.02.",
    );
    const wb = createSampleMunicipality();
    wb.setInput("Katalog", 6, 2, 1.0);
    const { sources } = await plan({}, wb);
    expect(sources.warnings[0]?.da).toContain("Katalog!C7 er positiv");
  });
});

describe("programme wizard: write", () => {
  test("live formulas recalculate to the preview; the chart has the target dashed", async () => {
    const { wb, api, sources, preview, input: i } = await plan({});
    const write = buildProgrammeWrite(sources, preview, i, "da", "Katalog");
    expect(programmeTargetAddress(preview, i, "Katalog")).toBe("Katalog!A17:F25");
    const f = write.block.formulas;
    expect(f[0]).toEqual(["Nettoeffekt (mio. kr.)", 2024, 2025, 2026, 2027, "Trykt netto"]);
    // A Danish pane stores the English ids; Danish Excel shows the Danish names.
    expect(f[1]?.[1]).toBe("=BUDGET.NETEFFECT(Katalog!B2:E4,Katalog!B7:E9)");
    expect(shownFormula(f[1]?.[1] as string, "da")).toBe("=BUDGET.NETTOEFFEKT(Katalog!B2:E4,Katalog!B7:E9)");
    expect(f[3]?.[5]).toBe("✗ 2027: trykt 3,2, beregnet 3,0");
    expect(f[1]?.[5]).toBe("✓");
    expect(f[4]?.slice(0, 2)).toEqual(["I alt", "=SUM(B18:B20)"]);
    expect(f[5]?.[1]).toBe("=BUDGET.CUMULATIVE(B21:E21)");
    expect(shownFormula(f[5]?.[1] as string, "da")).toBe("=BUDGET.AKKUMULERET(B21:E21)");
    expect(f[6]?.slice(0, 2)).toEqual(["Mål (1 %)", "=ROUND(0.01*SUM(Budget!D2:D7),1)"]);
    expect(f[8]?.[1]).toBe("=BUDGET.GAP(B23:E23,B18:E20)");
    expect(shownFormula(f[8]?.[1] as string, "da")).toBe("=BUDGET.MANGLER(B23:E23,B18:E20)");
    expect(write.chart).toEqual({
      sheet: "Katalog",
      title: "Akkumuleret effekt mod mål (mio. kr.)",
      categories: "B17:E17",
      series: [
        { name: "Planlagt effekt, akkumuleret", values: "B22:E22", role: "plan" },
        { name: "Mål, akkumuleret", values: "B24:E24", role: "target", dashed: true },
      ],
      anchor: "A27",
    });
    await api.writeBlock(write.topLeft, write.block);
    NET.forEach((row, r) => expect(values(wb, "Katalog", 17 + r, 1, 4)).toEqual(row));
    expect(values(wb, "Katalog", 20, 1, 4)).toEqual([-3.2, 2.7, 9, 10]);
    expect(values(wb, "Katalog", 21, 1, 4)).toEqual([-3.2, -0.5, 8.5, 18.5]);
    expect(values(wb, "Katalog", 22, 1, 4)).toEqual([12, 12, 12, 12]);
    expect(values(wb, "Katalog", 23, 1, 4)).toEqual([12, 24, 36, 48]);
    expect(values(wb, "Katalog", 24, 1, 4)).toEqual([15.2, 9.3, 3, 2]);
    expect(wb.format("Katalog", 18, 2)).toBe("#,##0.0");
  });

  test("values on a new sheet in English, with a typed target and no printed net", async () => {
    const {
      sources,
      preview,
      input: i,
    } = await plan({
      printedNetAddress: "",
      targetFrom: "typed",
      targetTyped: "3; 6; 9; 12",
      output: "values",
      newSheet: true,
    });
    const write = buildProgrammeWrite(sources, preview, i, "en", "Katalog");
    expect(write.newSheet).toBe("Catalogue result");
    expect(write.block.formulas).toEqual([
      ["Net effect (DKK million)", 2024, 2025, 2026, 2027],
      ["Digital post", ...NET[0]!],
      ["Fælles indkøb", ...NET[1]!],
      ["Energirenovering", ...NET[2]!],
      ["Total", "=SUM(B2:B4)", "=SUM(C2:C4)", "=SUM(D2:D4)", "=SUM(E2:E4)"],
      ["Cumulative", -3.2, -0.5, 8.5, 18.5],
      ["Target", 3, 6, 9, 12],
      ["Target, cumulative", 3, 9, 18, 30],
      ["Gap to target per year", 6.2, 3.3, 0, 2],
    ]);
    expect(write.chart?.series[1]).toEqual({
      name: "Target, cumulative",
      values: "B8:E8",
      role: "target",
      dashed: true,
    });
  });
});
