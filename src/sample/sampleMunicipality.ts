/**
 * A sample municipality for the playground: six departments with the administrative key of a
 * published plan, budgets and exempt amounts, yearly savings 2024..2027, a small programme
 * catalogue (one row with a printed net that does not add up) and the quota example of DOMAIN.md.
 * Amounts in mio. kr.
 */
import { percentFormat } from "../text/number";
import { parseRange } from "../sheet/address";
import type { CellInput } from "../sheet/types";
import { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import { addFollowUpSheet, addImplementationSheet } from "./sampleFollowUp";
import { addSampleNegotiation } from "./sampleNegotiation";
import { addAdjustmentSheets } from "./sampleAdjustments";
import { addRealTablesSheet } from "./sampleRealTables";

export const DEPARTMENTS = ["MSB", "MTM", "MSO", "MKB", "MBU", "BA"] as const;
export const ADMINISTRATIVE_KEY = [0.284, 0.081, 0.135, 0.068, 0.279, 0.153] as const;
export const YEARS = [2024, 2025, 2026, 2027] as const;

const ONE_DECIMAL = "#,##0.0";
const PERCENT = percentFormat(1, "da");

type Row = readonly CellInput[];

function put(
  workbook: MemoryWorkbook,
  sheet: string,
  topLeft: string,
  rows: readonly Row[],
  formats?: readonly (string | undefined)[],
): void {
  const start = parseRange(topLeft);
  if (!start) throw new Error(`bad address ${topLeft}`);
  rows.forEach((row, r) =>
    row.forEach((input, c) => {
      const format = typeof input === "number" ? formats?.[c] : undefined;
      workbook.setInput(sheet, start.start.row + r, start.start.column + c, input, format);
    }),
  );
}

export function createSampleMunicipality(): MemoryWorkbook {
  const wb = new MemoryWorkbook();

  wb.addSheet("Nøgle");
  put(
    wb,
    "Nøgle",
    "A1",
    [["Afdeling", "Administrativ nøgle"], ...DEPARTMENTS.map((d, i) => [d, ADMINISTRATIVE_KEY[i] as number])],
    [undefined, PERCENT],
  );
  put(wb, "Nøgle", "A8", [["I alt"]]);
  wb.setInput("Nøgle", 7, 1, "=SUM(B2:B7)", PERCENT);
  const furniture = [2.4, 0.8, 1.1, 0.6, 3.5, 1.2];
  put(
    wb,
    "Nøgle",
    "D1",
    [["Afdeling", "Møbler 2023"], ...DEPARTMENTS.map((d, i) => [d, furniture[i] as number])],
    [undefined, ONE_DECIMAL],
  );
  wb.defineName("Nøgletabel", { sheet: "Nøgle", start: { row: 0, column: 0 }, end: { row: 6, column: 1 } }, "table");

  wb.addSheet("Budget");
  const budgets: Row[] = [
    ["MSB", 4512.3, 350.0, 310.0],
    ["MTM", 1287.6, 120.5, 95.0],
    ["MSO", 2145.0, 0.0, 180.0],
    ["MKB", 1080.4, 45.2, 70.0],
    ["MBU", 4433.2, 210.0, 420.0],
    ["BA", 2431.5, 95.7, 125.0],
  ];
  put(
    wb,
    "Budget",
    "A1",
    [["Afdeling", "Budget 2024", "Undtaget", "Decentralt budget"], ...budgets],
    [undefined, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL],
  );
  wb.defineName("Afdelinger", { sheet: "Budget", start: { row: 0, column: 0 }, end: { row: 6, column: 2 } }, "table");

  wb.addSheet("Besparelser");
  // The years are headings: plain 2024, not the amounts' 2.024,0.
  put(wb, "Besparelser", "A1", [["Tværgående besparelse (mio. kr.)", ...YEARS]]);
  put(
    wb,
    "Besparelser",
    "A2",
    [
      ["Fælles indkøb", 5.0, 10.0, 12.5, 15.0],
      ["Administration", 2.0, 4.0, 6.0, 8.0],
    ],
    [undefined, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL],
  );

  wb.addSheet("Katalog");
  const programmes = ["Digital post", "Fælles indkøb", "Energirenovering"];
  const gains = [
    [0.0, 2.0, 4.5, 4.5],
    [1.2, 2.4, 3.0, 3.0],
    [0.5, 1.5, 2.5, 3.5],
  ];
  const costs = [
    [-1.5, -1.0, -0.5, -0.5],
    [-0.4, -0.2, 0.0, 0.0],
    [-3.0, -2.0, -0.5, -0.5],
  ];
  // Printed as in a catalogue; Energirenovering 2027 is printed 3,2 although 3,5 − 0,5 is 3,0.
  const printedNet = [
    [-1.5, 1.0, 4.0, 4.0],
    [0.8, 2.2, 3.0, 3.0],
    [-2.5, -0.5, 2.0, 3.2],
  ];
  const yearFormats = [undefined, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL];
  // Year headings stay plain numbers (2024, not 2.024,0): only the amounts get the amount format.
  const block = (row: number, title: string, rows: number[][]): void => {
    put(wb, "Katalog", `A${row}`, [[title, ...YEARS]]);
    put(
      wb,
      "Katalog",
      `A${row + 1}`,
      rows.map((amounts, i) => [programmes[i] as string, ...amounts]),
      yearFormats,
    );
  };
  block(1, "Gevinster", gains);
  block(6, "Omkostninger", costs);
  block(11, "I alt effektiviseringsgevinst", printedNet);

  wb.addSheet("Kvote-eksempel");
  put(
    wb,
    "Kvote-eksempel",
    "A1",
    [
      ["Afdeling", "Budget", "Undtaget"],
      ["A", 100.0, 0.0],
      ["B", 55.5, 10.0],
      ["C", -3.0, -3.0],
    ],
    [undefined, ONE_DECIMAL, ONE_DECIMAL],
  );

  addImplementationSheet(wb);
  addFollowUpSheet(wb);
  addRealTablesSheet(wb);
  wb.addSheet("Fordeling");
  addSampleNegotiation(wb);
  addAdjustmentSheets(wb);
  wb.selection = { sheet: "Nøgle", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };
  return wb;
}
