/**
 * The allocation wizard (Fordel) in real Chromium, against the playground's sample municipality,
 * filled in with clicks and typing as a user would.
 *
 * Expected parts are worked out by hand by largest remainder in tenths of a million (no code shared
 * with src/core): the administrative key 28,4/8,1/13,5/6,8/27,9/15,3 % of the "Administration" row
 * 2,0/4,0/6,0/8,0 mio. kr. For 2,0: exact tenths 5,68 1,62 2,70 1,36 5,58 3,06 → floors 5 1 2 1 5 3
 * (17) → the three largest remainders (MSO ,70, MSB ,68, MTM ,62) get one more → 6 2 3 1 5 3.
 */
import type { Page } from "playwright-core";
import {
  formulaBar,
  openPlayground,
  pane,
  readCells,
  screenshot,
  setCell,
  sheetNames,
  type BrowserSession,
} from "../support/playground";

const DEPARTMENTS = ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"];
/** Columns 2024..2027, one row per department, mio. kr. at one decimal. */
const EXPECTED = [
  [0.6, 1.1, 1.7, 2.3],
  [0.2, 0.3, 0.5, 0.7],
  [0.3, 0.6, 0.8, 1.1],
  [0.1, 0.3, 0.4, 0.5],
  [0.5, 1.1, 1.7, 2.2],
  [0.3, 0.6, 0.9, 1.2],
];
const TOTALS = [2, 4, 6, 8];

/** The printed parts summed in tenths, as integers: no binary rounding in the check itself. */
function sumInTenths(values: readonly unknown[]): number {
  return values.reduce<number>((sum, v) => sum + Math.round(Number(v) * 10), 0);
}

