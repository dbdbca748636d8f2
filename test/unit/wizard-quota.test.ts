import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import type { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import { defaultQuotaInput, type QuotaInput } from "../../src/taskpane/wizards/quota/quotaModel";
import { planQuota } from "../../src/taskpane/wizards/quota/quotaPlan";
import { readQuotaSources } from "../../src/taskpane/wizards/quota/quotaSources";
import { buildQuotaWrite, quotaTargetAddress } from "../../src/taskpane/wizards/quota/quotaWrite";
import { readRate } from "../../src/taskpane/logic/rate";
import { formatRange } from "../../src/sheet/address";

function input(changes: Partial<QuotaInput>): QuotaInput {
  return {
    ...defaultQuotaInput(),
    tableAddress: "Kvote-eksempel!A1:C4",
    rate: "2 %",
    target: "Kvote-eksempel!E1",
    ...changes,
  };
}

async function plan(changes: Partial<QuotaInput>, wb: MemoryWorkbook = createSampleMunicipality()) {
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readQuotaSources(api, i);
  return { wb, api, input: i, sources, preview: planQuota(sources, i) };
}

/** The values of a column of the sheet, FormulaErrors as their message so a failure says why. */
function column(wb: MemoryWorkbook, sheet: string, col: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, r) => {
    const v = wb.value(sheet, from + r, col);
    return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
  });
}

describe("quota wizard: plan → preview", () => {
  test("DOMAIN.md worked example: 2 %, one decimal, C has nothing left after exemptions", async () => {
    const { preview, sources } = await plan({});
    expect(preview.departments).toEqual(["A", "B", "C"]);
    expect(preview.basis).toEqual([100, 45.5, 0]);
    expect(preview.quota).toEqual([2, 0.9, 0]);
    expect(preview.budgetSum).toBe(152.5);
    expect(preview.exemptSum).toBe(7);
    expect(preview.basisSum).toBe(145.5);
    expect(preview.positiveBasis).toBe(145.5);
    expect(preview.totalQuota).toBe(2.9);
    expect(preview.quotaSum).toBe(2.9);
    expect(preview.addsUp).toBe(true);
    expect(sources.budgetsAddress).toBe("'Kvote-eksempel'!B2:B4");
    expect(sources.exemptAddress).toBe("'Kvote-eksempel'!C2:C4");
    expect(sources.places).toBe(1);
  });

  test("the rate as a fraction gives the same; Danish and plain text are read by the core", async () => {
    for (const rate of ["0,02", "0.02", "2%", " 2,0 % "])
      expect((await plan({ rate })).preview.quota).toEqual([2, 0.9, 0]);
  });

  test("the sample municipality at 1,5 %: largest remainder gives the last 0,2 to MSO and MBU", async () => {
    // Bases 4.162,3 1.167,1 2.145,0 1.035,2 4.223,2 2.335,8 = 15.068,6; 1,5 % of it is 226,029 → 226,0.
    // Exact shares 62,4345 17,5065 32,175 15,528 63,348 35,037 floor to 225,8; the two largest
    // remainders (MSO ,75 and MBU ,48) get the missing tenths.
    const { preview } = await plan({ tableAddress: "Afdelinger", rate: "1,5 %" });
    expect(preview.departments).toEqual(["MSB", "MTM", "MSO", "MKB", "MBU", "BA"]);
    expect(preview.basis).toEqual([4162.3, 1167.1, 2145, 1035.2, 4223.2, 2335.8]);
    expect(preview.positiveBasis).toBe(15068.6);
    expect(preview.totalQuota).toBe(226);
    expect(preview.quota).toEqual([62.4, 17.5, 32.2, 15.5, 63.4, 35]);
    expect(preview.addsUp).toBe(true);
  });

  test("in kr. with no decimals and no exempt column", async () => {
    // 1 % of 4.512,3 1.287,6 2.145 1.080,4 4.433,2 2.431,5 (sum 15.890) is 158,9 → 159 in whole units.
    // Floors 45 12 21 10 44 24 = 156; the three largest remainders (MTM ,876, MKB ,804, MSO ,45) get one each.
    const { preview, sources } = await plan({
      tableAddress: "Budget!A1:B7",
      hasExempt: false,
      rate: "1 %",
      decimals: 0,
    });
    expect(sources.exempt).toBeNull();
    expect(preview.totalQuota).toBe(159);
    expect(preview.quota).toEqual([45, 13, 22, 11, 44, 24]);
    expect(preview.addsUp).toBe(true);
  });

  test("a wider table is read as name, budget, exempt with a warning", async () => {
    const { sources } = await plan({ tableAddress: "Budget!A1:D7", rate: "1,5 %" });
    expect(sources.exempt).toEqual([350, 120.5, 0, 45.2, 210, 95.7]);
    expect(sources.warnings[0]?.da).toBe("Tabellen har 4 kolonner; kun navn, budget og undtaget (de første 3) bruges.");
  });
});

