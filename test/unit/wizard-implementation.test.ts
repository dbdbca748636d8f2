import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import type { CellInput } from "../../src/sheet/types";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import {
  defaultImplementationInput,
  type ImplementationInput,
} from "../../src/taskpane/wizards/implementation/implementationModel";
import { planImplementation } from "../../src/taskpane/wizards/implementation/implementationPlan";
import { readImplementationSources } from "../../src/taskpane/wizards/implementation/implementationSources";
import {
  buildImplementationWrite,
  implementationTargetAddress,
} from "../../src/taskpane/wizards/implementation/implementationWrite";
import { formatRange } from "../../src/sheet/address";

/*
 * A small tree worked by hand (whole kroner):
 *   A (department): areas A1 (leaves 11: 300, 12: 100 → weighs 400) and A2 (leaf 21: 600).
 *   B (department): leaves 31: 50 and 32: 50.
 * Adopted A 100 | 250, B 11 | 7.
 *   A 100 → A1 100 × 400/1000 = 40, A2 60; A1 40 → 11 40 × 300/400 = 30, 12 10; A2 60 → 21 60.
 *   A 250 → A1 100, A2 150; A1 100 → 11 75, 12 25; 21 150.
 *   B 11 → 5,5 each: floors 5 + 5, one unit left, a tie of remainders and of weights → the earlier, 31: 6, 32: 5.
 *   B 7 → 3,5 each → 31: 4, 32: 3.
 */
const SMALL: CellInput[][] = [
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
];
const SMALL_RESULT = [
  [100, 250],
  [40, 100],
  [30, 75],
  [10, 25],
  [60, 150],
  [60, 150],
  [11, 7],
  [6, 4],
  [5, 3],
];

function smallWorkbook(tree: CellInput[][] = SMALL): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Træ");
  tree.forEach((row, r) => row.forEach((v, c) => wb.setInput("Træ", r, c, v)));
  [
    ["Vedtaget", 2025, 2026],
    ["A", 100, 250],
    ["Afdeling B", 11, 7],
  ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Træ", r, 5 + c, v)));
  return wb;
}

function input(changes: Partial<ImplementationInput>): ImplementationInput {
  return {
    ...defaultImplementationInput(),
    treeAddress: "Træ!A1:D10",
    amountsAddress: "Træ!F1:H3",
    unit: "kr",
    target: "Træ!J1",
    ...changes,
  };
}

async function plan(changes: Partial<ImplementationInput>, wb: MemoryWorkbook = smallWorkbook()) {
  const api = createMemoryWorkbookApi(wb);
  const i = input(changes);
  const sources = await readImplementationSources(api, i);
  return { wb, api, input: i, sources, preview: planImplementation(sources, i) };
}

function block(wb: MemoryWorkbook, sheet: string, row: number, column: number, rows: number, columns: number) {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const v = wb.value(sheet, row + r, column + c);
      return v instanceof FormulaError ? `${v.code} ${v.message}` : v;
    }),
  );
}

