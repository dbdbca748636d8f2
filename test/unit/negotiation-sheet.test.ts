import { columnName } from "../../src/sheet/address";
import type { WorkbookApi } from "../../src/sheet/types";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { readNegotiationGrid } from "../../src/negotiation/readSheet";
import { scenarioTotals } from "../../src/negotiation/model";
import { sheetLayout } from "../../src/negotiation/sheet";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { buildCatalogueWrite } from "../../src/taskpane/wizards/workbooks/catalogueWrite";
import { loadWorkbooks } from "../../src/taskpane/wizards/workbooks/loadWorkbooks";
import { consolidate } from "../../src/workbooks";
import { filledMsb } from "../support/filledMsb";
import {
  defaultNegotiationInput,
  type NegotiationInput,
} from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";

/*
 * README's worked example (mio. kr., 2027 and 2028): three proposals, room 3,0 and 5,0, quotas
 * MSB 1,5 and MBU 2,0 a year. Forlig A adopts "Færre vikarer", rejects "Digital post" and adopts
 * "Lukning af filial" in part (1,0 and 2,0): adopted 2,0 and 4,0, missing 1,0 and 1,0; MSB 1,0 and
 * 2,0 against 1,5 (missing 0,5 and −0,5), MBU 1,0 and 2,0 against 2,0 (missing 1,0 and 0,0).
 */
export const CATALOGUE = [
  ["Afdeling", "Titel", 2027, 2028],
  ["MSB", "Færre vikarer", 1, 2],
  ["MSB", "Digital post", 0.5, 0.5],
  ["MBU", "Lukning af filial", 2, 3],
];

function workbook(rows: (string | number)[][] = CATALOGUE): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Katalog");
  wb.addSheet("Kvoter");
  rows.forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
  [
    ["MSB", 1.5],
    ["MBU", 2],
  ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Kvoter", r, c, v)));
  return wb;
}

async function run(wb: MemoryWorkbook, changes: Partial<NegotiationInput>) {
  const api = createMemoryWorkbookApi(wb);
  const catalogue = () => {
    const { rows, columns } = wb.requireSheet("Katalog").extent();
    return `Katalog!A1:${columnName(columns - 1)}${rows}`;
  };
  const input: NegotiationInput = {
    ...defaultNegotiationInput(),
    catalogueAddress: changes.catalogueAddress ?? catalogue(),
    room: "3,0; 5,0",
    quotasAddress: "Kvoter!A1:B2",
    ...changes,
  };
  const sources = await readNegotiationSources(api, input);
  const preview = negotiationPreviewIn("da")(sources, input);
  const writer = new SafeWriter(api, () => Promise.resolve(true));
  const plan = buildNegotiationWrite(sources, preview, input, "da", "Katalog");
  const outcome = await writer.write(plan);
  return { api, preview, outcome, plan };
}

function value(wb: MemoryWorkbook, sheet: string, row: number, column: number): unknown {
  const v = wb.value(sheet, row, column);
  return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
}

function grid(wb: MemoryWorkbook, sheet: string): unknown[][] {
  const { rows, columns } = wb.requireSheet(sheet).extent();
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (__, c) => value(wb, sheet, r, c)));
}

/** Tenths of a million as whole numbers: an independent, exact sum for the checks. */
const tenths = (x: unknown) => Math.round((x as number) * 10);

