import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import type { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import { defaultFollowUpInput, type FollowUpInput } from "../../src/taskpane/wizards/followup/followUpModel";
import { planFollowUp } from "../../src/taskpane/wizards/followup/followUpPlan";
import { readFollowUpSources } from "../../src/taskpane/wizards/followup/followUpSources";
import { buildFollowUpWrite, followUpTargetAddress } from "../../src/taskpane/wizards/followup/followUpWrite";
import { flagTexts, notReportedText } from "../../src/taskpane/wizards/followup/FollowUpWizard";

/*
 * The sample plan and half-year realisation (Gevinster!A1:E5 and A7:E11, mio. kr.), worked by hand:
 *   Digital post      plan 1,0 2,0 4,5 4,5  realised 0,8 1,9 – –   deviation -0,2 -0,1
 *                     rate (0,8 + 1,9) / (1,0 + 2,0) = 2,7 / 3,0 = 90 %
 *   Fælles indkøb     plan 1,2 2,4 3,0 3,0  realised 1,2 1,7 – –   deviation 0,0 -0,7
 *                     rate 2,9 / 3,6 = 80,56 %
 *   Energirenovering  plan 0,5 1,5 2,5 3,5  realised 0,3 – – –     deviation -0,2 (2025 not reported)
 *                     rate 0,3 / 0,5 = 60 %: below 80 %, flagged. (Blank counted as 0 it would be 0,3 / 2,0 = 15 %.)
 *   Ny vagtplan       plan 1,0 2,0 3,0 3,0  realised 0,9 1,5 – –   deviation -0,1 -0,5
 *                     rate 2,4 / 3,0 = 80 % exactly: not below 80 %, not flagged (in binary 2,4/3 is 0,7999…).
 *   planned totals 1,0+1,2+0,5+1,0 = 3,7; 2,0+2,4+1,5+2,0 = 7,9; 4,5+3,0+2,5+3,0 = 13,0; 4,5+3,0+3,5+3,0 = 14,0
 *   cumulative planned 3,7 11,6 24,6 38,6
 *   realised totals 0,8+1,2+0,3+0,9 = 3,2; 1,9+1,7+1,5 = 5,1; none reported 2026, 2027
 *   cumulative realised 3,2 8,3 – –
 */
const DEVIATIONS = [
  [-0.2, -0.1, null, null],
  [0, -0.7, null, null],
  [-0.2, null, null, null],
  [-0.1, -0.5, null, null],
];

function input(changes: Partial<FollowUpInput>): FollowUpInput {
  return {
    ...defaultFollowUpInput(),
    planAddress: "Gevinster!A1:E5",
    realisedAddress: "Gevinster!A7:E11",
    target: "Gevinster!A14",
    ...changes,
  };
}

async function plan(changes: Partial<FollowUpInput>, wb: MemoryWorkbook = createSampleMunicipality()) {
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readFollowUpSources(api, i);
  return { wb, api, input: i, sources, preview: planFollowUp(sources, i) };
}

function block(wb: MemoryWorkbook, sheet: string, row: number, column: number, rows: number, columns: number) {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const v = wb.value(sheet, row + r, column + c);
      return v instanceof FormulaError ? v.code : v;
    }),
  );
}

/** Rounds away binary noise only (-0,19999999999999996 → -0,2), for comparing cells Excel would print alike. */
function printed(rows: unknown[][]): unknown[][] {
  return rows.map((row) => row.map((v) => (typeof v === "number" ? Number(v.toPrecision(12)) : v)));
}

