/**
 * "Åbn projektmappe …" in real Chromium: a real .xlsx written with exceljs (a merged title, a
 * heading over two rows with merged heading cells, a group label merged down three rows, a blank
 * row, a number typed as text, a hidden row, an "I alt" row, a hidden sheet) is chosen with the file
 * picker and its sheets show in the grid; a zip bomb and a file with an external entity (XXE) are
 * refused with the reason in Danish, and the workbook that was open stays.
 */
import JSZip from "jszip";
import type { Page } from "playwright-core";
import {
  openPlayground,
  readCell,
  readCells,
  screenshot,
  sheetNames,
  type BrowserSession,
} from "../support/playground";
import { FORMULA_LIKE_TEXT, SUM_OF_NUMBERS, realTablesWorkbook } from "../support/realTablesWorkbook";

async function choose(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId("open-workbook").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(bytes),
  });
}

describe("opening your own workbook in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the button is there, labelled, with its limits", async () => {
    await expect(page.getByRole("button", { name: "Åbn projektmappe …" }).isVisible()).resolves.toBe(true);
    await expect(page.locator(".open-workbook .limits").textContent()).resolves.toBe(
      "Højst 10,0 MB, 5.000 rækker pr. ark og 200.000 udfyldte celler. Filen åbnes kun her i browseren.",
    );
  });

  test("a zip bomb is refused in Danish, and the sample municipality stays", async () => {
    const before = await sheetNames(page);
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(40 * 1024 * 1024));
    await choose(page, "bombe.xlsx", await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const status = page.getByTestId("open-workbook-status");
    await status.waitFor();
    await expect(status.getAttribute("role")).resolves.toBe("alert");
    await expect(status.textContent()).resolves.toMatch(
      /^Projektmappen «bombe\.xlsx» er ikke åbnet: delen xl\/worksheets\/sheet1\.xml fylder 40,0 MB udpakket \(højst 30,0 MB accepteres\): en zip-bombe/,
    );
    await expect(sheetNames(page)).resolves.toEqual(before);
  });

  test("with the pane switched to English, the opener and its refusal speak English, not of department workbooks", async () => {
    await page.getByTestId("language").check();
    await expect(page.getByRole("button", { name: "Open workbook …" }).isVisible()).resolves.toBe(true);
    await expect(page.locator(".open-workbook .limits").textContent()).resolves.toBe(
      "At most 10.0 MB, 5000 rows per sheet and 200000 cells in use. The file is opened only here in the browser.",
    );
    await choose(page, "notes.xlsx", new TextEncoder().encode("not a workbook at all"));
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=open-workbook-status]")?.textContent?.includes("notes.xlsx"),
    );
    await expect(page.getByTestId("open-workbook-status").textContent()).resolves.toBe(
      'The workbook "notes.xlsx" was not opened: it is not an .xlsx workbook (it does not start as a zip archive does).',
    );
    await page.getByTestId("language").uncheck();
    await expect(page.getByTestId("open-workbook-status").textContent()).resolves.toBe(
      "Projektmappen «notes.xlsx» er ikke åbnet: den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem den som Excel-projektmappe (.xlsx), og prøv igen.",
    );
  });

  test("a sheet with an external entity (XXE) is refused, naming the file", async () => {
    const zip = await JSZip.loadAsync(await realTablesWorkbook());
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml
        .replace("?>", '?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
        .replace("<sheetData>", '<sheetData><row r="20"><c r="A20" t="inlineStr"><is><t>&xxe;</t></is></c></row>'),
    );
    await choose(page, "xxe.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const status = page.getByTestId("open-workbook-status");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=open-workbook-status]")?.textContent?.includes("xxe.xlsx"),
    );
    const text = (await status.textContent()) ?? "";
    expect(text).toMatch(/^Projektmappen «xxe\.xlsx» er ikke åbnet: den kan ikke læses som et regneark/);
    expect(text).not.toMatch(/root:/);
  });

  test("a real key table opens: its sheets, the hidden row, the merges and the values show", async () => {
    await choose(page, "Nøgle 2025.xlsx", await realTablesWorkbook());
    await page.waitForFunction(() =>
      document
        .querySelector("[data-testid=open-workbook-status]")
        ?.textContent?.startsWith("«Nøgle 2025.xlsx» er åbnet"),
    );
    await expect(sheetNames(page)).resolves.toEqual(["Nøgle", "Gammel"]);
    // Only the visible sheet has a tab until hidden sheets are asked for.
    await expect(page.getByTestId("sheet-Gammel").count()).resolves.toBe(0);
    const grid = page.getByTestId("grid");
    await expect(grid.getAttribute("aria-label")).resolves.toBe("Ark Nøgle");
    // The hidden row (an obsolete department) is a marked strip with its number; the others are not.
    await expect(page.locator("tr.hidden-row").count()).resolves.toBe(1);
    await expect(page.locator("tr.hidden-row").getAttribute("data-hidden-row")).resolves.toBe("10");
    // Merged cells span their areas: the title over three columns, the group label down three rows.
    await expect(page.locator('td[data-cell="Nøgle!A1"]').getAttribute("colspan")).resolves.toBe("3");
    await expect(page.locator('td[data-cell="Nøgle!A4"]').getAttribute("rowspan")).resolves.toBe("3");
    await expect(page.locator('td[data-cell="Nøgle!A4"]').textContent()).resolves.toBe("Voksne");
    await expect(page.locator('td[data-cell="Nøgle!A5"]').count()).resolves.toBe(0);
    // Numbers in the file's format, the number typed as text kept as text, the file's SUM recalculated.
    await expect(page.locator('td[data-cell="Nøgle!C4"]').textContent()).resolves.toBe("28,4");
    await expect(page.locator('td[data-cell="Nøgle!C8"]').textContent()).resolves.toBe("6,8");
    await expect(readCell(page, "Nøgle!C8")).resolves.toBe("6,8");
    await expect(readCell(page, "Nøgle!C12")).resolves.toBe(SUM_OF_NUMBERS);
    await expect(page.locator('td[data-cell="Nøgle!C12"]').textContent()).resolves.toBe("93,2");
    // A text that looks like a formula is shown as the text, never run.
    const note = await readCells(page, "Nøgle!C14");
    expect(note.values).toEqual([[FORMULA_LIKE_TEXT]]);
    expect(note.inputs).toEqual([[`'${FORMULA_LIKE_TEXT}`]]);
    // The hidden sheet is there, hidden, as in Excel.
    await page.getByLabel("Vis skjulte ark").check();
    await expect(page.getByTestId("sheet-Gammel").textContent()).resolves.toBe("Gammel (skjult)");
    await screenshot(page, "open-workbook-real-tables");
  });

  test("the playground's workbook holds the hidden row and the merged areas, and shows the opened sheet", async () => {
    const read = await page.evaluate(() => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("no playground workbook");
      return {
        hidden: [...(workbook.sheet("Nøgle")?.hiddenRows ?? [])],
        merges: workbook.sheet("Nøgle")?.merges,
        selection: workbook.selection.sheet,
      };
    });
    expect(read).toEqual({
      hidden: [9],
      merges: [
        { row: 0, column: 0, rows: 1, columns: 3 },
        { row: 1, column: 0, rows: 2, columns: 1 },
        { row: 1, column: 1, rows: 2, columns: 1 },
        { row: 3, column: 0, rows: 3, columns: 1 },
      ],
      selection: "Nøgle",
    });
  });
});
