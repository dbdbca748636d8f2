/**
 * Every wizard's preview at the playground's 320 px pane, with the sample municipality: each column
 * a user must check is reachable (in view, or in a box that scrolls sideways and says so), none is
 * cut off by a box that hides what overflows, and a screenshot of each preview is kept
 * (test-results/screenshots/preview-320-*.png).
 */
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { SCREENSHOTS, openPlayground, pane, type BrowserSession } from "../support/playground";

/** What the browser measured of one heading cell of a preview. */
interface Column {
  heading: string;
  /** "" when the user can bring the whole cell into view; otherwise why not. */
  problem: string;
}

/**
 * Measures, in the page, every column heading of the tables in `preview`: it scrolls the nearest box
 * that clips sideways so the heading is at its right edge, as a user scrolling would, and checks the
 * heading is then wholly inside that box, not under its sticky first column, and inside the pane.
 * A box that hides overflow (overflow-x hidden or clip) cannot be scrolled by a user: a heading
 * outside it is cut off. A heading out of view as the preview first shows must be named in the
 * "more columns" line above the table.
 */
async function measureColumns(preview: Locator): Promise<Column[]> {
  return preview.evaluate((root) => {
    const paneBox = root.closest("aside.pane");
    if (!paneBox) throw new Error("the preview is not inside the pane");
    const paneRect = paneBox.getBoundingClientRect();
    const tables = root.matches("table") ? [root] : Array.from(root.querySelectorAll("table"));
    const columns: { heading: string; problem: string }[] = [];
    const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
    for (const table of tables) {
      let clipper: HTMLElement | null = table.parentElement;
      while (clipper && clipper !== paneBox && getComputedStyle(clipper).overflowX === "visible")
        clipper = clipper.parentElement;
      const scroller = clipper && clipper !== paneBox ? clipper : null;
      const overflowX = scroller ? getComputedStyle(scroller).overflowX : "visible";
      const scrolls = scroller !== null && (overflowX === "auto" || overflowX === "scroll");
      const cue = table.closest("[data-preview-table]")?.querySelector("[data-more-columns=right]") ?? null;
      const cueText = cue && cue.getBoundingClientRect().height > 0 ? (cue.textContent ?? "") : "";
      const headings = Array.from(table.querySelectorAll<HTMLElement>("thead th"));
      headings.forEach((th, index) => {
        const heading = (th.textContent ?? "").trim() || `(column ${index + 1})`;
        let problem = "";
        if (scroller) {
          if (scrolls) scroller.scrollLeft = 0;
          // As the preview first shows: a heading beyond the right edge must be named in the cue above it.
          const first = scroller.getBoundingClientRect().left + scroller.clientWidth;
          const hiddenAtFirst = th.getBoundingClientRect().right > first + 1;
          if (scrolls) scroller.scrollLeft = Math.max(0, th.offsetLeft + th.offsetWidth - scroller.clientWidth);
          const rect = th.getBoundingClientRect();
          const box = scroller.getBoundingClientRect();
          // The visible part of the box: without its vertical scrollbar, if any.
          const visible = new DOMRect(box.left, box.top, scroller.clientWidth, box.height);
          const sticky = headings[0];
          const stickyRight =
            index > 0 && sticky && getComputedStyle(sticky).position === "sticky"
              ? sticky.getBoundingClientRect().right
              : -Infinity;
          if (!inside(rect, visible))
            problem = scrolls ? "out of view even when scrolled" : `cut off by overflow-x: ${overflowX}`;
          else if (rect.left < stickyRight - 1) problem = "under the sticky first column";
          else if (!inside(box, paneRect)) problem = "its scrolling box is wider than the pane";
          else if (hiddenAtFirst && !cueText.includes(heading))
            problem = `out of view at first and not named in the cue above (${cueText || "no cue"})`;
          if (scrolls) scroller.scrollLeft = 0;
        } else if (!inside(th.getBoundingClientRect(), paneRect))
          problem = "outside the pane, which does not scroll sideways";
        columns.push({ heading, problem });
      });
    }
    return columns;
  });
}

