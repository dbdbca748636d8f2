/**
 * One status rule for the negotiation sheet's formulas and the annex (issue 25, defect 3), and
 * department names matched exactly (issue 18, item 4), in the in-memory workbook. A status counts
 * when Excel's TRIM of it is one of the sheet's words in any case: "Vedtaget " and "vedtaget" count;
 * "Vedtaget" followed by a tab (TRIM leaves tabs) and "Vedtagt" count nowhere and are named.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { buildAnnexTable } from "../../src/annex/annexTable";
import { caseTwins, scenarioTotals, type Negotiation } from "../../src/negotiation/model";
import { caseTwinsText, unrecognisedText } from "../../src/negotiation/notices";
import { readNegotiationGrid } from "../../src/negotiation/readSheet";
import { buildSheet, sheetLayout } from "../../src/negotiation/sheet";
import { excelTrim, statusOf } from "../../src/negotiation/words";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { defaultAnnexInput, planAnnex, readAnnexSources } from "../../src/taskpane/wizards/annex/annexWizardLogic";

const value = (wb: MemoryWorkbook, sheet: string, row: number, column: number): unknown => {
  const v = wb.value(sheet, row, column);
  return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
};

/** Hundredths as whole numbers: an independent, exact sum for the checks. */
const cents = (x: number) => Math.round(x * 100);

describe("one status rule for the sheet and the annex", () => {
  test("the rule is Excel's TRIM and any case, in the sheet's own language", () => {
    expect(excelTrim("  Vedtaget   i  dag ")).toBe("Vedtaget i dag");
    expect(excelTrim("Vedtaget\t")).toBe("Vedtaget\t");
    expect(statusOf("Vedtaget ", "da")).toBe("adopted");
    expect(statusOf(" vEDTAGET", "da")).toBe("adopted");
    expect(statusOf("  delvis ", "da")).toBe("partial");
    expect(statusOf("Vedtaget\t", "da")).toBeUndefined();
    expect(statusOf("Vedtagt", "da")).toBeUndefined();
    expect(statusOf("Adopted", "da")).toBeUndefined();
    expect(statusOf("adopted ", "en")).toBe("adopted");
    expect(statusOf(1, "da")).toBeUndefined();
  });

  test('defect 3: "Vedtaget " is counted by the sheet\'s formulas and the annex alike; unknown statuses by neither, and named', async () => {
    const wb = createSampleMunicipality();
    const L = sheetLayout(sampleNegotiation());
    const status = (proposal: number, text: string) =>
      wb.setInput("Forhandling", L.firstProposal + proposal, L.statusColumn(0), text);
    // Forlig A, 2024 (mio. kr.): Færre vikarer 1,25 and Samkørsel 0,4 adopted as typed with a space
    // and in lower case, Nattevagt partial 0,5; Lukning 2,15 with a tab and Færre licenser 0,2 with
    // a typo count nowhere. The sheet: 1,25 + 0,4 + 0,5 = 2,15.
    status(0, "Vedtaget ");
    status(2, "vedtaget");
    status(3, " Delvis  ");
    status(4, "Vedtaget\t");
    status(6, "Vedtagt");
    expect(value(wb, "Forhandling", L.yearAdoptedRow(0), L.yearColumn(0))).toBe(2.15);
    const api = createMemoryWorkbookApi(wb);
    const input = { ...defaultAnnexInput(), source: "Forhandling!A1", scenario: "Forlig A", decimals: 2 };
    const table = planAnnex(await readAnnexSources(api, input), input);
    // The annex counts the same three proposals: its 2024 total is the sheet's 2,15, not 4,5.
    expect(table.yearTotals[0]).toBe(2.15);
    expect(table.departments.flatMap((d) => d.proposals.map((p) => p.title))).toEqual([
      "Færre vikarer",
      "Samkørsel af kørsel",
      "Nattevagt på tværs",
    ]);
    expect(table.unrecognised.map((u) => [u.title, u.text])).toEqual([
      ["Lukning af filial", "Vedtaget\t"],
      ["Færre licenser", "Vedtagt"],
    ]);
    expect(unrecognisedText(table.unrecognised, table.sheetLanguage)?.da).toBe(
      '2 status tælles hverken på arket eller i bilaget, fordi de ikke er Vedtaget, Forkastet, Delvis (store eller små bogstaver og mellemrum før og efter er ligegyldige): Forlig A, MBU: Lukning af filial "Vedtaget\t"; Forlig A, BA: Færre licenser "Vedtagt". Ret dem på forhandlingsarket.',
    );
    // Every year of the sheet equals the annex's exact rows, summed independently in hundredths.
    const read = (await readAnnexSources(api, input)).negotiation;
    const core = scenarioTotals(read, 0);
    for (let y = 0; y < 4; y++) {
      const sheet = value(wb, "Forhandling", L.yearAdoptedRow(0), L.yearColumn(y)) as number;
      expect(core.adopted[y]).toBe(sheet);
      const printed = table.departments.reduce(
        (sum, d) => sum + d.proposals.reduce((s, p) => s + cents(p.cells[y] as number), 0),
        0,
      );
      expect(printed).toBe(cents(sheet));
    }
  });

  test("a re-run keeps a status it does not know as typed, so nothing typed is blanked", () => {
    const n = sampleNegotiation();
    const wb = new MemoryWorkbook();
    wb.addSheet("Forhandling");
    const write = (negotiation: Negotiation) =>
      buildSheet(negotiation, "da", 2).formulas.forEach((row, r) =>
        row.forEach((input, c) => wb.setInput("Forhandling", r, c, input)),
      );
    write(n);
    const L = sheetLayout(n);
    wb.setInput("Forhandling", L.firstProposal + 1, L.statusColumn(1), "Vedtagt");
    const grid = () => {
      const { rows, columns } = wb.requireSheet("Forhandling").extent();
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (__, c) => wb.value("Forhandling", r, c)),
      );
    };
    const read = readNegotiationGrid(grid(), "Forhandling");
    expect(read.proposals[1]?.choices[1]).toMatchObject({ status: undefined, unrecognised: "Vedtagt" });
    write(read);
    expect(wb.value("Forhandling", L.firstProposal + 1, L.statusColumn(1))).toBe("Vedtagt");
  });
});

