/** The quota sheet: the department's quota and its shares of the cross-cutting savings, all locked. */
import type ExcelJS from "exceljs";
import { exactSum, fractionDigits } from "../../core";
import { amountFormat, sentence } from "../messageFormat";
import { percentFormat } from "../../text/number";
import { themeTotalFormula, themeYearColumn } from "../formulas";
import { cellAddress, labelAddress, SHEET, type DepartmentLayout } from "../departmentLayout";
import { departmentHeading, type DepartmentPlan } from "./plan";
import { FIT_TO_WIDTH, formula, header, label, LockedValues, title } from "./sheetStyle";

/** A Danish percent format that shows every digit the fraction has (1,25 % stays 1,25 %, not 1,3 %). */
export function fractionPercentFormat(fraction: number): string {
  return percentFormat(Math.max(1, fractionDigits(fraction) - 2), "da");
}

export function writeQuotaSheet(
  workbook: ExcelJS.Workbook,
  plan: DepartmentPlan,
  layout: DepartmentLayout,
  locked: LockedValues,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.quota, { pageSetup: FIT_TO_WIDTH });
  const { quota, years } = layout;
  const { unit, decimals } = plan.settings;
  const amount = amountFormat(decimals);
  sheet.columns = [{ width: 44 }, ...years.map(() => ({ width: 13 }))];
  title(sheet.getCell("A1"), `Kvote og andel af tværgående besparelser – ${departmentHeading(plan)}`);
  sheet.getCell("A2").value = `${sentence(`Beløb i ${unit}`)} Beregnet centralt; kan ikke ændres her.`;
  const values: [string, string, ExcelJS.CellValue, string][] = [
    ["Vedtaget budget (serviceudgifter)", quota.budget, plan.budget, amount],
    ["Heraf undtaget (fx beredskab og rammebeløb)", quota.exempt, plan.exempt, amount],
    ["Kvotegrundlag", quota.basis, plan.basis, amount],
    ["Sats", quota.rate, plan.settings.rate, fractionPercentFormat(plan.settings.rate)],
    ["Kvote pr. år", quota.quota, plan.quota, amount],
    ["Andel af administrativ nøgle", quota.key, plan.keyShare ?? "–", fractionPercentFormat(plan.keyShare ?? 0)],
  ];
  for (const [text, address, value, numFmt] of values) {
    label(sheet.getCell(labelAddress(address)), text, address === quota.quota);
    locked.set(sheet, address, value, numFmt);
  }
  sheet.getCell(quota.quota).font = { bold: true };
  sheet.getCell(`A${quota.themeHeaderRow - 2}`).value =
    "Kvoterne og andelene er fordelt efter største-rest-metoden, så alle afdelingers beløb summer præcist til kommunens total.";
  header(sheet.getCell(`A${quota.themeHeaderRow}`), "Andel af tværgående besparelser");
  years.forEach((year, y) => header(sheet.getCell(quota.themeHeaderRow, themeYearColumn(y)), year));
  if (plan.themes.length === 0) {
    sheet.getCell(`A${quota.firstThemeRow}`).value = "Ingen tværgående besparelser.";
    return sheet;
  }
  plan.themes.forEach((theme, t) => {
    const row = quota.firstThemeRow + t;
    locked.set(sheet, `A${row}`, theme.name);
    theme.shares.forEach((share, y) => locked.set(sheet, cellAddress(row, themeYearColumn(y)), share, amount));
  });
  label(sheet.getCell(`A${quota.themeTotalRow}`), "I alt", true);
  years.forEach((_, y) => {
    const total = exactSum(plan.themes.map((theme) => theme.shares[y] ?? 0));
    const cell = sheet.getCell(quota.themeTotalRow, themeYearColumn(y));
    formula(cell, themeTotalFormula(layout, y), total, amount);
    cell.font = { bold: true };
  });
  return sheet;
}
