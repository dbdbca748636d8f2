/**
 * The PL-fremskrivning wizard in real Chromium, against the playground's PL-budget and Satser sheets,
 * filled in as a user would, in Danish and then in English.
 *
 * Expected numbers are FUNCTIONS.md's worked example, worked out by hand there, not by src/core:
 * factors Løn 1,03 × 1,025 = 1,05575 and Priser 1,02 × 1,015 = 1,0353; 2025 prints 1.320, 876,
 * 425, 98 = 2.719 and 2026 1.373, 892, 414, 98 = 2.777 (exact 2.718,7865 and 2.777,05725).
 */
import type { Page } from "playwright-core";
import { formulaBar, openPlayground, pane, readCells, type BrowserSession } from "../support/playground";

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("reprice-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

describe("PL-fremskrivning wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "PL-fremskrivning" });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the worked example: preview with factors and ✓, written as a live BUDGET.FREMSKRIV with totals", async () => {
    await page.getByTestId("reprice-budget").fill("PL-budget!A1:D6");
    await page.getByTestId("reprice-rates").fill("Satser!A3:D8");
    await page.getByTestId("reprice-from").fill("2024");
    await page.getByTestId("reprice-to").fill("2026");
    await page.getByTestId("reprice-target").fill("PL-budget!F1");
    await waitForPreview(page);

    const factors = page.getByTestId("reprice-factors");
    await expect(factors.getByRole("row", { name: /^Løn/ }).textContent()).resolves.toBe("Løn1,05575");
    await expect(factors.getByRole("row", { name: /^Priser/ }).textContent()).resolves.toBe("Priser1,0353");
    const preview = page.getByTestId("reprice-preview");
    await expect(preview.getByRole("row", { name: /^Materialer/ }).textContent()).resolves.toBe(
      "MaterialerPriser425414",
    );
    await expect(
      preview
        .getByRole("row")
        .filter({ hasText: /^I alt\d/ })
        .textContent(),
    ).resolves.toBe("I alt2.7192.777");
    await expect(preview.getByText("✓").count()).resolves.toBe(2);

    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "'PL-budget'!F1:I6" }).waitFor();
    const cells = await readCells(page, "PL-budget!F1:I6");
    expect(cells.inputs[1]?.[2]).toBe("=BUDGET.REPRICE('PL-budget'!C2:D5,2024,2026,Satser!A3:D8,'PL-budget'!B2:B5,0)");
    await expect(formulaBar(page, "PL-budget!H2")).resolves.toContain("=BUDGET.FREMSKRIV(");
    expect(cells.values.slice(1).map((row) => row.slice(2))).toEqual([
      [1320, 1373],
      [876, 892],
      [425, 414],
      [98, 98],
      [2719, 2777],
    ]);
  });

  test("in English, a kind the rate table lacks is named with the table's kinds", async () => {
    await page.getByTestId("language").click();
    await pane(page).getByRole("tab", { name: "Price level (PL)", exact: true }).waitFor();
    await page.getByTestId("reprice-has-kind").click();
    await page.getByTestId("reprice-kind").fill("Anlæg");
    const error = page.getByTestId("reprice-error").filter({ hasText: "Anlæg" });
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain("(Løn, Priser, Overførsler)");
    await page.getByTestId("reprice-kind").fill("Overførsler");
    await waitForPreview(page);
    // 2.585 × 1,026 × 1,022 = 2.710,55862 → 2.711.
    await expect(
      page
        .getByTestId("reprice-preview")
        .getByRole("row")
        .filter({ hasText: /^Total\d/ })
        .textContent(),
    ).resolves.toMatch(/^Total2,711/);
  });
});
