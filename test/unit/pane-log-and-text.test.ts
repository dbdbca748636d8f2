/**
 * What an auditor reads on the hidden log sheet, and the workbook's own errors in the pane's two
 * languages.
 */
import { unknownRange, unknownSheet, WorkbookError, type WorkbookErrorCode } from "../../src/sheet/errors";
import { localTime, logHeader, logRow, parseLogRow, readableInputs } from "../../src/sheet/log";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { messageOf, workbookErrorText } from "../../src/taskpane/logic/errorMessages";

describe("the log sheet, as an auditor reads it", () => {
  const entry = {
    time: "2026-11-30T09:05:07Z",
    wizard: "allocation",
    method: "live formula =BUDGET.FORDEL(Besparelser!B3:E3,Nøgle!B2:B7,1)",
    target: "Fordeling!A1:E8",
    inputs: JSON.stringify({
      totalsAddress: "Besparelser!A3:E3",
      decimals: 1,
      totals: [1234.5, 0.25],
      newSheet: false,
      target: "",
    }),
  };

  test("Danish headings, local time, inputs spelled out with Danish numbers, the record last", () => {
    expect(logHeader()).toEqual(["Tidspunkt", "Guide", "Metode", "Område", "Indtastet", "Post (JSON)"]);
    const row = logRow(entry);
    const when = new Date(entry.time);
    // Behind the quote prefix: text, which Excel would otherwise turn into a date serial.
    expect(row[0]).toBe(
      `'${String(when.getDate()).padStart(2, "0")}.${String(when.getMonth() + 1).padStart(2, "0")}.${when.getFullYear()} ` +
        `${String(when.getHours()).padStart(2, "0")}:${String(when.getMinutes()).padStart(2, "0")}:07`,
    );
    expect(row[4]).toBe("totalsAddress: Besparelser!A3:E3\ndecimals: 1\ntotals: 1.234,5; 0,25\nnewSheet: nej");
    expect(parseLogRow(row)).toEqual(entry);
  });

  test("a formula-like text never reaches a log cell as a formula, and comes back as typed", () => {
    const hostile = { ...entry, method: "=HYPERLINK(1)", target: "+A1", inputs: '"@SUM(1)"' };
    const row = logRow(hostile);
    expect(row.slice(2, 5)).toEqual(["'=HYPERLINK(1)", "'+A1", "'@SUM(1)"]);
    expect(parseLogRow(row)).toEqual(hostile);
  });

  test("rows of the earlier five-column log still read back", () => {
    expect(parseLogRow(["2026-01-01T10:00:00Z", "quota", "values", "A!B2", "{}"])).toEqual({
      time: "2026-01-01T10:00:00Z",
      wizard: "quota",
      method: "values",
      target: "A!B2",
      inputs: "{}",
    });
    expect(readableInputs("not json")).toBe("not json");
    expect(localTime("not a time")).toBe("not a time");
  });

  test("the in-memory workbook writes the readable row and reads the record back", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    await api.appendLog(entry);
    expect(await api.readLog()).toEqual([entry]);
    expect(wb.input("Råderum-log", 0, 4)).toBe("Indtastet");
    expect(wb.input("Råderum-log", 1, 3)).toBe("Fordeling!A1:E8");
  });
});

describe("the workbook's own errors in Danish and English", () => {
  const codes: WorkbookErrorCode[] = ["unknownRange", "unknownSheet", "tooLarge", "excelFailed"];

  test("every code has a Danish and an English text naming its subject", () => {
    for (const code of codes) {
      const text = workbookErrorText(new WorkbookError(code, "Nøgle!B2:B7", "Excel could not do it: busy"));
      expect(text.da).toContain("Nøgle!B2:B7");
      expect(text.en).toContain("Nøgle!B2:B7");
      expect(text.da).not.toBe(text.en);
    }
  });

  test("the pane says them in its language; Excel's own words are kept", () => {
    expect(messageOf(unknownSheet("Budget 2027"), "da")).toBe('Der er intet ark med navnet "Budget 2027".');
    expect(messageOf(unknownRange("Nowhere"), "da")).toBe(
      '"Nowhere" er hverken en celleadresse (som Ark1!B2:B7) eller et navn eller en tabel i projektmappen.',
    );
    expect(
      messageOf(new WorkbookError("excelFailed", "Ark1", "Excel could not do it: The sheet is protected."), "da"),
    ).toBe("Excel afviste handlingen (Ark1): The sheet is protected.");
  });
});
