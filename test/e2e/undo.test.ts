/**
 * Fortryd as a user meets it at the 320 px pane: beside the notice of the write it undoes, the
 * notice then saying what was undone (no green "Skrevet til …" left behind), and every offer naming
 * the wizard that wrote and the range, also from another wizard's tab; in Danish and English.
 */
import type { Page } from "playwright-core";
import { openPlayground, pane, readCells, screenshot, sheetNames, type BrowserSession } from "../support/playground";

async function writeAllocation(page: Page, options: { newSheet?: boolean } = {}): Promise<void> {
  await pane(page).getByRole("tab", { name: "Fordel", exact: true }).click();
  await pane(page).getByRole("radio", { name: "Fra en celle eller en række med år" }).check();
  await page.getByTestId("alloc-total-range").fill("Besparelser!A3:E3");
  await page.getByTestId("alloc-key-names").selectOption("Nøgletabel");
  await page.getByTestId("alloc-target").fill("Fordeling!A1");
  if (options.newSheet) await page.getByTestId("alloc-newsheet").check();
  await page.getByTestId("alloc-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
  await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
  await page.getByTestId("write-notice").waitFor();
}

/** Whether the element is wholly inside the pane's visible part (the pane scrolls on its own). */
async function inView(page: Page, testId: string): Promise<boolean> {
  const [box, view] = await Promise.all([page.getByTestId(testId).boundingBox(), pane(page).boundingBox()]);
  return box !== null && view !== null && box.y >= view.y && box.y + box.height <= view.y + view.height;
}

describe("Fortryd", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ viewport: { width: 1200, height: 700 } });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("sits beside the write's notice, and after it the notice says what was undone, in both languages", async () => {
    const before = await readCells(page, "Fordeling!A1:E8");
    await writeAllocation(page);
    const notice = page.getByTestId("write-notice");
    await expect(notice.textContent()).resolves.toBe("Skrevet til Fordeling!A1:E8 af guiden Fordel.Fortryd");
    // The offer is the notice's own button, in view after the write; the bar at the top does not repeat it.
    await expect(notice.getByRole("button", { name: "Fortryd" }).count()).resolves.toBe(1);
    await expect(inView(page, "write-undo")).resolves.toBe(true);
    await expect(page.getByTestId("undo-bar").count()).resolves.toBe(0);
    await expect(pane(page).getByRole("button", { name: "Fortryd" }).count()).resolves.toBe(1);
    await screenshot(page, "undo-offered-beside-notice");
    expect((await readCells(page, "Fordeling!B2")).inputs[0]?.[0]).toMatch(/^=BUDGET\./);

    await page.getByTestId("write-undo").click();
    const undone = page.getByTestId("undo-notice");
    await undone.waitFor();
    await expect(undone.textContent()).resolves.toBe(
      "Fortrudt: det, guiden Fordel skrev i Fordeling!A1:E8. Cellerne har igen deres tidligere indhold.",
    );
    await expect(page.getByTestId("write-notice").count()).resolves.toBe(0);
    await expect(pane(page).getByText("Skrevet til").count()).resolves.toBe(0);
    await expect(readCells(page, "Fordeling!A1:E8")).resolves.toEqual(before);
    await screenshot(page, "undo-done");
    // Nothing left to undo: no offer anywhere.
    await expect(pane(page).getByRole("button", { name: "Fortryd" }).count()).resolves.toBe(0);

    await page.getByTestId("language").click();
    await expect(undone.textContent()).resolves.toBe(
      "Undone: what the Allocate wizard wrote to Fordeling!A1:E8. The cells hold their earlier contents again.",
    );
    await page.getByTestId("language").click();
  });

  test("offered in another wizard, it names the wizard that wrote and the range", async () => {
    await writeAllocation(page);
    await pane(page).getByRole("tab", { name: "Kvote", exact: true }).click();
    const bar = page.getByTestId("undo-bar");
    await expect(bar.textContent()).resolves.toBe("Seneste skrivning: guiden Fordel skrev i Fordeling!A1:E8.Fortryd");
    await page.getByTestId("language").click();
    await expect(bar.textContent()).resolves.toBe("Last write: the Allocate wizard wrote to Fordeling!A1:E8.Undo");
    await page.getByTestId("language").click();

    await bar.getByRole("button", { name: "Fortryd" }).click();
    const undone = page.getByTestId("undo-notice");
    await undone.waitFor();
    await expect(undone.textContent()).resolves.toBe(
      "Fortrudt: det, guiden Fordel skrev i Fordeling!A1:E8. Cellerne har igen deres tidligere indhold.",
    );
    await expect(bar.count()).resolves.toBe(0);
    await expect(readCells(page, "Fordeling!B2")).resolves.toMatchObject({ inputs: [[""]] });
  });

  test("a write on a new sheet: the notice says the sheet is removed again", async () => {
    await writeAllocation(page, { newSheet: true });
    const notice = page.getByTestId("write-notice");
    await expect(notice.textContent()).resolves.toBe("Skrevet til 'Fordeling (2)'!A1:E8 af guiden Fordel.Fortryd");
    expect(await sheetNames(page)).toContain("Fordeling (2)");
    await page.getByTestId("write-undo").click();
    const undone = page.getByTestId("undo-notice");
    await undone.waitFor();
    await expect(undone.textContent()).resolves.toBe(
      'Fortrudt: det, guiden Fordel skrev på det nye ark "Fordeling (2)". Arket er fjernet igen.',
    );
    expect(await sheetNames(page)).not.toContain("Fordeling (2)");
    await page.getByTestId("language").click();
    await expect(undone.textContent()).resolves.toBe(
      'Undone: what the Allocate wizard wrote on the new sheet "Fordeling (2)". The sheet is removed again.',
    );
    await page.getByTestId("language").click();
  });
});
