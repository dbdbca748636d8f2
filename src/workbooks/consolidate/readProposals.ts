/** The proposals table of a returned workbook, row by row, with a finding for every cell that is not usable. */
import type ExcelJS from "exceljs";
import { exactSum } from "../../core";
import { finding, type Finding } from "./findings";
import { message } from "../messages";
import type { TextField } from "../messages/findingTexts";
import { cellAddress, INPUT_LIMITS, KINDS, SHEET, type DepartmentLayout, type ProposalKind } from "../departmentLayout";
import type { DroppedRows, SheetScan } from "../file/sheetXml";
import { formulaOf, isBlankValue, looksLikeFormula, numberOf, plainValue, valueText, type SheetValue } from "../values";

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

function kindOf(text: string): ProposalKind | null | undefined {
  if (text === "") return null;
  const lower = text.toLowerCase();
  return KINDS.find((k) => k.da.toLowerCase() === lower || k.id === lower)?.id;
}

/** Decimal places of a number as written in its shortest form (1e-7 has 7). */
function fractionDigits(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}

/** Something not foreseen went wrong while reading a row: the file is refused, naming the row. */
export class RowReadFailure extends Error {
  constructor(
    readonly cell: string,
    detail: string,
  ) {
    super(detail);
    this.name = "RowReadFailure";
  }
}

/** Rows below the table that hold a value: read ones from the sheet, those past MAX_ROWS from the scan. */
function rowsBelowTable(sheet: ExcelJS.Worksheet, lastRow: number, scan: SheetScan | undefined): DroppedRows | null {
  let found: DroppedRows | null = null;
  const add = (first: number, last: number, count: number) => {
    found = found
      ? { count: found.count + count, first: Math.min(found.first, first), last: Math.max(found.last, last) }
      : { count, first, last };
  };
  for (let row = lastRow + 1; row <= sheet.rowCount; row++) if (sheet.getRow(row).hasValues) add(row, row, 1);
  if (scan?.dropped) add(scan.dropped.first, scan.dropped.last, scan.dropped.count);
  return found;
}

export function readProposals(
  sheet: ExcelJS.Worksheet,
  layout: DepartmentLayout,
  department: string,
  file: string,
  findings: Finding[],
  scan?: SheetScan,
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
  const proposals: Proposal[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    try {
      const proposal = readRow(sheet, layout, row, inputColumns, department, file, scan);
      if (!proposal) continue;
      findings.push(...proposal.findings);
      proposals.push(proposal);
    } catch (error) {
      throw new RowReadFailure(
        `${SHEET.proposals}!${row}:${row}`,
        error instanceof Error ? error.message : String(error),
      );
    }
  }
  const below = rowsBelowTable(sheet, lastRow, scan);
  if (below)
    findings.push(
      finding(
        "outsideTable",
        file,
        `${SHEET.proposals}!${below.first}:${below.last}`,
        message("rowsBelowTable", { ...below, lastRow }),
      ),
    );
  return proposals;
}

function readRow(
  sheet: ExcelJS.Worksheet,
  layout: DepartmentLayout,
  row: number,
  inputColumns: readonly number[],
  department: string,
  file: string,
  scan: SheetScan | undefined,
): Proposal | undefined {
  const c = layout.proposals.column;
  const value = (column: number): SheetValue => plainValue(sheet.getCell(row, column).value);
  if (inputColumns.every((column) => isBlankValue(value(column)) && formulaOf(sheet.getCell(row, column)) === null))
    return undefined;
  const rowFindings: Finding[] = [];
  const where = (column: number) => `${SHEET.proposals}!${cellAddress(row, column)}`;
  /** `year` null is the FTE cell, which no sheet total sums, so text there needs no note. */
  const number = (column: number, year: number | null): number | null => {
    const raw = value(column);
    const date = scan?.dates.get(cellAddress(row, column));
    if (date !== undefined) {
      rowFindings.push(finding("invalidCell", file, where(column), message("dateInAmount", { year, date })));
      return null;
    }
    const formula = formulaOf(sheet.getCell(row, column));
    if (formula !== null) {
      rowFindings.push(
        finding("invalidCell", file, where(column), message("formulaInAmount", { year, formula, value: raw })),
      );
      return null;
    }
    const n = numberOf(raw);
    if (n === undefined) {
      rowFindings.push(finding("invalidCell", file, where(column), message("notNumber", { year, value: raw })));
      return null;
    }
    if (n === null) return null;
    if (year !== null && Math.abs(n) >= INPUT_LIMITS.amountBelow) {
      const below = INPUT_LIMITS.amountBelow;
      rowFindings.push(
        finding("invalidCell", file, where(column), message("amountOutOfRange", { year, value: n, below })),
      );
      return null;
    }
    if (year === null && (n < INPUT_LIMITS.fteMin || n > INPUT_LIMITS.fteMax)) {
      const range = { min: INPUT_LIMITS.fteMin, max: INPUT_LIMITS.fteMax };
      rowFindings.push(finding("invalidCell", file, where(column), message("fteOutOfRange", { value: n, ...range })));
      return null;
    }
    if (year !== null && typeof raw === "string")
      rowFindings.push(finding("note", file, where(column), message("amountAsText", { year, typed: raw, read: n })));
    const decimals = layout.shape.decimals;
    if (year !== null && fractionDigits(n) > decimals)
      rowFindings.push(finding("note", file, where(column), message("amountTooPrecise", { year, value: n, decimals })));
    return n;
  };
  const text = (column: number, field: TextField): string => {
    const raw = value(column);
    const formula = formulaOf(sheet.getCell(row, column));
    const shown = valueText(raw);
    if (formula !== null)
      rowFindings.push(
        finding("note", file, where(column), message("formulaInText", { field, formula, value: shown })),
      );
    else if (typeof raw === "string" && looksLikeFormula(raw))
      rowFindings.push(finding("note", file, where(column), message("formulaLikeText", { field, typed: raw })));
    return shown;
  };
  const title = text(c.title, "title");
  const description = text(c.description, "description");
  const kindText = text(c.kind, "kind");
  const amounts = layout.years.map((year, y) => number(c.firstYear + y, year));
  const fte = number(c.fte, null);
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
  if (title === "") rowFindings.push(finding("note", file, where(c.title), message("noTitle", {})));
  const service = text(c.service, "service");
  const staff = text(c.staff, "staff");
  const totalCell = sheet.getCell(row, c.total);
  const printed = formulaOf(totalCell) === null ? numberOf(plainValue(totalCell.value)) : null;
  return {
    department,
    row,
    title,
    description,
    kind: kind ?? null,
    kindText: kind === undefined ? kindText : "",
    amounts,
    total: exactSum(amounts.map((a) => a ?? 0)),
    printedTotal: printed ?? null,
    totalCell: where(c.total),
    fte,
    service,
    staff,
    findings: rowFindings,
  };
}
