/**
 * Forklar on REPRICE and DEMOGRAPHY, on the in-memory workbook: FUNCTIONS.md's worked examples as
 * spilled formulas, a cell in the middle of the spill explained (the factor chain of its kind, or
 * its age group's terms, then the column's rounding), numbers worked out by hand below.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { findExplanation } from "../../src/taskpane/wizards/explain/explainFinding";
import { explainView } from "../../src/taskpane/wizards/explain/explainView";

function select(book: MemoryWorkbook, sheet: string, row: number, column: number): void {
  book.selection = { sheet, start: { row, column }, end: { row, column } };
}

/** FUNCTIONS.md, REPRICE: 1.000 kr., 2024-PL → 2026-PL; the result spills from G2, names in F. */
function repriceBook(formula: string): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addSheet("PL");
  const lines: [string, number, number, string][] = [
    ["Løn, dagtilbud", 1250, 1300, "Løn"],
    ["Løn, skoler", 830, 845, "Løn"],
    ["Materialer", 410, 400, "Priser"],
    ["Vedligehold", 95, 95, "Priser"],
  ];
  lines.forEach(([name, a, b, kind], i) => {
    [name, a, b, kind, "", name].forEach((v, c) => v !== "" && book.setInput("PL", 1 + i, c, v));
  });
  const index: (string | number)[][] = [
    ["År", "Løn", "Priser"],
    [2025, 0.03, 0.02],
    [2026, 0.025, 0.015],
  ];
  index.forEach((row, r) => row.forEach((v, c) => book.setInput("PL", 10 + r, c, v)));
  book.setInput("PL", 1, 6, formula);
  return book;
}

async function explained(book: MemoryWorkbook) {
  const found = await findExplanation(createMemoryWorkbookApi(book));
  if (!("explained" in found)) throw new Error(JSON.stringify(found));
  return {
    found,
    da: explainView(found.explained, found.labels, "da"),
    en: explainView(found.explained, found.labels, "en"),
  };
}

