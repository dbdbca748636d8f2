import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { formatRange } from "../../src/sheet/address";
import type { CellInput } from "../../src/sheet/types";
import { MissingInput, UserError } from "../../src/taskpane/logic/errorMessages";
import {
  defaultDemographyInput,
  type DemographyWizardInput,
} from "../../src/taskpane/wizards/demography/demographyModel";
import { planDemography } from "../../src/taskpane/wizards/demography/demographyPlan";
import { readDemographySources } from "../../src/taskpane/wizards/demography/demographySources";
import { buildDemographyWrite, demographyTargetAddress } from "../../src/taskpane/wizards/demography/demographyWrite";

/** FUNCTIONS.md's DEMOGRAPHY example on a sheet of its own: three groups, three years, mio. kr. */
function workedExample(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Eksempel");
  const rows: CellInput[][] = [
    ["Aldersgruppe", "Basis", 2026, 2027, 2028, "Enhedsbeløb", "Kompensation"],
    ["0–5 år", 4210, 4180, 4150, 4165, 0.0984, 1],
    ["6–16 år", 8930, 8990, 9075, 9120, 0.0817, 1],
    ["80+ år", 2650, 2790, 2935, 3080, 0.1423, 0.75],
  ];
  rows.forEach((row, r) =>
    row.forEach((v, c) => wb.setInput("Eksempel", r, c, v, c === 6 && r > 0 ? "0%" : undefined)),
  );
  return wb;
}

function input(changes: Partial<DemographyWizardInput>): DemographyWizardInput {
  return {
    ...defaultDemographyInput(),
    tableAddress: "Eksempel!A1:E4",
    unitsAddress: "Eksempel!F1:F4",
    rateMode: "perGroup",
    ratesAddress: "Eksempel!G1:G4",
    target: "Eksempel!A7",
    ...changes,
  };
}

async function plan(changes: Partial<DemographyWizardInput>, wb: MemoryWorkbook = workedExample()) {
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readDemographySources(api, i);
  return { wb, api, input: i, sources, preview: planDemography(sources, i) };
}

async function failure(changes: Partial<DemographyWizardInput>, wb?: MemoryWorkbook): Promise<UserError> {
  try {
    await plan(changes, wb);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("no error");
}

function row(wb: MemoryWorkbook, sheet: string, r: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, c) => {
    const v = wb.value(sheet, r, from + c);
    return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
  });
}

const SAMPLE = {
  tableAddress: "Demografi!A1:F6",
  unitsAddress: "Demografi!G1:G6",
  ratesAddress: "Demografi!H1:H6",
  target: "Demografi!A9",
};

describe("Demografi wizard: plan → preview", () => {
  test("FUNCTIONS.md worked example: 75 % for 80+ år, one decimal", async () => {
    const { preview, sources } = await plan({});
    expect(sources.groups).toEqual(["0–5 år", "6–16 år", "80+ år"]);
    expect(sources.years).toEqual(["2026", "2027", "2028"]);
    expect(preview.rate).toEqual([1, 1, 0.75]);
    // Exact −2,952 | 4,902 | 14,9415 (16,8915); −5,904 | 11,8465 | 30,416625 (36,359125); −4,428 | 15,523 | 45,89175.
    expect(preview.adjustments).toEqual([
      [-2.9, -5.9, -4.4],
      [4.9, 11.9, 15.5],
      [14.9, 30.4, 45.9],
    ]);
    // Rounding each cell would print 16,8 under 16,9 and 36,3 under 36,4.
    expect(preview.totals).toEqual([16.9, 36.4, 57]);
    expect(preview.sums).toEqual([16.9, 36.4, 57]);
    expect(preview.addsUp).toEqual([true, true, true]);
  });

  test("the sample's five groups over four years, 75 % for 80+ år", async () => {
    // Exact (Python fractions) per year: 22,3165, 47,041125, 71,14275, 89,832625; in 2027
    // −5,904 and 0,462 have the largest remainders and go up, 11,8465 goes down.
    const { preview } = await plan({ ...SAMPLE }, createSampleMunicipality());
    expect(preview.groups).toEqual(["0–5 år", "6–16 år", "17–64 år", "65–79 år", "80+ år"]);
    expect(preview.years).toEqual(["2026", "2027", "2028", "2029"]);
    expect(preview.adjustments).toEqual([
      [-2.9, -5.9, -4.4, -6.9],
      [4.9, 11.8, 15.5, 18.8],
      [0.3, 0.5, 0.6, 0.8],
      [5.1, 10.2, 13.5, 16.8],
      [14.9, 30.4, 45.9, 60.3],
    ]);
    expect(preview.totals).toEqual([22.3, 47, 71.1, 89.8]);
    expect(preview.addsUp).toEqual([true, true, true, true]);
  });

  test("one rate for all, typed; blank is 100 %", async () => {
    // 80+ år at 100 %: 19,922 | 40,5555 | 61,189; the others as above.
    const all = await plan({ rateMode: "one", rate: "" });
    expect(all.preview.rate).toBe(1);
    expect(all.preview.adjustments[2]).toEqual([19.9, 40.6, 61.2]);
    const half = await plan({ rateMode: "one", rate: "50 %" });
    // 0–5 år: −1,476 | −2,952 | −2,214; 6–16 år 2,451 | 5,92325 | 7,7615; 80+ år 9,961 | 20,27775 | 30,5945.
    expect(half.preview.totals).toEqual([10.9, 23.2, 36.1]);
  });
});

