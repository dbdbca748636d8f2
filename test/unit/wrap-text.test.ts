/**
 * Wrapped text and row heights in the layout vocabulary: the line count a heading's row height is
 * made from, the block checks, the in-memory workbook storing and reading them, SafeWriter's undo
 * putting them back, and their use in the negotiation sheet's and the annex's headings.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { checkLayout, DEFAULT_ROW_HEIGHT_POINTS } from "../../src/sheet/blockLayout";
import { wrappedLines, wrappedRowHeight } from "../../src/sheet/wrapHeight";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { buildSheet } from "../../src/negotiation/sheet";
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { annexRows, annexWriteBlock } from "../../src/annex/annexBlock";
import type { AnnexTable } from "../../src/annex/annexTable";
import { annexWorkbook } from "../../src/annex/annexXlsx";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import ExcelJS from "exceljs";

/** The first sheet of a workbook after a trip through .xlsx bytes, as Excel or LibreOffice would open it. */
async function reopened(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const bytes = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  const sheet = back.worksheets[0];
  if (!sheet) throw new Error("no sheet in the written workbook");
  return sheet;
}

describe("the lines a wrapped text takes", () => {
  test("words go onto a line while they fit in the column less one character for its edges", () => {
    // 10 characters wide: 9 for text. "Forlig A:" (9) | "vedtaget" (8; + " 2024" would be 13) | "2024".
    expect(wrappedLines("Forlig A: vedtaget 2024", 10)).toBe(3);
    // 15 wide, 14 for text: "Forlig A:" (+ " vedtaget" would be 18) | "vedtaget 2024" (13).
    expect(wrappedLines("Forlig A: vedtaget 2024", 15)).toBe(2);
    expect(wrappedLines("Afdeling", 10)).toBe(1);
    expect(wrappedLines("", 10)).toBe(1);
  });

  test("a word wider than the column is broken where the edge falls, and a line break starts a line", () => {
    // 9 for text: "Settlemen" | "t A:" | "adopted" | "2024".
    expect(wrappedLines("Settlement A: adopted 2024", 10)).toBe(4);
    expect(wrappedLines("a\nb", 10)).toBe(2);
  });

  test("a row is as tall as its most lines, 15 points each; a 13-point font takes more width and height", () => {
    expect(wrappedRowHeight(["Afdeling", "Forlig A: vedtaget 2024", ""], [12, 10, 10])).toBe(45);
    expect(wrappedRowHeight(["", ""], [10, 10])).toBe(DEFAULT_ROW_HEIGHT_POINTS);
    // 44 characters at 13 points hold 44 · 11/13 = 37,2: 36 for text, so 40 characters are 2 lines of 15 · 13/11.
    expect(wrappedRowHeight(["x".repeat(20) + " " + "y".repeat(19)], [44], 13)).toBe(Math.ceil(2 * 15 * (13 / 11)));
  });
});

describe("the block checks of wrap and row heights", () => {
  test("a wrap grid of the wrong shape, a height per row missing or out of Excel's range is refused", () => {
    expect(() => checkLayout({ formulas: [["a", "b"]], wrapText: [[true]] })).toThrow(
      /^a block's wrap grid must have its 1 × 2 shape$/,
    );
    expect(() => checkLayout({ formulas: [["a"], ["b"]], rowHeights: [15] })).toThrow(
      /^a block's row heights must be one per row \(2\)$/,
    );
    expect(() => checkLayout({ formulas: [["a"]], rowHeights: [410] })).toThrow(
      /^a row height must be between 0 and 409 points$/,
    );
    expect(() => checkLayout({ formulas: [["a"]], rowHeights: [Number.NaN] })).toThrow(/row height/);
    expect(() => checkLayout({ formulas: [["a"], ["b"]], rowHeights: [null, 409] })).not.toThrow();
  });
});

