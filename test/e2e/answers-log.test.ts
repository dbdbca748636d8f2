/**
 * An answer given in the pane reaches the log sheet: Fordel on the playground's hand-made key table
 * asks about the hidden row B12 (Gl. Teknik); answered "leave it out", the write's log row says so
 * in the pane's language with the cell, and its JSON record keeps the question id and the code.
 */
import type { Page } from "playwright-core";
import { parseRange } from "../../src/sheet/address";
import { LOG_SHEET } from "../../src/sheet/types";
import { pane, playgroundForSuite, readCells, settledText, settledValue } from "../support/playground";

const TABLE = "'Rigtige tabeller'!A1:C16";
const ID = "hidden:'Rigtige tabeller'!B12";

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

async function writeTo(page: Page, target: string, notice: string): Promise<void> {
  await page.getByTestId("alloc-target").fill(target);
  await page.getByTestId("alloc-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
  await page.getByTestId("alloc-write").click();
  await settledText(page.getByTestId("write-notice"), notice);
}

/** The log row's Indtastet lines and the inputs of its JSON record. */
async function logRow(page: Page, row: number): Promise<{ shown: string[]; inputs: Record<string, unknown> }> {
  const cells = await readCells(page, `'${LOG_SHEET}'!A${row}:F${row}`);
  // The log's cells are texts as typed: the inputs, not values re-evaluated.
  const [line] = cells.inputs;
  const record = JSON.parse(String(line?.[5])) as { inputs: string };
  return { shown: String(line?.[4]).split("\n"), inputs: JSON.parse(record.inputs) as Record<string, unknown> };
}

describe("an answer to the table reader's question is logged", () => {
  const playground = playgroundForSuite();

  test("left out, in Danish and then in English, with the cell; the JSON keeps id and code", async () => {
    const page = playground.page;
    await pointFordelAtTable(page);
    await settledText(page.getByTestId("alloc-question"), "Nøglen");
    await pane(page).getByRole("button", { name: "Nej, udelad dem" }).click();
    await writeTo(page, "Fordeling!A1", "Skrevet til");
    const danish = await logRow(page, 2);
    expect(danish.shown).toContain("Svar på spørgsmål: Skjulte rækker 'Rigtige tabeller'!B12: udeladt");
    expect(danish.inputs.answers).toEqual({ [ID]: "leaveOut" });
    expect(danish.inputs.keyAddress).toBe(TABLE);

    await page.getByTestId("language").click();
    await writeTo(page, "Fordeling!A20", "Written to");
    const english = await logRow(page, 3);
    expect(english.shown).toContain("Answers to questions: Hidden rows 'Rigtige tabeller'!B12: left out");
    expect(english.inputs.answers).toEqual({ [ID]: "leaveOut" });
    await page.getByTestId("language").click();
  });
});
