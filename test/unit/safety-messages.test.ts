/**
 * Issue 18 items 6 and 8 (Udmøntning and Gevinstopfølgning): an ambiguous amounts key is refused
 * naming both departments' cells; an amount too large to round blames its own cell, not the tree;
 * the follow-up threshold has words of its own; large tables are planned without overflowing the
 * call stack.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { rangeFrom, formatRange } from "../../src/sheet/address";
import type { CellInput, RangeData, WorkbookApi } from "../../src/sheet/types";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import { defaultFollowUpInput } from "../../src/taskpane/wizards/followup/followUpModel";
import { planFollowUp } from "../../src/taskpane/wizards/followup/followUpPlan";
import { readFollowUpSources } from "../../src/taskpane/wizards/followup/followUpSources";
import { defaultImplementationInput } from "../../src/taskpane/wizards/implementation/implementationModel";
import { planImplementation } from "../../src/taskpane/wizards/implementation/implementationPlan";
import { readImplementationSources } from "../../src/taskpane/wizards/implementation/implementationSources";

/** The refusal's text in both languages, or a failure naming what happened instead. */
async function refusal(run: () => Promise<unknown>): Promise<{ da: string; en: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return { da: error.text.da, en: error.text.en };
    throw error;
  }
  throw new Error("not refused");
}

function sheetOf(wb: MemoryWorkbook, sheet: string, rows: readonly (readonly CellInput[])[], row = 0, column = 0) {
  if (!wb.sheet(sheet)) wb.addSheet(sheet);
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.setInput(sheet, row + r, column + c, v)));
}

describe("Udmøntning: an amounts key that is one department's id and another's name", () => {
  test('"BUF" is the id of one department and the name of another: refused naming both cells', async () => {
    const wb = new MemoryWorkbook();
    sheetOf(wb, "Træ", [
      ["Id", "Navn", "Overordnet", "Budget"],
      ["BUF", "Børn og Unge", "", ""],
      ["B1", "Skoler", "BUF", 100],
      ["SOC", "BUF", "", ""],
      ["S1", "Ældre", "SOC", 100],
    ]);
    sheetOf(
      wb,
      "Træ",
      [
        ["Vedtaget", 2025],
        ["BUF", 100],
      ],
      0,
      5,
    );
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Træ!A1:D5",
      amountsAddress: "Træ!F1:G2",
      output: "values" as const,
      target: "Træ!I1",
    };
    const text = await refusal(() => readImplementationSources(createMemoryWorkbookApi(wb), input));
    expect(text.da).toBe(
      'De vedtagne beløb: "BUF" er både id for BUF Børn og Unge (Træ!A2) og navn for SOC BUF (Træ!B4), så det er uklart, hvilken afdeling beløbet hører til. Skriv afdelingens id i beløbenes første kolonne, eller giv afdelingerne hver sit navn.',
    );
    expect(text.en).toBe(
      "The adopted amounts: \"BUF\" is both the id of BUF Børn og Unge (Træ!A2) and the name of SOC BUF (Træ!B4), so it is unclear which department the amount belongs to. Use the department's id in the amounts' first column, or give the departments names of their own.",
    );
  });

  test("a key matching one department by both its id and its name is not ambiguous", async () => {
    const wb = new MemoryWorkbook();
    sheetOf(wb, "Træ", [
      ["Id", "Navn", "Overordnet", "Budget"],
      ["BUF", "BUF", "", ""],
      ["B1", "Skoler", "BUF", 100],
    ]);
    sheetOf(
      wb,
      "Træ",
      [
        ["Vedtaget", 2025],
        ["BUF", 100],
      ],
      0,
      5,
    );
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Træ!A1:D3",
      amountsAddress: "Træ!F1:G2",
      output: "values" as const,
      target: "Træ!I1",
    };
    const sources = await readImplementationSources(createMemoryWorkbookApi(wb), input);
    expect(planImplementation(sources, input).rows.map((r) => r.amounts)).toEqual([[100], [100]]);
  });
});

describe("Udmøntning: an amount of 1e300 blames the amount's cell", () => {
  test("the sample's MSB 2025 set to 1e300", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Udmøntning", 1, 6, 1e300);
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Udmøntning!A1:D54",
      amountsAddress: "Udmøntning!F1:J4",
      output: "values" as const,
      target: "Udmøntning!L1",
    };
    const text = await refusal(async () => {
      const sources = await readImplementationSources(createMemoryWorkbookApi(wb), input);
      return planImplementation(sources, input);
    });
    expect(text.da).toBe(
      "De vedtagne beløb: Udmøntning!G2 er 1E+300; afrundet til 0 decimaler kræver mere end de 15 cifre, Excel gemmer. Brug færre decimaler, eller angiv beløbene i 1.000 kr.",
    );
    expect(text.en).toBe(
      "The adopted amounts: Udmøntning!G2 is 1E+300; rounded to 0 decimals it needs more than the 15 digits Excel keeps. Use fewer decimals or state the amounts in 1.000 kr.",
    );
  });
});