/** Brings the preview into the pane's view and keeps a picture of the pane as the user sees it. */
async function keepPicture(page: Page, preview: Locator, name: string): Promise<void> {
  // From the caption and the "more columns" line above the table down, as far as the pane shows.
  await preview.evaluate((table) =>
    (table.closest("[data-preview-table]") ?? table).scrollIntoView({ block: "start" }),
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  await pane(page).screenshot({ path: join(SCREENSHOTS, `preview-320-${name}.png`) });
}

async function ready(page: Page, testId: string): Promise<Locator> {
  const preview = page.getByTestId(testId);
  await preview.waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
  return preview;
}

async function openTab(page: Page, name: string): Promise<void> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
}

async function write(page: Page): Promise<void> {
  await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
  await page.getByTestId("write-notice").filter({ hasText: "Skrevet til" }).waitFor();
}

describe("every wizard's preview at a 320 px pane", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ viewport: { width: 1024, height: 760 } });
    page = session.page;
    await expect(pane(page).evaluate((element) => element.clientWidth)).resolves.toBeLessThanOrEqual(320);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Every heading of the preview is reachable; returns the headings, for the test to check they are the ones expected. */
  async function check(preview: Locator, name: string): Promise<string[]> {
    await keepPicture(page, preview, name);
    const columns = await measureColumns(preview);
    expect(columns.filter((c) => c.problem !== "")).toEqual([]);
    // A pane that scrolls sideways as a whole would move the fields and buttons out of view too.
    await expect(pane(page).evaluate((element) => element.scrollWidth - element.clientWidth)).resolves.toBe(0);
    return columns.map((c) => c.heading);
  }

  test("Fordel", async () => {
    await openTab(page, "Fordel");
    await pane(page).getByRole("radio", { name: "Fra en celle eller en række med år" }).check();
    await page.getByTestId("alloc-total-range").fill("Besparelser!A3:E3");
    await page.getByTestId("alloc-key-names").selectOption("Nøgletabel");
    await page.getByTestId("alloc-target").fill("Fordeling!A1");
    const headings = await check(await ready(page, "alloc-preview"), "fordel");
    expect(headings.slice(-4)).toEqual(["2024", "2025", "2026", "2027"]);
    // Written for Forklar below, which explains a cell of it.
    await write(page);
  });

  test("Kvote", async () => {
    await openTab(page, "Kvote");
    await page.getByTestId("quota-table").fill("Kvote-eksempel!A1:C4");
    await pane(page).getByRole("textbox", { name: "Sats" }).fill("2 %");
    await page.getByTestId("quota-target").fill("Kvote-eksempel!E1");
    const headings = await check(await ready(page, "quota-preview"), "kvote");
    expect(headings.length).toBeGreaterThanOrEqual(3);
  });

  test("PL-fremskrivning", async () => {
    await openTab(page, "PL-fremskrivning");
    await page.getByTestId("reprice-budget").fill("PL-budget!A1:D6");
    await page.getByTestId("reprice-rates").fill("Satser!A3:D8");
    await page.getByTestId("reprice-from").fill("2024");
    await page.getByTestId("reprice-to").fill("2026");
    await page.getByTestId("reprice-target").fill("PL-budget!F1");
    const headings = await check(await ready(page, "reprice-preview"), "pl");
    expect(headings.length).toBeGreaterThanOrEqual(3);
  });

  test("Demografi", async () => {
    await openTab(page, "Demografi");
    await page.getByTestId("demography-table").fill("Demografi!A1:F6");
    await page.getByTestId("demography-units").fill("Demografi!G1:G6");
    await pane(page).getByRole("radio", { name: "Én pr. aldersgruppe (en kolonne)" }).check();
    await page.getByTestId("demography-rates").fill("Demografi!H1:H6");
    await page.getByTestId("demography-target").fill("Demografi!A9");
    const headings = await check(await ready(page, "demography-preview"), "demografi");
    expect(headings.slice(-4)).toEqual(["2026", "2027", "2028", "2029"]);
  });

  test("Effektiviseringskatalog", async () => {
    await openTab(page, "Effektiviseringskatalog");
    await page.getByTestId("prog-gains").fill("Katalog!A1:E4");
    await page.getByTestId("prog-costs").fill("Katalog!A6:E9");
    await page.getByTestId("prog-printed").fill("Katalog!A11:E14");
    await page.getByTestId("prog-budgets").fill("Budget!D1:D7");
    await page.getByTestId("prog-target").fill("Katalog!A17");
    const headings = await check(await ready(page, "prog-preview"), "katalog");
    expect(headings.slice(-4)).toEqual(["2024", "2025", "2026", "2027"]);
  });

  test("Afdelingsskemaer", async () => {
    await openTab(page, "Afdelingsskemaer");
    await page.getByTestId("wb-themes").fill("Besparelser!A1:E3");
    await page.getByTestId("wb-municipality").fill("Legeplads Kommune");
    await page.getByTestId("wb-budgetYear").fill("2024");
    await page.getByTestId("wb-rate").fill("1,5 %");
    await page.getByTestId("wb-deadline").fill("2023-04-14");
    await page.getByTestId("wb-contact").fill("Økonomi, tlf. 1234 5678");
    const preview = await ready(page, "wb-quota-preview");
    await preview.getByRole("row", { name: /^BA/ }).waitFor();
    const headings = await check(preview, "afdelingsskemaer");
    expect(headings.length).toBe(4);
  });

  test("Forhandling", async () => {
    await openTab(page, "Forhandling");
    await page.getByTestId("neg-catalogue").fill("Forslag!A1:F8");
    await page.getByTestId("neg-room").fill("5,0");
    const headings = await check(await ready(page, "neg-preview"), "forhandling");
    expect(headings.length).toBeGreaterThanOrEqual(5);
    // Written for Bilag below, which reads the settlement sheet.
    await write(page);
  });

  test("Bilag", async () => {
    await openTab(page, "Bilag");
    await page.getByTestId("annex-source").fill("Forhandling!A1");
    await page.getByTestId("annex-municipality").fill("Eksempel Kommune");
    const headings = await check(await ready(page, "annex-preview"), "bilag");
    expect(headings[headings.length - 1]).toBe("I alt");
  });

  test("Udmøntning", async () => {
    await openTab(page, "Udmøntning");
    await page.getByTestId("impl-tree").fill("Udmøntning!A1:D54");
    await page.getByTestId("impl-amounts").fill("Udmøntning!F1:J4");
    await page.getByTestId("impl-target").fill("Udmøntning!L1");
    const headings = await check(await ready(page, "impl-preview"), "udmoentning");
    expect(headings).toEqual(expect.arrayContaining(["2025", "2026", "2027", "2028"]));
  });

  test("Gevinstopfølgning", async () => {
    await openTab(page, "Gevinstopfølgning");
    await page.getByTestId("follow-plan").fill("Gevinster!A1:E5");
    await page.getByTestId("follow-realised").fill("Gevinster!A7:E11");
    await page.getByTestId("follow-target").fill("Gevinster!A14");
    const headings = await check(await ready(page, "follow-preview"), "gevinstopfoelgning");
    expect(headings).toEqual(expect.arrayContaining(["Realiseringsgrad", "Under tærsklen"]));

    // The line above the table brings the hidden columns in, as a user clicking it would.
    const frame = page.locator("[data-preview-table]").filter({ has: page.getByTestId("follow-preview") });
    const more = frame.locator("[data-more-columns=right]");
    await expect(more.textContent()).resolves.toMatch(/^Flere kolonner til højre: .*Under tærsklen →$/);
    for (let i = 0; i < 5 && (await more.count()) > 0; i++) await more.click();
    await expect(more.count()).resolves.toBe(0);
    const last = frame.getByRole("columnheader", { name: "Under tærsklen" });
    const region = frame.getByRole("region");
    const [cell, box] = await Promise.all([last.boundingBox(), region.boundingBox()]);
    expect(cell && box && cell.x + cell.width <= box.x + box.width + 1).toBe(true);
    await expect(frame.locator("[data-more-columns=left]").textContent()).resolves.toMatch(
      /^← Kolonner til venstre: 2024/,
    );
    await keepPicture(page, frame, "gevinstopfoelgning-scrolled");
  });

  test("Forklar", async () => {
    await openTab(page, "Forklar");
    // The BUDGET.FORDEL formula Fordel wrote above, selected as a click in the grid would.
    await page.evaluate(() => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("not the playground");
      workbook.selection = { sheet: "Fordeling", start: { row: 1, column: 1 }, end: { row: 1, column: 1 } };
      workbook.touch();
    });
    await page.getByTestId("explain-run").click();
    const headings = await check(await ready(page, "explain-table"), "forklar");
    expect(headings.length).toBeGreaterThanOrEqual(2);
  });
});
