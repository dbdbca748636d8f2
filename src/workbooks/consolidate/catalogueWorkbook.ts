/** The consolidated catalogue as an .xlsx workbook: status, every proposal, every finding. */
import ExcelJS from "exceljs";
import { catalogueTable, columnTotals, findingsTable, statusTable, type Language, type Table } from "./catalogueTables";
import type { Consolidation } from "./consolidate";
import { amountFormat } from "../messageFormat";
import { cellAddress, columnLetter } from "../departmentLayout";

export const CATALOGUE_ID = "raaderum.catalogue";
export const CATALOGUE_MARKER_SHEET = "Råderum-katalog";

const WIDE = new Set([
  "Beskrivelse",
  "Description",
  "Bemærkninger",
  "Notes",
  "Besked",
  "Message",
  "Konsekvenser for service",
  "Consequences for service",
  "Konsekvenser for personale",
  "Consequences for staff",
]);

function writeTable(workbook: ExcelJS.Workbook, table: Table, decimals: number): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const format = amountFormat(decimals);
  const amounts = new Set(table.amountColumns);
  sheet.columns = table.headers.map((header) => ({ width: WIDE.has(header) ? 50 : Math.max(10, header.length + 2) }));
  const head = sheet.getRow(1);
  head.values = table.headers;
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "top" };
  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 2);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value === "" ? null : value;
      if (amounts.has(c)) cell.numFmt = format;
      else if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  if (table.rows.length > 0)
    sheet.autoFilter = { from: cellAddress(1, 1), to: cellAddress(table.rows.length + 1, table.headers.length) };
  if (!table.totalRow) return;
  const totalRow = sheet.getRow(table.rows.length + 2);
  totalRow.getCell(1).value = "I alt";
  totalRow.font = { bold: true };
  const last = table.rows.length + 1;
  for (const [column, total] of columnTotals(table)) {
    const letter = columnLetter(column + 1);
    const cell = totalRow.getCell(column + 1);
    cell.value = { formula: last >= 2 ? `SUM(${letter}2:${letter}${last})` : "0", result: total };
    cell.numFmt = format;
  }
}

export function buildCatalogueWorkbook(
  consolidation: Consolidation,
  language: Language = "da",
  now: Date = new Date(),
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Råderum";
  workbook.calcProperties.fullCalcOnLoad = true;
  const { decimals } = consolidation;
  writeTable(workbook, statusTable(consolidation, language), decimals);
  writeTable(workbook, catalogueTable(consolidation, language), decimals);
  writeTable(workbook, findingsTable(consolidation, language), decimals);
  const marker = workbook.addWorksheet(CATALOGUE_MARKER_SHEET, { state: "veryHidden" });
  marker.getCell("A1").value = CATALOGUE_ID;
  marker.getCell("A2").value = now.toISOString();
  return workbook;
}

/** Whether a workbook is a catalogue made here, which may be rebuilt without asking. */
export function isCatalogueWorkbook(workbook: ExcelJS.Workbook): boolean {
  const marker = workbook.worksheets.find((sheet) => sheet.name === CATALOGUE_MARKER_SHEET);
  return marker?.getCell("A1").value === CATALOGUE_ID;
}