async function fillFormulaAllocation(page: Page, target: string): Promise<void> {
  await pane(page).getByRole("tab", { name: "Fordel", exact: true }).click();
  await pane(page).getByRole("radio", { name: "Fra en celle eller en række med år" }).check();
  await page.getByTestId("alloc-total-range").fill("Besparelser!A3:E3");
  await page.getByTestId("alloc-key-names").selectOption("Nøgletabel");
  await page.getByTestId("alloc-target").fill(target);
}

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("alloc-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

describe("allocation wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a row of yearly totals by the key table, written as a live BUDGET.FORDEL formula", async () => {
    await fillFormulaAllocation(page, "Fordeling!A1");
    await waitForPreview(page);
    const preview = page.getByTestId("alloc-preview");
    // Danish number format in the preview, and a ✓ under every year.
    await expect(preview.getByRole("row", { name: /^MSB/ }).textContent()).resolves.toContain("0,6");
    await expect(preview.getByText("✓").count()).resolves.toBe(4);
    await screenshot(page, "allocation-preview");

    await page.getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").waitFor();
    await expect(page.getByTestId("write-notice").textContent()).resolves.toContain("Fordeling!A1:E8");

    const cells = await readCells(page, "Fordeling!A1:E8");
    expect(cells.inputs[0]).toEqual(["Afdeling (mio. kr.)", 2024, 2025, 2026, 2027]);
    expect(cells.inputs.slice(1, 7).map((row) => row[0])).toEqual(DEPARTMENTS);
    // Stored with the English id; the formula bar shows it as Excel in the pane's language does.
    expect(cells.inputs[1]?.[1]).toBe("=BUDGET.DISTRIBUTE(Besparelser!B3:E3,Nøgle!B2:B7,1)");
    await expect(formulaBar(page, "Fordeling!B2")).resolves.toBe("=BUDGET.FORDEL(Besparelser!B3:E3,Nøgle!B2:B7,1)");
    await page.getByTestId("language").click();
    await expect(formulaBar(page, "Fordeling!B2")).resolves.toBe("=BUDGET.DISTRIBUTE(Besparelser!B3:E3,Nøgle!B2:B7,1)");
    await page.getByTestId("language").click();
    // The formula spills into B2:E7; the values are the evaluator's, recalculated by the same core.
    expect(cells.values.slice(1, 7).map((row) => row.slice(1))).toEqual(EXPECTED);
    for (let y = 0; y < 4; y++) {
      const column = EXPECTED.map((row) => row[y]);
      expect(sumInTenths(column)).toBe(TOTALS[y]! * 10);
      expect(cells.inputs[7]?.[y + 1]).toBe(`=SUM(${"BCDE"[y]}2:${"BCDE"[y]}7)`);
      expect(Math.round(Number(cells.values[7]?.[y + 1]) * 10)).toBe(TOTALS[y]! * 10);
    }
    expect(cells.formats[1]?.[1]).toBe("#,##0.0");
    await screenshot(page, "allocation");

    // Live: a new 2024 amount in the source row flows through the formula.
    // 3,0 mio.: tenths 8,52 2,43 4,05 2,04 8,37 4,59 → floors 8 2 4 2 8 4 (28) → BA ,59 and MSB ,52 get one.
    await setCell(page, "Besparelser!B3", 3);
    const after = await readCells(page, "Fordeling!B2:B8");
    expect(after.values.map((row) => row[0])).toEqual([0.9, 0.2, 0.4, 0.2, 0.8, 0.5, 3]);
    // The preview follows the sheet too.
    await preview.getByRole("row", { name: /^MSB/ }).filter({ hasText: "0,9" }).waitFor();
    await setCell(page, "Besparelser!B3", 2);
    await preview.getByRole("row", { name: /^MSB/ }).filter({ hasText: "0,6" }).waitFor();
  });

  test("writing over it asks first, naming the range; Fortryd restores the formula exactly", async () => {
    const before = await readCells(page, "Fordeling!A1:E8");
    await page.getByRole("radio", { name: "Faste værdier" }).check();
    await waitForPreview(page);

    // First "Annuller": nothing changes.
    await page.getByRole("button", { name: "Skriv til regnearket" }).click();
    const dialog = page.getByTestId("confirm-overwrite");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Fordeling!A1:E8");
    await screenshot(page, "allocation-confirm");
    await page.getByRole("button", { name: "Annuller" }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await readCells(page, "Fordeling!A1:E8")).inputs).toEqual(before.inputs);

    // Then "Skriv over": the parts become values.
    await page.getByRole("button", { name: "Skriv til regnearket" }).click();
    await dialog.waitFor();
    await page.getByRole("button", { name: "Skriv over" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("write-notice").filter({ hasText: "Fordeling!A1:E8" }).waitFor();
    const written = await readCells(page, "Fordeling!A1:E8");
    expect(written.inputs.slice(1, 7).map((row) => row.slice(1))).toEqual(EXPECTED);

    // Fortryd puts back what was there: the formula in B2, empty spill cells, formats.
    await page.getByRole("button", { name: "Fortryd" }).click();
    await page.getByTestId("undo-notice").waitFor();
    const restored = await readCells(page, "Fordeling!A1:E8");
    expect(restored.inputs).toEqual(before.inputs);
    expect(restored.formats).toEqual(before.formats);
    expect(restored.values).toEqual(before.values);

    // The notice follows a switch of language (it goes once something new is written: next test).
    await expect(page.getByTestId("undo-notice").textContent()).resolves.toContain("Fortrudt");
    await page.getByTestId("language").click();
    await expect(page.getByTestId("undo-notice").textContent()).resolves.toContain(
      "Undone: what the Allocate wizard wrote to Fordeling!A1:E8. The cells hold their earlier contents again.",
    );
    await page.getByTestId("language").click();

    // Every write is logged in the hidden sheet.
    expect(await sheetNames(page)).toContain("Råderum-log");
    const log = await page.evaluate(() => window.raaderum?.workbook.sheet("Råderum-log")?.hidden ?? false);
    expect(log).toBe(true);
  });

  test("a typed amount in 1.000 kr. with whole units, one department held and one excluded, as values on a new sheet", async () => {
    // 1.000 (1.000 kr.): MSB is held at 300 and BA excluded, so 700 is spread over MTM, MSO, MKB, MBU by
    // 8,1/13,5/6,8/27,9 (563): exact 100,71 167,85 84,55 346,89 → floors 100 167 84 346 (697) → MBU, MSO
    // and MTM get one more each → 101 168 84 347.
    const p = pane(page);
    await p.getByRole("radio", { name: "Skriv beløbet" }).check();
    await p.getByRole("textbox", { name: "Beløb" }).fill("1.000");
    await page.getByTestId("alloc-unit").selectOption("tkr");
    await page.getByTestId("alloc-decimals").selectOption("0");
    await p.getByRole("checkbox", { name: "Fasthold enkelte afdelinger" }).check();
    await page.getByTestId("alloc-hold-0").selectOption("fixed");
    await page.getByTestId("alloc-hold-amount-0").fill("300");
    await page.getByTestId("alloc-hold-5").selectOption("excluded");
    await p.getByRole("radio", { name: "Faste værdier" }).check();
    await p.getByRole("checkbox", { name: "På et nyt ark" }).check();
    const preview = page.getByTestId("alloc-preview");
    await preview.getByRole("row", { name: /^MBU/ }).filter({ hasText: "347" }).waitFor();
    await screenshot(page, "allocation-holds");

    await p.getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Fordeling (2)" }).waitFor();
    expect(await page.getByTestId("undo-notice").count()).toBe(0);
    const cells = await readCells(page, "'Fordeling (2)'!A1:B8");
    expect(cells.inputs).toEqual([
      ["Afdeling (1.000 kr.)", 2024],
      ["MSB", 300],
      ["MTM", 101],
      ["MSO", 168],
      ["MKB", 84],
      ["MBU", 347],
      ["BA", 0],
      ["I alt", "=SUM(B2:B7)"],
    ]);
    expect(cells.values[7]?.[1]).toBe(1000);
    expect(cells.formats[1]?.[1]).toBe("#,##0");
    await p.getByRole("checkbox", { name: "Fasthold enkelte afdelinger" }).uncheck();
  });

  test("text in a key column is reported with its cell and how to mend it", async () => {
    await setCell(page, "Nøgle!B4", "mange");
    await pane(page).getByRole("radio", { name: "Skriv beløbet" }).check();
    await pane(page).getByRole("textbox", { name: "Beløb" }).fill("5,0");
    // No click on "Opdater": the preview reads the sheet again by itself when a cell changes.
    const error = page.getByTestId("alloc-error");
    await error.waitFor();
    const text = (await error.textContent()) ?? "";
    expect(text).toContain("Nøgle!B4");
    expect(text).toContain('"mange"');
    expect(text).toContain("Skriv et tal");
    await expect(page.getByTestId("alloc-write").isDisabled()).resolves.toBe(true);
    await screenshot(page, "allocation-error");
    await setCell(page, "Nøgle!B4", 0.135);
  });

  test("the pane works in English too and stays usable at 320 px", async () => {
    await page.getByTestId("language").click();
    await expect(pane(page).getByRole("tab", { name: "Allocate" }).count()).resolves.toBe(1);
    const width = await page.locator(".pane").evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(width).toBe(true);
    await page.getByTestId("language").click();
    expect(session.errors).toEqual([]);
  });

  test("the wizards are reached from the keyboard", async () => {
    const allocate = pane(page).getByRole("tab", { name: "Fordel", exact: true });
    await allocate.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(pane(page).getByRole("tab", { name: "Kvote" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await expect(allocate.getAttribute("aria-selected")).resolves.toBe("true");
    // Tab moves from the tabs into the wizard's first field.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("aside.pane") !== null);
    expect(focused).toBe(true);
  });
});