describe("Demografi wizard: messages that say how to mend it", () => {
  test("a count that is not whole names its cell, in both languages", async () => {
    const wb = workedExample();
    wb.setInput("Eksempel", 2, 3, 9075.5);
    const error = await failure({}, wb);
    expect(error.text.en).toBe(
      "The population table Eksempel!D3 is 9.075,5, not a number of citizens. Counts are whole numbers, 0 or more.",
    );
    expect(error.text.da).toBe(
      "Befolkningstabellen Eksempel!D3 er 9.075,5, som ikke er et antal borgere. Et antal er et helt tal, 0 eller mere.",
    );
  });

  test("a rate of 75 typed for 75 % names its cell; a column of the wrong length; nothing chosen", async () => {
    const wb = workedExample();
    wb.setInput("Eksempel", 3, 6, 75);
    expect((await failure({}, wb)).text.en).toContain("The compensation rates Eksempel!G4");
    expect((await failure({ unitsAddress: "Eksempel!F1:F3" })).text.da).toBe(
      "Enhedsbeløbene: Eksempel!F1:F3 har 2 tal, men befolkningstabellen har 3 aldersgrupper. Vælg én celle pr. aldersgruppe i samme rækkefølge.",
    );
    expect((await failure({ rateMode: "one", rate: "75" })).text.en).toContain("75 means 7,500 %");
    await expect(plan({ unitsAddress: "" })).rejects.toBeInstanceOf(MissingInput);
  });
});

describe("Demografi wizard: write", () => {
  test("a live =BUDGET.DEMOGRAPHY with its totals row and a check recalculates to the worked example", async () => {
    const { wb, api, sources, preview, input: i } = await plan({});
    const write = buildDemographyWrite(sources, preview, i, "da", "Eksempel");
    expect(demographyTargetAddress(preview, i, "Eksempel")).toBe("Eksempel!A7:D12");
    const f = write.block.formulas;
    // Year headings go in as numbers, as every writer writes them (headingCell).
    expect(f[0]).toEqual(["Aldersgruppe (mio. kr.)", 2026, 2027, 2028]);
    expect(f[1]?.[1]).toBe("=BUDGET.DEMOGRAPHY(Eksempel!B2:B4,Eksempel!C2:E4,Eksempel!F2:F4,Eksempel!G2:G4,1)");
    expect(shownFormula(f[1]?.[1] as string, "da")).toContain("=BUDGET.DEMOGRAFI(");
    expect(f[5]).toEqual([
      "Kontrol (skal være 0)",
      "=ROUND(SUM(B8:B10)-B11,2)",
      "=ROUND(SUM(C8:C10)-C11,2)",
      "=ROUND(SUM(D8:D10)-D11,2)",
    ]);
    await api.writeBlock(write.topLeft, write.block);
    expect(row(wb, "Eksempel", 7, 1, 3)).toEqual([-2.9, -5.9, -4.4]);
    expect(row(wb, "Eksempel", 10, 1, 3)).toEqual([16.9, 36.4, 57]);
    expect(row(wb, "Eksempel", 11, 1, 3)).toEqual([0, 0, 0]);
  });

  test("values on a new sheet in English with one rate for all", async () => {
    const {
      sources,
      preview,
      input: i,
    } = await plan({ rateMode: "one", rate: "75 %", output: "values", newSheet: true });
    const write = buildDemographyWrite(sources, preview, i, "en", "Eksempel");
    expect(write.newSheet).toBe("Demography");
    expect(formatRange(write.topLeft)).toBe("A1");
    expect(write.block.formulas[4]).toEqual(["Total", ...preview.totals]);
    const live = buildDemographyWrite(sources, preview, { ...i, output: "formula" }, "en", "Eksempel");
    expect(live.block.formulas[1]?.[1]).toBe("=BUDGET.DEMOGRAPHY(Eksempel!B2:B4,Eksempel!C2:E4,Eksempel!F2:F4,0.75,1)");
  });
});