describe("department names are matched exactly, never as SUMIFS criteria", () => {
  function sheetWith(departments: string[]): { wb: MemoryWorkbook; n: Negotiation } {
    const n: Negotiation = {
      unit: "mkr",
      years: ["2027"],
      scenarios: ["Forlig A"],
      proposals: departments.map((department, i) => ({
        department,
        title: `Forslag ${i + 1}`,
        amounts: [i + 1],
        choices: [{ status: "adopted", partial: [null] }],
      })),
      room: [null],
      quotas: new Map(),
    };
    const wb = new MemoryWorkbook();
    wb.addSheet("Forhandling");
    buildSheet(n, "da", 1).formulas.forEach((row, r) =>
      row.forEach((input, c) => wb.setInput("Forhandling", r, c, input)),
    );
    return { wb, n };
  }

  test('"B*", "<Tværgående>", "MSB" and "msb" each add only their own proposals; the rows add up to the year', () => {
    // 1 + … + 6 = 21: B* 1, Bolig 2, <Tværgående> 3, MSB 4, msb 5, =x 6.
    const { wb, n } = sheetWith(["B*", "Bolig", "<Tværgående>", "MSB", "msb", "=x"]);
    const L = sheetLayout(n);
    const rows = [0, 1, 2, 3, 4, 5].map((d) => [
      value(wb, "Forhandling", L.firstDepartment + d, 0),
      value(wb, "Forhandling", L.firstDepartment + d, L.departmentAdoptedColumn(0)),
    ]);
    expect(rows).toEqual([
      ["B*", 1],
      ["Bolig", 2],
      ["<Tværgående>", 3],
      ["MSB", 4],
      ["msb", 5],
      ["=x", 6],
    ]);
    expect(value(wb, "Forhandling", L.yearAdoptedRow(0), L.yearColumn(0))).toBe(21);
    expect(caseTwins(n)).toEqual([["MSB", "msb"]]);
    expect(caseTwinsText(caseTwins(n))?.en).toBe(
      'Departments whose names differ only in case are counted apart: "MSB" / "msb". If they are one department, spell the name alike in the catalogue.',
    );
    // The annex keeps them apart too, as the sheet does, and says so.
    const table = buildAnnexTable(n, { scenario: "Forlig A", unit: "mkr", decimals: 0 });
    expect(table.departments.map((d) => [d.name, d.total])).toEqual([
      ["B*", 1],
      ["Bolig", 2],
      ["<Tværgående>", 3],
      ["MSB", 4],
      ["msb", 5],
      ["=x", 6],
    ]);
    expect(table.caseTwins).toEqual([["MSB", "msb"]]);
  });
});
