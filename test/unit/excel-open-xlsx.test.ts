/**
 * The playground's "Åbn projektmappe …": an .xlsx opened into the in-memory workbook through the
 * safe opener, keeping values, formulas, number formats, sheet names, hidden rows and merges; a
 * hostile or too large file refused with the reason in Danish and English.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { OPEN_LIMITS, OpenRefused, checkFileSize } from "../../src/playground/openLimits";
import { openXlsx } from "../../src/playground/openXlsx";
import { FORMULA_LIKE_TEXT, SUM_OF_NUMBERS, realTablesWorkbook } from "../support/realTablesWorkbook";

async function refusal(bytes: Uint8Array, name = "min.xlsx"): Promise<OpenRefused> {
  const error = await openXlsx(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OpenRefused);
  return error as OpenRefused;
}

async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("opening an .xlsx into the playground's workbook", () => {
  test("a real key table keeps its sheets, values, formulas, formats, hidden row and merges", async () => {
    const wb = await openXlsx(await realTablesWorkbook(), "Nøgle 2025.xlsx");
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Nøgle", false],
      ["Gammel", true],
    ]);
    const api = createMemoryWorkbookApi(wb);
    const read = await api.readRange("Nøgle!A1:C14");
    expect(read.values.map((row) => row[1])).toEqual([
      "",
      "Afdeling",
      "",
      "MSB",
      "MTM",
      "MSO",
      "",
      "MKB",
      "MBU",
      "Nedlagt afd.",
      "BA",
      "I alt",
      "",
      "Note",
    ]);
    // The number typed as text stays text (its input carries Excel's quote prefix, as textCell writes
    // it), so the file's own SUM leaves it out, as Excel does; a read shows the text without the
    // prefix, as Office.js's Range.formulas does.
    expect(wb.input("Nøgle", 7, 2)).toBe("'6,8");
    expect(read.formulas[7]?.[2]).toBe("6,8");
    expect(read.values[7]?.[2]).toBe("6,8");
    expect(read.formulas[11]?.[2]).toBe("=SUM(C4:C11)");
    expect(read.values[11]?.[2]).toBe(SUM_OF_NUMBERS);
    expect(read.numberFormats[3]?.[2]).toBe("0.0");
    expect(read.hiddenRows).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(read.merges).toEqual([
      { row: 0, column: 0, rows: 1, columns: 3 },
      { row: 1, column: 0, rows: 2, columns: 1 },
      { row: 1, column: 1, rows: 2, columns: 1 },
      { row: 3, column: 0, rows: 3, columns: 1 },
    ]);
    // A text that looks like a formula is kept as text behind Excel's quote prefix, never run; a
    // read shows it as Excel's does, "formula" and value the same text.
    expect(wb.input("Nøgle", 13, 2)).toBe(`'${FORMULA_LIKE_TEXT}`);
    expect(read.formulas[13]?.[2]).toBe(FORMULA_LIKE_TEXT);
    expect(read.values[13]?.[2]).toBe(FORMULA_LIKE_TEXT);
    expect(wb.value("Gammel", 0, 0)).toBe("Gemt væk");
    expect(wb.value("Nøgle", 11, 2)).not.toBeInstanceOf(FormulaError);
  });

  test("replaceWith puts the opened sheets in place of the sample's, on the same object", async () => {
    const { createSampleMunicipality } = await import("../../src/sample/sampleMunicipality");
    const sample = createSampleMunicipality();
    const api = createMemoryWorkbookApi(sample);
    sample.replaceWith(await openXlsx(await realTablesWorkbook(), "Nøgle.xlsx"));
    await expect(api.listSheets()).resolves.toEqual(["Nøgle"]);
    await expect(api.getSelection()).resolves.toBe("Nøgle!A1");
    expect(sample.resolveName("Nøgletal")).toBeUndefined();
    expect((await api.readRange("Nøgle!B4")).values).toEqual([["MSB"]]);
  });

  test("a zip bomb is refused before it is unpacked, in Danish and English", async () => {
    const bomb = await zipOf({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": "<workbook/>",
      "xl/worksheets/sheet1.xml": new Uint8Array(40 * 1024 * 1024),
    });
    const { text } = await refusal(bomb, "bombe.xlsx");
    expect(text.da).toBe(
      "Projektmappen «bombe.xlsx» er ikke åbnet: delen xl/worksheets/sheet1.xml fylder 40,0 MB udpakket (højst 30,0 MB accepteres): en zip-bombe eller ikke en projektmappe.",
    );
    expect(text.en).toBe(
      'The workbook "bombe.xlsx" was not opened: its part xl/worksheets/sheet1.xml unpacks to 40.0 MB (at most 30.0 MB is accepted): a zip bomb or not a workbook.',
    );
  });

  test("a file that is no zip is refused as a workbook, not as a department's, with advice to the user", async () => {
    const { text } = await refusal(new TextEncoder().encode("Afdeling;Andel\nMSB;28,4\n"), "nøgle.xlsx");
    expect(text.da).toBe(
      "Projektmappen «nøgle.xlsx» er ikke åbnet: den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem den som Excel-projektmappe (.xlsx), og prøv igen.",
    );
    expect(`${text.da} ${text.en}`).not.toMatch(/afdeling|department/i);
  });

  test("a sheet with a DOCTYPE declaring an external entity (XXE) is refused, and nothing is read from disk", async () => {
    const good = new JSZip();
    await good.loadAsync(await realTablesWorkbook());
    const sheetXml = await good.file("xl/worksheets/sheet1.xml")?.async("string");
    const hostile = (sheetXml as string)
      .replace("?>", '?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
      .replace("<sheetData>", '<sheetData><row r="20"><c r="A20" t="inlineStr"><is><t>&xxe;</t></is></c></row>');
    good.file("xl/worksheets/sheet1.xml", hostile);
    const bytes = await good.generateAsync({ type: "uint8array" });
    const { text } = await refusal(bytes, "xxe.xlsx");
    // The parser does not fetch the entity: the sheet cannot be read, and says so.
    expect(text.da).toMatch(
      /^Projektmappen «xxe\.xlsx» er ikke åbnet: den kan ikke læses som et regneark \(.*undefined entity/,
    );
    expect(text.en).toMatch(/^The workbook "xxe\.xlsx" was not opened: it cannot be read as a workbook/);
    expect(`${text.da} ${text.en}`).not.toMatch(/root:/);
  });

  test("a file over the size limit is refused before it is read, naming both sizes", () => {
    expect(() => checkFileSize("stor.xlsx", 12 * 1024 * 1024)).toThrow(OpenRefused);
    try {
      checkFileSize("stor.xlsx", 12 * 1024 * 1024);
    } catch (error) {
      expect((error as OpenRefused).text.da).toBe(
        "Projektmappen «stor.xlsx» er ikke åbnet: den fylder 12,0 MB, og legepladsen åbner højst 10,0 MB. Gem en kopi med kun de ark, du vil prøve, og åbn den.",
      );
    }
    expect(() => checkFileSize("lille.xlsx", OPEN_LIMITS.maxFileBytes)).not.toThrow();
  });

  test("rows past the limit refuse the file, naming the sheet, the rows and the limit", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Lang");
    for (let r = 1; r <= OPEN_LIMITS.maxRows + 2; r++) sheet.getCell(r, 1).value = r;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { text } = await refusal(bytes, "lang.xlsx");
    expect(text.da).toBe(
      "Projektmappen «lang.xlsx» er ikke åbnet: arket «Lang» har indhold i række 5.001–5.002, og legepladsen åbner højst 5.000 rækker pr. ark. Gem en kopi med færre rækker, og åbn den.",
    );
  });

  test("more cells than the limit refuse the file, counting them", async () => {
    const workbook = new ExcelJS.Workbook();
    const columns = Math.ceil((OPEN_LIMITS.maxCells + 1) / 5000);
    const sheet = workbook.addWorksheet("Bred");
    for (let r = 1; r <= 5000; r++) sheet.getRow(r).values = Array.from({ length: columns }, (_, c) => r + c);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { text } = await refusal(bytes, "bred.xlsx");
    expect(text.en).toBe(
      `The workbook "bred.xlsx" was not opened: it has ${5000 * columns} cells in use, and the playground opens at most 200000. Save a copy with only the sheets you want to try, and open that.`,
    );
  }, 60_000);
});
