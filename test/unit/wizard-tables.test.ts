/**
 * Every wizard's Sources step on tables as economists make them (issue 25): a title, a heading over
 * two rows, a units row, blank rows, "I alt", "Total", "Hovedtotal", "MSB i alt", a footnote. The
 * expected numbers are the wizards' own worked examples (DOMAIN.md, the README), which the messy
 * table must give exactly as the trimmed one does.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import type { CellInput } from "../../src/sheet/types";
import { readCatalogueGrid } from "../../src/negotiation/proposalCatalogue";
import { defaultFollowUpInput } from "../../src/taskpane/wizards/followup/followUpModel";
import { planFollowUp } from "../../src/taskpane/wizards/followup/followUpPlan";
import { readFollowUpSources } from "../../src/taskpane/wizards/followup/followUpSources";
import { defaultImplementationInput } from "../../src/taskpane/wizards/implementation/implementationModel";
import { planImplementation } from "../../src/taskpane/wizards/implementation/implementationPlan";
import { readImplementationSources } from "../../src/taskpane/wizards/implementation/implementationSources";
import { defaultProgrammeInput } from "../../src/taskpane/wizards/programme/programmeModel";
import { readProgrammeSources } from "../../src/taskpane/wizards/programme/programmeSources";
import { planProgramme } from "../../src/taskpane/wizards/programme/programmePlan";
import { buildProgrammeWrite } from "../../src/taskpane/wizards/programme/programmeWrite";
import { TableQuestion } from "../../src/taskpane/logic/tableQuestion";
import { defaultQuotaInput } from "../../src/taskpane/wizards/quota/quotaModel";
import { planQuota } from "../../src/taskpane/wizards/quota/quotaPlan";
import { readQuotaSources } from "../../src/taskpane/wizards/quota/quotaSources";

function sheet(wb: MemoryWorkbook, name: string, rows: CellInput[][], top = 0, left = 0): void {
  if (!wb.sheets.some((s) => s.name === name)) wb.addSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => wb.setInput(name, top + r, left + c, v)));
}

describe("Kvote reads the department table from title to total", () => {
  // DOMAIN.md's quota example (2 %, one decimal): A 2,0, B 0,9, C 0,0, total 2,9.
  const MESSY: CellInput[][] = [
    ["Serviceudgifter, budget 2025", "", ""],
    ["Afdeling", "Budget", "Undtaget"],
    ["", "(mio. kr.)", "(mio. kr.)"],
    ["A", 100, 0],
    ["B", 55.5, 10],
    ["", "", ""],
    ["C", -3, -3],
    ["Total", 152.5, 7],
    ["Kilde: økonomiafdelingen", "", ""],
  ];

  test("title, units, a blank row, Total and a footnote are left out and said; the quotas are DOMAIN.md's", async () => {
    const wb = createSampleMunicipality();
    sheet(wb, "Rå", MESSY);
    const input = { ...defaultQuotaInput(), tableAddress: "Rå!A1:C9", rate: "2 %", target: "Rå!E1" };
    const sources = await readQuotaSources(createMemoryWorkbookApi(wb), input);
    expect(sources.departments).toEqual(["A", "B", "C"]);
    expect(sources.budgetCells).toEqual(["Rå!B4", "Rå!B5", "Rå!B7"]);
    // The rows are not together (a blank between B and C): the formula gets the values.
    expect(sources.budgetsAddress).toBe("{100;55.5;-3}");
    expect(sources.inferences).toEqual([
      { code: "titleRowLeftOut", row: "Rå!A1", label: "Serviceudgifter, budget 2025" },
      { code: "unitsRowLeftOut", row: "Rå!A3", label: "(mio. kr.)" },
      { code: "blankRowsLeftOut", first: "Rå!A6", last: "Rå!A6", count: 1 },
      { code: "totalRowLeftOut", row: "Rå!A8", label: "Total", bySum: false },
      { code: "footnoteLeftOut", row: "Rå!A9", label: "Kilde: økonomiafdelingen" },
      { code: "valuesNotCells", range: "Rå!A1:C9" },
    ]);
    const preview = planQuota(sources, input);
    expect(preview.quota).toEqual([2, 0.9, 0]);
    expect(preview.totalQuota).toBe(2.9);
  });

  test("a blank exempt cell is read as 0 and said", async () => {
    const wb = createSampleMunicipality();
    sheet(wb, "Rå", [
      ["Afdeling", "Budget", "Undtaget"],
      ["A", 100, ""],
      ["B", 55.5, 10],
      ["I alt", 155.5, 10],
    ]);
    const input = { ...defaultQuotaInput(), tableAddress: "Rå!A1:C4", rate: "2 %", target: "Rå!E1" };
    const sources = await readQuotaSources(createMemoryWorkbookApi(wb), input);
    expect(sources.exempt).toEqual([0, 10]);
    expect(sources.budgetsAddress).toBe("Rå!B2:B3");
    expect(sources.inferences).toContainEqual({ code: "blankReadAsZero", cells: ["Rå!C2"], names: ["A"] });
  });
});

describe("Effektiviseringskatalog reads a block with its title, heading and I alt row", () => {
  test("the gains block dragged title to footnote gives the sample's three programmes", async () => {
    const wb = createSampleMunicipality();
    sheet(wb, "Rå", [
      ["Gevinster ved effektivisering", "", "", "", ""],
      ["Indsats", 2024, 2025, 2026, 2027],
      ["mio. kr.", "", "", "", ""],
      ["Digital post", 0, 2, 4.5, 4.5],
      ["Fælles indkøb", 1.2, 2.4, 3, 3],
      ["Energirenovering", 0.5, 1.5, 2.5, 3.5],
      ["I alt", 1.7, 5.9, 10, 11],
      ["Note: 2027 er skønnet", "", "", "", ""],
    ]);
    const input = {
      ...defaultProgrammeInput(),
      gainsAddress: "Rå!A1:E8",
      costsAddress: "Katalog!A6:E9",
      targetFrom: "typed" as const,
      targetTyped: "12,0",
      target: "Rå!H1",
    };
    const sources = await readProgrammeSources(createMemoryWorkbookApi(wb), input);
    expect(sources.gains.names).toEqual(["Digital post", "Fælles indkøb", "Energirenovering"]);
    expect(sources.gains.years).toEqual(["2024", "2025", "2026", "2027"]);
    expect(sources.gains.amountsAddress).toBe("Rå!B4:E6");
    expect(sources.gains.cells[2]).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(sources.inferences.map((i) => i.code)).toEqual([
      "titleRowLeftOut",
      "unitsRowLeftOut",
      "totalRowLeftOut",
      "footnoteLeftOut",
    ]);
  });

  describe("a subtotal between programmes", () => {
    const SUBTOTAL: CellInput[][] = [
      ["Gevinster", 2024, 2025],
      ["Digital post", 0, 2],
      ["MSB i alt", 0, 2],
      ["Fælles indkøb", 1.2, 2.4],
      ["", "", ""],
      ["Omkostninger", 2024, 2025],
      ["Digital post", -1.5, -1],
      ["", "", ""],
      ["Fælles indkøb", -0.4, -0.2],
    ];
    const base = {
      ...defaultProgrammeInput(),
      gainsAddress: "Rå!A1:C4",
      costsAddress: "Rå!A6:C9",
      targetFrom: "typed" as const,
      targetTyped: "1,0",
      target: "Rå!H1",
    };
    // Nets by hand: Digital post 0 − 1,5 = −1,5 and 2 − 1 = 1,0; Fælles indkøb 1,2 − 0,4 = 0,8 and 2,4 − 0,2 = 2,2.
    const NETS = [
      [-1.5, 1],
      [0.8, 2.2],
    ];

    test("live formulas: asked, naming the row in the way and offering values; nothing read before the answer", async () => {
      const wb = createSampleMunicipality();
      sheet(wb, "Rå", SUBTOTAL);
      const api = createMemoryWorkbookApi(wb);
      const error = await readProgrammeSources(api, base).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TableQuestion);
      const question = error as TableQuestion;
      expect(question.id).toBe("together:Rå!A1:C4");
      expect(question.text.da).toContain("Rå!A3 står mellem rækkerne i Rå!A1:C4");
      expect(question.text.da).toContain("skriv faste værdier uden de mellemliggende rækker");
      expect(question.choices.map((c) => c.answer)).toEqual(["values"]);
      // Answered for the gains, the costs (a blank row between) ask in turn.
      const costs = await readProgrammeSources(api, base, { [question.id]: "values" }).catch((e: unknown) => e);
      expect((costs as TableQuestion).id).toBe("together:Rå!A6:C9");
      const answers = { [question.id]: "values", "together:Rå!A6:C9": "values" };
      const sources = await readProgrammeSources(api, base, answers);
      expect(sources.gains.names).toEqual(["Digital post", "Fælles indkøb"]);
      expect(sources.gains.cellAt(1, 0)).toBe("Rå!B4");
      expect(sources.inferences).toContainEqual({ code: "valuesForRowsApart", range: "Rå!A1:C4", cell: "Rå!A3" });
      const preview = planProgramme(sources, base);
      expect(preview.net).toEqual(NETS);
      // Written as values, never as a formula over B2:C4 that would take the subtotal in.
      const written = buildProgrammeWrite(sources, preview, base, "da", "Rå").block.formulas;
      expect(written[1]?.slice(1, 3)).toEqual(NETS[0]);
      expect(written[2]?.slice(1, 3)).toEqual(NETS[1]);
      expect(written.flat().some((v) => typeof v === "string" && v.includes("NETTOEFFEKT"))).toBe(false);
    });

    test("values: the rows between are left out without a question, and the preview says so", async () => {
      const wb = createSampleMunicipality();
      sheet(wb, "Rå", SUBTOTAL);
      const input = { ...base, output: "values" as const };
      const sources = await readProgrammeSources(createMemoryWorkbookApi(wb), input);
      expect(sources.inferences).toContainEqual({
        code: "subtotalRowLeftOut",
        row: "Rå!A3",
        label: "MSB i alt",
        bySum: false,
      });
      expect(sources.inferences).toContainEqual({ code: "rowsApartAsValues", range: "Rå!A1:C4" });
      expect(sources.inferences).toContainEqual({ code: "rowsApartAsValues", range: "Rå!A6:C9" });
      expect(planProgramme(sources, input).net).toEqual(NETS);
    });
  });

  test("Udmøntning: a blank row between the adopted amounts, live formulas each over their own row", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const adopted = (await api.readRange("Udmøntning!F1:J4")).formulas;
    sheet(wb, "Rå", [adopted[0] ?? [], adopted[1] ?? [], ["", "", "", "", ""], ...adopted.slice(2)]);
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Udmøntning!A1:D54",
      amountsAddress: "Rå!A1:E5",
      target: "Rå!H1",
    };
    const messy = await readImplementationSources(api, input);
    const clean = await readImplementationSources(api, { ...input, amountsAddress: "Udmøntning!F1:J4" });
    expect(planImplementation(messy, input)).toEqual(
      planImplementation(clean, { ...input, amountsAddress: "Udmøntning!F1:J4" }),
    );
    const rows = messy.departments.filter((d) => d.adopted).map((d) => d.adopted?.argument);
    expect(rows).toEqual(["Rå!B2:E2", "Rå!B4:E4", "Rå!B5:E5"]);
  });
});

describe("Gevinstopfølgning reads plan and realisation with Hovedtotal rows", () => {
  test("the sample's rates come out the same with a Hovedtotal under each block", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const plan = (await api.readRange("Gevinster!A1:E5")).formulas;
    const realised = (await api.readRange("Gevinster!A7:E11")).formulas;
    sheet(wb, "Rå", [
      ...plan,
      ["Hovedtotal", 3.7, 7.9, 13, 14],
      ["", "", "", "", ""],
      ...realised,
      ["Hovedtotal", "", "", "", ""],
    ]);
    const input = { ...defaultFollowUpInput(), planAddress: "Rå!A1:E6", realisedAddress: "Rå!A8:E13", target: "Rå!H1" };
    const sources = await readFollowUpSources(api, input);
    expect(sources.plan.names).toEqual(["Digital post", "Fælles indkøb", "Energirenovering", "Ny vagtplan"]);
    expect(sources.realised.amountsAddress).toBe("Rå!B9:E12");
    // README: 2,7/3,0 = 90 %, 2,9/3,6 = 80,6 %, 0,3/0,5 = 60 %, 2,4/3,0 = 80 %.
    expect(planFollowUp(sources, input).rates).toEqual([0.9, 0.8055555556, 0.6, 0.8]);
    expect(sources.inferences).toContainEqual({
      code: "totalRowLeftOut",
      row: "Rå!A6",
      label: "Hovedtotal",
      bySum: false,
    });
    expect(sources.inferences).toContainEqual({
      code: "totalRowLeftOut",
      row: "Rå!A13",
      label: "Hovedtotal",
      bySum: false,
    });
  });
});

describe("Udmøntning reads a tree with a title and an I alt row", () => {
  test("the README's worked example: 11 gets 30, 12 gets 10, 21 gets 60, 31 gets 6, 32 gets 5", async () => {
    const wb = new MemoryWorkbook();
    sheet(wb, "Træ", [
      ["Kontoplan, udtræk 2025", "", "", ""],
      ["Id", "Navn", "Overordnet", "Budget"],
      ["A", "Afdeling A", "", ""],
      ["A1", "Område 1", "A", ""],
      [11, "Sted 11", "A1", 300],
      [12, "Sted 12", "A1", 100],
      ["A2", "Område 2", "A", ""],
      [21, "Sted 21", "A2", 600],
      ["B", "Afdeling B", "", ""],
      [31, "Sted 31", "B", 50],
      [32, "Sted 32", "B", 50],
      ["I alt", "", "", 1100],
    ]);
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Træ!A1:D12",
      amountsFrom: "typed" as const,
      amountsTyped: "A: 100\nB: 11",
      unit: "kr" as const,
      decimals: 0,
      target: "Træ!J1",
    };
    const sources = await readImplementationSources(createMemoryWorkbookApi(wb), input);
    expect(sources.tree.idsAddress).toBe("Træ!A3:A11");
    expect(sources.inferences).toEqual([
      { code: "titleRowLeftOut", row: "Træ!B1", label: "Kontoplan, udtræk 2025" },
      { code: "totalRowLeftOut", row: "Træ!B12", label: "I alt", bySum: false },
    ]);
    const preview = planImplementation(sources, input);
    expect(preview.rows.map((r) => [r.id, r.amounts[0]])).toEqual([
      ["A", 100],
      ["A1", 40],
      ["11", 30],
      ["12", 10],
      ["A2", 60],
      ["21", 60],
      ["B", 11],
      ["31", 6],
      ["32", 5],
    ]);
  });
});

describe("Forhandling reads the catalogue's proposals, not its subtotals", () => {
  test("a title above the heading row, MSB i alt, a units row and I alt are no proposals", () => {
    const grid = [
      ["Omprioriteringskatalog 2027", "", "", ""],
      ["Afdeling", "Titel", 2027, 2028],
      ["", "mio. kr.", "", ""],
      ["MSB", "Færre vikarer", 1.25, 2.45],
      ["MSB", "Digital post", 0.35, 0.35],
      ["MSB i alt", "", 1.6, 2.8],
      ["MBU", "Lukning af filial", 2.15, 3.05],
      ["I alt", "", 3.75, 5.85],
    ];
    const rows = readCatalogueGrid(grid, "Katalog!A1:D8", (r, c) => `R${r + 1}C${c + 1}`);
    expect(rows.years).toEqual(["2027", "2028"]);
    expect(rows.proposals).toEqual([
      { department: "MSB", title: "Færre vikarer", amounts: [1.25, 2.45] },
      { department: "MSB", title: "Digital post", amounts: [0.35, 0.35] },
      { department: "MBU", title: "Lukning af filial", amounts: [2.15, 3.05] },
    ]);
  });
});