const A1B2 = { sheet: "Ark1", start: { row: 0, column: 0 }, end: { row: 1, column: 1 } };

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  wb.setInput("Ark1", 0, 0, "Navn");
  wb.setStyle("Ark1", 0, 1, { wrapText: true });
  wb.setRowHeight("Ark1", 1, 30);
  return wb;
}

describe("in-memory workbook: wrap and row heights", () => {
  test("a write sets them (a null row kept), readLayout reads them; rows never set are 15 points", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    expect(await api.readLayout(A1B2, ["wrapText", "rowHeights"])).toEqual({
      wrapText: [
        [false, true],
        [false, false],
      ],
      rowHeights: [15, 30],
    });
    await api.writeBlock("Ark1!A1", {
      formulas: [
        ["Afdeling", "Forlig A: vedtaget 2024"],
        ["MSB", 1.25],
      ],
      wrapText: [
        [true, true],
        [false, false],
      ],
      rowHeights: [45, null],
    });
    expect(await api.readLayout(A1B2, ["wrapText", "rowHeights"])).toEqual({
      wrapText: [
        [true, true],
        [false, false],
      ],
      rowHeights: [45, 30],
    });
    // A cell made plain again and a row back at 15 points are not stored: the sheet is as never set.
    wb.setStyle("Ark1", 0, 0, { wrapText: false });
    wb.setRowHeight("Ark1", 0, 15);
    expect(wb.wrapText("Ark1", 0, 0)).toBe(false);
    expect([...(wb.sheet("Ark1")?.rowHeights.keys() ?? [])]).toEqual([1]);
  });

  test("SafeWriter's undo puts the wrap and the heights back as they were", async () => {
    const wb = workbook();
    const api = createMemoryWorkbookApi(wb);
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await writer.write({
      wizard: "negotiation",
      method: { da: "forhandlingsark", en: "negotiation sheet" },
      inputs: {},
      topLeft: { sheet: "Ark1", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
      block: {
        formulas: [
          ["Afdeling", "Forlig A: vedtaget 2024"],
          ["MSB", 1.25],
        ],
        wrapText: [
          [true, false],
          [true, true],
        ],
        rowHeights: [45, 60],
      },
    });
    expect([
      wb.wrapText("Ark1", 0, 0),
      wb.wrapText("Ark1", 0, 1),
      wb.rowHeight("Ark1", 0),
      wb.rowHeight("Ark1", 1),
    ]).toEqual([true, false, 45, 60]);
    await writer.undo();
    expect(await api.readLayout(A1B2, ["wrapText", "rowHeights"])).toEqual({
      wrapText: [
        [false, true],
        [false, false],
      ],
      rowHeights: [15, 30],
    });
    // Row 1 back at the standard height is not stored, as before the write.
    expect([...(wb.sheet("Ark1")?.rowHeights.entries() ?? [])]).toEqual([[1, 30]]);
  });
});

