/**
 * The words a first real use trips over (issue 20, points 4 and 6), read as rendered in the
 * playground in both languages: hints that point at where the sample keeps things (and work when
 * typed), the negotiation's decimals saying what they do, the quota's messages, English units and
 * decimals in an English pane, and the playground's own grid following the language switch.
 */
import type { Page } from "playwright-core";
import { openPlayground, pane, setCell, settledText, type BrowserSession } from "../support/playground";

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openPlayground({ viewport: { width: 1400, height: 900 } });
  page = session.page;
});
afterAll(async () => {
  await session.close();
});

async function openTab(name: string): Promise<void> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
}

/** Puts the pane (and with it the playground) in `language`, whatever an earlier test left. */
async function speak(language: "da" | "en"): Promise<void> {
  const english = await page.getByTestId("language").isChecked();
  if (english !== (language === "en")) await page.getByTestId("language").click();
}

/** Whether the pane shows `text` exactly, as one element's whole text (a hint, a label), within 5 s. */
async function shows(text: string): Promise<boolean> {
  return pane(page)
    .getByText(text, { exact: true })
    .first()
    .waitFor({ timeout: 5000 })
    .then(() => true)
    .catch(() => false);
}

describe("the playground's grid follows the language switch", () => {
  test("controls, error values and numbers: Danish Excel's #I/T, English Excel's #N/A", async () => {
    await speak("da");
    await setCell(page, "Fordeling!H1", "=NA()");
    await page.getByTestId("sheet-Fordeling").click();
    const na = page.locator('td[data-cell="Fordeling!H1"]');
    await expect(na.textContent()).resolves.toBe("#I/T");
    await expect(page.getByLabel("Vis formler").count()).resolves.toBe(1);
    await expect(page.getByLabel("Vis skjulte ark").count()).resolves.toBe(1);
    await page.getByTestId("sheet-Nøgle").click();
    // The administrative key's 28,4 % in the sample's Danish format "0.0 %" (the space is the format's).
    await expect(page.locator('td[data-cell="Nøgle!B2"]').textContent()).resolves.toBe("28,4 %");

    await speak("en");
    await expect(page.locator('td[data-cell="Nøgle!B2"]').textContent()).resolves.toBe("28.4 %");
    await expect(page.getByLabel("Show formulas").count()).resolves.toBe(1);
    await expect(page.getByLabel("Show hidden sheets").count()).resolves.toBe(1);
    await expect(page.getByTestId("grid").getAttribute("aria-label")).resolves.toBe("Sheet Nøgle");
    await page.getByTestId("sheet-Fordeling").click();
    await expect(na.textContent()).resolves.toBe("#N/A");
    await speak("da");
    await expect(na.textContent()).resolves.toBe("#I/T");
    await setCell(page, "Fordeling!H1", "");
  });
});

