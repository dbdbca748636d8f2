/**
 * The negotiation (Forhandling) and annex (Bilag) wizards in real Chromium, against the playground's
 * sample negotiation round (sheets Forslag and Forhandling), used as an economist would.
 *
 * Expected numbers worked out by hand (mio. kr.):
 *   Forlig A on the sample sheet adopts Færre vikarer 1,25 2,45 2,45 2,45, Samkørsel af kørsel
 *   0,40 0,80 0,80 0,80, Nattevagt på tværs in part 0,5 0,6 0,6 0,6, Lukning af filial 2,15 3,05 3,05
 *   3,05 and Færre licenser 0,20 0,25 0,25 0,25: 2024 adds up to 4,50, the other years to 7,15 each,
 *   all years to 25,95, printed with one decimal as 26,0 (and 2024 as 4,5).
 *   A fresh sheet from the catalogue with the room 5,0 a year: nothing adopted yet, 5,0 missing a
 *   year (shown with two decimals, as the catalogue has them); "Færre vikarer" adopted in Forlig A gives 1,25 adopted in 2024 and 3,75 missing.
 */
import type { Page } from "playwright-core";
import {
  openPlayground,
  pane,
  readCell,
  screenshot,
  setCell,
  settledText,
  sheetNames,
  type BrowserSession,
} from "../support/playground";