describe("the negotiation sheet's headings wrap", () => {
  const block = buildSheet(sampleNegotiation(), "da", 2);
  const L = block.layout;
  const departmentHeader = L.firstDepartment - 1;

  test("the per-department headings over the narrow figure columns take 3 lines: the row is 45 points", () => {
    // G (Forlig A's statuses, "Forkastet" + 2) is 11 characters: "Forlig A:" | "vedtaget" | "2024" over it.
    expect(block.formulas[departmentHeader]?.[6]).toBe("Forlig A: vedtaget 2024");
    expect(block.columnCharacters[6]).toBe(11);
    expect(block.rowHeights[departmentHeader]).toBe(45);
    // B is empty: the quotas stand under the years in C–F, and the sample gives every quota (no note).
    expect(block.wrapText[departmentHeader]?.slice(0, 7)).toEqual([true, false, true, true, true, true, true]);
  });

  test("the other heading rows fit on one line (15 points); proposal and figure rows keep their heights", () => {
    expect(block.rowHeights[1]).toBe(15);
    expect(block.rowHeights[2]).toBe(15);
    expect(block.rowHeights[L.roomRow - 1]).toBe(15);
    const rest = block.rowHeights.filter((_, r) => ![1, 2, L.roomRow - 1, departmentHeader].includes(r));
    expect(rest.every((h) => h === null)).toBe(true);
    // Years are numbers: they do not wrap; a proposal row has no wrapped cell.
    expect(block.wrapText[2]?.[2]).toBe(false);
    expect(block.wrapText[L.firstProposal]?.some(Boolean)).toBe(false);
  });

  test("every wrapped heading's lines fit in its row's height, counted independently of the writer", () => {
    // Independent count: greedy word wrap with the column's characters less one per line.
    const lines = (text: string, width: number): number => {
      let count = 1;
      let line = "";
      for (const word of text.split(" ")) {
        const next = line === "" ? word : `${line} ${word}`;
        if (next.length <= width - 1) line = next;
        else {
          count += line === "" ? 0 : 1;
          line = word;
        }
      }
      return count;
    };
    block.formulas.forEach((row, r) =>
      row.forEach((input, c) => {
        if (!block.wrapText[r]?.[c] || typeof input !== "string") return;
        const height = block.rowHeights[r] ?? 0;
        expect({ r, c, fits: lines(input.replace(/^'/, ""), block.columnCharacters[c] ?? 0) * 15 <= height }).toEqual({
          r,
          c,
          fits: true,
        });
      }),
    );
  });
});

const table: AnnexTable = {
  scenario: "Forlig A",
  unit: "mkr",
  decimals: 1,
  years: ["2024", "2025"],
  departments: [],
  yearTotals: [0, 0],
  grandTotal: 0,
  unrecognised: [],
  sheetLanguage: "da",
  caseTwins: [],
};

describe("the annex's title and unit line wrap", () => {
  test("the 74-character unit line takes two lines of the 44-character names' column: 30 points", () => {
    const rows = annexRows(table, "da");
    const block = annexWriteBlock(rows, 1);
    expect(String(rows[1]?.cells[0])).toHaveLength(74);
    expect(block.wrapText?.[1]).toEqual([true, false, false, false]);
    expect(block.rowHeights?.[1]).toBe(30);
    // The title (27 characters, 13 points) is one line of 15 · 13/11 = 17,7 → 18 points; the heading row is left alone.
    expect(block.rowHeights?.[0]).toBe(18);
    expect(block.rowHeights?.[2]).toBeNull();
  });
});

describe("the .xlsx writers store the wrap and the heights", () => {
  test("the negotiation .xlsx: row 20's headings wrap in a 45-point row, a proposal row is left alone", async () => {
    const sheet = await reopened(negotiationWorkbook(sampleNegotiation(), "da", 2));
    expect(sheet.getCell("G20").value).toBe("Forlig A: vedtaget 2024");
    expect(sheet.getCell("G20").alignment?.wrapText).toBe(true);
    // A heading over figures: wrapped and standing right, both kept.
    expect(sheet.getCell("G20").alignment?.horizontal).toBe("right");
    expect(sheet.getRow(20).height).toBe(45);
    expect(sheet.getRow(3).height).toBe(15);
    expect(sheet.getCell("B4").alignment?.wrapText).toBeUndefined();
    expect(sheet.getRow(4).height).toBeUndefined();
  });

  test("the annex .xlsx: the unit line wraps in a 30-point row; a proposal keeps its indent and no wrap", async () => {
    const withProposal: AnnexTable = {
      ...table,
      departments: [
        {
          name: "MSB",
          proposals: [{ title: "Færre vikarer", cells: [1.2, 2.4], total: 3.6 }],
          subtotal: [1.2, 2.4],
          total: 3.6,
        },
      ],
    };
    const sheet = await reopened(annexWorkbook(withProposal, "da", "Eksempel Kommune", new Date(2026, 10, 30)));
    expect(sheet.getCell("A2").alignment?.wrapText).toBe(true);
    expect(sheet.getRow(2).height).toBe(30);
    expect(sheet.getCell("A5").value).toBe("Færre vikarer");
    expect(sheet.getCell("A5").alignment).toEqual({ indent: 1 });
  });
});