describe("follow-up wizard: plan → preview", () => {
  test("the sample half-year realisation: deviation, rates over the years reported, flags, cumulative", async () => {
    const { preview } = await plan({});
    expect(preview.programmes).toEqual(["Digital post", "Fælles indkøb", "Energirenovering", "Ny vagtplan"]);
    expect(preview.yearHeadings).toEqual(["2024", "2025", "2026", "2027"]);
    expect(preview.deviations).toEqual(DEVIATIONS);
    expect(preview.rates).toEqual([0.9, 0.8055555556, 0.6, 0.8]);
    expect(preview.flagged).toEqual([false, false, true, false]);
    expect(preview.plannedTotals).toEqual([3.7, 7.9, 13, 14]);
    expect(preview.cumulativePlanned).toEqual([3.7, 11.6, 24.6, 38.6]);
    expect(preview.realisedTotals).toEqual([3.2, 5.1, null, null]);
    expect(preview.cumulativeRealised).toEqual([3.2, 8.3, null, null]);
    expect(preview.notReported).toEqual([{ programme: 2, year: 1 }]);
    expect(flagTexts(preview).map((t) => t.da)).toEqual([
      "Energirenovering har realiseret 60,0 % af planen for de indberettede år – under tærsklen på 80 %.",
    ]);
    expect(notReportedText(preview)?.da).toBe(
      "Ikke indberettet endnu: Energirenovering 2025. Tomme celler tæller ikke som 0; realiseringsgraden regnes over de indberettede år.",
    );
  });

  test("the threshold typed as 0,9 or 90,5 %: more programmes flagged", async () => {
    // 90 % is not below 0,9; 80,56 % and 80 % are. At 90,5 % Digital post's 90 % is below too.
    expect((await plan({ threshold: "0,9" })).preview.flagged).toEqual([false, true, true, true]);
    expect((await plan({ threshold: "90,5 %" })).preview.flagged).toEqual([true, true, true, true]);
  });

  test("a 0 reported counts (it is not blank); an investment year leaves the rate out", async () => {
    const wb = createSampleMunicipality();
    // Energirenovering reports 0,0 for 2025: rate (0,3 + 0) / (0,5 + 1,5) = 15 %.
    wb.setInput("Gevinster", 9, 2, 0);
    // Digital post planned -1,0 in 2024 (an investment) with 2025 blank: planned of reported years -1,0 ≤ 0, no rate.
    wb.setInput("Gevinster", 1, 1, -1);
    wb.setInput("Gevinster", 7, 2, "");
    const { preview } = await plan({}, wb);
    expect(preview.rates).toEqual([null, 0.8055555556, 0.15, 0.8]);
    expect(preview.flagged).toEqual([false, false, true, false]);
    expect(preview.deviations[2]).toEqual([-0.2, -1.5, null, null]);
  });
});

