/**
 * The Demografi wizard in real Chromium, against the playground's Demografi sheet, in Danish and
 * then in English.
 *
 * Expected numbers worked out by hand (Python fractions), not by src/core: (forecast − basis) ×
 * unit amount × rate per group, 75 % for 80+ år, one decimal; 2026 exact −2,952 4,902 0,315 5,11
 * 14,9415 = 22,3165 prints −2,9 4,9 0,3 5,1 14,9 = 22,3; 2027 exact −5,904 11,8465 0,462 10,22
 * 30,416625 = 47,041125: the two largest remainders (−5,904 and 0,462) go up, so −5,9 11,8 0,5 10,2
 * 30,4 = 47,0.
 */
import type { Page } from "playwright-core";
import { formulaBar, openPlayground, pane, readCells, type BrowserSession } from "../support/playground";

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("demography-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

describe("Demografi wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "Demografi" });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("five groups over four years, a rate per group, written as a live BUDGET.DEMOGRAFI with a check", async () => {
    await expect(page.getByTestId("demography-guidance").textContent()).resolves.toContain("Efterregulering");
    await page.getByTestId("demography-table").fill("Demografi!A1:F6");
    await page.getByTestId("demography-units").fill("Demografi!G1:G6");
    await pane(page).getByRole("radio", { name: "Én pr. aldersgruppe (en kolonne)" }).check();
    await page.getByTestId("demography-rates").fill("Demografi!H1:H6");
    await page.getByTestId("demography-target").fill("Demografi!A9");
    await waitForPreview(page);

    const preview = page.getByTestId("demography-preview");
    await expect(preview.getByRole("row", { name: /^6–16 år/ }).textContent()).resolves.toBe("6–16 år4,911,815,518,8");
    await expect(
      preview
        .getByRole("row")
        .filter({ hasText: /^I alt\d/ })
        .textContent(),
    ).resolves.toBe("I alt22,347,071,189,8");
    await expect(preview.getByText("✓").count()).resolves.toBe(4);

    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Demografi!A9:E16" }).waitFor();
    const cells = await readCells(page, "Demografi!A9:E16");
    expect(cells.inputs[1]?.[1]).toBe(
      "=BUDGET.DEMOGRAPHY(Demografi!B2:B6,Demografi!C2:F6,Demografi!G2:G6,Demografi!H2:H6,1)",
    );
    await expect(formulaBar(page, "Demografi!B10")).resolves.toContain("=BUDGET.DEMOGRAFI(");
    expect(cells.values.slice(1).map((row) => row.slice(1))).toEqual([
      [-2.9, -5.9, -4.4, -6.9],
      [4.9, 11.8, 15.5, 18.8],
      [0.3, 0.5, 0.6, 0.8],
      [5.1, 10.2, 13.5, 16.8],
      [14.9, 30.4, 45.9, 60.3],
      [22.3, 47, 71.1, 89.8],
      [0, 0, 0, 0],
    ]);
  });

  test("in English, a rate typed as 75 for 75 % is refused with both ways to write it", async () => {
    await page.getByTestId("language").click();
    await pane(page).getByRole("tab", { name: "Demography", exact: true }).waitFor();
    await pane(page).getByRole("radio", { name: "One for all age groups" }).check();
    await page.getByTestId("demography-rate").fill("75");
    const error = page.getByTestId("demography-error").filter({ hasText: "7,500 %" });
    await error.waitFor();
    await page.getByTestId("demography-rate").fill("75 %");
    await waitForPreview(page);
    // 80+ år at 75 % as before; the others at 75 % too: 2026 −2,214 3,6765 0,23625 3,8325 14,9415.
    await expect(page.getByTestId("demography-check").textContent()).resolves.toMatch(/adds up/i);
  });
});
