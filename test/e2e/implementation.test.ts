/**
 * The udmøntning wizard in real Chromium, against the playground's sample organisation
 * (Udmøntning!A1:D54: 3 departments, 10 areas, 40 cost centres) and adopted savings (F1:J4).
 *
 * Expected numbers worked out by hand (1.000 kr.), not by src/core:
 *   BUF's areas weigh Dagtilbud 18.450+12.320+15.780+22.610+3.200 = 72.360, Skoler
 *   48.900+52.340+39.870+61.250+14.600+21.480 = 238.440, Familie 19.750+11.230+6.840+8.120 = 45.950;
 *   356.750 in all. BUF 2025 2.500: 2.500 × 72.360 / 356.750 = 507,08; × 238.440 / 356.750 = 1.670,92;
 *   × 45.950 / 356.750 = 322,004. Floors 507 + 1.670 + 322 = 2.499; the last unit to the largest
 *   remainder (,92): Skoler 1.671.
 *   With 3.000: 608,49 / 2.005,10 / 386,41 → floors 2.999, the unit to Dagtilbud: 609, 2.005, 386.
 *   Totals: 2.500 + 3.000 + 1.200 = 6.700; 5.000 + 6.000 + 2.400 = 13.400; 7.500 + 6.000 + 3.100 = 16.600.
 */
