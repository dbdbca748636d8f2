import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexRows, annexWriteBlock } from "../../src/annex/annexBlock";
import { pointsFromCharacterWidth } from "../../src/sheet/blockLayout";
import { buildAnnexTable, AnnexProblem } from "../../src/annex/annexTable";
import { annexWorkbook } from "../../src/annex/annexXlsx";
import { main } from "../../src/cli/workbooks";
import type { Negotiation, Proposal } from "../../src/negotiation/model";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import type { Status } from "../../src/negotiation/words";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";

/*
 * README's annex example: a negotiation kept in 1.000 kr., printed in mio. kr. with one decimal.
 * Exact (mio. kr.): Færre vikarer 1,25 2,45 · Digital post 0,35 0,35 · Lukning af filial 2,15 3,05;
 * years 3,75 and 5,85, grand total 9,60. Rounding each figure on its own prints 0,4 + 0,4 beside a
 * total of 0,7, and a 2027 column of 1,3 + 0,4 + 2,2 = 3,9 under a total of 3,8: the published error.
 */
const choice = (status: Status | undefined, partial: (number | null)[] = [null, null]) => ({ status, partial });
function proposal(department: string, title: string, amounts: number[], ...statuses: (Status | undefined)[]): Proposal {
  return { department, title, amounts, choices: statuses.map((s) => choice(s)) };
}
export function readmeNegotiation(): Negotiation {
  return {
    unit: "tkr",
    years: ["2027", "2028"],
    scenarios: ["Forlig A", "Forlig B"],
    proposals: [
      proposal("MSB", "Færre vikarer", [1250, 2450], "adopted", "rejected"),
      proposal("MSB", "Digital post", [350, 350], "adopted", undefined),
      proposal("MBU", "Lukning af filial", [2150, 3050], "adopted", "rejected"),
    ],
    room: [4000, 6000],
    quotas: new Map(),
  };
}

/** The printed text of a cell as Excel shows "#,##0.0"-style formats in a Danish locale (independent of the code). */
function printed(value: number, format: string): string {
  if (format === "General") return String(value);
  const places = /\.(0+)$/.exec(format)?.[1]?.length ?? 0;
  const [whole, fraction] = Math.abs(value).toFixed(places).split(".");
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 && Number(Math.abs(value).toFixed(places)) !== 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}
/** A printed figure as whole units of its last place, so sums are exact integers. */
const units = (text: string) => Number(text.replace(/\./g, "").replace(",", ""));

async function sheetFrom(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
  return again.worksheets[0] as ExcelJS.Worksheet;
}

/** Every printed row adds up to its total column, and every printed column to the total row and the subtotals. */
function checkPrintedTable(sheet: ExcelJS.Worksheet, years: number): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= years + 2; c++) {
      const cell = row.getCell(c);
      cells.push(
        typeof cell.value === "number"
          ? printed(cell.value, cell.numFmt ?? "General")
          : typeof cell.value === "string"
            ? cell.value
            : "",
      );
      // Excel shows #### where a figure is wider than its column: every figure must fit with room to spare.
      if (typeof cell.value === "number")
        expect((cells[c - 1] as string).length + 2).toBeLessThan(sheet.getColumn(c).width ?? 8.43);
    }
    rows.push(cells);
  });
  const numeric = rows.filter((r) => /\d/.test(r[1] ?? "") && !/^\d{4}$/.test(r[1] ?? ""));
  for (const r of numeric) {
    const parts = r.slice(1, years + 1).map(units);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(units(r[years + 1] as string));
  }
  // Proposals under each department add up to its subtotal row, and the subtotals to the total row.
  const body = rows.slice(3);
  const subtotals: string[][] = [];
  let since: string[][] = [];
  for (const r of body) {
    if (r[1] === "") since = [];
    else if ((r[0] as string).endsWith(" i alt") || (r[0] as string).endsWith(" total")) {
      for (let c = 1; c <= years + 1; c++)
        expect(since.reduce((a, p) => a + units(p[c] as string), 0)).toBe(units(r[c] as string));
      subtotals.push(r);
    } else if (r[0] === "I alt" || r[0] === "Total") {
      for (let c = 1; c <= years + 1; c++)
        expect(subtotals.reduce((a, p) => a + units(p[c] as string), 0)).toBe(units(r[c] as string));
    } else since.push(r);
  }
  return rows;
}