describe("quota wizard: messages that say how to mend it", () => {
  test("a rate above 1 is refused with both ways to write it", () => {
    const error = (() => {
      try {
        readRate("1,5", { da: "Satsen", en: "The rate" });
      } catch (e) {
        return e;
      }
    })() as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.text.da).toBe("Satsen: 1,5 betyder 150 %. Mener du 1,5 %, så skriv 1,5 % eller 0,015.");
    expect(error.text.en).toBe("The rate: 1,5 means 150 %. If you mean 1.5 %, type 1.5 % or 0.015.");
  });

  test("a rate typed as a percentage above 100 % is said to take more than the whole budget", async () => {
    const error = await plan({ rate: "150 %" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text).toEqual({
      da: "Satsen: 150 % er mere end hele budgettet (100 %). Skriv en sats fra 0 til 100 %, fx 1,5 %.",
      en: "The rate: 150 % is more than the whole budget (100 %). Type a rate from 0 to 100 %, e.g. 1.5 %.",
    });
    // 100 % itself is a rate (the whole basis), as is 0 %.
    await expect(plan({ rate: "100 %" })).resolves.toBeDefined();
  });

  test("exempt amounts ticked with a table of two columns: the three columns it needs are named", async () => {
    const error = await plan({ tableAddress: "Budget!A1:B7", hasExempt: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe(
      'Tabellen: Budget!A1:B7 har 2 kolonner, men med undtagne beløb skal den have 3: afdeling, budget og undtaget. Tag kolonnen med de undtagne beløb med, eller fjern krydset ved "Tabellen har en kolonne med undtagne beløb".',
    );
    expect((error as UserError).text.en).toContain("it needs 3: department, budget and exempt");
    // Unticked, the same two columns are names and budgets: MSB's 4.512,3 is read.
    const { sources } = await plan({ tableAddress: "Budget!A1:B7", hasExempt: false });
    expect(sources.budgets[0]).toBe(4512.3);
  });

  test("a rate that is not a number, and no rate", async () => {
    await expect(plan({ rate: "halvanden" })).rejects.toThrow(
      'The rate: "halvanden" is not a rate. Type e.g. 1.5 % or 0.015.',
    );
    await expect(plan({ rate: "" })).rejects.toThrow("The rate: type the rate, e.g. 1.5 % or 0.015.");
    await expect(plan({ rate: "-1 %" })).rejects.toThrow("is negative");
  });

  test("text in a budget cell names the cell", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Budget", 3, 1, "ca. 2 mia.");
    const error = await plan({ tableAddress: "Afdelinger", rate: "1,5 %" }, wb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe(
      'Budgettet: Budget!B4 indeholder "ca. 2 mia.", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
    expect((error as UserError).text.en).toContain('Budget!B4 holds "ca. 2 mia."');
  });

  test("no table, and a table without names", async () => {
    await expect(plan({ tableAddress: "" })).rejects.toThrow("Select the department table");
    await expect(plan({ tableAddress: "Kvote-eksempel!B1:C4" })).rejects.toThrow("has no column of names");
  });
});

describe("quota wizard: write", () => {
  test("a live =BUDGET.QUOTA with basis, totals and a check recalculates to the worked example", async () => {
    const { wb, api, sources, preview, input: i } = await plan({});
    const write = buildQuotaWrite(sources, preview, i, "da", "Kvote-eksempel");
    expect(formatRange(write.topLeft)).toBe("'Kvote-eksempel'!E1");
    expect(quotaTargetAddress(preview, i, "Kvote-eksempel")).toBe("'Kvote-eksempel'!E1:G7");
    const f = write.block.formulas;
    expect(f[0]).toEqual(["Forvaltning (mio. kr.)", "Grundlag", "Kvote 2 %"]);
    expect(f[1]).toEqual([
      "A",
      "=ROUND('Kvote-eksempel'!B2-'Kvote-eksempel'!C2,1)",
      "=BUDGET.QUOTA('Kvote-eksempel'!B2:B4,'Kvote-eksempel'!C2:C4,0.02,1)",
    ]);
    // Stored with the English id from a Danish pane; shown as Danish Excel shows it.
    expect(shownFormula(f[1]?.[2] as string, "da")).toBe(
      "=BUDGET.KVOTE('Kvote-eksempel'!B2:B4,'Kvote-eksempel'!C2:C4,0.02,1)",
    );
    expect(f[4]).toEqual(["I alt", "=SUM(F2:F4)", "=SUM(G2:G4)"]);
    expect(f[5]).toEqual(["Samlet kvote (2 %)", "=SUM(MAX(0,F2),MAX(0,F3),MAX(0,F4))", "=ROUND(0.02*F6,1)"]);
    expect(f[6]).toEqual(["Kontrol (skal være 0)", "", "=ROUND(G5-G6,2)"]);
    await api.writeBlock(write.topLeft, write.block);
    expect(column(wb, "Kvote-eksempel", 5, 1, 5)).toEqual([100, 45.5, 0, 145.5, 145.5]);
    expect(column(wb, "Kvote-eksempel", 6, 1, 6)).toEqual([2, 0.9, 0, 2.9, 2.9, 0]);
    expect(wb.format("Kvote-eksempel", 2, 6)).toBe("#,##0.0");
    expect(wb.format("Kvote-eksempel", 6, 6)).toBe("#,##0.0");
  });

  test("laid out for print: I alt bold, headings over figures right, columns as wide as their longest text", async () => {
    const { sources, preview, input: i } = await plan({});
    const block = buildQuotaWrite(sources, preview, i, "da", "Kvote-eksempel").block;
    expect(block.bold?.map((row) => row.every(Boolean))).toEqual([false, false, false, false, true, false, false]);
    expect(block.bold?.[4]).toEqual([true, true, true]);
    expect(block.horizontalAlignment?.[0]).toEqual(["General", "Right", "Right"]);
    expect(
      block.horizontalAlignment
        ?.slice(1)
        .flat()
        .every((a) => a === "General"),
    ).toBe(true);
    // "Forvaltning (mio. kr.)" is the first column's longest text (22 characters), plus 2 of room:
    // 24 digit widths of 7 px = 168 px, 126 points. "Grundlag" (8) + 2 is the least width, 10
    // characters (70 px, 52,5 points); "Kvote 2 %" (9) + 2 is 11 (77 px, 57,75 points). Any total's
    // figure is narrower: the figures summed, 100 + 45,5 + 0 + 2 + 0,9 + 0, print "-148,4".
    expect(block.columnWidths).toEqual([126, 52.5, 57.75]);
  });

  test("values on a new sheet in English; the sample at 1,5 % with its totals", async () => {
    const {
      wb,
      api,
      sources,
      preview,
      input: i,
    } = await plan({ tableAddress: "Afdelinger", rate: "1,5 %", output: "values", newSheet: true });
    const write = buildQuotaWrite(sources, preview, i, "en", "Budget");
    expect(write.newSheet).toBe("Quotas");
    expect(formatRange(write.topLeft)).toBe("A1");
    expect(write.block.formulas[0]).toEqual(["Department (DKK million)", "Basis", "Quota 1.5%"]);
    expect(write.block.formulas.slice(1, 7).map((r) => r[2])).toEqual([62.4, 17.5, 32.2, 15.5, 63.4, 35]);
    expect(write.method.en).toContain("values from quotaPerDepartment()");
    const live = buildQuotaWrite(sources, preview, { ...i, output: "formula" }, "en", "Budget");
    expect(live.block.formulas[1]?.[2]).toBe("=BUDGET.QUOTA(Budget!B2:B7,Budget!C2:C7,0.015,1)");
    const sheet = await api.addSheet(write.newSheet as string);
    await api.writeBlock(`${sheet}!A1`, write.block);
    expect(column(wb, sheet, 1, 7, 8)).toEqual([15068.6, 15068.6]);
    expect(column(wb, sheet, 2, 7, 9)).toEqual([226, 226, 0]);
  });

  test("the live formula without an exempt column passes a blank and gives the same quotas", async () => {
    const {
      wb,
      api,
      sources,
      preview,
      input: i,
    } = await plan({ tableAddress: "Budget!A1:B7", hasExempt: false, rate: "1 %", decimals: 0, target: "Budget!G1" });
    const write = buildQuotaWrite(sources, preview, i, "da", "Budget");
    expect(write.block.formulas[1]?.[1]).toBe("=Budget!B2");
    expect(write.block.formulas[1]?.[2]).toBe('=BUDGET.QUOTA(Budget!B2:B7,"",0.01,0)');
    await api.writeBlock(write.topLeft, write.block);
    expect(column(wb, "Budget", 8, 1, 9)).toEqual([45, 13, 22, 11, 44, 24, 159, 159, 0]);
  });
});