describe("negotiation sheet in the in-memory workbook", () => {
  test("README example: statuses chosen on the sheet drive every total", async () => {
    const wb = workbook();
    const { outcome } = await run(wb, {});
    expect(outcome).toEqual({ status: "written", address: "Forhandling!A1:N18" });
    const n0 = readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling");
    const L = sheetLayout(n0);
    const statusA = L.statusColumn(0);
    wb.setInput("Forhandling", 3, statusA, "Vedtaget");
    wb.setInput("Forhandling", 4, statusA, "Forkastet");
    wb.setInput("Forhandling", 5, statusA, "Delvis");
    wb.setInput("Forhandling", 5, statusA + 1, 1);
    wb.setInput("Forhandling", 5, statusA + 2, 2);
    const row = (r: number, from: number) => [value(wb, "Forhandling", r, from), value(wb, "Forhandling", r, from + 1)];
    expect(row(L.yearAdoptedRow(0), L.yearColumn(0))).toEqual([2, 4]);
    expect(row(L.yearMissingRow(0), L.yearColumn(0))).toEqual([1, 1]);
    expect(row(L.firstDepartment, L.departmentAdoptedColumn(0))).toEqual([1, 2]);
    expect(row(L.firstDepartment, L.departmentMissingColumn(0))).toEqual([0.5, -0.5]);
    expect(row(L.firstDepartment + 1, L.departmentAdoptedColumn(0))).toEqual([1, 2]);
    expect(row(L.firstDepartment + 1, L.departmentMissingColumn(0))).toEqual([1, 0]);
    // Forlig B has no status yet: nothing adopted, the whole room missing.
    expect(row(L.yearAdoptedRow(1), L.yearColumn(0))).toEqual([0, 0]);
    expect(row(L.yearMissingRow(1), L.yearColumn(0))).toEqual([3, 5]);
    expect(wb.requireSheet("Forhandling").validations.map((v) => v.choices)).toEqual([
      ["Vedtaget", "Forkastet", "Delvis"],
      ["Vedtaget", "Forkastet", "Delvis"],
    ]);
  });

  test("random statuses: every total on the sheet equals the core's exact totals and an independent sum", async () => {
    const rows: (string | number)[][] = [["Afdeling", "Titel", 2027, 2028, 2029]];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 14; i++)
      rows.push([
        ["MSB", "MTM", "MBU", "BA"][i % 4] as string,
        `Forslag ${i + 1}`,
        ...[0, 1, 2].map(() => Math.round(next() * 40) / 10),
      ]);
    const wb = workbook(rows);
    await run(wb, { scenarios: 3, room: "10,0", quotasAddress: "" });
    const L = sheetLayout(readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling"));
    const words = ["Vedtaget", "Forkastet", "Delvis", ""];
    for (let p = 0; p < 14; p++)
      for (let s = 0; s < 3; s++) {
        const status = words[Math.floor(next() * 4)] as string;
        wb.setInput("Forhandling", L.firstProposal + p, L.statusColumn(s), status);
        for (let y = 0; y < 3; y++)
          wb.setInput("Forhandling", L.firstProposal + p, L.statusColumn(s) + 1 + y, Math.round(next() * 10) / 10);
      }
    const n = readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling");
    for (let s = 0; s < 3; s++) {
      const core = scenarioTotals(n, s);
      for (let y = 0; y < 3; y++) {
        let independent = 0;
        for (let p = 0; p < 14; p++) {
          const r = L.firstProposal + p;
          const status = value(wb, "Forhandling", r, L.statusColumn(s));
          if (status === "Vedtaget") independent += tenths(rows[p + 1]?.[2 + y]);
          if (status === "Delvis") independent += tenths(value(wb, "Forhandling", r, L.statusColumn(s) + 1 + y));
        }
        expect(tenths(value(wb, "Forhandling", L.yearAdoptedRow(s), L.yearColumn(y)))).toBe(independent);
        expect(value(wb, "Forhandling", L.yearAdoptedRow(s), L.yearColumn(y))).toBe(core.adopted[y]);
        // Room − adopted is Excel's binary subtraction (−1,3000000000000007 for −1,3), printed the same.
        expect(value(wb, "Forhandling", L.yearMissingRow(s), L.yearColumn(y))).toBeCloseTo(
          core.missing[y] as number,
          9,
        );
        core.departments.forEach((d, i) => {
          expect(value(wb, "Forhandling", L.firstDepartment + i, 0)).toBe(d.department);
          expect(value(wb, "Forhandling", L.firstDepartment + i, L.departmentAdoptedColumn(s) + y)).toBe(d.adopted[y]);
        });
      }
    }
  });

  test("a re-run on a catalogue with new proposals adds them and keeps every status, partial amount, room and quota", async () => {
    const wb = workbook();
    await run(wb, {});
    const L = sheetLayout(readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling"));
    wb.setInput("Forhandling", 3, L.statusColumn(0), "Vedtaget");
    wb.setInput("Forhandling", 5, L.statusColumn(1), "Delvis");
    wb.setInput("Forhandling", 5, L.statusColumn(1) + 2, 2.5);
    const before = readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling");
    // The catalogue gains two proposals, one of them for a new department, and is sorted differently.
    const rows = [
      CATALOGUE[0],
      CATALOGUE[3],
      ["BA", "Færre licenser", 0.2, 0.2],
      CATALOGUE[1],
      CATALOGUE[2],
      ["MSB", "Ny takst", 0.3, 0.3],
    ] as (string | number)[][];
    wb.requireSheet("Katalog").cells.clear();
    rows.forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
    const { preview, outcome } = await run(wb, {
      newSheet: false,
      target: "Forhandling!A1",
      room: "",
      quotasAddress: "",
    });
    expect(preview.added).toEqual(["BA: Færre licenser", "MSB: Ny takst"]);
    expect(preview.kept).toBe(3);
    expect(outcome.status).toBe("written");
    const after = readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling");
    expect(after.proposals.slice(0, 3)).toEqual(before.proposals);
    expect(after.proposals.slice(3).map((p) => [p.title, p.choices.map((c) => c.status)])).toEqual([
      ["Færre licenser", [undefined, undefined]],
      ["Ny takst", [undefined, undefined]],
    ]);
    expect(after.room).toEqual([3, 5]);
    expect(after.quotas.get("MSB")).toEqual([1.5, 1.5]);
    const L2 = sheetLayout(after);
    expect(value(wb, "Forhandling", L2.yearAdoptedRow(0), L2.yearColumn(0))).toBe(1);
    expect(value(wb, "Forhandling", L2.yearAdoptedRow(1), L2.yearColumn(1))).toBe(2.5);
  });
});

describe("negotiation from the consolidated catalogue the department workbooks wizard writes", () => {
  test("the Katalog block (heading row to its total row) gives the proposals; the total row is passed over", async () => {
    const consolidation = await consolidate([await filledMsb()]);
    const wb = new MemoryWorkbook();
    wb.addSheet("Ark1");
    const api = createMemoryWorkbookApi(wb);
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    const catalogue = buildCatalogueWrite(
      consolidation,
      await loadWorkbooks(),
      "da",
      { newSheet: true, target: "" },
      "Ark1",
    );
    await writer.write(catalogue);
    const rows = catalogue.block.formulas;
    const heading = rows.findIndex((r) => r[0] === "Katalog") + 1;
    const width = columnName((rows[heading]?.length ?? 1) - 1);
    const address = `Forslagskatalog!A${heading + 1}:${width}${heading + 4}`;
    const { preview, outcome } = await run(wb, { catalogueAddress: address, room: "30", quotasAddress: "" });
    expect(outcome.status).toBe("written");
    expect(preview.years).toEqual(["2027", "2028", "2029", "2030"]);
    expect(preview.proposals).toBe(2);
    const n = readNegotiationGrid(grid(wb, "Forhandling"), "Forhandling");
    expect(n.proposals.map((p) => [p.department, p.title, ...p.amounts])).toEqual([
      ["MSB", "Samling af jobcentre", 20.1, 25, 25, 25],
      ["MSB", "Ny takst", 12.9, 7.9, 7.9, 7.9],
    ]);
    expect(preview.totals[0]?.missing).toEqual([30, 30, 30, 30]);
  });

  test("a catalogue without the headings, or with a proposal twice, is told with the cell and the mend", async () => {
    const bad = workbook([
      ["Afd", "Navn", 2027],
      ["MSB", "X", 1],
    ]);
    await expect(run(bad, {})).rejects.toThrow(
      "one of the first 5 rows must hold the headings Department, Title and the years",
    );
    const twice = workbook([
      CATALOGUE[0] as (string | number)[],
      CATALOGUE[1] as (string | number)[],
      ["msb", "færre vikarer ", 3, 3],
    ]);
    await expect(run(twice, {})).rejects.toThrow(
      'Katalog!B3: "færre vikarer" in msb is also on row 2 of the selection. Give each proposal its own title',
    );
  });

  test("without drop-downs (Excel before ExcelApi 1.8) the sheet is written and calculates all the same", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    const withoutValidation: WorkbookApi = { ...api };
    delete withoutValidation.setListValidation;
    const input: NegotiationInput = { ...defaultNegotiationInput(), catalogueAddress: "Katalog!A1:D4", room: "3; 5" };
    const sources = await readNegotiationSources(withoutValidation, input);
    const preview = negotiationPreviewIn("en")(sources, input);
    const plan = buildNegotiationWrite(sources, preview, input, "en", "Katalog");
    await new SafeWriter(withoutValidation, () => Promise.resolve(true)).write(plan);
    expect(wb.requireSheet("Negotiation").validations).toEqual([]);
    const L = sheetLayout(readNegotiationGrid(grid(wb, "Negotiation"), "Negotiation"));
    wb.setInput("Negotiation", 3, L.statusColumn(1), "Adopted");
    expect(value(wb, "Negotiation", L.yearAdoptedRow(1), L.yearColumn(0))).toBe(1);
    expect(value(wb, "Negotiation", L.roomRow, 0)).toBe("Room to be found");
    expect(value(wb, "Negotiation", 1, L.statusColumn(1))).toBe("Settlement B");
  });
});

describe("a drop-down Excel refuses", () => {
  test("the sheet is still written, logged and undoable; the refusal reaches the pane", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    const refusing: WorkbookApi = {
      ...api,
      setListValidation: () => Promise.reject(new Error("Excel could not do it: the list is too long")),
    };
    const input: NegotiationInput = { ...defaultNegotiationInput(), catalogueAddress: "Katalog!A1:D4" };
    const sources = await readNegotiationSources(refusing, input);
    const plan = buildNegotiationWrite(sources, negotiationPreviewIn("da")(sources, input), input, "da", "Katalog");
    const writer = new SafeWriter(refusing, () => Promise.resolve(true));
    await expect(writer.write(plan)).rejects.toThrow("the list is too long");
    expect(writer.last()?.addedSheet).toBe("Forhandling");
    expect((await api.readLog()).map((e) => e.wizard)).toEqual(["negotiation"]);
    await writer.undo();
    expect(wb.sheet("Forhandling")).toBeUndefined();
  });
});