describe("council annex", () => {
  test("README example: the printed table adds up both ways, read back from the .xlsx as text", async () => {
    const table = buildAnnexTable(readmeNegotiation(), { scenario: "Forlig A", unit: "mkr", decimals: 1 });
    const sheet = await sheetFrom(annexWorkbook(table, "da", "Eksempel Kommune", new Date(2026, 10, 30)));
    const rows = checkPrintedTable(sheet, 2);
    expect(rows.slice(2)).toEqual([
      ["Afdeling / forslag", "2027", "2028", "I alt"],
      ["MSB", "", "", ""],
      ["Færre vikarer", "1,2", "2,5", "3,7"],
      ["Digital post", "0,4", "0,3", "0,7"],
      ["MSB i alt", "1,6", "2,8", "4,4"],
      ["MBU", "", "", ""],
      ["Lukning af filial", "2,1", "3,1", "5,2"],
      ["MBU i alt", "2,1", "3,1", "5,2"],
      ["I alt", "3,7", "5,9", "9,6"],
    ]);
    // Each figure is within one unit of its exact value, and the grand total is ROUND(9,60; 1).
    const exact = [
      [1.25, 2.45],
      [0.35, 0.35],
      [2.15, 3.05],
    ];
    const printedCells = [rows[4], rows[5], rows[8]].map((r) => r?.slice(1, 3).map(units) ?? []);
    printedCells.forEach((r, i) =>
      r.forEach((v, y) => expect(Math.abs(v - (exact[i]?.[y] as number) * 10)).toBeLessThan(1)),
    );
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe("1:3");
    expect(sheet.headerFooter.oddHeader).toBe("&LEksempel Kommune&R30.11.2026");
  });

  test("the pane writes the .xlsx's bold rows and widths: headings, departments, subtotals and the total bold", async () => {
    const table = buildAnnexTable(readmeNegotiation(), { scenario: "Forlig A", unit: "mkr", decimals: 1 });
    const sheet = await sheetFrom(annexWorkbook(table, "da", "Eksempel Kommune", new Date(2026, 10, 30)));
    const block = annexWriteBlock(annexRows(table, "da"), table.decimals);
    const xlsxBold = Array.from({ length: 11 }, (_, r) => sheet.getRow(r + 1).getCell(1).font?.bold === true);
    // Title, unit line, heading, MSB, Færre vikarer, Digital post, MSB i alt, MBU, Lukning af filial, MBU i alt, I alt.
    expect(xlsxBold).toEqual([true, false, true, true, false, false, true, true, false, true, true]);
    expect(block.bold).toEqual(xlsxBold.map((bold) => [bold, bold, bold, bold]));
    // 44 characters for the names and 12 for the figures in the .xlsx: 308 and 84 pixels, 231 and 63 points.
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([44, 12, 12, 12]);
    expect(block.columnWidths).toEqual([231, 63, 63, 63]);
  });

  test("the pane writes the .xlsx's lines, alignment and title size: thin under heading and subtotals, double under the total", async () => {
    const table = buildAnnexTable(readmeNegotiation(), { scenario: "Forlig A", unit: "mkr", decimals: 1 });
    const sheet = await sheetFrom(annexWorkbook(table, "da", "Eksempel Kommune", new Date(2026, 10, 30)));
    const block = annexWriteBlock(annexRows(table, "da"), table.decimals);
    const line = (style: string | undefined) => (style === "thin" || style === "double" ? style : "none");
    const xlsxBorders = Array.from({ length: 11 }, (_, r) =>
      [1, 2, 3, 4].map((c) => line(sheet.getRow(r + 1).getCell(c).border?.bottom?.style)),
    );
    // Title, unit line, heading, MSB, Færre vikarer, Digital post, MSB i alt, MBU, Lukning af filial, MBU i alt, I alt.
    const rowLines = ["none", "none", "thin", "none", "none", "none", "thin", "none", "none", "thin", "double"];
    expect(xlsxBorders).toEqual(rowLines.map((l) => [l, l, l, l]));
    expect(block.bottomBorder).toEqual(xlsxBorders);
    // Figures and years right-aligned in both, the names column left as Excel has it.
    const xlsxRight = Array.from({ length: 11 }, (_, r) =>
      [1, 2, 3, 4].map((c) => sheet.getRow(r + 1).getCell(c).alignment?.horizontal === "right"),
    );
    expect(xlsxRight).toEqual(rowLines.map(() => [false, true, true, true]));
    expect(block.horizontalAlignment?.map((row) => row.map((a) => a === "Right"))).toEqual(xlsxRight);
    // The title 13 points, the heading and the total 11, in the file and in the pane's write.
    expect([1, 3, 11].map((r) => sheet.getRow(r).getCell(1).font?.size)).toEqual([13, 11, 11]);
    expect([0, 2, 10].map((r) => block.fontSize?.[r]?.[0])).toEqual([13, 11, 11]);
    expect(block.fontSize?.[4]).toEqual([11, 11, 11, 11]);
  });

  test("random tables in 1.000 kr. with 0–2 decimals: every printed row and column adds up", async () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 6; round++) {
      const proposals = Array.from({ length: 12 }, (_, i) =>
        proposal(
          `A${i % 4}`,
          `Forslag ${i}`,
          [0, 1, 2, 3].map(() => Math.round(next() * 90000000000) / 100),
          next() < 0.8 ? "adopted" : "rejected",
        ),
      );
      const n: Negotiation = {
        unit: "kr",
        years: ["2027", "2028", "2029", "2030"],
        scenarios: ["A"],
        proposals,
        room: [],
        quotas: new Map(),
      };
      const table = buildAnnexTable(n, { scenario: "A", unit: round % 2 ? "tkr" : "mkr", decimals: round % 3 });
      const sheet = await sheetFrom(annexWorkbook(table, "da", "", new Date()));
      checkPrintedTable(sheet, 4);
      // Widths follow the widest figure; the pane's are the same, in points.
      const widths = [1, 2, 3, 4, 5, 6].map((c) => sheet.getColumn(c).width ?? 0);
      expect(annexWriteBlock(annexRows(table, "da"), table.decimals).columnWidths).toEqual(
        widths.map(pointsFromCharacterWidth),
      );
    }
  });

  test("annexRows names its rows in English too", () => {
    const table = buildAnnexTable(readmeNegotiation(), { scenario: "forlig a", unit: "tkr", decimals: 0 });
    const rows = annexRows(table, "en");
    expect(rows[1]?.cells[0]).toBe("Amounts in DKK 1,000, rounded so that every row and column adds up to its total.");
    expect(rows[rows.length - 1]?.cells).toEqual(["Total", 3750, 5850, 9600]);
  });

  test("a scenario that is not there, or adopts nothing, is told in both languages", () => {
    expect(() => buildAnnexTable(readmeNegotiation(), { scenario: "Forlig C", unit: "mkr", decimals: 1 })).toThrow(
      'The settlement "Forlig C" is not on the negotiation sheet. Choose one of: Forlig A, Forlig B.',
    );
    try {
      const n = readmeNegotiation();
      n.proposals = n.proposals.map((p) => ({ ...p, choices: [choice("rejected"), choice(undefined)] }));
      buildAnnexTable(n, { scenario: "Forlig B", unit: "mkr", decimals: 1 });
      throw new Error("no error");
    } catch (error) {
      expect((error as AnnexProblem).text.da).toBe(
        "Forlig B har ingen vedtagne forslag endnu. Sæt status til Vedtaget eller Delvis på forhandlingsarket.",
      );
    }
  });

  test("CLI: annex <negotiation.xlsx> --scenario writes the annex .xlsx, A4 landscape with the header", async () => {
    const dir = mkdtempSync(join(tmpdir(), "raaderum-annex-"));
    try {
      const source = join(dir, "forhandling.xlsx");
      writeFileSync(source, await workbookBytes(negotiationWorkbook(readmeNegotiation(), "da", 0)));
      const out: string[] = [];
      const err: string[] = [];
      const io = { cwd: dir, out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
      const code = await main(
        [
          "annex",
          "forhandling.xlsx",
          "--scenario",
          "Forlig A",
          "--out",
          "bilag.xlsx",
          "--municipality",
          "Eksempel Kommune",
        ],
        io,
      );
      expect({ code, err }).toEqual({ code: 0, err: [] });
      expect(out[0]).toContain("Forlig A (3 adopted proposals, 2 departments)");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(dir, "bilag.xlsx")) as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.name).toBe("Bilag");
      expect(sheet.pageSetup.orientation).toBe("landscape");
      expect(sheet.headerFooter.oddHeader).toContain("&LEksempel Kommune&R");
      checkPrintedTable(sheet, 2);
      expect(sheet.getCell("D11").value).toBe(9.6);
      // A scenario that is not there: exit code 1 and the message.
      const bad = await main(["annex", "forhandling.xlsx", "--scenario", "Forlig Z", "--out", "x.xlsx"], io);
      expect(bad).toBe(1);
      expect(err[0]).toBe('Forliget "Forlig Z" findes ikke på forhandlingsarket. Vælg et af: Forlig A, Forlig B.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