describe("Gevinstopfølgning: the threshold's own words", () => {
  async function planWith(threshold: string) {
    const wb = createSampleMunicipality();
    const input = {
      ...defaultFollowUpInput(),
      planAddress: "Gevinster!A1:E5",
      realisedAddress: "Gevinster!A7:E11",
      target: "Gevinster!A14",
      threshold,
    };
    const sources = await readFollowUpSources(createMemoryWorkbookApi(wb), input);
    return planFollowUp(sources, input);
  }

  test('"150 %" is above 100 %, said as a threshold, not as a quota rate', async () => {
    const text = await refusal(() => planWith("150 %"));
    expect(text.da).toBe(
      "Tærsklen: 150 % er over 100 %. Et program markeres, når det har realiseret mindre end tærsklen af sin plan, så over 100 % ville også markere programmer, der har nået hele planen. Skriv en tærskel fra 0 % til 100 %, fx 80 %.",
    );
    expect(text.en).toContain("The threshold: 150 % is above 100 %.");
  });

  test("a plain 150 means 15.000 %; a plain 80 is offered as 80 %; 100 % is the most", async () => {
    expect((await refusal(() => planWith("150"))).da).toContain("Tærsklen: 150 betyder 15.000 %, over 100 %.");
    expect((await refusal(() => planWith("80"))).da).toBe(
      "Tærsklen: 80 betyder 8.000 %. Mener du 80 %, så skriv 80 % eller 0,8.",
    );
    expect((await planWith("100 %")).threshold).toBe(1);
    // The sample worked by hand (wizard-followup): only Energirenovering (60 %) is below 80 %.
    expect((await planWith("80 %")).flagged).toEqual([false, false, true, false]);
  });
});

/** A workbook that holds one table and answers only readRange: enough for a wizard's reader. */
function oneTable(sheet: string, rows: CellInput[][]): WorkbookApi {
  const data: RangeData = {
    address: "",
    range: rangeFrom({ row: 0, column: 0 }, rows.length, rows[0]?.length ?? 0, sheet),
    values: rows,
    formulas: rows,
    numberFormats: rows.map((r) => r.map(() => "General")),
  };
  data.address = formatRange(data.range);
  return { readRange: () => Promise.resolve(data) } as unknown as WorkbookApi;
}

describe("large tables are planned without overflowing the call stack", () => {
  test("Udmøntning: one department over 130.000 cost centres", async () => {
    const n = 130_000;
    const rows: CellInput[][] = [
      ["Id", "Navn", "Overordnet", "Budget"],
      ["D", "Afdeling", "", ""],
    ];
    for (let i = 1; i <= n; i++) rows.push([`S${i}`, `Sted ${i}`, "D", 1]);
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Træ!A1",
      amountsFrom: "typed" as const,
      amountsTyped: "D: 260000",
      output: "values" as const,
      target: "Ud!A1",
    };
    const sources = await readImplementationSources(oneTable("Træ", rows), input);
    const preview = planImplementation(sources, input);
    // 260.000 over 130.000 equal weights: 2 each, the level adding up exactly.
    expect(preview.rows.length).toBe(n + 1);
    expect(preview.rows[n]?.amounts).toEqual([2]);
    expect(preview.levels).toEqual([true, true]);
  });

  test("Gevinstopfølgning: 7.000 programmes × 12 years", async () => {
    const programmes = 7_000;
    const years = 12;
    const table = (first: number): CellInput[][] => [
      ["Plan", ...Array.from({ length: years }, (_, y) => 2024 + y)],
      ...Array.from({ length: programmes }, (_, p) => [
        `Program ${p + 1}`,
        ...Array.from({ length: years }, (__, y) => first + ((p + y) % 3)),
      ]),
    ];
    const plan = table(2);
    const realised = table(1).map((row, r) => (r === 0 ? row : row.map((v, c) => (c > 0 ? (v as number) + 0.5 : v))));
    const both = [...plan, ...realised];
    const input = {
      ...defaultFollowUpInput(),
      planAddress: `Plan!A1:M${programmes + 1}`,
      realisedAddress: `Plan!A${programmes + 2}:M${2 * programmes + 2}`,
      target: "Ud!A1",
    };
    const api = {
      readRange: (address: string) => {
        const first = address === input.planAddress ? 0 : programmes + 1;
        const rows = both.slice(first, first + programmes + 1);
        const range = rangeFrom({ row: first, column: 0 }, rows.length, years + 1, "Plan");
        return Promise.resolve({
          address: formatRange(range),
          range,
          values: rows,
          formulas: rows,
          numberFormats: rows.map((r) => r.map(() => "General")),
        });
      },
    } as unknown as WorkbookApi;
    const preview = planFollowUp(await readFollowUpSources(api, input), input);
    // Realised is the plan − 0,5 in every cell; the places come from the ,5s.
    expect(preview.places).toBe(1);
    expect(preview.programmes.length).toBe(programmes);
    expect(preview.deviations[0]).toEqual(new Array<number>(years).fill(-0.5));
  });
});