import type { Page } from "playwright-core";
import {
  formulaBar,
  openPlayground,
  pane,
  readCells,
  screenshot,
  setCell,
  type BrowserSession,
} from "../support/playground";

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("impl-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

describe("udmøntning wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "Udmøntning" });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the sample tree: an indented preview with a ✓ per level, one live HIERARCHY formula per department", async () => {
    await page.getByTestId("impl-tree").fill("Udmøntning!A1:D54");
    await page.getByTestId("impl-amounts").fill("Udmøntning!F1:J4");
    await page.getByTestId("impl-target").fill("Udmøntning!L1");
    await waitForPreview(page);

    const preview = page.getByTestId("impl-preview");
    await expect(preview.getByRole("row", { name: /^BUF / }).textContent()).resolves.toBe(
      "BUF Børn, Unge og Familie2.5005.0007.5007.500✓",
    );
    await expect(preview.getByRole("row", { name: /2200 Skoler/ }).textContent()).resolves.toBe(
      "\u00a0\u00a0\u00a02200 Skoler1.6713.3425.0135.013✓",
    );
    await expect(preview.getByRole("row", { name: /2100 Dagtilbud/ }).textContent()).resolves.toMatch(
      /^\s+2100 Dagtilbud507/,
    );
    await expect(preview.getByRole("row", { name: /2300 Familie/ }).textContent()).resolves.toMatch(/forebyggelse322/);
    await expect(preview.getByRole("row", { name: /^Vedtaget, afrundet/ }).textContent()).resolves.toBe(
      "Vedtaget, afrundet6.70013.40016.60016.600",
    );
    await expect(page.getByTestId("impl-levels").textContent()).resolves.toBe(
      "✓ Afdelingerne = det vedtagne✓ Niveau 2 summer til niveau 1✓ Niveau 3 summer til niveau 2",
    );
    await expect(preview.getByText("✗", { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, "implementation-preview");

    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Udmøntning!L1:Q55" }).waitFor();
    const cells = await readCells(page, "Udmøntning!L1:Q55");
    expect(cells.inputs[0]).toEqual(["Id", "Navn (1.000 kr.)", 2025, 2026, 2027, 2028]);
    // Stored with the English id, shown with the Danish name as Danish Excel shows it.
    expect(cells.inputs[1]?.[2]).toBe(
      "=BUDGET.HIERARCHY(Udmøntning!G2:J2,Udmøntning!A2:A20,Udmøntning!C2:C20,Udmøntning!D2:D20,0)",
    );
    expect(cells.inputs[20]?.[2]).toBe(
      "=BUDGET.HIERARCHY(Udmøntning!G3:J3,Udmøntning!A21:A38,Udmøntning!C21:C38,Udmøntning!D21:D38,0)",
    );
    await expect(formulaBar(page, "Udmøntning!N21")).resolves.toBe(
      "=BUDGET.FORDEL.HIERARKI(Udmøntning!G3:J3,Udmøntning!A21:A38,Udmøntning!C21:C38,Udmøntning!D21:D38,0)",
    );
    expect(cells.inputs[54]?.[2]).toBe("=SUM(N2,N21,N39)");
    // Recalculated by the playground's workbook: BUF, its three areas, and the totals row.
    expect([1, 2, 8, 15].map((r) => cells.values[r]?.[2])).toEqual([2500, 507, 1671, 322]);
    expect(cells.values[54]?.slice(2)).toEqual([6700, 13400, 16600, 16600]);
    // The id is text, left-aligned as BUF is. BUF (row 2) and its area Dagtilbud (row 3, which has cost
    // centres below it) are bold, Dagtilbud's name one level in; the cost centre on row 4 plain, two in.
    expect(cells.values[2]?.slice(0, 2)).toEqual(["2100", "Dagtilbud"]);
    const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);
    const look = (address: string) =>
      cell(address).evaluate((el) => {
        const style = getComputedStyle(el);
        return { align: style.textAlign, padding: style.paddingLeft, weight: style.fontWeight };
      });
    await page.getByTestId("sheet-Udmøntning").click();
    await expect(look("Udmøntning!L2")).resolves.toEqual({ align: "left", padding: "4px", weight: "700" });
    await expect(look("Udmøntning!L3")).resolves.toEqual({ align: "left", padding: "4px", weight: "700" });
    await expect(look("Udmøntning!M2")).resolves.toEqual({ align: "left", padding: "4px", weight: "700" });
    await expect(look("Udmøntning!M3")).resolves.toEqual({ align: "left", padding: "16px", weight: "700" });
    await expect(look("Udmøntning!M4")).resolves.toEqual({ align: "left", padding: "28px", weight: "400" });
    await cell("Udmøntning!L1").scrollIntoViewIfNeeded();
    await screenshot(page, "implementation-written");

    // Live: BUF's 2025 saving raised to 3.000 flows down the tree.
    await setCell(page, "Udmøntning!G2", 3000);
    const after = await readCells(page, "Udmøntning!N2:N55");
    expect([0, 1, 7, 14, 53].map((r) => after.values[r]?.[0])).toEqual([3000, 609, 2005, 386, 7200]);
    await setCell(page, "Udmøntning!G2", 2500);
    // The preview follows the sheet; write again only once it shows 2.500, or the write is refused as stale.
    await page
      .getByTestId("impl-preview")
      .getByRole("row", { name: /^BUF / })
      .filter({ hasText: "Familie2.500" })
      .waitFor();
    await waitForPreview(page);
    expect(session.errors).toEqual([]);
  });

  test("writing values again asks first, naming the range; Fortryd puts the formulas back", async () => {
    const before = await readCells(page, "Udmøntning!L1:Q55");
    await pane(page).getByRole("radio", { name: "Faste værdier" }).check();
    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    const dialog = page.getByTestId("confirm-overwrite");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Udmøntning!L1:Q55");
    await page.getByRole("button", { name: "Skriv over" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Udmøntning!L1:Q55" }).waitFor();
    const fixed = await readCells(page, "Udmøntning!L1:Q55");
    expect(fixed.inputs[2]?.slice(2)).toEqual([507, 1014, 1521, 1521]);
    expect(fixed.inputs[1]?.[2]).toBe(2500);

    await pane(page).getByRole("button", { name: "Fortryd" }).click();
    await page.getByTestId("undo-notice").waitFor();
    const restored = await readCells(page, "Udmøntning!L1:Q55");
    expect(restored.inputs).toEqual(before.inputs);
    await pane(page)
      .getByRole("radio", { name: /^Formler/ })
      .check();
  });

  test("an amount whose department is not in the tree is told, naming the departments", async () => {
    await setCell(page, "Udmøntning!F4", "TEK");
    const error = page.getByTestId("impl-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'De vedtagne beløb: "TEK" er ikke en afdeling i træet, så beløbet kan ikke udmøntes. Træets afdelinger (øverste niveau) er BUF Børn, Unge og Familie, SOA Social og Ældre, TMK Teknik, Miljø og Kultur. Skriv afdelingens id eller navn, som træet har det.',
    );
    await expect(page.getByTestId("impl-write").isDisabled()).resolves.toBe(true);
    await screenshot(page, "implementation-error");
    // Matched by name as well: the department's name instead of its id.
    await setCell(page, "Udmøntning!F4", "Teknik, Miljø og Kultur");
    await waitForPreview(page);
    await expect(page.getByTestId("impl-preview").getByRole("row", { name: /^TMK / }).textContent()).resolves.toBe(
      "TMK Teknik, Miljø og Kultur1.2002.4003.1003.100✓",
    );
    await setCell(page, "Udmøntning!F4", "TMK");
  });

  test("in English at 320 px the pane fits", async () => {
    await page.getByTestId("language").click();
    await page.setViewportSize({ width: 320, height: 1000 });
    await expect(pane(page).getByRole("tab", { name: "Implementation" }).count()).resolves.toBe(1);
    await expect(page.getByTestId("impl-levels").textContent()).resolves.toContain("✓ Level 3 adds up to level 2");
    const fits = await page.locator(".pane").evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    await screenshot(page, "implementation-320");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId("language").click();
    expect(session.errors).toEqual([]);
  });
});
