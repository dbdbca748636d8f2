/**
 * BUDGET.HIERARCHY / BUDGET.FORDEL.HIERARKI in the playground's in-memory workbook: the tree read
 * from sheet ranges (ids as text and numbers, blank parents), spilled beside it, and a broken tree
 * shown as #VALUE! with the adapter's message. Numbers: the hand-worked example in
 * core-hierarchy.test.ts.
 */
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { FormulaError, type Scalar } from "../../src/excel/memory/formula/values";

/** Skole og Børn: A = node, B = parent, C = budget (mio. kr.); row 1 is the department. */
const TREE: [string | number, string | number, string | number][] = [
  ["SB", "", ""],
  ["Skoler", "SB", ""],
  ["Dagtilbud", "sb", ""],
  [101, "Skoler", 30],
  [102, "Skoler", 25],
  [103, " skoler ", 12],
  ["Børnehuset", "Dagtilbud", "20"],
  ["Vuggestuen", "Dagtilbud", 13],
];

function workbook(tree = TREE): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Træ");
  tree.forEach((row, r) => row.forEach((cell, c) => wb.setInput("Træ", r, c, cell)));
  return wb;
}

function column(wb: MemoryWorkbook, rows: number, at = 4): Scalar[][] {
  return Array.from({ length: rows }, (_, r) => [wb.value("Træ", r, at)]);
}

describe("HIERARCHY in the in-memory workbook", () => {
  test.each(["HIERARCHY", "FORDEL.HIERARKI"])("=BUDGET.%s spills one amount per row, each level adding up", (name) => {
    const wb = workbook();
    wb.setInput("Træ", 0, 4, `=BUDGET.${name}(250,A1:A8,B1:B8,C1:C8)`);
    expect(column(wb, 8)).toEqual([[250], [168], [82], [75], [63], [30], [50], [32]]);
  });

  test("a row of yearly totals spills a column per year", () => {
    const wb = workbook();
    wb.setInput("Træ", 0, 4, "=BUDGET.FORDEL.HIERARKI({250,-100},A1:A8,B1:B8,C1:C8)");
    expect(column(wb, 8, 5)).toEqual([[-100], [-67], [-33], [-30], [-25], [-12], [-20], [-13]]);
  });

  test("a parent that is not a node is #VALUE! naming the row", () => {
    const broken = TREE.map((row) => [...row] as (typeof TREE)[number]);
    broken[6] = ["Børnehuset", "Dagtilbuddet", 20];
    const wb = workbook(broken);
    wb.setInput("Træ", 0, 4, "=BUDGET.HIERARCHY(250,A1:A8,B1:B8,C1:C8)");
    const value = wb.value("Træ", 0, 4);
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).code).toBe("#VALUE!");
    expect((value as FormulaError).message).toBe(
      'parents: row 7 ("Børnehuset") names "Dagtilbuddet", which is not an id in nodes. Correct the parent, add that node, or leave the cell blank for a top-level node.',
    );
  });
});
