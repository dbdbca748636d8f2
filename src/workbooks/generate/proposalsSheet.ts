/** The proposals sheet: totals against the quota at the top, the table open for input below. */
import type ExcelJS from "exceljs";
import { exactSum } from "../../core";
import { amountFormat, sentence } from "../messageFormat";
import {
  differenceFormula,
  proposalSumFormula,
  quotaReferenceFormula,
  rowTotalFormula,
  STATUS_MET,
  STATUS_SHORT,
  statusFormula,
} from "../formulas";
import { cellAddress, columnLetter, INPUT_LIMITS, KINDS, SHEET, type DepartmentLayout } from "../departmentLayout";
import { departmentHeading, type DepartmentPlan } from "./plan";
import { FIT_TO_WIDTH, formula, header, input, label, title } from "./sheetStyle";
import { amountRule, decimalRule, listRule, textRule, validateRange } from "./validation";

function columnRange(layout: DepartmentLayout, first: number, last = first): string {
  const { firstRow, lastRow } = layout.proposals;
  return `${cellAddress(firstRow, first)}:${cellAddress(lastRow, last)}`;
}

function writeSummary(sheet: ExcelJS.Worksheet, plan: DepartmentPlan, layout: DepartmentLayout): void {
  const { proposals: p, years } = layout;
  const amount = amountFormat(plan.settings.decimals);
  header(sheet.getCell(p.yearHeaderRow, p.column.title), "Opgørelse pr. år");
  label(sheet.getCell(p.sumRow, p.column.title), "Forslag i alt");
  label(sheet.getCell(p.quotaRow, p.column.title), "Kvote");
  label(sheet.getCell(p.differenceRow, p.column.title), "Forskel (forslag − kvote)");
  label(sheet.getCell(p.statusRow, p.column.title), "Status", true);
  // The cached results are those of the empty table: nothing proposed yet.
  const difference = exactSum([0, -plan.quota]);
  years.forEach((year, y) => {
    const column = p.column.firstYear + y;
    header(sheet.getCell(p.yearHeaderRow, column), year);
    formula(sheet.getCell(p.sumRow, column), proposalSumFormula(layout, y), 0, amount);
    formula(sheet.getCell(p.quotaRow, column), quotaReferenceFormula(layout), plan.quota, amount);
    formula(sheet.getCell(p.differenceRow, column), differenceFormula(layout, y), difference, amount);
    const status = sheet.getCell(p.statusRow, column);
    formula(status, statusFormula(layout, y), difference >= 0 ? STATUS_MET : STATUS_SHORT);
    status.font = { bold: true };
    status.alignment = { horizontal: "right" };
  });
  const statusRange = `${cellAddress(p.statusRow, p.column.firstYear)}:${cellAddress(p.statusRow, p.column.firstYear + years.length - 1)}`;
  sheet.addConditionalFormatting({
    ref: statusRange,
    rules: [
      {
        type: "containsText",
        operator: "containsText",
        text: STATUS_SHORT,
        priority: 1,
        style: { font: { color: { argb: "FFC00000" }, bold: true } },
      },
      {
        type: "containsText",
        operator: "containsText",
        text: STATUS_MET,
        priority: 2,
        style: { font: { color: { argb: "FF2E7D32" }, bold: true } },
      },
    ],
  });
}

function writeTable(sheet: ExcelJS.Worksheet, plan: DepartmentPlan, layout: DepartmentLayout): void {
  const { proposals: p, years } = layout;
  const c = p.column;
  const { decimals, unit } = plan.settings;
  const amount = amountFormat(decimals);
  const headers: [number, string | number][] = [
    [c.number, "Nr."],
    [c.title, "Titel"],
    [c.description, "Beskrivelse"],
    [c.kind, "Type"],
    ...years.map((year, y): [number, number] => [c.firstYear + y, year]),
    [c.total, `I alt ${years[0] ?? ""}–${years[years.length - 1] ?? ""}`],
    [c.fte, "Årsværk"],
    [c.service, "Konsekvenser for service"],
    [c.staff, "Konsekvenser for personale"],
  ];
  for (const [column, text] of headers) header(sheet.getCell(p.headerRow, column), text);
  sheet.getRow(p.headerRow).height = 30;
  for (let row = p.firstRow; row <= p.lastRow; row++) {
    sheet.getCell(row, c.number).value = row - p.firstRow + 1;
    input(sheet.getCell(row, c.title), undefined, true);
    input(sheet.getCell(row, c.description), undefined, true);
    input(sheet.getCell(row, c.kind));
    years.forEach((_, y) => input(sheet.getCell(row, c.firstYear + y), amount));
    formula(sheet.getCell(row, c.total), rowTotalFormula(layout, row), 0, amountFormat(decimals, true));
    input(sheet.getCell(row, c.fte), "#,##0.0#");
    input(sheet.getCell(row, c.service), undefined, true);
    input(sheet.getCell(row, c.staff), undefined, true);
  }
  validateRange(sheet, columnRange(layout, c.title), textRule(150, "Titel", "Forslagets titel."));
  validateRange(sheet, columnRange(layout, c.description), textRule(2000, "Beskrivelse", "Hvad går forslaget ud på?"));
  validateRange(
    sheet,
    columnRange(layout, c.kind),
    listRule(
      KINDS.map((k) => k.da),
      "Type",
      "Vælg Effektivisering, Reduktion eller Indtægt.",
    ),
  );
  validateRange(
    sheet,
    columnRange(layout, c.firstYear, c.firstYear + years.length - 1),
    amountRule(cellAddress(p.firstRow, c.firstYear), decimals, unit),
  );
  validateRange(
    sheet,
    columnRange(layout, c.fte),
    decimalRule(
      INPUT_LIMITS.fteMin,
      INPUT_LIMITS.fteMax,
      "Årsværk",
      "Ændring i årsværk ved fuld effekt; færre stillinger skrives med minus.",
    ),
  );
  validateRange(
    sheet,
    columnRange(layout, c.service),
    textRule(2000, "Service", "Hvad betyder forslaget for borgere og brugere?"),
  );
  validateRange(
    sheet,
    columnRange(layout, c.staff),
    textRule(2000, "Personale", "Hvad betyder forslaget for medarbejderne?"),
  );
}

export function writeProposalsSheet(
  workbook: ExcelJS.Workbook,
  plan: DepartmentPlan,
  layout: DepartmentLayout,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.proposals, {
    views: [{ state: "frozen", xSplit: 2, ySplit: layout.proposals.headerRow }],
    pageSetup: FIT_TO_WIDTH,
  });
  const c = layout.proposals.column;
  const widths = new Map<number, number>([
    [c.number, 5],
    [c.title, 30],
    [c.description, 45],
    [c.kind, 16],
    [c.total, 13],
    [c.fte, 10],
    [c.service, 40],
    [c.staff, 40],
  ]);
  for (let column = 1; column <= c.staff; column++) sheet.getColumn(column).width = widths.get(column) ?? 11;
  title(sheet.getCell("A1"), `Forslag – ${departmentHeading(plan)}`);
  sheet.getCell("A2").value =
    `${sentence(`Beløb i ${plan.settings.unit}`)} Besparelser og merindtægter er positive. Udfyld de gule felter; ${columnLetter(c.total)}-kolonnen og opgørelsen beregnes.`;
  writeSummary(sheet, plan, layout);
  writeTable(sheet, plan, layout);
  return sheet;
}
