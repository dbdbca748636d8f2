import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import { defaultAllocationInput, type AllocationInput } from "../../src/taskpane/wizards/allocation/allocationModel";
import { planAllocation } from "../../src/taskpane/wizards/allocation/allocationPlan";
import { LooksLikeYears, readAllocationSources } from "../../src/taskpane/wizards/allocation/allocationSources";
import { buildAllocationWrite } from "../../src/taskpane/wizards/allocation/allocationWrite";
import { formatRange, type RangeRef } from "../../src/sheet/address";
import { parseTypedList } from "../../src/taskpane/logic/numbers";
import { inferenceText } from "../../src/taskpane/logic/tableInferences";
import { TableQuestion } from "../../src/taskpane/logic/tableQuestion";

function input(changes: Partial<AllocationInput>): AllocationInput {
  return { ...defaultAllocationInput(), keyAddress: "Nøgletabel", target: "Fordeling!A1", ...changes };
}

async function plan(changes: Partial<AllocationInput>) {
  const wb = createSampleMunicipality();
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readAllocationSources(api, i);
  return { wb, api, input: i, sources, preview: planAllocation(sources, i) };
}

describe("allocation wizard: plan → preview", () => {
  test("5,0 mio. typed, spread by the key table at one decimal", async () => {
    const { preview, sources } = await plan({ totalsTyped: "5,0" });
    expect(preview.departments).toEqual(["MSB", "MTM", "MSO", "MKB", "MBU", "BA"]);
    expect(preview.parts.map((r) => r[0])).toEqual([1.4, 0.4, 0.7, 0.3, 1.4, 0.8]);
    expect(preview.addsUp).toEqual([true]);
    expect(preview.columnSums).toEqual([5]);
    expect(preview.keyShares).toEqual([0.284, 0.081, 0.135, 0.068, 0.279, 0.153]);
    expect(sources.weightsArgument).toBe("Nøgle!B2:B7");
    expect(sources.totalsArgument).toBe("5");
  });

  test("a row of yearly totals with its label cell, four years", async () => {
    const { preview, sources } = await plan({ totalsFrom: "range", totalsAddress: "Besparelser!A2:E2" });
    expect(sources.totalsArgument).toBe("Besparelser!B2:E2");
    expect(preview.parts.map((r) => r[1])).toEqual([2.8, 0.8, 1.4, 0.7, 2.8, 1.5]);
    expect(preview.addsUp).toEqual([true, true, true, true]);
    expect(preview.yearHeadings).toEqual(["2024", "2025", "2026", "2027"]);
  });

  test("the year headings chosen as totals are questioned, and spread only once confirmed", async () => {
    const asked = plan({ totalsFrom: "range", totalsAddress: "Besparelser!A1:E1" });
    await expect(asked).rejects.toBeInstanceOf(LooksLikeYears);
    await expect(asked).rejects.toMatchObject({ address: "Besparelser!B1:E1" });
    await expect(asked).rejects.toThrow("Besparelser!B1:E1 holds 2024, 2025, 2026, 2027");
    const confirmed = await plan({
      totalsFrom: "range",
      totalsAddress: "Besparelser!A1:E1",
      yearsAsAmounts: "Besparelser!B1:E1",
    });
    expect(confirmed.sources.totals).toEqual([2024, 2025, 2026, 2027]);
    // 2.024 by 28,4/8,1/13,5/6,8/27,9/15,3 % in tenths: 5748,16 1639,44 2732,4 1376,32 5646,96 3096,72;
    // floors add up to 20237 of 20240, so the three largest remainders (MBU ,96, BA ,72, MTM ,44) get one more.
    expect(confirmed.preview.parts.map((r) => r[0])).toEqual([574.8, 164, 273.2, 137.6, 564.7, 309.7]);
  });

  test("whole numbers below a filled row are amounts, not headings", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    await api.writeBlock("Besparelser!B4", { formulas: [[2024, 2025, 2026, 2027]] });
    const sources = await readAllocationSources(
      api,
      input({ totalsFrom: "range", totalsAddress: "Besparelser!B4:E4" }),
    );
    expect(sources.totals).toEqual([2024, 2025, 2026, 2027]);
  });

  test("holds: one department excluded, one fixed", async () => {
    const { preview } = await plan({
      totalsTyped: "10",
      holds: [{ kind: "fixed", amount: "1,0" }, { kind: "free" }, { kind: "free" }, { kind: "excluded" }],
    });
    const column = preview.parts.map((r) => r[0]);
    expect(column[0]).toBe(1);
    expect(column[3]).toBe(0);
    expect(preview.columnSums).toEqual([10]);
    expect(preview.addsUp).toEqual([true]);
  });

  test("key from a base column (the budgets give the administrative key back) and equal shares", async () => {
    const base = await plan({ totalsTyped: "5", keyFrom: "base", keyAddress: "Budget!A1:B7" });
    expect(base.sources.weightsArgument).toBe("Budget!B2:B7");
    expect(base.sources.weightsFromBase).toBe(true);
    const baseWrite = buildAllocationWrite(base.sources, base.preview, base.input, "da", "Fordeling");
    const stored = baseWrite.block.formulas[1]?.[1] as string;
    expect(stored).toBe("=BUDGET.DISTRIBUTE(5,BUDGET.KEY(Budget!B2:B7),1)");
    expect(shownFormula(stored, "da")).toBe("=BUDGET.FORDEL(5,BUDGET.NØGLE(Budget!B2:B7),1)");
    await base.api.writeBlock(baseWrite.topLeft, baseWrite.block);
    expect(Array.from({ length: 6 }, (_, r) => base.wb.value("Fordeling", r + 1, 1))).toEqual([
      1.4, 0.4, 0.7, 0.3, 1.4, 0.8,
    ]);
    expect(base.preview.keyShares).toEqual([0.284, 0.081, 0.135, 0.068, 0.279, 0.153]);
    expect(base.preview.parts.map((r) => r[0])).toEqual([1.4, 0.4, 0.7, 0.3, 1.4, 0.8]);
    const equal = await plan({ totalsTyped: "1", keyFrom: "equal", keyAddress: "Nøgletabel", decimals: 2 });
    expect(equal.preview.parts.map((r) => r[0])).toEqual([0.17, 0.17, 0.17, 0.17, 0.16, 0.16]);
    expect(equal.sources.weightsArgument).toBe("{1;1;1;1;1;1}");
  });

  test("text in a key column names the cell", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Nøgle", 3, 1, "n/a");
    const api = createMemoryWorkbookApi(wb);
    const error = await readAllocationSources(api, input({ totalsTyped: "5" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe(
      'Nøglen: Nøgle!B4 indeholder "n/a", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
    expect((error as UserError).text.en).toContain('Nøgle!B4 holds "n/a"');
  });

  test("holds beyond the total, and a typed total that is not a number", async () => {
    await expect(plan({ totalsTyped: "1", holds: [{ kind: "fixed", amount: "2" }] })).rejects.toThrow(
      /held amounts exceed/,
    );
    await expect(plan({ totalsTyped: "fem" })).rejects.toThrow(/"fem" \(place 1\) is not a number/);
  });

  test("the core's message about the holds is Danish in the Danish pane", async () => {
    const error: unknown = await plan({ totalsTyped: "1", holds: [{ kind: "fixed", amount: "2" }] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text.da).toBe(
      "De fastholdte beløb er større end totalen. Sænk dem eller hæv totalen. (fastholdte: summer til 2, mere end totalen 1. Sænk de fastholdte beløb, eller hæv totalen.)",
    );
    expect((error as UserError).text.en).toBe(
      "The held amounts exceed the total. Lower them or raise the total. (holds: add up to 2, beyond the total 1. Lower the holds or raise the total.)",
    );
  });
});

describe("allocation wizard: tables as people make them (issue 25)", () => {
  const FIVE = [1.4, 0.4, 0.7, 0.3, 1.4, 0.8];

  test("defect 1: Nøgle!A1:B8 with its I alt row gives six departments, MSB 28,4 %, the total row named", async () => {
    const { preview, sources } = await plan({ keyAddress: "Nøgle!A1:B8", totalsTyped: "5,0" });
    expect(preview.departments).toEqual(["MSB", "MTM", "MSO", "MKB", "MBU", "BA"]);
    expect(preview.keyShares[0]).toBe(0.284);
    expect(preview.parts.map((r) => r[0])).toEqual(FIVE);
    expect(sources.weightsArgument).toBe("Nøgle!B2:B7");
    expect(sources.inferences).toEqual([{ code: "totalRowLeftOut", row: "Nøgle!A8", label: "I alt", bySum: false }]);
    const far = await plan({ keyAddress: "Nøgle!A1:B77", totalsTyped: "5,0" });
    expect(far.preview.departments).toHaveLength(6);
    expect(far.sources.inferences).toContainEqual({
      code: "blankRowsLeftOut",
      first: "Nøgle!A9",
      last: "Nøgle!A77",
      count: 69,
    });
  });

  test("a total row under another name is asked about; taken in it makes 200 %, which is asked about too", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Nøgle", 7, 0, "Hele kommunen");
    const api = createMemoryWorkbookApi(wb);
    const i = input({ keyAddress: "Nøgle!A1:B8", totalsTyped: "5,0" });
    await expect(readAllocationSources(api, i)).rejects.toMatchObject({ id: "sum:Nøgle!A8" });
    const asTotal = await readAllocationSources(api, i, { "sum:Nøgle!A8": "total" });
    expect(asTotal.departments).toHaveLength(6);
    const asData = readAllocationSources(api, i, { "sum:Nøgle!A8": "data" });
    await expect(asData).rejects.toBeInstanceOf(TableQuestion);
    await expect(asData).rejects.toThrow("adds up to 200.0 %, far from 100 %");
    const spread = await readAllocationSources(api, i, { "sum:Nøgle!A8": "data", "keySum:Nøgle!A1:B8": "spread" });
    expect(spread.inferences).toContainEqual({ code: "keyFarFromHundred", sum: 200 });
  });

  test("a plain-number key with its total taken in (28,4 … 15,3 and 100,0: 200) is asked about, naming the row", async () => {
    const wb = createSampleMunicipality();
    // The key typed as plain percentages, and "I alt" under another name, so only the sum gives it away.
    [28.4, 8.1, 13.5, 6.8, 27.9, 15.3, 100].forEach((w, r) => wb.setInput("Nøgle", r + 1, 1, w, "0.0"));
    wb.setInput("Nøgle", 7, 0, "Kommunen");
    const api = createMemoryWorkbookApi(wb);
    const i = input({ keyAddress: "Nøgle!A1:B8", totalsTyped: "5,0" });
    const answers = { "sum:Nøgle!A8": "data" };
    const asked = await readAllocationSources(api, i, answers).catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(TableQuestion);
    expect((asked as TableQuestion).text.da).toBe(
      "Nøglen: Nøgle!A1:B8 summer til 200,0, og Nøgle!B8 (Kommunen) er summen af alle de andre rækker. Er en totalrække taget med? Vælg tabellen uden den, eller fordel med den som en vægt alligevel.",
    );
    const spread = await readAllocationSources(api, i, { ...answers, "keySum:Nøgle!A1:B8": "spread" });
    expect(spread.departments).toHaveLength(7);
    expect(spread.inferences).toContainEqual({ code: "keyHoldsItsTotal", row: "Nøgle!B8 (Kommunen)" });
  });

  test("plain weights far from 100 are spread without a question when no row is the sum of the others", async () => {
    const wb = createSampleMunicipality();
    // Head counts: 412 + 95 + 180 + 88 + 390 + 205 = 1.370, no row half of it.
    [412, 95, 180, 88, 390, 205].forEach((w, r) => wb.setInput("Nøgle", r + 1, 1, w, "0"));
    const api = createMemoryWorkbookApi(wb);
    const sources = await readAllocationSources(api, input({ keyAddress: "Nøgle!A1:B7", totalsTyped: "5,0" }));
    expect(sources.weights).toEqual([412, 95, 180, 88, 390, 205]);
    expect(sources.inferences.map((x) => x.code)).not.toContain("keyHoldsItsTotal");
    // Two equal weights are not a total and its part: with two rows it is not asked.
    const two = createSampleMunicipality();
    [3, 3].forEach((w, r) => two.setInput("Nøgle", r + 1, 1, w, "0"));
    const twoSources = await readAllocationSources(
      createMemoryWorkbookApi(two),
      input({ keyAddress: "Nøgle!A1:B3", totalsTyped: "5,0" }),
    );
    expect(twoSources.weights).toEqual([3, 3]);
  });

  test("a published key at 99,9 % is spread as it is, and the preview says it was 0,1 point off", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Nøgle", 6, 1, 0.152, "0.0%");
    const api = createMemoryWorkbookApi(wb);
    const i = input({ keyAddress: "Nøgle!A1:B8", totalsTyped: "5,0" });
    const sources = await readAllocationSources(api, i);
    expect(sources.inferences).toContainEqual({ code: "keyNotHundred", sum: 99.9, off: 0.1 });
    expect(inferenceText({ code: "keyNotHundred", sum: 99.9, off: 0.1 }).da).toBe(
      "Nøglen summer til 99,9 %, 0,1 procentpoint fra 100 %. Hele beløbet fordeles efter vægtenes forhold.",
    );
    // 50 tenths by 284/81/135/68/279/152 of 999: 14,21 4,05 6,76 3,40 13,96 7,61 → floors 47 → MBU, MSO, BA get one.
    expect(planAllocation(sources, i).parts.map((r) => r[0])).toEqual(FIVE);
  });

  test("a negative key cell is named in Danish percent", async () => {
    const wb = createSampleMunicipality();
    wb.setInput("Nøgle", 3, 1, -0.135, "0.0%");
    const error = await readAllocationSources(createMemoryWorkbookApi(wb), input({ totalsTyped: "5" })).catch(
      (e: unknown) => e,
    );
    expect((error as UserError).text.da).toContain("Nøgle!B4 (MSO) er \u221213,5 %");
    expect((error as UserError).text.da).not.toContain("-0.135");
  });

  test("title, two heading rows, units, a blank row, a group column, MSB i alt and a footnote: the key as meant", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    wb.addSheet("Rå");
    await api.writeBlock("Rå!A1", {
      formulas: [
        ["Administrativ nøgle 2025", "", ""],
        ["Område", "Afdeling", "Andel"],
        ["", "", "i %"],
        ["Velfærd", "MSB", "28,4 %"],
        ["", "MSO", "13,5 %"],
        ["", "MBU", "27,9 %"],
        ["Velfærd i alt", "", "69,8 %"],
        ["", "", ""],
        ["Teknik", "MTM", "8,1 %"],
        ["", "MKB", "6,8 %"],
        ["", "BA", "15,3 %"],
        ["Hovedtotal", "", "100,0 %"],
        ["Kilde: Budget 2025", "", ""],
      ],
    });
    const i = input({ keyAddress: "Rå!A1:C13", totalsTyped: "5,0" });
    const sources = await readAllocationSources(api, i);
    expect(sources.departments).toEqual(["MSB", "MSO", "MBU", "MTM", "MKB", "BA"]);
    expect(sources.weightsArgument).toBe("{0.284;0.135;0.279;0.081;0.068;0.153}");
    // The same key in another order: MSB 1,4 MSO 0,7 MBU 1,4 MTM 0,4 MKB 0,3 BA 0,8.
    expect(planAllocation(sources, i).parts.map((r) => r[0])).toEqual([1.4, 0.7, 1.4, 0.4, 0.3, 0.8]);
    expect(sources.inferences.map((x) => x.code)).toEqual([
      "headingRows",
      "namesFromColumn",
      "titleRowLeftOut",
      "subtotalRowLeftOut",
      "blankRowsLeftOut",
      "totalRowLeftOut",
      "footnoteLeftOut",
      "valuesNotCells",
    ]);
  });

  test("a hidden row, as the host reports it, is asked about and left out when the user says so", async () => {
    const wb = createSampleMunicipality();
    const memory = createMemoryWorkbookApi(wb);
    const api = {
      ...memory,
      readRange: async (address: string | RangeRef) => ({
        ...(await memory.readRange(address)),
        hiddenRows: [false, false, false, false, true, false, false, false],
      }),
    };
    const i = input({ keyAddress: "Nøgle!A1:B8", totalsTyped: "5,0" });
    const asked = readAllocationSources(api, i);
    await expect(asked).rejects.toMatchObject({ id: "hidden:Nøgle!A5" });
    await expect(asked).rejects.toThrow("the row Nøgle!A5 (MKB) is hidden in the sheet");
    const left = await readAllocationSources(api, i, { "hidden:Nøgle!A5": "leaveOut" });
    expect(left.departments).toEqual(["MSB", "MTM", "MSO", "MBU", "BA"]);
    expect(left.weightsArgument).toBe("{0.284;0.081;0.135;0.279;0.153}");
    expect(left.inferences).toContainEqual({ code: "hiddenRowsLeftOut", rows: ["Nøgle!A5"] });
  });

  test("typed lists: an empty year keeps its place and is refused by place; 5,0 % is asked about", async () => {
    await expect(plan({ totalsTyped: "5,0;;12,5" })).rejects.toThrow("place 2 in the list is empty");
    expect(parseTypedList("5,0; 10,0; 12,5;")).toEqual({ values: [5, 10, 12.5], percentAt: [] });
    const asked = plan({ totalsTyped: "5,0 %" });
    await expect(asked).rejects.toBeInstanceOf(TableQuestion);
    await expect(asked).rejects.toThrow('"5,0 %" is typed with %, but an amount goes here');
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const read = await readAllocationSources(api, input({ totalsTyped: "5,0 %" }), { "percentTotal:5,0 %": "number" });
    expect(read.totals).toEqual([5]);
  });
});