describe("hints point at where the sample keeps things", () => {
  test("Fordel: a base is Nøgle!D1:E7, and typing the hint gives a preview; English decimals in English", async () => {
    await speak("da");
    await openTab("Fordel");
    await pane(page).getByRole("radio", { name: "Et grundlag (fx forbrug) – nøglen beregnes" }).check();
    expect(await shows("Fx Nøgle!D1:E7 (møbler 2023) eller et navn")).toBe(true);
    await page.getByTestId("alloc-key").fill("Nøgle!D1:E7");
    await page.getByTestId("alloc-total").fill("5,0");
    // Furniture 2,4 of 9,6 is 25,0 %: MSB's 1,25 of 5,0 rounds to 1,2 or 1,3, never an error.
    await page.getByTestId("alloc-preview").waitFor();
    expect(await shows("Øverste venstre celle, fx Fordeling!A1")).toBe(true);

    await speak("en");
    expect(await shows("E.g. Nøgle!D1:E7 (furniture 2023) or a name")).toBe(true);
    expect(await shows("E.g. 5.0 – several years: 5.0; 10.0; 12.5")).toBe(true);
    await speak("da");
    await pane(page).getByRole("radio", { name: "En nøgletabel (navn og andel)" }).check();
    expect(await shows("Fx Nøgle!A1:B7 eller et navn")).toBe(true);
  });

  test("Kvote: its own sheet in the target hint; the columns a table with exempt amounts needs; a rate above 100 %", async () => {
    await speak("da");
    await openTab("Kvote");
    expect(await shows("Øverste venstre celle, fx Budget!F1")).toBe(true);
    await page.getByTestId("quota-table").fill("Budget!A1:B7");
    await page.getByTestId("quota-rate").fill("1,5 %");
    const error = page.getByTestId("quota-error");
    await expect(settledText(error, "Budget!A1:B7")).resolves.toBe(
      'Tabellen: Budget!A1:B7 har 2 kolonner, men med undtagne beløb skal den have 3: afdeling, budget og undtaget. Tag kolonnen med de undtagne beløb med, eller fjern krydset ved "Tabellen har en kolonne med undtagne beløb".',
    );
    await page.getByTestId("quota-table").fill("Budget!A1:C7");
    await page.getByTestId("quota-rate").fill("150 %");
    await expect(settledText(error, "150 %")).resolves.toBe(
      "Satsen: 150 % er mere end hele budgettet (100 %). Skriv en sats fra 0 til 100 %, fx 1,5 %.",
    );
    await speak("en");
    await expect(settledText(error, "150 %")).resolves.toBe(
      "The rate: 150 % is more than the whole budget (100 %). Type a rate from 0 to 100 %, e.g. 1.5 %.",
    );
    expect(await shows("Top-left cell, e.g. Budget!F1")).toBe(true);
    expect(await shows("E.g. 1.5 % or 0.015")).toBe(true);
    await speak("da");
  });

  test("Forhandling: the catalogue hint is the playground's Forslag, and Decimaler says it rounds nothing", async () => {
    await speak("da");
    await openTab("Forhandling");
    expect(await shows("Overskrifterne Afdeling, Titel og årstal, fx Forslag!A1:F8")).toBe(true);
    await page.getByTestId("neg-catalogue").fill("Forslag!A1:F8");
    await page.getByTestId("neg-preview").waitFor();
    // One decimal chosen; the catalogue's 1,25 and 2,45 keep their two.
    expect(await shows("Vises med 2 decimaler: kataloget har beløb med 2, og de afrundes ikke.")).toBe(true);
    await page.getByTestId("neg-decimals").selectOption("3");
    expect(await shows("Beløbene vises med 3 decimaler; intet afrundes.")).toBe(true);
    await page.getByTestId("neg-newsheet").uncheck();
    expect(await shows("Øverste venstre celle, fx Forhandling!A1")).toBe(true);

    await speak("en");
    expect(await shows("Amounts are shown with 3 decimals; nothing is rounded.")).toBe(true);
    expect(await shows("Settlements side by side")).toBe(true);
    expect(await pane(page).innerText()).not.toMatch(/scenario/i);
    await speak("da");
  });
});

describe("Afdelingsskemaer in English", () => {
  test("the units in English, the guidance in English", async () => {
    await speak("da");
    await openTab("Afdelingsskemaer");
    await speak("en");
    const options = await page.getByTestId("wb-unit").locator("option").allTextContents();
    expect(options).toEqual(["DKK million", "DKK 1,000", "DKK"]);
    // The value written into the (Danish) department workbooks stays Danish.
    await expect(page.getByTestId("wb-unit").inputValue()).resolves.toBe("mio. kr.");
    expect(await pane(page).innerText()).not.toMatch(/mio\. kr\.|1\.000 kr\./);
    await expect(settledText(page.getByTestId("wb-generate-error-guide"), "Fill in")).resolves.toBe(
      "Fill in these fields to see the quotas here:\n• Municipality\n• Deadline\n• Contact in the finance department",
    );
    await speak("da");
  });
});
