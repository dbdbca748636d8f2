/**
 * What a first real use of the pane trips on (a new user in the playground): no red error before
 * anything is typed, inputs that survive a change of tab, the year headings taken for totals, the
 * written range selected and its notice in view, and a playground cell that takes typing.
 */
import type { Page } from "playwright-core";
import { openPlayground, pane, readCells, screenshot, settledText, type BrowserSession } from "../support/playground";

async function openTab(page: Page, name: string): Promise<void> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
}

describe("the pane as a first-time user meets it", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ viewport: { width: 1400, height: 700 } });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a fresh wizard guides, it does not show an error", async () => {
    for (const [tab, guide] of [
      ["Fordel", "alloc-error-guide"],
      ["Kvote", "quota-error-guide"],
      ["Effektiviseringskatalog", "prog-error-guide"],
    ] as const) {
      await openTab(page, tab);
      await page.getByTestId(guide).waitFor();
      await expect(pane(page).getByRole("alert").count()).resolves.toBe(0);
    }
    await expect(page.getByTestId("alloc-error-guide").count()).resolves.toBe(0);
  });

  test("every wizard reads the same after a switch to English and back, and fits 320 px", async () => {
    for (const tab of [
      "Fordel",
      "Kvote",
      "Effektiviseringskatalog",
      "Afdelingsskemaer",
      "Forhandling",
      "Bilag",
      "Udmøntning",
      "Gevinstopfølgning",
    ]) {
      await openTab(page, tab);
      await page.waitForTimeout(500);
      // Nothing in the pane is wider than the pane (a wide preview table scrolls inside itself).
      const overflow = await pane(page).evaluate((element) => element.scrollWidth - element.clientWidth);
      expect([tab, overflow]).toEqual([tab, 0]);
      const danish = await pane(page).innerText();
      await page.getByTestId("language").click();
      await expect(pane(page).innerText()).resolves.not.toBe(danish);
      await page.getByTestId("language").click();
      await page.waitForTimeout(500);
      await expect(pane(page).innerText()).resolves.toBe(danish);
      // "Brug markering" stays on one line beside its field (a small button is about 24 px high).
      for (const button of await pane(page).getByRole("button", { name: "Brug markering" }).all()) {
        const box = await button.boundingBox();
        expect(box?.height ?? 0).toBeLessThan(30);
      }
    }
  });

  test("Afdelingsskemaer: Danish date and file button, guidance for the fields still blank, every wrong field told at once", async () => {
    await openTab(page, "Afdelingsskemaer");
    await expect(page.getByTestId("wb-deadline").getAttribute("type")).resolves.toBe("text");
    await expect(page.getByTestId("wb-files-button").textContent()).resolves.toBe("Vælg filer …");
    await expect(page.getByTestId("wb-files-chosen").textContent()).resolves.toBe("Ingen filer valgt");
    // Opened fresh, nothing is wrong yet: guidance naming the blank fields, no red box.
    const guide = page.getByTestId("wb-generate-error-guide");
    await expect(settledText(guide, "Kommune")).resolves.toBe(
      "Udfyld disse felter, så vises kvoterne her:\n• Kommune\n• Afleveringsfrist\n• Kontakt i økonomiafdelingen",
    );
    await expect(page.getByTestId("wb-generate-error").count()).resolves.toBe(0);
    await page.getByTestId("wb-themes").fill("Besparelser!A1:E3");
    await page.getByTestId("wb-rate").fill("1,5 %");
    await page.getByTestId("wb-deadline").fill("14-04-2023");
    // The preview follows the typing with a short delay: wait for the guidance of the last keystroke.
    await expect(settledText(guide, "Kontakt")).resolves.toBe(
      "Udfyld disse felter, så vises kvoterne her:\n• Kommune\n• Kontakt i økonomiafdelingen",
    );
    // One line per field, as the text says, not run together.
    const box = await guide.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(60);
    // A field typed wrong is an error, naming it with the fields still blank.
    await page.getByTestId("wb-deadline").fill("31-02-2026");
    const error = page.getByTestId("wb-generate-error");
    await expect(settledText(error, "Kommune")).resolves.toBe(
      'Udfyld eller ret disse felter:\n• Kommune: feltet er tomt. Udfyld det.\n• Afleveringsfrist: "31-02-2026" er ikke en dato. Skriv fx 10-04-2026.\n• Kontakt i økonomiafdelingen: feltet er tomt. Udfyld det.',
    );
    await page.getByTestId("wb-deadline").fill("14-04-2023");
  });

  test("what was typed in Fordel is still there after a visit to Kvote", async () => {
    await openTab(page, "Fordel");
    await page.getByTestId("alloc-total").fill("5,0");
    await page.getByTestId("alloc-key-names").selectOption("Nøgletabel");
    await page.getByTestId("alloc-preview").waitFor();
    await openTab(page, "Kvote");
    await page.getByTestId("quota-error-guide").waitFor();
    await openTab(page, "Fordel");
    await expect(page.getByTestId("alloc-total").inputValue()).resolves.toBe("5,0");
    // The same preview comes back: 5,0 by the administrative key, MSB's part 1,4.
    await expect(page.getByTestId("alloc-preview").getByRole("row", { name: /^MSB/ }).textContent()).resolves.toContain(
      "1,4",
    );
  });

  test("year headings chosen as totals are questioned before anything is spread", async () => {
    await pane(page).getByRole("radio", { name: "Fra en celle eller en række med år" }).check();
    await page.getByTestId("alloc-total-range").fill("Besparelser!A1:E1");
    const warning = page.getByTestId("alloc-years");
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain("2024, 2025, 2026, 2027");
    await expect(page.getByTestId("alloc-preview").count()).resolves.toBe(0);
    await page.getByTestId("alloc-total-range").fill("Besparelser!A2:E2");
    await page.getByTestId("alloc-preview").waitFor();
    await expect(warning.count()).resolves.toBe(0);
  });

  test("after writing, the written range is selected and the notice is in view", async () => {
    await page.getByTestId("alloc-target").fill("Fordeling!A1");
    await page.getByTestId("alloc-preview").waitFor();
    await page.getByRole("button", { name: "Skriv til regnearket" }).click();
    const notice = page.getByTestId("write-notice");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain("Fordeling!A1:E8");
    await expect(page.getByTestId("selection-address").textContent()).resolves.toBe("Fordeling!A1:E8");
    await expect(notice.isVisible()).resolves.toBe(true);
    const inView = await notice.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const pane = element.closest("aside.pane")?.getBoundingClientRect();
      return pane !== undefined && box.top >= pane.top && box.bottom <= pane.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, "pane-written-in-view");
  });

  test("the pane and the workbook scroll apart, and a selected cell takes typing", async () => {
    const scrolls = await page.evaluate(() => {
      const pane = document.querySelector("aside.pane");
      return {
        page: document.documentElement.scrollHeight <= window.innerHeight,
        pane: pane !== null && pane.scrollHeight > pane.clientHeight,
      };
    });
    expect(scrolls).toEqual({ page: true, pane: true });

    await page.getByTestId("sheet-Fordeling").click();
    await page.locator("#grid").focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowDown");
    await expect(page.getByTestId("selection-address").textContent()).resolves.toBe("Fordeling!A11");
    await page.keyboard.type("12,5");
    await page.keyboard.press("Enter");
    const typed = await readCells(page, "Fordeling!A11:A11");
    expect(typed.values).toEqual([[12.5]]);
    // The formula bar shows the number as Danish Excel does.
    await page.locator("#grid").focus();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByTestId("formula-input").inputValue()).resolves.toBe("12,5");
  });
});