describe("allocation wizard: write", () => {
  test("a live formula with labels and totals recalculates to the parts", async () => {
    const { wb, api, sources, preview, input: i } = await plan({ totalsTyped: "5,0" });
    const write = buildAllocationWrite(sources, preview, i, "da", "Fordeling");
    expect(formatRange(write.topLeft)).toBe("Fordeling!A1");
    // A Danish pane writes the English id that range.formulas takes; Danish Excel shows the Danish name.
    const stored = write.block.formulas[1]?.[1] as string;
    expect(stored).toBe("=BUDGET.DISTRIBUTE(5,Nøgle!B2:B7,1)");
    expect(shownFormula(stored, "da")).toBe("=BUDGET.FORDEL(5,Nøgle!B2:B7,1)");
    await api.writeBlock(write.topLeft, write.block);
    const values = Array.from({ length: 8 }, (_, r) => wb.value("Fordeling", r, 1));
    expect(values).toEqual([2024, 1.4, 0.4, 0.7, 0.3, 1.4, 0.8, 5]);
    expect(wb.value("Fordeling", 7, 0)).toBe("I alt");
    expect(wb.format("Fordeling", 2, 1)).toBe("#,##0.0");
  });

  test("values with holds; the formula with holds gives the same numbers", async () => {
    const holds = [{ kind: "free" as const }, { kind: "excluded" as const }];
    const {
      wb,
      api,
      sources,
      preview,
      input: i,
    } = await plan({ totalsTyped: "5,0; 10", holds, output: "values", labels: false, target: "Fordeling!C3" });
    const write = buildAllocationWrite(sources, preview, i, "en", "Fordeling");
    expect(write.block.formulas).toEqual(preview.parts);
    await api.writeBlock(write.topLeft, write.block);
    const live = buildAllocationWrite(
      sources,
      preview,
      { ...i, output: "formula", target: "Fordeling!H3" },
      "en",
      "Fordeling",
    );
    expect(live.block.formulas[0]?.[0]).toBe('=BUDGET.DISTRIBUTE({5,10},Nøgle!B2:B7,1,{"";0;"";"";"";""})');
    await api.writeBlock(live.topLeft, live.block);
    for (let r = 0; r < 6; r++)
      for (let c = 0; c < 2; c++) {
        const value = wb.value("Fordeling", 2 + r, 7 + c);
        expect(value instanceof FormulaError ? value.message : value).toBe(preview.parts[r]?.[c]);
      }
  });
});
