/**
 * The formulas of a department workbook: Excel's own functions only (SUM, ROUND, IF), so the
 * numbers are right where the add-in is not installed. The generator writes these and the
 * consolidator checks that each is still in place.
 */
import { cellAddress, columnLetter, SHEET, type DepartmentLayout } from "./departmentLayout";

export const STATUS_MET = "Opfyldt";
export const STATUS_SHORT = "Mangler";

export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
}

function yearColumn(layout: DepartmentLayout, year: number): string {
  return columnLetter(layout.proposals.column.firstYear + year);
}

/** Column of year y on the quota sheet's theme table (column B is the budget year). */
export function themeYearColumn(year: number): number {
  return 2 + year;
}

export function themeTotalFormula(layout: DepartmentLayout, year: number): string {
  const column = columnLetter(themeYearColumn(year));
  const { firstThemeRow, themeTotalRow } = layout.quota;
  return `ROUND(SUM(${column}${firstThemeRow}:${column}${themeTotalRow - 1}),${layout.shape.decimals})`;
}

export function proposalSumFormula(layout: DepartmentLayout, year: number): string {
  const column = yearColumn(layout, year);
  const { firstRow, lastRow } = layout.proposals;
  return `ROUND(SUM(${column}${firstRow}:${column}${lastRow}),${layout.shape.decimals})`;
}

export function quotaReferenceFormula(layout: DepartmentLayout): string {
  return `${SHEET.quota}!${layout.quota.quota}`;
}

export function differenceFormula(layout: DepartmentLayout, year: number): string {
  const column = yearColumn(layout, year);
  const { sumRow, quotaRow } = layout.proposals;
  return `ROUND(${column}${sumRow}-${column}${quotaRow},${layout.shape.decimals})`;
}

export function statusFormula(layout: DepartmentLayout, year: number): string {
  const column = yearColumn(layout, year);
  return `IF(${column}${layout.proposals.differenceRow}>=0,"${STATUS_MET}","${STATUS_SHORT}")`;
}

export function rowTotalFormula(layout: DepartmentLayout, row: number): string {
  const first = yearColumn(layout, 0);
  const last = yearColumn(layout, layout.shape.yearCount - 1);
  return `ROUND(SUM(${first}${row}:${last}${row}),${layout.shape.decimals})`;
}

/** Every formula cell the template has, in sheet order. */
export function expectedFormulas(layout: DepartmentLayout): FormulaCell[] {
  const cells: FormulaCell[] = [];
  const { proposals, quota, shape } = layout;
  if (shape.themes > 0) {
    for (let y = 0; y < shape.yearCount; y++)
      cells.push({
        sheet: SHEET.quota,
        address: cellAddress(quota.themeTotalRow, themeYearColumn(y)),
        formula: themeTotalFormula(layout, y),
      });
  }
  for (let y = 0; y < shape.yearCount; y++) {
    const column = proposals.column.firstYear + y;
    const at = (row: number, formula: string) =>
      cells.push({ sheet: SHEET.proposals, address: cellAddress(row, column), formula });
    at(proposals.sumRow, proposalSumFormula(layout, y));
    at(proposals.quotaRow, quotaReferenceFormula(layout));
    at(proposals.differenceRow, differenceFormula(layout, y));
    at(proposals.statusRow, statusFormula(layout, y));
  }
  for (let row = proposals.firstRow; row <= proposals.lastRow; row++)
    cells.push({
      sheet: SHEET.proposals,
      address: cellAddress(row, proposals.column.total),
      formula: rowTotalFormula(layout, row),
    });
  return cells;
}

/** A formula as written by Excel, LibreOffice or exceljs, reduced to compare equal when it means the same. */
export function normalizeFormula(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/_xlfn\./gi, "")
    .replace(/\$/g, "")
    .replace(/'([^']+)'!/g, "$1!")
    .replace(/\s+/g, "")
    .toUpperCase();
}
