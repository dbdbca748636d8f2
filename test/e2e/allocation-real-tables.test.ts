/**
 * Fordel pointed at the whole hand-made key table of the playground's "Rigtige tabeller" sheet:
 * title, a heading over two rows with merged cells, a units row, a group column merged down its
 * rows, a blank row, a hidden obsolete department, "I alt" and a footnote. The hidden row is asked
 * about before anything is spread, and each answer gives its own departments and shares.
 * Amounts by hand for 10,5: left out, the key sums to 100,0 and the parts are 10,5 × share
 * (2,982 · 0,8505 · 1,4175 · 0,714 · 2,9295 · 1,6065 → 3,0 · 0,9 · 1,4 · 0,7 · 2,9 · 1,6, adding up to 10,5);
 * taken in, the weights sum to 105,0 and each part is its weight / 10 (MSB 2,84 → 2,8, Gl. Teknik 0,5).
 */
import type { Page } from "playwright-core";
import { parseRange } from "../../src/sheet/address";
import { pane, playgroundForSuite, screenshot, settledText, settledValue } from "../support/playground";

const TABLE = "'Rigtige tabeller'!A1:C16";
const T = "'Rigtige tabeller'!";
const SIX = ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"];

async function pointFordelAtTable(page: Page): Promise<void> {
  const range = parseRange(TABLE);
  if (!range?.sheet) throw new Error(TABLE);
  const p = pane(page);
  await p.getByRole("tab", { name: "Fordel", exact: true }).click();
  await p.getByRole("textbox", { name: "Beløb" }).fill("10,5");
  await page.evaluate((r) => {
    const workbook = window.raaderum?.workbook;
    if (!workbook) throw new Error("no playground workbook");
    workbook.selection = { sheet: r.sheet, start: r.start, end: r.end };
  }, range);
  await page.getByTestId("alloc-key-selection").click();
  await expect(settledValue(page.getByTestId("alloc-key"), TABLE)).resolves.toBe(TABLE);
}

/** The hidden row's question, with nothing previewed while it stands. */
async function hiddenRowQuestion(page: Page): Promise<string> {
  const question = page.getByTestId("alloc-question");
  const text = await settledText(question, "skjult");
  await expect(page.getByTestId("alloc-preview").count()).resolves.toBe(0);
  return text;
}

async function previewRow(page: Page, name: string): Promise<string> {
  return (
    (await page
      .getByTestId("alloc-preview")
      .getByRole("row", { name: new RegExp(`^${name}`) })
      .textContent()) ?? ""
  );
}

async function previewNames(page: Page, first: string): Promise<string[]> {
  const preview = page.getByTestId("alloc-preview");
  await preview.waitFor();
  await settledText(preview, first);
  return preview.locator("tbody tr th").allTextContents();
}

describe("Fordel on the hand-made key table: the hidden department left out", () => {
  const playground = playgroundForSuite();

  test("asked first; left out, six departments at the sample's key, every inference listed", async () => {
    const page = playground.page;
    await pointFordelAtTable(page);
    await expect(hiddenRowQuestion(page)).resolves.toBe(
      `Nøglen: rækken ${T}B12 (Gl. Teknik) er skjult i arket. Hører den med til tabellen?`,
    );
    await pane(page).getByRole("button", { name: "Nej, udelad dem" }).click();

    const names = await previewNames(page, "MSB");
    expect(names.slice(0, 7)).toEqual([...SIX, "Sum af dele"]);
    const expected: [string, string, string][] = [
      ["MSB", "28,4 %", "3,0"],
      ["MTM", "8,1 %", "0,9"],
      ["MSO", "13,5 %", "1,4"],
      ["MKB", "6,8 %", "0,7"],
      ["MBU", "27,9 %", "2,9"],
      ["BA", "15,3 %", "1,6"],
    ];
    for (const [name, share, part] of expected) {
      const row = await previewRow(page, name);
      expect(row).toContain(share);
      expect(row).toContain(part);
    }
    const items = await page.getByTestId("alloc-inferred").locator("li").allTextContents();
    expect(items).toEqual([
      `Overskriften står i 2 rækker fra ${T}B2.`,
      `Navnene er læst fra kolonnen med ${T}B5, grupperne fra kolonnen med ${T}A5.`,
      `${T}A5 "Voksne" er flettet over 3 rækker: gruppen gælder dem alle.`,
      `${T}A9 "Børn og kultur" er flettet over 4 rækker: gruppen gælder dem alle.`,
      `${T}B1 "Administrativ fordelingsnøgle 2025" er en titel: udeladt.`,
      `${T}B4 angiver enheden "pct.": udeladt som række.`,
      `${T}B8 er en tom række: udeladt.`,
      `${T}B13 er en tom række: udeladt.`,
      `${T}B14 "I alt" er en totalrække: udeladt.`,
      `${T}B15 er en tom række: udeladt.`,
      `${T}B16 "Kilde: budgetnotat april 2025; Gl. Teknik er nedlagt pr. 1.1.2025." er en fodnote: udeladt.`,
      `Skjulte rækker udeladt, som du valgte: ${T}B12.`,
      `Rækkerne i ${T}A1:C16 står ikke samlet, så formlen får de læste værdier, ikke cellerne: den følger ikke senere ændringer i tabellen.`,
    ]);
    await screenshot(page, "allocation-real-table-left-out");
  });
});

describe("Fordel on the hand-made key table: the hidden department taken in", () => {
  const playground = playgroundForSuite();

  test("taken in, seven departments spread by weights summing to 105, and the preview says so", async () => {
    const page = playground.page;
    await pointFordelAtTable(page);
    await hiddenRowQuestion(page);
    await pane(page).getByRole("button", { name: "Ja, tag dem med" }).click();

    const names = await previewNames(page, "Gl. Teknik");
    expect(names.slice(0, 8)).toEqual([...SIX, "Gl. Teknik", "Sum af dele"]);
    const parts: [string, string][] = [
      ["MSB", "2,8"],
      ["MTM", "0,8"],
      ["MSO", "1,4"],
      ["MKB", "0,7"],
      ["MBU", "2,8"],
      ["BA", "1,5"],
      ["Gl. Teknik", "0,5"],
    ];
    for (const [name, part] of parts) expect(await previewRow(page, name)).toContain(part);
    const items = await page.getByTestId("alloc-inferred").locator("li").allTextContents();
    expect(items).toContain(`Skjulte rækker taget med, som du valgte: ${T}B12.`);
    expect(items).toContain(`${T}B14 "I alt" er en totalrække: udeladt.`);
    expect(items).toContain(
      "Nøglen summer til 105 %, 5 procentpoint fra 100 %. Hele beløbet fordeles efter vægtenes forhold.",
    );
    await screenshot(page, "allocation-real-table-taken-in");
  });
});
