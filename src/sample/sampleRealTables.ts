/**
 * "Rigtige tabeller": the administrative key as economists really lay it out, so the playground
 * shows (and the e2e test drives) every way a hand-made table differs from a clean block: a title,
 * a heading over two rows with merged heading cells, a units row, a group column with each group
 * merged down its rows, a blank row, a hidden obsolete department, "I alt" and a footnote.
 * The visible shares are the sample municipality's key, so they sum to 100,0; the hidden
 * department's 5,0 is what a stale table still carries.
 */
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import type { CellInput } from "../sheet/types";

export const REAL_TABLES_SHEET = "Rigtige tabeller";
/** The whole table, title to footnote, as a user drags over it. */
export const REAL_KEY_TABLE = "'Rigtige tabeller'!A1:C16";
/** The obsolete department on the hidden row (row 12) and its stale share. */
export const HIDDEN_DEPARTMENT = { row: 12, name: "Gl. Teknik", share: 5.0 } as const;

const ONE_DECIMAL = "0.0";

const ROWS: readonly (readonly CellInput[])[] = [
  ["Administrativ fordelingsnøgle 2025", "", ""],
  ["Gruppe", "Afdeling", "Andel"],
  ["", "", "af fællesudgifter"],
  ["", "", "pct."],
  ["Voksne", "MSB", 28.4],
  ["", "MTM", 8.1],
  ["", "MSO", 13.5],
  ["", "", ""],
  ["Børn og kultur", "MKB", 6.8],
  ["", "MBU", 27.9],
  ["", "BA", 15.3],
  ["", HIDDEN_DEPARTMENT.name, HIDDEN_DEPARTMENT.share],
  ["", "", ""],
  ["", "I alt", 100.0],
  ["", "", ""],
  ["Kilde: budgetnotat april 2025; Gl. Teknik er nedlagt pr. 1.1.2025.", "", ""],
];

export function addRealTablesSheet(wb: MemoryWorkbook): void {
  wb.addSheet(REAL_TABLES_SHEET);
  ROWS.forEach((cells, r) =>
    cells.forEach((input, c) => {
      if (input === "") return;
      wb.setInput(REAL_TABLES_SHEET, r, c, input, typeof input === "number" ? ONE_DECIMAL : undefined);
    }),
  );
  wb.merge(REAL_TABLES_SHEET, { row: 0, column: 0, rows: 1, columns: 3 });
  wb.merge(REAL_TABLES_SHEET, { row: 1, column: 0, rows: 2, columns: 1 });
  wb.merge(REAL_TABLES_SHEET, { row: 1, column: 1, rows: 2, columns: 1 });
  wb.merge(REAL_TABLES_SHEET, { row: 4, column: 0, rows: 3, columns: 1 });
  wb.merge(REAL_TABLES_SHEET, { row: 8, column: 0, rows: 4, columns: 1 });
  wb.setRowHidden(REAL_TABLES_SHEET, HIDDEN_DEPARTMENT.row - 1, true);
}