async function message(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("udmøntning wizard: plan → preview", () => {
  test("the small tree worked by hand: departments matched by id and by name, every level adds up", async () => {
    const { preview, sources } = await plan({});
    expect(preview.rows.map((r) => r.id)).toEqual(["A", "A1", "11", "12", "A2", "21", "B", "31", "32"]);
    expect(preview.rows.map((r) => r.depth)).toEqual([0, 1, 2, 2, 1, 2, 0, 1, 1]);
    expect(preview.rows.map((r) => r.amounts)).toEqual(SMALL_RESULT);
    expect(preview.rows.map((r) => r.childrenAddUp)).toEqual([
      true,
      true,
      undefined,
      undefined,
      true,
      undefined,
      true,
      undefined,
      undefined,
    ]);
    expect(preview.levels).toEqual([true, true, true]);
    // 100 + 11 = 111; 250 + 7 = 257.
    expect(preview.adoptedTotals).toEqual([111, 257]);
    expect(preview.departmentTotals).toEqual([111, 257]);
    expect(preview.yearHeadings).toEqual(["2025", "2026"]);
    expect(preview.warnings).toEqual([]);
    expect(sources.departments.map((d) => d.adopted?.argument)).toEqual(["Træ!G2:H2", "Træ!G3:H3"]);
  });

  test("typed amounts, one decimal: 10,05 rounds half away to 10,1 at the top", async () => {
    // A 10,05 → 10,1; A1 4,04 → floor 4,0, A2 6,06 → 6,0, one unit left: A1's remainder ,04 < A2's ,06 → A2 6,1.
    // A1 4,0 → 11 3,0, 12 1,0. B 1 → 0,5 each.
    const { preview } = await plan({ amountsFrom: "typed", amountsTyped: "A: 10,05\nb: 1", decimals: 1 });
    expect(preview.rows.map((r) => r.amounts[0])).toEqual([10.1, 4, 3, 1, 6.1, 6.1, 1, 0.5, 0.5]);
    expect(preview.adoptedTotals).toEqual([11.1]);
    expect(preview.yearHeadings).toEqual(["2025"]);
  });

  test("the sample municipality's 40 cost centres: BUF 2025 worked by hand", async () => {
    // BUF's areas weigh Dagtilbud 72.360, Skoler 238.440, Familie 45.950 (sum 356.750).
    // 2.500 × 72.360/356.750 = 507,08; × 238.440/356.750 = 1.670,92; × 45.950/356.750 = 322,00.
    // Floors 507 + 1.670 + 322 = 2.499; the one unit left goes to the largest remainder, Skoler: 1.671.
    const wb = createSampleMunicipality();
    const { preview } = await plan({ treeAddress: "Udmøntning!A1:D54", amountsAddress: "Udmøntning!F1:J4" }, wb);
    const at = (id: string) => preview.rows.find((r) => r.id === id)?.amounts;
    expect([at("2100")?.[0], at("2200")?.[0], at("2300")?.[0]]).toEqual([507, 1671, 322]);
    expect(preview.rows).toHaveLength(53);
    expect(preview.levels).toEqual([true, true, true]);
    // 2.500 + 3.000 + 1.200 = 6.700 … 7.500 + 6.000 + 3.100 = 16.600.
    expect(preview.adoptedTotals).toEqual([6700, 13400, 16600, 16600]);
    expect(at("4305")).toEqual([0, 0, 0, 0]);
  });

  test("a header whose budget heading is a year, and a tree without a header", async () => {
    const withYear = SMALL.map((row) => [...row]);
    (withYear[0] as CellInput[])[3] = 2025;
    expect((await plan({}, smallWorkbook(withYear))).preview.rows.map((r) => r.amounts)).toEqual(SMALL_RESULT);
    const { preview, sources } = await plan({ treeAddress: "Træ!A2:D10" });
    expect(preview.rows.map((r) => r.amounts)).toEqual(SMALL_RESULT);
    expect(sources.tree.idsAddress).toBe("Træ!A2:A10");
  });

  test("a department without an amount gets 0 and is told", async () => {
    const wb = smallWorkbook();
    wb.setInput("Træ", 2, 5, "");
    wb.setInput("Træ", 2, 6, "");
    wb.setInput("Træ", 2, 7, "");
    const { preview } = await plan({ amountsAddress: "Træ!F1:H2" }, wb);
    expect(preview.rows.slice(6).map((r) => r.amounts)).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(preview.warnings.map((w) => w.da)).toEqual([
      "B Afdeling B har intet vedtaget beløb, så afdelingen og alt under den får 0. Tilføj en række for B Afdeling B i beløbene, hvis den skal have en del.",
    ]);
  });
});

describe("udmøntning wizard: messages", () => {
  test("an amount with no department is refused, naming the departments there are", async () => {
    const wb = smallWorkbook();
    wb.setInput("Træ", 2, 5, "BUF");
    const error = await message(plan({}, wb));
    expect(error.text.da).toBe(
      'De vedtagne beløb: "BUF" er ikke en afdeling i træet, så beløbet kan ikke udmøntes. Træets afdelinger (øverste niveau) er A Afdeling A, B Afdeling B. Skriv afdelingens id eller navn, som træet har det.',
    );
    expect(error.text.en).toContain('"BUF" is not a department of the tree');
  });

  test("an unknown parent is named with its cell", async () => {
    const tree = SMALL.map((row) => [...row]);
    (tree[4] as CellInput[])[2] = "A9";
    const error = await message(plan({}, smallWorkbook(tree)));
    expect(error.text.da).toBe(
      'Træet Træ!A1:D10 kan ikke bruges (rækker tælles fra første række under overskriften): overordnede: række 4 (Træ!A5) (12) nævner "A9", som ikke er et id i noder. Ret den overordnede, tilføj noden, eller lad cellen være tom for en node på øverste niveau.',
    );
    expect(error.text.en).toBe(
      'The tree Træ!A1:D10 cannot be used (rows are counted from the first row below the header): parents: row 4 (Træ!A5) (12) names "A9", which is not an id in nodes. Correct the parent, add that node, or leave the cell blank for a top-level node.',
    );
  });

  test("a budget on an area that is not the sum of its cost centres is named with its cell", async () => {
    const tree = SMALL.map((row) => [...row]);
    (tree[2] as CellInput[])[3] = 500;
    const error = await message(plan({}, smallWorkbook(tree)));
    expect(error.text.en).toContain(
      'weights: row 2 (Træ!A3) ("A1") is 500, but the leaves below this node weigh 400 together.',
    );
  });

  test("text in a budget cell, and a tree of three columns", async () => {
    const tree = SMALL.map((row) => [...row]);
    (tree[3] as CellInput[])[3] = "tre hundrede";
    expect((await message(plan({}, smallWorkbook(tree)))).text.da).toBe(
      'Træet: Træ!D4 indeholder "tre hundrede", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
    expect((await message(plan({ treeAddress: "Træ!A1:C10" }))).text.en).toBe(
      "The tree: Træ!A1:C10 has 3 column(s). Select the four columns id, name, parent and budget, e.g. Udmøntning!A1:D54.",
    );
  });

  test("a typed line without a colon says how to write it", async () => {
    expect((await message(plan({ amountsFrom: "typed", amountsTyped: "A 100" }))).text.da).toBe(
      'De vedtagne beløb: "A 100" kan ikke læses. Skriv afdelingen, et kolon og beløbene pr. år, fx BUF: 2.500; 5.000',
    );
  });
});

describe("udmøntning wizard: write", () => {
  test("live formulas, one per department, recalculate to the previewed amounts", async () => {
    const { wb, sources, preview, input: i } = await plan({});
    const write = buildImplementationWrite(sources, preview, i, "en", "Træ");
    expect(formatRange(write.topLeft)).toBe("Træ!J1");
    expect(implementationTargetAddress(preview, i, "Træ")).toBe("Træ!J1:M11");
    const rows = write.block.formulas;
    expect(rows[0]).toEqual(["Id", "Name (DKK)", 2025, 2026]);
    expect(rows[1]?.[2]).toBe("=BUDGET.HIERARCHY(Træ!G2:H2,Træ!A2:A7,Træ!C2:C7,Træ!D2:D7,0)");
    expect(rows[7]?.[2]).toBe("=BUDGET.HIERARCHY(Træ!G3:H3,Træ!A8:A10,Træ!C8:C10,Træ!D8:D10,0)");
    expect(rows[10]).toEqual(["", "Total", "=SUM(L2,L8)", "=SUM(M2,M8)"]);
    await createMemoryWorkbookApi(wb).writeBlock(write.topLeft, write.block);
    expect(block(wb, "Træ", 1, 11, 9, 2)).toEqual(SMALL_RESULT);
    expect(block(wb, "Træ", 10, 11, 1, 2)).toEqual([[111, 257]]);
    // Live: a changed budget flows through (11: 300 → 500 makes A1 weigh 600 of 1.200, half of 100).
    wb.setInput("Træ", 3, 3, 500);
    expect(block(wb, "Træ", 2, 11, 1, 1)).toEqual([[50]]);
  });

  test("a Danish pane stores the English id, shown with the Danish name; values mode writes the numbers", async () => {
    const { sources, preview, input: i } = await plan({});
    const stored = buildImplementationWrite(sources, preview, i, "da", "Træ").block.formulas[1]?.[2] as string;
    expect(stored).toBe("=BUDGET.HIERARCHY(Træ!G2:H2,Træ!A2:A7,Træ!C2:C7,Træ!D2:D7,0)");
    expect(shownFormula(stored, "da")).toBe("=BUDGET.FORDEL.HIERARKI(Træ!G2:H2,Træ!A2:A7,Træ!C2:C7,Træ!D2:D7,0)");
    const values = buildImplementationWrite(sources, preview, { ...i, output: "values" }, "da", "Træ");
    expect(values.block.formulas.slice(1, 10).map((row) => row.slice(2))).toEqual(SMALL_RESULT);
    expect(values.block.numberFormats?.[1]?.[2]).toBe("#,##0");
  });

  test("laid out for the council: ids as left-aligned text, departments and groups bold, names indented by depth", async () => {
    const { wb, api, sources, preview, input: i } = await plan({});
    const write = buildImplementationWrite(sources, preview, i, "da", "Træ");
    // The numbered ids 11, 12, … go in as text behind Excel's quote prefix (Excel would make "11" a number).
    expect(write.block.formulas.slice(1, 10).map((row) => row[0])).toEqual([
      "A",
      "A1",
      "'11",
      "'12",
      "A2",
      "'21",
      "B",
      "'31",
      "'32",
    ]);
    await api.writeBlock(write.topLeft, write.block);
    // Read back from the workbook, column J (9) holds the ids and K (10) the names, rows 2–10 the tree.
    const tree = Array.from({ length: 9 }, (_, r) => r + 1);
    expect(tree.map((r) => wb.value("Træ", r, 9))).toEqual(["A", "A1", "11", "12", "A2", "21", "B", "31", "32"]);
    expect(tree.map((r) => wb.alignment("Træ", r, 9))).toEqual(new Array(9).fill("Left"));
    // Depth 0, 1, 2, 2, 1, 2, 0, 1, 1 as the preview found it (test above): the indent is the depth.
    expect(tree.map((r) => wb.indentLevel("Træ", r, 10))).toEqual([0, 1, 2, 2, 1, 2, 0, 1, 1]);
    // Bold: the departments A and B and the areas A1 and A2 that have rows below them; the leaves plain.
    expect(tree.map((r) => wb.bold("Træ", r, 10))).toEqual([true, true, false, false, true, false, true, false, false]);
    expect(tree.map((r) => wb.bold("Træ", r, 11))).toEqual([true, true, false, false, true, false, true, false, false]);
    // The heading and the totals row bold across; the amounts not indented.
    expect([9, 10, 11, 12].map((c) => [wb.bold("Træ", 0, c), wb.bold("Træ", 10, c)])).toEqual(
      new Array(4).fill([true, true]),
    );
    expect(wb.indentLevel("Træ", 3, 11)).toBe(0);
    // Widths: the longest name is "Sted 11" two levels in (7 + 2 × 2 characters), under the 20 characters'
    // floor: by ECMA-376's rule trunc((256·20 + 18)/256 · 7) = 140 px = 105 points.
    expect(wb.columnWidth("Træ", 10)).toBe(105);
    // Undo puts the plain layout back.
    const before = await api.readLayout({ sheet: "Træ", start: { row: 0, column: 9 }, end: { row: 10, column: 12 } }, [
      "indentLevel",
    ]);
    expect(before.indentLevel?.[3]).toEqual([0, 2, 0, 0]);
  });

  test("a department whose rows are scattered: values work, a formula is refused with the way out", async () => {
    // A's area A2 comes after B's rows: A is scattered, B lies together.
    const order = [0, 1, 2, 3, 4, 7, 8, 9, 5, 6];
    const tree = order.map((r) => SMALL[r] as CellInput[]);
    const { sources, preview, input: i } = await plan({}, smallWorkbook(tree));
    expect(preview.rows.map((r) => r.amounts)).toEqual([0, 1, 2, 3, 6, 7, 8, 4, 5].map((r) => SMALL_RESULT[r]));
    expect(preview.warnings.map((w) => w.en)).toEqual([
      "The rows below A Afdeling A do not lie together in the tree, so they cannot be written as one formula. Sort the tree by department, or write fixed values.",
    ]);
    expect(() => buildImplementationWrite(sources, preview, i, "da", "Træ")).toThrow(
      'The rows below A Afdeling A do not lie together in the tree, so they cannot be written as one formula per department. Sort the tree by department, or choose "Fixed values".',
    );
    expect(() => buildImplementationWrite(sources, preview, { ...i, output: "values" }, "da", "Træ")).not.toThrow();
  });
});
