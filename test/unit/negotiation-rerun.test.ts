/**
 * A Forhandling re-run loses nothing (issue 18, items 1, 2, 7 and the quotas part of 8): on a
 * catalogue of 6.000 proposals every status, partial amount, room and quota stays; the user's
 * formulas stay formulas; a title with a leading apostrophe is one proposal, not one added and one
 * dropped; a column the user inserted ("Bemærkning") is recognised by the headings and kept where it
 * stands; a quotas range whose first row is "MSB | x" is refused naming the cell, and a heading row
 * passed over is said.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { readNegotiationGrid } from "../../src/negotiation/readSheet";
import { sheetLayout } from "../../src/negotiation/sheet";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { readSheetGrid } from "../../src/taskpane/logic/sheetGrid";
import {
  defaultNegotiationInput,
  type NegotiationInput,
} from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";

function workbook(rows: (string | number)[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Katalog");
  wb.addSheet("Kvoter");
  rows.forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
  return wb;
}

async function run(wb: MemoryWorkbook, rows: number, changes: Partial<NegotiationInput>) {
  const api = createMemoryWorkbookApi(wb);
  const input: NegotiationInput = {
    ...defaultNegotiationInput(),
    catalogueAddress: `Katalog!A1:D${rows}`,
    scenarios: 1,
    ...changes,
  };
  const sources = await readNegotiationSources(api, input);
  const preview = negotiationPreviewIn("da")(sources, input);
  const plan = buildNegotiationWrite(sources, preview, input, "da", "Katalog");
  const outcome = await new SafeWriter(api, () => Promise.resolve(true)).write(plan);
  return { api, preview, outcome };
}

const rerun = { newSheet: false, target: "Forhandling!A1", room: "", quotasAddress: "" };

async function sheet(wb: MemoryWorkbook) {
  const grid = await readSheetGrid(createMemoryWorkbookApi(wb), "Forhandling", 2);
  return readNegotiationGrid(grid.values, "Forhandling", grid.formulas);
}

const value = (wb: MemoryWorkbook, row: number, column: number) => {
  const v = wb.value("Forhandling", row, column);
  return v instanceof FormulaError ? v.code : v;
};

describe("a re-run keeps everything on a catalogue of 6.000 proposals", () => {
  test("every status, partial amount, room and quota stays; the preview says so", async () => {
    const P = 6000;
    const catalogue: (string | number)[][] = [["Afdeling", "Titel", 2027]];
    for (let i = 0; i < P; i++) catalogue.push([`Afd ${Math.floor(i / 100) + 1}`, `Forslag ${i + 1}`, 3]);
    const wb = workbook(catalogue);
    expect((await run(wb, P + 1, { room: "" })).outcome.status).toBe("written");
    const L = sheetLayout(await sheet(wb));
    const words = ["Vedtaget", "Forkastet", "Delvis", ""];
    for (let i = 0; i < P; i++) {
      wb.setInput("Forhandling", L.firstProposal + i, L.statusColumn(0), words[i % 4] as string);
      if (i % 4 === 2) wb.setInput("Forhandling", L.firstProposal + i, L.statusColumn(0) + 1, 1);
    }
    wb.setInput("Forhandling", L.roomRow, L.yearColumn(0), 10000);
    wb.setInput("Forhandling", L.firstDepartment + 59, L.yearColumn(0), 150);
    const before = await sheet(wb);
    // Adopted: 1.500 × 3 and partial 1.500 × 1 = 6.000.
    expect(value(wb, L.yearAdoptedRow(0), L.yearColumn(0))).toBe(6000);

    ["Afd 61", "Nyt forslag", 2].forEach((v, c) => wb.setInput("Katalog", P + 1, c, v));
    const { preview, outcome } = await run(wb, P + 2, rerun);
    expect(preview.added).toEqual(["Afd 61: Nyt forslag"]);
    expect(preview.kept).toBe(P);
    expect(preview.keeps.map((k) => k.da)).toEqual([
      "Arket beholder 4500 valgte status, delbeløbene.",
      "Råderummet på arket beholdes.",
      "Kvoterne på arket beholdes.",
    ]);
    expect(outcome.status).toBe("written");
    const after = await sheet(wb);
    expect(after.proposals).toHaveLength(P + 1);
    expect(after.proposals.slice(0, P)).toEqual(before.proposals);
    expect(after.room).toEqual([10000]);
    expect(after.quotas.get("Afd 60")).toEqual([150]);
    const L2 = sheetLayout(after);
    expect(value(wb, L2.yearAdoptedRow(0), L2.yearColumn(0))).toBe(6000);
    expect(value(wb, L2.yearMissingRow(0), L2.yearColumn(0))).toBe(4000);
  }, 240_000);
});

describe("a re-run keeps what the user typed as typed", () => {
  const CATALOGUE: (string | number)[][] = [
    ["Afdeling", "Titel", 2027, 2028],
    ["MSB", "Færre vikarer", 1, 2],
    ["MSB", "'Digital post'", 0.5, 0.5],
    ["MBU", "Lukning af filial", 2, 3],
  ];
  const quoted = (wb: MemoryWorkbook) => {
    // The catalogue's title begins with an apostrophe of its own: typed behind Excel's quote prefix.
    wb.setInput("Katalog", 2, 1, "''Digital post'");
  };

  test("formulas stay formulas, an apostrophe title is one proposal, an inserted column stays with its notes", async () => {
    const wb = workbook(CATALOGUE);
    quoted(wb);
    await run(wb, 4, { room: "3" });
    let n = await sheet(wb);
    expect(n.proposals.map((p) => p.title)).toEqual(["Færre vikarer", "'Digital post'", "Lukning af filial"]);
    const L = sheetLayout(n);
    const status = L.statusColumn(0);
    // Lukning af filial in part: half of its amount, as a formula; the room 1+2 and a quota as formulas.
    wb.setInput("Forhandling", 5, status, "Delvis");
    wb.setInput("Forhandling", 5, status + 1, "=C6/2");
    wb.setInput("Forhandling", 5, status + 2, "=D6/2");
    wb.setInput("Forhandling", 3, status, "Vedtaget");
    wb.setInput("Forhandling", L.roomRow, L.yearColumn(0), "=1+2");
    wb.setInput("Forhandling", L.firstDepartment + 1, L.yearColumn(1), "=2*1");
    expect([value(wb, L.yearAdoptedRow(0), L.yearColumn(0)), value(wb, L.yearAdoptedRow(0), L.yearColumn(1))]).toEqual([
      2, 3.5,
    ]);

    // The user inserts a column C "Bemærkning", as Excel does: every cell from C on moves one right.
    const cells = wb.requireSheet("Forhandling").cells;
    const moved = Array.from(cells.entries()).map(([k, cell]) => {
      const [r, c] = k.split(":").map(Number) as [number, number];
      return { r, c: c >= 2 ? c + 1 : c, input: cell.input };
    });
    cells.clear();
    const shift = (f: unknown) =>
      typeof f === "string" && f.startsWith("=")
        ? f.replace(/(\$?)([A-Z]+)(\$?\d+)/g, (_, d: string, col: string, row: string) => {
            const index = col.split("").reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0) - 1;
            const name = (i: number): string =>
              i < 26 ? String.fromCharCode(65 + i) : name(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
            return `${d}${index >= 2 ? name(index + 1) : col}${row}`;
          })
        : f;
    for (const m of moved) if (m.input !== undefined) wb.setInput("Forhandling", m.r, m.c, shift(m.input) as string);
    wb.setInput("Forhandling", 2, 2, "Bemærkning");
    wb.setInput("Forhandling", 4, 2, "Afventer MED-udvalget");
    // One column right of where they stood: the inserted C moved them.
    expect([
      value(wb, L.yearAdoptedRow(0), L.yearColumn(0) + 1),
      value(wb, L.yearAdoptedRow(0), L.yearColumn(1) + 1),
    ]).toEqual([2, 3.5]);

    // The catalogue gains a proposal; the re-run on the same sheet.
    wb.setInput("Katalog", 4, 0, "MBU");
    wb.setInput("Katalog", 4, 1, "Ny takst");
    wb.setInput("Katalog", 4, 2, 0.3);
    wb.setInput("Katalog", 4, 3, 0.3);
    const { preview } = await run(wb, 5, rerun);
    expect(preview.added).toEqual(["MBU: Ny takst"]);
    expect(preview.notInCatalogue).toEqual([]);
    expect(preview.keeps.map((k) => k.da)).toEqual([
      "Arket beholder 2 valgte status, delbeløbene og 4 formler, som de er skrevet.",
      "Råderummet på arket beholdes.",
      "Kvoterne på arket beholdes.",
      "Dine egne kolonner bliver stående med deres indhold: Bemærkning.",
    ]);
    n = await sheet(wb);
    expect(n.userColumns?.map((u) => [u.column, u.heading, Array.from(u.cells.values())])).toEqual([
      [2, "Bemærkning", ["Afventer MED-udvalget"]],
    ]);
    const L2 = sheetLayout(n);
    const input = (r: number, c: number) => wb.input("Forhandling", r, c);
    expect(input(5, L2.physical(status) + 1)).toBe("=D6/2");
    expect(input(5, L2.physical(status) + 2)).toBe("=E6/2");
    expect(input(L2.roomRow, L2.physical(L2.yearColumn(0)))).toBe("=1+2");
    expect(input(L2.firstDepartment + 1, L2.physical(L2.yearColumn(1)))).toBe("=2*1");
    expect(value(wb, 4, 2)).toBe("Afventer MED-udvalget");
    expect(value(wb, 4, 1)).toBe("'Digital post'");
    // The totals still calculate: adopted 1 + 1 and 2 + 1,5; MBU's quota 2 in 2028.
    expect([
      value(wb, L2.yearAdoptedRow(0), L2.physical(L2.yearColumn(0))),
      value(wb, L2.yearAdoptedRow(0), L2.physical(L2.yearColumn(1))),
    ]).toEqual([2, 3.5]);
    expect(value(wb, L2.firstDepartment + 1, L2.physical(L2.yearColumn(1)))).toBe(2);
  });
});

describe("the quotas range", () => {
  const CATALOGUE: (string | number)[][] = [
    ["Afdeling", "Titel", 2027],
    ["MSB", "Færre vikarer", 1],
  ];

  test('a first row "MSB | x" is a quota mistyped: refused naming the cell', async () => {
    const wb = workbook(CATALOGUE);
    wb.setInput("Kvoter", 0, 0, "MSB");
    wb.setInput("Kvoter", 0, 1, "x");
    await expect(run(wb, 2, { quotasAddress: "Kvoter!A1:B1" })).rejects.toThrow(
      'The quotas: Kvoter!B1 is "x", not an amount. Type a number, e.g. 1.5.',
    );
  });

  test("a heading row passed over, and a department the catalogue lacks, are said in the preview", async () => {
    const wb = workbook(CATALOGUE);
    [
      ["Afdeling", "Kvote"],
      ["MSB", 1.5],
      ["MSO", 2],
    ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Kvoter", r, c, v)));
    const { preview } = await run(wb, 2, { quotasAddress: "Kvoter!A1:B3" });
    expect(preview.warnings.map((w) => w.da)).toEqual([
      "Kvoterne: første række (Kvoter!A1: Afdeling | Kvote) er læst som overskrift.",
      "Kvoterne: MSO (Kvoter!A3) har ingen forslag i kataloget og får ingen række på arket. Skriv afdelingens navn, som kataloget staver det.",
    ]);
  });
});
