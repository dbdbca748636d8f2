/**
 * Forhandling in real Chromium with a hand-made catalogue (sheet Katalog) holding every case its
 * reading passes over or reads on its own: each is said in the preview, in Danish and in English,
 * and the totals it passed over count nowhere on the sheet written.
 *
 * By hand (mio. kr., 2027 | 2028 | 2029): the four proposals 1,25 | 2,45 | 2,45, 0,35 ("0,35" typed
 * as text) | blank | 0,35, 2,15 | 3,05 | 3,05 and 0,20 | 0,25 | blank add up to 3,95 | 5,75 | 5,85;
 * the stale "I alt" of 99 a year and "MSB i alt" are not in them.
 */
import { openPlayground, pane, readCells, type BrowserSession } from "../support/playground";
import type { Page } from "playwright-core";

const CATALOGUE = [
  ["Katalog 2027", "", "", "", "", ""],
  ["Afdeling", "Titel", "2027", 2028, 2029, "Bemærkning"],
  ["", "mio. kr.", "", "", "", ""],
  ["MSB ", "Færre vikarer", 1.25, 2.45, 2.45, "husk MED"],
  ["MSB", " Digital post", "0,35", "", 0.35, ""],
  ["", "", "", "", "", ""],
  ["", "", "", "", "", ""],
  ["MSB i alt", "", 1.6, 2.45, 2.8, ""],
  ["MBU", "Lukning af filial", 2.15, 3.05, 3.05, ""],
  ["MBU", "Færre licenser", 0.2, 0.25, "", ""],
  ["", "", "", "", "", ""],
  ["I alt", "", 99, 99, 99, ""],
  ["", "", 3.95, 5.75, 5.85, ""],
];

const DANISH = [
  'Kolonner, der hverken er afdeling, titel eller et år, læses ikke: Katalog!F2 "Bemærkning".',
  'Katalog!A1 "Katalog 2027" er en titel: udeladt.',
  'Katalog!A3 angiver enheden "mio. kr.": udeladt som række.',
  "2 tomme rækker (Katalog!A6–Katalog!A7): udeladt.",
  'Katalog!A8 "MSB i alt" er en subtotal: udeladt.',
  "Katalog!A11 er en tom række: udeladt.",
  'Katalog!A12 "I alt" er en totalrække: udeladt.',
  "Katalog!A13 er summen af rækkerne over den: læst som total og udeladt.",
  "Tomme celler læst som 0: Katalog!D5 (Digital post), Katalog!E10 (Færre licenser).",
  'Beløb skrevet som tekst, læst som tal: Katalog!C5 "0,35" → 0,35.',
  'Mellemrum før eller efter teksten er fjernet: Katalog!A4 "MSB ", Katalog!B5 " Digital post".',
];

const ENGLISH = [
  'Columns that are neither department, title nor a year are not read: Katalog!F2 "Bemærkning".',
  'Katalog!A1 "Katalog 2027" is a title: left out.',
  'Katalog!A3 states the unit "mio. kr.": not read as a row.',
  "2 blank rows (Katalog!A6–Katalog!A7): left out.",
  'Katalog!A8 "MSB i alt" is a subtotal: left out.',
  "Katalog!A11 is a blank row: left out.",
  'Katalog!A12 "I alt" is a total row: left out.',
  "Katalog!A13 is the sum of the rows above it: read as a total and left out.",
  "Blank cells read as 0: Katalog!D5 (Digital post), Katalog!E10 (Færre licenser).",
  'Amounts typed as text, read as numbers: Katalog!C5 "0,35" → 0.35.',
  'Spaces before or after the text are removed: Katalog!A4 "MSB ", Katalog!B5 " Digital post".',
];

async function notices(page: Page, first: string): Promise<string[]> {
  const list = page.getByTestId("neg-inferred");
  await list.locator("li").first().filter({ hasText: first }).waitFor();
  return list.locator("li").allTextContents();
}

describe("Forhandling says what it made of a catalogue", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "Forhandling" });
    page = session.page;
    await page.evaluate((grid) => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("no playground workbook");
      workbook.addSheet("Katalog");
      grid.forEach((row, r) => row.forEach((v, c) => workbook.setInput("Katalog", r, c, v)));
      workbook.touch();
    }, CATALOGUE);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("each notice in the preview, in Danish and in English; the sheet's I alt is 3,95 | 5,75 | 5,85", async () => {
    await page.getByTestId("neg-catalogue").fill("Katalog!A1:F13");
    await page.getByTestId("neg-room").fill("5");
    await expect(notices(page, "Kolonner")).resolves.toEqual(DANISH);
    await expect(page.getByTestId("neg-inferred").textContent()).resolves.toMatch(/^Sådan er tabellen læst:/);

    await page.getByTestId("language").click();
    await pane(page).getByRole("tab", { name: "Negotiation", exact: true }).waitFor();
    await expect(notices(page, "Columns")).resolves.toEqual(ENGLISH);
    await page.getByTestId("language").click();
    await notices(page, "Kolonner");

    // The language is part of what the preview is read for: write only once the new read is done.
    await page.getByTestId("neg-preview").waitFor();
    await page.getByTestId("busy").waitFor({ state: "detached" });
    await page.getByTestId("neg-write").click();
    await page.getByText("Skrevet til").waitFor();
    // Four proposals on rows 4–7, the sheet's own I alt on row 8: the catalogue's totals are not in it.
    const written = await readCells(page, "'Forhandling (2)'!A4:E8");
    expect(written.values.map((row) => row.slice(0, 2))).toEqual([
      ["MSB", "Færre vikarer"],
      ["MSB", "Digital post"],
      ["MBU", "Lukning af filial"],
      ["MBU", "Færre licenser"],
      ["I alt", ""],
    ]);
    expect(written.values[4]?.slice(2)).toEqual([3.95, 5.75, 5.85]);
  });
});