describe("follow-up wizard: messages", () => {
  test("a threshold of 80 without % says how to write it", async () => {
    const error = await plan({ threshold: "80" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe("Tærsklen: 80 betyder 8.000 %. Mener du 80 %, så skriv 80 % eller 0,8.");
  });

  test("a realisation of another shape, and text in a realised cell", async () => {
    await expect(plan({ realisedAddress: "Gevinster!A7:D11" })).rejects.toThrow(
      "The realised: Gevinster!A7:D11 has 4 programmes × 3 years, but the plan Gevinster!A1:E5 has 4 × 4. Select the same programmes and years.",
    );
    const wb = createSampleMunicipality();
    wb.setInput("Gevinster", 8, 3, "ca. 2");
    const error = await plan({}, wb).catch((e: unknown) => e);
    expect((error as UserError).text.da).toBe(
      'Det realiserede: Gevinster!D9 indeholder "ca. 2", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
  });
});

describe("follow-up wizard: write", () => {
  test("Excel's own formulas recalculate to the hand-worked numbers, and a new report flows through", async () => {
    const { wb, api, sources, preview, input: i } = await plan({});
    const write = buildFollowUpWrite(sources, preview, i, "da", "Gevinster");
    expect(followUpTargetAddress(preview, i, "Gevinster")).toBe("Gevinster!A14:G23");
    const f = write.block.formulas;
    expect(f[0]).toEqual([
      "Afvigelse, realiseret − planlagt (mio. kr.)",
      2024,
      2025,
      2026,
      2027,
      "Realiseringsgrad",
      "Under tærsklen",
    ]);
    expect(f[1]?.[1]).toBe('=IF(COUNT(Gevinster!B8)=0,"",Gevinster!B8-Gevinster!B2)');
    const reported = '(SUMIFS(Gevinster!B2:E2,Gevinster!B8:E8,">=0")+SUMIFS(Gevinster!B2:E2,Gevinster!B8:E8,"<0"))';
    expect(f[1]?.[5]).toBe(`=IF(${reported}>0,SUM(Gevinster!B8:E8)/${reported},"")`);
    expect(f[1]?.[6]).toBe('=IF(F15="","",IF(ROUND(F15,10)<$B$23,"Under tærsklen",""))');
    expect(f[6]?.[1]).toBe('=IF(COUNT(Gevinster!B8:B11)=0,"",SUM(Gevinster!B8:B11))');
    expect(f[8]?.[2]).toBe("=IF(COUNT(Gevinster!C8:C11)=0,NA(),SUM(B20:C20))");
    // The chart reads #I/T from 2026, so its line stops there; the row says so at its end for a printout,
    // and the #I/T stands right where the figure will come, as the figures and the headings over them.
    expect(f[8]?.[6]).toBe("#I/T = ikke indberettet endnu, så grafens linje stopper");
    expect(write.block.horizontalAlignment?.[8]).toEqual([
      "General",
      "Right",
      "Right",
      "Right",
      "Right",
      "General",
      "General",
    ]);
    expect(write.block.horizontalAlignment?.[0]).toEqual([
      "General",
      "Right",
      "Right",
      "Right",
      "Right",
      "Right",
      "General",
    ]);
    // The heading of 43 characters sets the first column, plus 2 of room: 45 digit widths = 315 px.
    expect(write.block.columnWidths?.[0]).toBe((315 * 3) / 4);
    expect(write.chart).toEqual({
      sheet: "Gevinster",
      title: "Akkumuleret planlagt mod realiseret (mio. kr.)",
      categories: "B14:E14",
      series: [
        { name: "Planlagt, akkumuleret", values: "B21:E21", role: "plan", dashed: true },
        { name: "Realiseret, akkumuleret", values: "B22:E22", role: "result" },
      ],
      anchor: "A25",
    });
    await api.writeBlock(write.topLeft, write.block);
    const cells = printed(block(wb, "Gevinster", 14, 1, 9, 6));
    expect(cells.slice(0, 4).map((row) => row.slice(0, 4))).toEqual(DEVIATIONS.map((r) => r.map((v) => v ?? "")));
    expect(cells.slice(0, 4).map((row) => row.slice(4))).toEqual([
      [0.9, ""],
      [0.805555555556, ""],
      [0.6, "Under tærsklen"],
      [0.8, ""],
    ]);
    expect(cells.slice(4, 9).map((row) => row.slice(0, 4))).toEqual([
      [3.7, 7.9, 13, 14],
      [3.2, 5.1, "", ""],
      [3.7, 11.6, 24.6, 38.6],
      [3.2, 8.3, "#N/A", "#N/A"],
      [0.8, "", "", ""],
    ]);
    // Energirenovering reports 2025 at 0,4: rate (0,3 + 0,4) / 2,0 = 35 %, still flagged; 2025 realised 5,5.
    wb.setInput("Gevinster", 9, 2, 0.4);
    expect(printed(block(wb, "Gevinster", 16, 2, 1, 1))).toEqual([[-1.1]]);
    expect(printed(block(wb, "Gevinster", 16, 5, 1, 2))).toEqual([[0.35, "Under tærsklen"]]);
    expect(printed(block(wb, "Gevinster", 19, 2, 1, 1))).toEqual([[5.5]]);
    // Lowering the threshold cell to 30 % lifts the flag: the sheet works without the add-in.
    wb.setInput("Gevinster", 22, 1, 0.3);
    expect(block(wb, "Gevinster", 16, 6, 1, 1)).toEqual([[""]]);
  });

  test("values mode: blanks where not reported, the flag as text", async () => {
    const { sources, preview, input: i } = await plan({ output: "values", chart: false });
    const write = buildFollowUpWrite(sources, preview, i, "en", "Gevinster");
    expect(write.chart).toBeUndefined();
    expect(write.block.formulas[3]).toEqual(["Energirenovering", -0.2, "", "", "", 0.6, "Below threshold"]);
    expect(write.block.formulas[8]).toEqual(["Realised, cumulative", 3.2, 8.3, "", "", "", ""]);
    // Blanks, not NA(): no #N/A to explain.
    expect(write.block.numberFormats?.[1]?.[5]).toBe("0.0%");
    expect(write.block.numberFormats?.[9]?.[1]).toBe("0%");
    // Danish writes a space before the sign, as the pane prints 90,0 %.
    const danish = buildFollowUpWrite(sources, preview, i, "da", "Gevinster");
    expect([danish.block.numberFormats?.[1]?.[5], danish.block.numberFormats?.[9]?.[1]]).toEqual(["0.0 %", "0 %"]);
  });
});
