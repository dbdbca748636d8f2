/**
 * The quota wizard (Kvote) in real Chromium, against the playground's sample municipality, filled in
 * as a user would: typing or picking the department table, typing the rate, choosing the rounding.
 *
 * Expected numbers are worked out by hand, not by src/core:
 * - DOMAIN.md's worked example, 2 % at one decimal: bases 100,0 45,5 0,0 (C is -3,0 − -3,0) →
 *   quotas 2,0 0,9 0,0, total 2 % of 145,5 = 2,91 → 2,9.
 * - The sample's six departments at 1,5 %: bases 4.162,3 1.167,1 2.145,0 1.035,2 4.223,2 2.335,8
 *   (15.068,6; 1,5 % = 226,029 → 226,0). Exact shares 62,4345 17,5065 32,175 15,528 63,348 35,037
 *   floor to 225,8; the two largest remainders (MSO ,75, MBU ,48) get a tenth each.
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

const SAMPLE_BASES = [4162.3, 1167.1, 2145, 1035.2, 4223.2, 2335.8];
const SAMPLE_QUOTAS = [62.4, 17.5, 32.2, 15.5, 63.4, 35];

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("quota-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

async function write(page: Page): Promise<void> {
  await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
}

describe("quota wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "Kvote" });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the DOMAIN.md worked example, typed, written as a live BUDGET.KVOTE formula with totals and check", async () => {
    await page.getByTestId("quota-table").fill("Kvote-eksempel!A1:C4");
    await pane(page).getByRole("textbox", { name: "Sats" }).fill("2 %");
    await page.getByTestId("quota-target").fill("Kvote-eksempel!E1");
    await waitForPreview(page);

    const preview = page.getByTestId("quota-preview");
    await expect(preview.getByRole("row", { name: /^B/ }).textContent()).resolves.toBe("B45,50,9");
    await expect(preview.getByRole("row", { name: /^I alt/ }).textContent()).resolves.toBe("I alt145,52,9");
    await expect(preview.getByText("✓").count()).resolves.toBe(1);
    await expect(page.getByTestId("quota-summary").textContent()).resolves.toBe(
      "Samlet kvote: 2,9 mio. kr. = 2 % af positivt grundlag 145,5",
    );
    await expect(page.getByTestId("quota-writes-to").textContent()).resolves.toBe("Skriver til 'Kvote-eksempel'!E1:G7");

    await write(page);
    await page.getByTestId("write-notice").waitFor();
    await expect(page.getByTestId("write-notice").textContent()).resolves.toContain("'Kvote-eksempel'!E1:G7");

    const cells = await readCells(page, "Kvote-eksempel!E1:G7");
    expect(cells.inputs[0]).toEqual(["Forvaltning (mio. kr.)", "Grundlag", "Kvote 2 %"]);
    // Stored with the English id, shown with the Danish name as Danish Excel shows it.
    expect(cells.inputs[1]?.[2]).toBe("=BUDGET.QUOTA('Kvote-eksempel'!B2:B4,'Kvote-eksempel'!C2:C4,0.02,1)");
    await expect(formulaBar(page, "Kvote-eksempel!G2")).resolves.toBe(
      "=BUDGET.KVOTE('Kvote-eksempel'!B2:B4,'Kvote-eksempel'!C2:C4,0.02,1)",
    );
    expect(cells.inputs[1]?.[1]).toBe("=ROUND('Kvote-eksempel'!B2-'Kvote-eksempel'!C2,1)");
    // Recalculated by the playground's workbook: the spilled quotas, Excel's SUMs and the check.
    expect(cells.values.slice(1).map((row) => row.slice(1))).toEqual([
      [100, 2],
      [45.5, 0.9],
      [0, 0],
      [145.5, 2.9],
      [145.5, 2.9],
      ["", 0],
    ]);
    expect(cells.values[6]?.[0]).toBe("Kontrol (skal være 0)");
    expect(cells.formats[2]?.[2]).toBe("#,##0.0");

    // Live: B's exempt amount raised to 15,5 leaves a basis of 40,0; 2 % of 140,0 is 2,8 = 2,0 + 0,8.
    await setCell(page, "Kvote-eksempel!C3", 15.5);
    const after = await readCells(page, "Kvote-eksempel!F2:G6");
    expect(after.values).toEqual([
      [100, 2],
      [40, 0.8],
      [0, 0],
      [140, 2.8],
      [140, 2.8],
    ]);
    await setCell(page, "Kvote-eksempel!C3", 10);
    await page.getByTestId("busy").waitFor({ state: "detached" });
    await screenshot(page, "quota");
  });

  test("the sample's departments picked by name: values, the overwrite confirmation saying what changes, and Fortryd", async () => {
    await page.getByTestId("quota-table-names").selectOption("Afdelinger");
    await pane(page).getByRole("textbox", { name: "Sats" }).fill("1,5 %");
    await page.getByTestId("quota-target").fill("Budget!F1");
    await waitForPreview(page);
    await expect(page.getByTestId("quota-preview").getByRole("row", { name: /^MSO/ }).textContent()).resolves.toBe(
      "MSO2.145,032,2",
    );
    await write(page);
    await page.getByTestId("write-notice").filter({ hasText: "Budget!F1:H10" }).waitFor();
    const live = await readCells(page, "Budget!F1:H10");
    expect(live.values.slice(1, 7).map((row) => row[1])).toEqual(SAMPLE_BASES);
    expect(live.values.slice(1, 7).map((row) => row[2])).toEqual(SAMPLE_QUOTAS);
    expect(live.values.slice(7).map((row) => row.slice(1))).toEqual([
      [15068.6, 226],
      [15068.6, 226],
      ["", 0],
    ]);

    // The same again as values: the cells are taken, so the pane asks first and says what changes.
    await pane(page).getByRole("radio", { name: "Faste værdier" }).check();
    await write(page);
    const dialog = page.getByTestId("confirm-overwrite");
    await dialog.waitFor();
    // What changes: 30 cells but the empty G10; the formulas are the six bases, the quota (H2, spilling),
    // the two SUMs, the two total-quota cells and the check. As values the bases and quotas become
    // numbers, while the totals and the check stay Excel's own formulas: both.
    expect(live.inputs.flat().filter((input) => String(input).startsWith("="))).toHaveLength(12);
    await expect(page.locator("#confirm-overwrite-text").textContent()).resolves.toBe(
      "Budget!F1:H10 har indhold i 29 celler, heraf 12 formler. Formlerne erstattes af Råderums formler og faste værdier. " +
        'Guiden Kvote skrev dem tidligere i denne session. "Fortryd" kan sætte dem tilbage bagefter.',
    );
    await screenshot(page, "quota-confirm");
    await page.getByRole("button", { name: "Skriv over" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("write-notice").filter({ hasText: "Budget!F1:H10" }).waitFor();
    const fixed = await readCells(page, "Budget!F1:H10");
    expect(fixed.inputs.slice(1, 7).map((row) => row.slice(1))).toEqual(
      SAMPLE_BASES.map((b, i) => [b, SAMPLE_QUOTAS[i]]),
    );
    expect(fixed.values.slice(7).map((row) => row[2])).toEqual([226, 226, 0]);

    // Fortryd puts the live formulas back exactly.
    await pane(page).getByRole("button", { name: "Fortryd" }).click();
    await page.getByTestId("undo-notice").waitFor();
    const restored = await readCells(page, "Budget!F1:H10");
    expect(restored.inputs).toEqual(live.inputs);
    expect(restored.values).toEqual(live.values);
    expect(restored.formats).toEqual(live.formats);
  });

  test("text in a budget cell, and a rate without its % sign, are told with the cell and the mend", async () => {
    await setCell(page, "Budget!B4", "ca. 2 mia.");
    const error = page.getByTestId("quota-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'Budgettet: Budget!B4 indeholder "ca. 2 mia.", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
    await expect(page.getByTestId("quota-write").isDisabled()).resolves.toBe(true);
    await screenshot(page, "quota-error");
    await setCell(page, "Budget!B4", 2145);

    await pane(page).getByRole("textbox", { name: "Sats" }).fill("1,5");
    const rateError = page.getByTestId("quota-error").filter({ hasText: "150 %" });
    await rateError.waitFor();
    await expect(rateError.textContent()).resolves.toBe(
      "Satsen: 1,5 betyder 150 %. Mener du 1,5 %, så skriv 1,5 % eller 0,015.",
    );
    await pane(page).getByRole("textbox", { name: "Sats" }).fill("0,015");
    await waitForPreview(page);
    expect(session.errors).toEqual([]);
  });

  test("in English and at 320 px the pane stays readable and keyboard-usable", async () => {
    await page.getByTestId("language").click();
    await expect(pane(page).getByRole("tab", { name: "Quota", exact: true }).count()).resolves.toBe(1);
    await expect(page.getByTestId("quota-summary").textContent()).resolves.toBe(
      "Total quota: 226.0 DKK million = 1.5% of the positive basis 15,068.6",
    );
    await page.setViewportSize({ width: 320, height: 900 });
    const fits = await page.locator(".pane").evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    // The rate field is reached with Tab from the table field and changed with the keyboard alone.
    await page.getByTestId("quota-table").focus();
    const focused = async () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
    for (let presses = 0; presses < 8 && (await focused()) !== "quota-rate"; presses++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("quota-rate");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("2 %");
    await page.getByTestId("quota-summary").filter({ hasText: "= 2% of" }).waitFor();
    await expect(page.getByTestId("quota-summary").textContent()).resolves.toBe(
      "Total quota: 301.4 DKK million = 2% of the positive basis 15,068.6",
    );
    await screenshot(page, "quota-320");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId("language").click();
    expect(session.errors).toEqual([]);
  });
});
