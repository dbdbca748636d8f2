/**
 * Issue 25, defect 1, as a user drives it: the key table selected whole, title to total, with "Brug
 * markering". The "I alt" row must not become a seventh department that halves every share, and the
 * preview must say it was left out. Shares by hand: MSB 28,4 % of 5,0 is 1,42 → 1,4 (the published
 * plan's 1,4 · 0,4 · 0,7 · 0,3 · 1,4 · 0,8, DOMAIN.md).
 */
import type { Page } from "playwright-core";
import { parseRange } from "../../src/sheet/address";
import { pane, playgroundForSuite, screenshot, settledText, settledValue } from "../support/playground";

const DEPARTMENTS = ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"];

async function selectInSheet(page: Page, address: string): Promise<void> {
  const range = parseRange(address);
  if (!range?.sheet) throw new Error(address);
  await page.evaluate((r) => {
    const workbook = window.raaderum?.workbook;
    if (!workbook) throw new Error("no playground workbook");
    workbook.selection = { sheet: r.sheet, start: r.start, end: r.end };
  }, range);
}

/** The preview's row labels once the preview has settled after the last change. */
async function previewRows(page: Page): Promise<string[]> {
  const preview = page.getByTestId("alloc-preview");
  await preview.waitFor();
  await settledText(preview, "MSB");
  return preview.locator("tbody tr th").allTextContents();
}

describe("Fordel reads the key table as the user selected it (issue 25)", () => {
  const playground = playgroundForSuite();

  test("Nøgle!A1:B8 by Brug markering: six departments, MSB 28,4 %, the I alt row named as left out", async () => {
    const page = playground.page;
    const p = pane(page);
    await p.getByRole("tab", { name: "Fordel", exact: true }).click();
    await p.getByRole("textbox", { name: "Beløb" }).fill("5,0");
    await selectInSheet(page, "Nøgle!A1:B8");
    await page.getByTestId("alloc-key-selection").click();
    await expect(settledValue(page.getByTestId("alloc-key"), "Nøgle!A1:B8")).resolves.toBe("Nøgle!A1:B8");

    const rows = await previewRows(page);
    expect(rows.slice(0, 7)).toEqual([...DEPARTMENTS, "Sum af dele"]);
    const msb = (await page.getByTestId("alloc-preview").getByRole("row", { name: /^MSB/ }).textContent()) ?? "";
    expect(msb).toContain("28,4 %");
    expect(msb).toContain("1,4");
    const said = (await page.getByTestId("alloc-inferred").textContent()) ?? "";
    expect(said).toContain('Nøgle!A8 "I alt" er en totalrække: udeladt.');
    await screenshot(page, "allocation-key-with-total");
  });

  test("Nøgle!A1:B77: the empty rows are no departments either", async () => {
    const page = playground.page;
    await selectInSheet(page, "Nøgle!A1:B77");
    await page.getByTestId("alloc-key-selection").click();
    await expect(settledValue(page.getByTestId("alloc-key"), "Nøgle!A1:B77")).resolves.toBe("Nøgle!A1:B77");
    const rows = await previewRows(page);
    expect(rows.slice(0, 7)).toEqual([...DEPARTMENTS, "Sum af dele"]);
    const said = (await page.getByTestId("alloc-inferred").textContent()) ?? "";
    expect(said).toContain("69 tomme rækker (Nøgle!A9–Nøgle!A77): udeladt.");
  });
});
