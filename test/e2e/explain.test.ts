/**
 * Forklar in real Chromium against the playground's sample municipality: the README's Fordel
 * example typed as a spilled formula, =BUDGET.FORDEL(5,Nøgle!B2:B7,1) on a sheet of its own with
 * the departments beside it; a cell in the middle of the spill selected and explained; "Skriv
 * forklaring" writes the sheet, Fortryd takes it away again; then the same in English.
 *
 * The expected numbers are worked out below in whole numbers (no code shared with src/core): 5,0 is
 * 50 tenths; each department's exact tenths are 50 × its key in thousandths / 1000, the floors add up
 * to 47, and the 3 tenths left over go to the 3 largest remainders.
 */
import type { Page } from "playwright-core";
import { pane, playgroundForSuite, readCells, screenshot, sheetNames } from "../support/playground";

const DEPARTMENTS = ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"];
/** The sample's administrative key in thousandths (28,4 % …). */
const KEY = [284, 81, 135, 68, 279, 153];
const TENTHS = 50;

/** Largest remainder by hand: floors, remainders (in thousandths of a tenth), ranks and results in tenths. */
function workedOut() {
  const exact = KEY.map((k) => TENTHS * k); // in thousandths of a tenth
  const floors = exact.map((e) => Math.floor(e / 1000));
  const rests = exact.map((e) => e % 1000);
  const leftover = TENTHS - floors.reduce((s, f) => s + f, 0);
  const order = rests.map((_r, i) => i).sort((a, b) => rests[b]! - rests[a]! || KEY[b]! - KEY[a]! || a - b);
  const ranks = rests.map((_r, i) => order.indexOf(i) + 1);
  const results = floors.map((f, i) => f + (ranks[i]! <= leftover ? 1 : 0));
  return { exact, floors, rests, leftover, ranks, results };
}

const tenths = (n: number, sep: string): string => `${Math.floor(n / 10)}${sep}${n % 10}`;
/** Thousandths of a tenth as a decimal amount: 6750 → 0,675. */
const amount = (n: number, sep: string): string =>
  `${Math.floor(n / 10000)}${sep}${String(n % 10000)
    .padStart(4, "0")
    .replace(/0+$/, "")}`;

async function selectCell(page: Page, sheet: string, row: number, column: number): Promise<void> {
  await page.evaluate(
    ({ sheet, row, column }) => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("no playground workbook");
      workbook.selection = { sheet, start: { row, column }, end: { row, column } };
      workbook.touch();
    },
    { sheet, row, column },
  );
}