describe("Forklar on the column functions", () => {
  test("REPRICE forward: Materialer's 425 in 2025, by Priser's chain and the column's two left-over units", async () => {
    const book = repriceBook("=BUDGET.FREMSKRIV(B2:C5,2024,2026,A11:C13,D2:D5)");
    select(book, "PL", 3, 6); // G4: Materialer, the first year
    const { found, da, en } = await explained(book);
    expect(found.sources.anchor).toBe("PL!G2");
    // Priser: 1,02 × 1,015 = 1,0353; 410 × 1,0353 = 424,473: floor 424, remainder 0,473.
    // The column: 1.319,6875 + 876,2725 + 424,473 + 98,3535 = 2.718,7865, rounded 2.719; the floors
    // 1.319 + 876 + 424 + 98 = 2.717 leave 2 units, to the remainders 0,6875 and 0,473.
    expect(da.lines).toEqual([
      "Beløbene i 2024-PL regnes frem til 2026-PL: hver linje ganges med produktet af (1 + satsen) for årene efter 2024 til og med 2026, efter linjens art.",
      "Priser: 1,02 (2025) × 1,015 (2026) = 1,0353.",
      "Materialer (Priser): 410 × 1,0353 = præcist 424,473.",
      "Kolonnen summer præcist til 2.718,7865, afrundet 2.719. Hver celle rundes ned til hele 1; de 2 enheder, der mangler, går én ad gangen til de største rester (ved samme rest først det største beløb, så den tidligere række).",
      "Materialer: præcist 424,473, rundet ned 424, rest 0,473.",
      "Resten er nr. 2 af 4: den fik en af de 2 enheder.",
      "Resultat: 425.",
    ]);
    expect(en.lines[2]).toBe("Materialer (Priser): 410 × 1.0353 = exactly 424.473.");
    expect(da.rows.map((r) => [r.label, r.cells[5], r.cells[6], r.selected])).toEqual([
      ["Løn, dagtilbud", "1", "1.320", false],
      ["Løn, skoler", "4", "876", false],
      ["Materialer", "2", "425", true],
      ["Vedligehold", "3", "98", false],
      ["I alt", "", "2.719", false],
    ]);
  });

  test("REPRICE back in time: dividing by Løn's 1,05575", async () => {
    const book = repriceBook("=BUDGET.FREMSKRIV(B2:C5,2026,2024,A11:C13,D2:D5,1)");
    select(book, "PL", 1, 6);
    const { da } = await explained(book);
    // 1 / 1,05575 = 0,94719393…; 1.250 / 1,05575 = 1.183,99242244…: in tenths floor 1.183,9, shown
    // cut six places below the tenths.
    expect(da.lines).toContain("Løn: at dividere med 1,05575 er at gange med 1 / 1,05575 = 0,947193….");
    expect(da.lines).toContain("Løn, dagtilbud (Løn): 1.250 / 1,05575 = præcist 1.183,9924224….");
    expect(da.lines).toContain("Løn, dagtilbud: præcist 1.183,9924224…, rundet ned 1.183,9, rest 0,0924224….");
    expect(da.lines[da.lines.length - 1]).toBe("Resultat: 1.184,0.");
  });

  test("DEMOGRAPHY: 80+ år in the first year, and the totals row", async () => {
    const book = new MemoryWorkbook();
    book.addSheet("Demo");
    const groups: [string, number, number[], number, number][] = [
      ["0–5 år", 4210, [4180, 4150, 4165], 0.0984, 1],
      ["6–16 år", 8930, [8990, 9075, 9120], 0.0817, 1],
      ["80+ år", 2650, [2790, 2935, 3080], 0.1423, 0.75],
    ];
    groups.forEach(([name, base, forecast, unit, rate], g) => {
      book.setInput("Demo", 1 + g, 0, base);
      forecast.forEach((f, y) => book.setInput("Demo", 1 + g, 1 + y, f));
      book.setInput("Demo", 1 + g, 4, unit);
      book.setInput("Demo", 1 + g, 5, rate);
      book.setInput("Demo", 1 + g, 6, name);
    });
    book.setInput("Demo", 1, 7, "=BUDGET.DEMOGRAFI(A2:A4,B2:D4,E2:E4,F2:F4,1)");
    select(book, "Demo", 3, 7); // H4: 80+ år, the first year
    const { da, en } = await explained(book);
    // (2.790 − 2.650) × 0,1423 × 75 % = 14,9415: floor 14,9, rest 0,0415. The year: −2,952 + 4,902 +
    // 14,9415 = 16,8915, rounded 16,9; floors −3,0 + 4,9 + 14,9 = 16,8 leave one tenth, which goes to
    // 0–5 år's remainder 0,048 (rank 1); 80+ år's 0,0415 is rank 2, 6–16 år's 0,002 rank 3.
    expect(da.lines).toContain("80+ år: (2.790 − 2.650) = 140 borgere × 0,1423 × 75 % = præcist 14,9415.");
    expect(da.lines).toContain("80+ år: præcist 14,9415, rundet ned 14,9, rest 0,0415.");
    expect(da.lines).toContain("Resten er nr. 2 af 3: der var kun 1 enhed at give.");
    expect(da.lines[da.lines.length - 1]).toBe("Resultat: 14,9.");
    expect(en.lines).toContain("Its remainder ranks 2 of 3: there was only 1 unit to give.");
    expect(da.rows.map((r) => [r.label, r.cells[0], r.cells[4], r.cells[5]])).toEqual([
      ["0–5 år", "-30", "1", "-2,9"],
      ["6–16 år", "60", "3", "4,9"],
      ["80+ år", "140", "2", "14,9"],
      ["I alt", "", "", "16,9"],
    ]);

    select(book, "Demo", 4, 8); // I5: the totals row, the second year
    const total = await explained(book);
    // −5,904 + 11,8465 + 30,416625 = 36,359125, rounded 36,4.
    expect(total.da.lines).toContain(
      "Totalen er kolonnens præcise sum 36,359125, afrundet til nærmeste (præcis midt imellem væk fra nul): 36,4. Cellerne over er rundet, så de summer til den.",
    );
    expect(total.da.rows[3]?.selected).toBe(true);
  });
});
