/**
 * The Forklar wizard's logic on the in-memory workbook: the README's Fordel example as a spilled
 * =BUDGET.FORDEL, a cell in the middle of the spill explained (spill parent found, arguments read
 * as the function reads them), written to a new sheet through the SafeWriter and undone; refusals
 * for formulas it cannot follow.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { readBudgetCall } from "../../src/taskpane/wizards/explain/budgetCall";
import { findExplanation, refusalText } from "../../src/taskpane/wizards/explain/explainFinding";
import { explainView } from "../../src/taskpane/wizards/explain/explainView";
import { buildExplainWrite, shownFigure } from "../../src/taskpane/wizards/explain/explainWrite";
import { belongToNamespace, PRODUCTION_NAMESPACE } from "../../src/taskpane/logic/functionNamespace";

const KEY: [string, number][] = [
  ["MSB", 0.284],
  ["MTM", 0.081],
  ["MSO", 0.135],
  ["MKB", 0.068],
  ["MBU", 0.279],
  ["BA", 0.153],
];

function fordelBook(formula: string): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addSheet("Fordel");
  book.setInput("Fordel", 0, 1, 5);
  KEY.forEach(([name, weight], i) => {
    book.setInput("Fordel", 1 + i, 0, name);
    book.setInput("Fordel", 1 + i, 1, weight);
  });
  // The parts spill from D2 down; names beside them in C.
  KEY.forEach(([name], i) => book.setInput("Fordel", 1 + i, 2, name));
  book.setInput("Fordel", 1, 3, formula);
  return book;
}

function select(book: MemoryWorkbook, row: number, column: number): void {
  book.selection = { sheet: "Fordel", start: { row, column }, end: { row, column } };
}

describe("Forklar", () => {
  test("a spilled cell of the README's Fordel example: MSO's 0,7, worked out by hand", async () => {
    const book = fordelBook("=BUDGET.FORDEL(B1,B2:B7,1)");
    select(book, 3, 3); // D4: MSO
    const api = createMemoryWorkbookApi(book);
    const found = await findExplanation(api);
    if (!("explained" in found)) throw new Error(JSON.stringify(found));
    expect(found.sources.anchor).toBe("Fordel!D2");
    expect([found.sources.row, found.sources.column]).toEqual([2, 0]);
    const da = explainView(found.explained, found.labels, "da");
    // 5,0 is 50 tenths; MSO 50 × 0,135 = 6,75 tenths = 0,675: floor 0,6, remainder 0,075 (of 0,1),
    // rank 2 of 6 after MBU's 0,095; 3 tenths left over go to MBU, MSO, BA: MSO 0,7.
    expect(da.lines).toContain("MSO vejer 0,135, 13,5 % af nøglen: præcist 0,675, rundet ned 0,6, rest 0,075.");
    expect(da.lines).toContain("Resten er nr. 2 af 6: den fik en af de 3 enheder.");
    expect(da.lines[da.lines.length - 1]).toBe("Resultat: 0,7.");
    expect(da.rows.map((r) => [r.label, r.cells[6], r.selected])).toEqual([
      ["MSB", "1,4", false],
      ["MTM", "0,4", false],
      ["MSO", "0,7", true],
      ["MKB", "0,3", false],
      ["MBU", "1,4", false],
      ["BA", "0,8", false],
    ]);
    const en = explainView(found.explained, found.labels, "en");
    expect(en.lines).toContain("MSO weighs 0.135, 13.5 % of the key: exactly 0.675, floor 0.6, remainder 0.075.");

    const writer = new SafeWriter(api, () => Promise.resolve(true));
    const outcome = await writer.write(buildExplainWrite(found.sources, da, "da"));
    expect(outcome.status).toBe("written");
    expect(await api.listSheets()).toContain("Forklaring");
    const written = await api.readRange("Forklaring!A1:A2");
    expect(written.values).toEqual([["Forklar: Fordel!D4"], ["Formel: =BUDGET.FORDEL(B1,B2:B7,1)"]]);
    expect((await api.readLog()).map((e) => e.wizard)).toEqual(["explain"]);
    await writer.undo();
    expect(await api.listSheets()).not.toContain("Forklaring");
  });

  test("the written table holds numbers, each column at one number of places; the formula named in the pane's language and namespace", async () => {
    const book = fordelBook("=BUDGET.DISTRIBUTE(B1,B2:B7,1)");
    select(book, 3, 3); // D4: MSO
    const api = createMemoryWorkbookApi(book);
    const found = await findExplanation(api);
    if (!("explained" in found)) throw new Error(JSON.stringify(found));
    const write = buildExplainWrite(found.sources, explainView(found.explained, found.labels, "da"), "da");
    const rows = write.block.formulas.length;
    const mso = rows - 4; // MSB MTM MSO MKB MBU BA: MSO third of six, the last rows.
    // MSO: weight 0,135, share 13,5 % of a key summing to 1, exact 5,0 × 0,135 = 0,675, floor 0,6,
    // rest 0,075, rank 2, result 0,7 — as numbers, not texts.
    expect(write.block.formulas[mso]).toEqual(["▶ MSO", 0.135, 0.135, 0.675, 0.6, 0.075, 2, 0.7]);
    // MSB's exact 5 × 0,284 = 1,42 shows at the column's three places (MSO's 0,675), the weights at
    // 0,284's three, the shares at 28,4 %'s one, the rank whole, floors and results at one.
    expect(write.block.numberFormats?.[mso]).toEqual([
      "General",
      "#,##0.000",
      "0.0 %",
      "#,##0.000",
      "#,##0.0",
      "#,##0.000",
      "#,##0",
      "#,##0.0",
    ]);
    // Headings over the figures stand right; "Del" over the names stays as Excel has it.
    const heading = rows - 7;
    expect(write.block.formulas[heading]?.[7]).toBe("Resultat");
    expect(write.block.horizontalAlignment?.[heading]).toEqual(["General", ...Array<string>(7).fill("Right")]);
    // Every column as wide as its widest table text: "Rundet ned" (10) + room; the sentences run on.
    expect(write.block.columnWidths?.length).toBe(8);

    // Stored in English; a Danish sheet names it as Danish Excel does, an English one as stored.
    expect(write.block.formulas[1]?.[0]).toBe("Formel: =BUDGET.FORDEL(B1,B2:B7,1)");
    const en = buildExplainWrite(found.sources, explainView(found.explained, found.labels, "en"), "en");
    expect(en.block.formulas[1]?.[0]).toBe("Formula: =BUDGET.DISTRIBUTE(B1,B2:B7,1)");
    expect(en.block.formulas[mso]?.slice(1, 3)).toEqual([0.135, 0.135]);
    expect(en.block.numberFormats?.[mso]?.[2]).toBe("0.0%");
    // The development add-in's pane names its own namespace, as in the formulas it writes.
    belongToNamespace("BUDGETDEV");
    try {
      const dev = buildExplainWrite(found.sources, explainView(found.explained, found.labels, "da"), "da");
      expect(dev.block.formulas[1]?.[0]).toBe("Formel: =BUDGETDEV.FORDEL(B1,B2:B7,1)");
    } finally {
      belongToNamespace(PRODUCTION_NAMESPACE);
    }
  });

  test("a shown figure is read back in its language's marks, with its cut or arrow kept as a mark", () => {
    expect(shownFigure("1.234,5", "da")).toEqual({ value: 1234.5, places: 1, percent: false, mark: "" });
    expect(shownFigure("1,234.5", "en")).toEqual({ value: 1234.5, places: 1, percent: false, mark: "" });
    expect(shownFigure("13,5 %", "da")).toEqual({ value: 0.135, places: 1, percent: true, mark: "" });
    expect(shownFigure("0,666666…", "da")).toEqual({ value: 0.666666, places: 6, percent: false, mark: "…" });
    expect(shownFigure("5,0 ↑", "da")).toEqual({ value: 5, places: 1, percent: false, mark: " ↑" });
    expect([shownFigure("MSB", "da"), shownFigure("", "da"), shownFigure("1,2,3", "da")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  test("a Danish name and a held part are followed; a nested argument and another workbook are told plainly", async () => {
    const book = fordelBook('=BUDGET.FORDEL(10,{0.5;0.3;0.2},0,{"";1;""})');
    select(book, 1, 3);
    const found = await findExplanation(createMemoryWorkbookApi(book));
    if (!("explained" in found)) throw new Error(JSON.stringify(found));
    const lines = explainView(found.explained, null, "da").lines;
    expect(lines).toContain("Holdt: Del 2 1. Tilbage at fordele efter nøglen: 9.");
    expect(lines[lines.length - 1]).toBe("Resultat: 6.");

    const nested = readBudgetCall("=BUDGET.DISTRIBUTE(SUM(B1:B3),B2:B7,1)");
    if (!("refusal" in nested)) throw new Error("followed a nested call");
    expect(refusalText(nested.refusal, "en")).toMatch(/^Argument 1 \(SUM\(B1:B3\)\) is an expression/);
    const other = readBudgetCall("=BUDGET.FORDEL([Budget.xlsx]Nøgle!B1,B2:B7)");
    if (!("refusal" in other)) throw new Error("followed another workbook");
    expect(other.refusal.code).toBe("otherWorkbook");
    expect(readBudgetCall("=BUDGET.NØGLE(B2:B7)")).toEqual({ id: "KEY", args: [{ kind: "reference", text: "B2:B7" }] });
    expect(readBudgetCall("=BUDGET.FTE(B1,B2)")).toEqual({ refusal: { code: "noRounding", id: "FTE" } });
  });

  test("a cell without a formula nearby is told so", async () => {
    const book = fordelBook("=BUDGET.FORDEL(B1,B2:B7,1)");
    select(book, 10, 10);
    const found = await findExplanation(createMemoryWorkbookApi(book));
    expect(found).toEqual({ refusal: { code: "notFormula" } });
  });

  test("a formula's text typed behind the quote prefix is no formula to explain", async () => {
    const book = fordelBook("'=BUDGET.FORDEL(B1,B2:B7,1)");
    select(book, 1, 3);
    const found = await findExplanation(createMemoryWorkbookApi(book));
    expect(found).toEqual({ refusal: { code: "notFormula" } });
  });
});