describe("Forklar in the playground", () => {
  const session = playgroundForSuite({ wizard: "Forklar" });
  const hand = workedOut();

  beforeAll(async () => {
    await session.page.evaluate((departments) => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("no playground workbook");
      workbook.addSheet("Fordel");
      departments.forEach((d, i) => workbook.setInput("Fordel", 1 + i, 0, d));
      workbook.setInput("Fordel", 0, 1, "Fordelt");
      workbook.setInput("Fordel", 1, 1, "=BUDGET.FORDEL(5,Nøgle!B2:B7,1)");
      workbook.touch();
    }, DEPARTMENTS);
  });

  test("the worked example agrees with the README: 1,4 · 0,4 · 0,7 · 0,3 · 1,4 · 0,8", async () => {
    expect(hand.floors.reduce((s, f) => s + f, 0)).toBe(47);
    expect(hand.results.map((r) => tenths(r, ","))).toEqual(["1,4", "0,4", "0,7", "0,3", "1,4", "0,8"]);
    const cells = await readCells(session.page, "Fordel!B2:B7");
    expect(cells.values.map((row) => row[0])).toEqual(hand.results.map((r) => r / 10));
  });

  test("MSO's 0,7 in the middle of the spill explained; Skriv forklaring writes the sheet; Fortryd takes it away", async () => {
    const page = session.page;
    const mso = 2;
    await selectCell(page, "Fordel", 1 + mso, 1); // B4
    await page.getByTestId("explain-run").click();
    await page.getByTestId("explain-lines").waitFor();
    await expect(page.getByTestId("explain-formula").textContent()).resolves.toBe(
      "Fordel!B2: =BUDGET.FORDEL(5,Nøgle!B2:B7,1)",
    );
    const lines = await page.getByTestId("explain-lines").locator("p").allTextContents();
    expect(lines).toContain(
      `MSO vejer 0,135, 13,5 % af nøglen: præcist ${amount(hand.exact[mso]!, ",")}, rundet ned ${tenths(hand.floors[mso]!, ",")}, rest ${amount(hand.rests[mso]!, ",")}.`,
    );
    expect(lines).toContain(`Resten er nr. ${hand.ranks[mso]} af 6: den fik en af de ${hand.leftover} enheder.`);
    expect(lines[lines.length - 1]).toBe(`Resultat: ${tenths(hand.results[mso]!, ",")}.`);
    // The whole spread at a glance: each department's remainder rank and result, MSO marked.
    const rows = page.getByTestId("explain-table").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(6);
    for (let i = 0; i < 6; i++) {
      const cells = await rows.nth(i).locator("th, td").allTextContents();
      expect([cells[0], cells[6], cells[7]]).toEqual([
        DEPARTMENTS[i],
        hand.rests[i]! > 0 ? String(hand.ranks[i]) : "",
        tenths(hand.results[i]!, ","),
      ]);
    }
    await expect(rows.nth(mso).getAttribute("aria-current")).resolves.toBe("true");
    await screenshot(page, "explain-da");

    await page.getByTestId("explain-write").click();
    await page.getByTestId("write-notice").waitFor();
    expect(await sheetNames(page)).toContain("Forklaring");
    const written = await readCells(page, "Forklaring!A1:A2");
    expect(written.values).toEqual([["Forklar: Fordel!B4"], ["Formel: =BUDGET.FORDEL(5,Nøgle!B2:B7,1)"]]);
    await pane(page).getByRole("button", { name: "Fortryd" }).click();
    await page.getByTestId("undo-notice").waitFor();
    expect(await sheetNames(page)).not.toContain("Forklaring");
  });

  test("FREMSKRIV on the sample's PL-budget and Satser: Materialer's 425 by Priser's chain and the column's rounding", async () => {
    const page = session.page;
    await page.evaluate(() => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("no playground workbook");
      ["Løn, dagtilbud", "Løn, skoler", "Materialer", "Vedligehold"].forEach((line, i) =>
        workbook.setInput("Fordel", 1 + i, 3, line),
      );
      workbook.setInput(
        "Fordel",
        1,
        4,
        "=BUDGET.FREMSKRIV('PL-budget'!C2:D5,2024,2026,Satser!A3:D8,'PL-budget'!B2:B5)",
      );
      workbook.touch();
    });
    await selectCell(page, "Fordel", 3, 4); // E4: Materialer in 2025
    await page.getByTestId("explain-run").click();
    await page.getByTestId("explain-lines").filter({ hasText: "Materialer (Priser)" }).waitFor();
    const lines = await page.getByTestId("explain-lines").locator("p").allTextContents();
    // FUNCTIONS.md's worked example: 1,02 × 1,015 = 1,0353; 410 × 1,0353 = 424,473. The column
    // 1.319,6875 + 876,2725 + 424,473 + 98,3535 = 2.718,7865 prints 2.719; the floors add up to 2.717,
    // and the 2 units go to the remainders 0,6875 (rank 1) and 0,473 (rank 2).
    expect(lines).toContain("Priser: 1,02 (2025) × 1,015 (2026) = 1,0353.");
    expect(lines).toContain("Materialer (Priser): 410 × 1,0353 = præcist 424,473.");
    expect(lines).toContain("Resten er nr. 2 af 4: den fik en af de 2 enheder.");
    expect(lines[lines.length - 1]).toBe("Resultat: 425.");
    await screenshot(page, "explain-reprice-da");
  });

  test("in English: BA's 0,8, written and undone", async () => {
    const page = session.page;
    const ba = 5;
    await page.getByTestId("language").click();
    await pane(page).getByRole("tab", { name: "Explain", exact: true }).waitFor();
    await selectCell(page, "Fordel", 1 + ba, 1); // B7
    await page.getByTestId("explain-run").click();
    await page.getByTestId("explain-lines").filter({ hasText: "BA weighs" }).waitFor();
    const lines = await page.getByTestId("explain-lines").locator("p").allTextContents();
    expect(lines).toContain(
      `BA weighs 0.153, 15.3 % of the key: exactly ${amount(hand.exact[ba]!, ".")}, floor ${tenths(hand.floors[ba]!, ".")}, remainder ${amount(hand.rests[ba]!, ".")}.`,
    );
    expect(lines).toContain(`Its remainder ranks ${hand.ranks[ba]} of 6: it got one of the ${hand.leftover} units.`);
    expect(lines[lines.length - 1]).toBe(`Result: ${tenths(hand.results[ba]!, ".")}.`);
    await screenshot(page, "explain-en");

    await page.getByTestId("explain-write").click();
    await page.getByTestId("write-notice").waitFor();
    expect(await sheetNames(page)).toContain("Explanation");
    const written = await readCells(page, "Explanation!A1:A1");
    expect(written.values).toEqual([["Explain: Fordel!B7"]]);
    await pane(page).getByRole("button", { name: "Undo" }).click();
    await page.getByTestId("undo-notice").waitFor();
    expect(await sheetNames(page)).not.toContain("Explanation");
    await page.getByTestId("language").click();
  });
});
