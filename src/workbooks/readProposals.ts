/** The proposals table of a returned workbook, row by row, with a finding for every cell that is not usable. */
import type ExcelJS from "exceljs";
import { exactSum } from "../core";
import { finding, type Finding } from "./findings";
import { message } from "./messages";
import { cellAddress, KINDS, SHEET, type DepartmentLayout, type ProposalKind } from "./layout";
import { formulaOf, isBlankValue, numberOf, plainValue, valueText, type SheetValue } from "./values";

export interface Proposal {
  department: string;
  /** Row on the proposals sheet: with the department, the proposal's key in the catalogue. */
  row: number;
  title: string;
  description: string;
  kind: ProposalKind | null;
  /** The kind as typed, when it is not one of the three. */
  kindText: string;
  /** One amount per year; null where blank or not a number. */
  amounts: (number | null)[];
  /** Sum of the usable amounts, exactly. */
  total: number;
  /** The number in the total cell when its formula was replaced; null while the formula is in place. */
  printedTotal: number | null;
  totalCell: string;
  fte: number | null;
  service: string;
  staff: string;
  /** Findings about this row, also listed with the department's findings. */
  findings: Finding[];
}

/** Rows read past the end of the table, in case a department unprotected the sheet and added some. */
const ROWS_BEYOND = 1000;

function kindOf(text: string): ProposalKind | null | undefined {
  if (text === "") return null;
  const lower = text.toLowerCase();
  return KINDS.find((k) => k.da.toLowerCase() === lower || k.id === lower)?.id;
}

export function readProposals(
  sheet: ExcelJS.Worksheet,
  layout: DepartmentLayout,
  department: string,
  file: string,
  findings: Finding[],
): Proposal[] {
  const { firstRow, lastRow, column: c } = layout.proposals;
  const inputColumns = [
    c.title,
    c.description,
    c.kind,
    ...layout.years.map((_, y) => c.firstYear + y),
    c.fte,
    c.service,
    c.staff,
  ];
  const last = Math.max(lastRow, Math.min(sheet.rowCount, lastRow + ROWS_BEYOND));
  const proposals: Proposal[] = [];
  for (let row = firstRow; row <= last; row++) {
    const value = (column: number): SheetValue => plainValue(sheet.getCell(row, column).value);
    if (inputColumns.every((column) => isBlankValue(value(column)))) continue;
    const rowFindings: Finding[] = [];
    const where = (column: number) => `${SHEET.proposals}!${cellAddress(row, column)}`;
    /** `year` null is the FTE cell, which no sheet total sums, so text there needs no note. */
    const number = (column: number, year: number | null): number | null => {
      const raw = value(column);
      const n = numberOf(raw);
      if (year !== null && typeof n === "number" && typeof raw === "string")
        rowFindings.push(finding("note", file, where(column), message("amountAsText", { year, typed: raw, read: n })));
      if (n !== undefined) return n;
      rowFindings.push(finding("invalidCell", file, where(column), message("notNumber", { year, value: raw })));
      return null;
    };
    const amounts = layout.years.map((year, y) => number(c.firstYear + y, year));
    const fte = number(c.fte, null);
    const kindText = valueText(value(c.kind));
    const kind = kindOf(kindText);
    if (kind === undefined)
      rowFindings.push(
        finding(
          "invalidCell",
          file,
          where(c.kind),
          message("kindInvalid", { typed: kindText, kinds: KINDS.map((k) => k.da) }),
        ),
      );
    const title = valueText(value(c.title));
    if (title === "") rowFindings.push(finding("note", file, where(c.title), message("noTitle", {})));
    if (row > lastRow) rowFindings.push(finding("note", file, where(c.title), message("belowTable", { lastRow })));
    const totalCell = sheet.getCell(row, c.total);
    const printed = row <= lastRow && formulaOf(totalCell) === null ? numberOf(plainValue(totalCell.value)) : null;
    findings.push(...rowFindings);
    proposals.push({
      department,
      row,
      title,
      description: valueText(value(c.description)),
      kind: kind ?? null,
      kindText: kind === undefined ? kindText : "",
      amounts,
      total: exactSum(amounts.map((a) => a ?? 0)),
      printedTotal: printed ?? null,
      totalCell: where(c.total),
      fte,
      service: valueText(value(c.service)),
      staff: valueText(value(c.staff)),
      findings: rowFindings,
    });
  }
  return proposals;
}