async function waitFor(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

async function rowText(page: Page, table: string, name: RegExp): Promise<string | null> {
  return page.getByTestId(table).getByRole("row", { name }).first().textContent();
}

describe("negotiation and annex wizards in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("Forhandling: a new sheet from the catalogue with drop-downs, statuses drive the totals, a re-run keeps them", async () => {
    await pane(page).getByRole("tab", { name: "Forhandling", exact: true }).click();
    await expect(page.getByTestId("neg-error-guide").textContent()).resolves.toContain("Kataloget: vælg det");
    await page.getByTestId("neg-catalogue").fill("Forslag!A1:F8");
    await page.getByTestId("neg-room").fill("5,0");
    await waitFor(page, "neg-preview");
    await expect(rowText(page, "neg-preview", /^Forlig A: vedtaget/)).resolves.toBe(
      "Forlig A: vedtaget0,000,000,000,00",
    );
    await expect(rowText(page, "neg-preview", /^Forlig B: mangler/)).resolves.toBe("Forlig B: mangler5,005,005,005,00");
    await expect(page.getByTestId("neg-writes-to").textContent()).resolves.toBe(
      "Skriver til et nyt ark (Forhandling), A1:X25",
    );
    await page.getByTestId("neg-write").click();
    await page.getByText("Skrevet til").waitFor();
    const names = await sheetNames(page);
    expect(names).toContain("Forhandling (2)");
    const validations = await page.evaluate(
      () => window.raaderum?.workbook.sheet("Forhandling (2)")?.validations.map((v) => v.choices.join("/")) ?? [],
    );
    expect(validations).toEqual(["Vedtaget/Forkastet/Delvis", "Vedtaget/Forkastet/Delvis"]);
    // The 2027 column (F) is an amount column as wide as 2024's (C), not as wide as a heading below it.
    await page.getByTestId("sheet-Forhandling (2)").click();
    const width = (address: string) =>
      page.locator(`td[data-cell="Forhandling (2)!${address}"]`).evaluate((el) => el.getBoundingClientRect().width);
    const [c, f] = [await width("C4"), await width("F4")];
    expect(f).toBe(c);
    expect(f).toBeLessThan(100);
    await screenshot(page, "negotiation-written");

    // The user picks "Vedtaget" for Færre vikarer in Forlig A (G4): 1,25 adopted in 2024, 3,75 missing,
    // in the per-year part's 2024 column, C, the column of the proposals' 2024 amounts.
    await setCell(page, "'Forhandling (2)'!G4", "Vedtaget");
    await expect(readCell(page, "'Forhandling (2)'!C15")).resolves.toBe(1.25);
    await expect(readCell(page, "'Forhandling (2)'!C16")).resolves.toBe(3.75);

    // A new proposal in the catalogue; run again on the same sheet.
    await setCell(page, "Forslag!A9", "MKB");
    await setCell(page, "Forslag!B9", "Ny takst");
    for (const column of ["C", "D", "E", "F"]) await setCell(page, `Forslag!${column}9`, 0.3);
    await page.getByTestId("neg-catalogue").fill("Forslag!A1:F9");
    await page.getByTestId("neg-room").fill("");
    await page.getByTestId("neg-newsheet").click();
    await page.getByTestId("neg-target").fill("'Forhandling (2)'!A1");
    await page.getByTestId("neg-added").filter({ hasText: "MKB" }).waitFor();
    await expect(page.getByTestId("neg-added").textContent()).resolves.toBe(
      "Nye forslag tilføjes (1): MKB: Ny takst. 7 forslag beholder deres status.",
    );
    await page.getByTestId("neg-write").click();
    await page.getByTestId("confirm-overwrite").waitFor();
    await page.getByRole("button", { name: "Skriv over" }).click();
    await page.getByText("Skrevet til").waitFor();
    await expect(readCell(page, "'Forhandling (2)'!G4")).resolves.toBe("Vedtaget");
    await expect(readCell(page, "'Forhandling (2)'!B11")).resolves.toBe("Ny takst");
    // The room typed on the first run is kept; the adopted total moved down one row with the new proposal.
    await expect(readCell(page, "'Forhandling (2)'!C15")).resolves.toBe(5);
    await expect(readCell(page, "'Forhandling (2)'!C16")).resolves.toBe(1.25);
    await screenshot(page, "negotiation-rerun");
  });

  test("Bilag: Forlig A of the sample sheet, rounded so it adds up both ways, on a new sheet set up for A4 landscape", async () => {
    await pane(page).getByRole("tab", { name: "Bilag", exact: true }).click();
    await page.getByTestId("annex-source").fill("Forhandling!A1");
    await page.getByTestId("annex-municipality").fill("Eksempel Kommune");
    await waitFor(page, "annex-preview");
    const total = await rowText(page, "annex-preview", /^I alt/);
    expect(total?.startsWith("I alt4,5")).toBe(true);
    expect(total?.endsWith("26,0")).toBe(true);
    // Every row of the preview adds up to its last figure (in tenths, read from the printed text).
    const rows = await page
      .getByTestId("annex-preview")
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));
    expect(rows.length).toBe(11);
    for (const cells of rows) {
      const tenths = cells.map((c) => Number(c.replace(/\./g, "").replace(",", "")));
      expect(tenths.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(tenths[4]);
    }
    await page.getByTestId("annex-write").click();
    await page.getByText("Skrevet til").waitFor();
    const setup = await page.evaluate(() => window.raaderum?.workbook.sheet("Bilag")?.pageSetup);
    expect(setup).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      titleRows: [1, 3],
      header: { left: "Eksempel Kommune" },
    });
    await expect(readCell(page, "Bilag!F19")).resolves.toBe(26);
    // As the .xlsx prints it: the total row bold to its 26,0, a proposal (row 5) plain, and column A
    // 44 characters wide (231 points, 308 pixels) where the grid's columns are 64 pixels by default.
    const grid = page.getByTestId("grid");
    const weight = (cell: string) =>
      grid.locator(`td[data-cell="${cell}"]`).evaluate((td) => getComputedStyle(td).fontWeight);
    await expect(Promise.all(["Bilag!A19", "Bilag!F19", "Bilag!A5"].map(weight))).resolves.toEqual([
      "700",
      "700",
      "400",
    ]);
    const width = await grid.locator('td[data-cell="Bilag!A19"]').evaluate((td) => td.getBoundingClientRect().width);
    expect(width).toBe(308);
    // The .xlsx's lines and alignment: a double line under the total row (F19), a thin one under its
    // subtotal (F18), none under a proposal (B5); figures right-aligned, the names (A5) as text is.
    const style = (cell: string) =>
      grid.locator(`td[data-cell="${cell}"]`).evaluate((td) => {
        const css = getComputedStyle(td);
        return [css.borderBottomStyle, css.borderBottomWidth, css.borderBottomColor, css.textAlign];
      });
    await expect(Promise.all(["Bilag!F19", "Bilag!F18", "Bilag!B5", "Bilag!A5"].map(style))).resolves.toEqual([
      ["double", "3px", "rgb(0, 0, 0)", "right"],
      ["solid", "1px", "rgb(0, 0, 0)", "right"],
      // The grid's own light line, where the annex draws none.
      ["solid", "1px", "rgb(227, 227, 227)", "right"],
      ["solid", "1px", "rgb(227, 227, 227)", "start"],
    ]);
    await screenshot(page, "annex-written");
  });

  test("Bilag, issue 25 defect 2: Forlig B's MSB i alt is 1,6 | 2,8 | 2,8 | 2,8, as the sheet's 1,60 | 2,80 | 2,80 | 2,80", async () => {
    await pane(page).getByRole("tab", { name: "Bilag", exact: true }).click();
    await page.getByTestId("annex-source").fill("Forhandling!A1");
    await waitFor(page, "annex-preview");
    await page.getByTestId("annex-scenario").selectOption("Forlig B");
    await page.getByTestId("annex-preview").filter({ hasText: "Forlig B" }).waitFor();
    await expect(rowText(page, "annex-preview", /^MSB i alt/)).resolves.toBe("MSB i alt1,62,82,82,810,0");
  });

  test('Bilag, issue 25 defect 3: "Vedtaget " counts on the sheet and in the annex; "Vedtagt" in neither, and is named', async () => {
    await pane(page).getByRole("tab", { name: "Bilag", exact: true }).click();
    await page.getByTestId("annex-source").fill("Forhandling!A1");
    await page.getByTestId("annex-scenario").selectOption("Forlig A");
    // Lukning af filial (G8, 2,15 in 2024) typed with a trailing space: still counted, 4,50 on the sheet.
    await setCell(page, "Forhandling!G8", "Vedtaget ");
    await expect(readCell(page, "Forhandling!C15")).resolves.toBe(4.5);
    await page.getByTestId("annex-preview").filter({ hasText: "Forlig A" }).waitFor();
    await expect(
      settledText(page.getByTestId("annex-preview").getByRole("row", { name: /^I alt/ }), "I alt4,5"),
    ).resolves.toMatch(/^I alt4,5/);
    // Færre licenser (G10, 0,20) typed "Vedtagt": counted nowhere (4,30 on the sheet, 4,3 in the annex) and named.
    await setCell(page, "Forhandling!G10", "Vedtagt");
    await expect(readCell(page, "Forhandling!C15")).resolves.toBe(4.3);
    await expect(
      settledText(page.getByTestId("annex-preview").getByRole("row", { name: /^I alt/ }), "I alt4,3"),
    ).resolves.toMatch(/^I alt4,3/);
    await expect(page.getByTestId("annex-unrecognised").textContent()).resolves.toContain(
      'Forlig A, BA: Færre licenser "Vedtagt"',
    );
  });
});
