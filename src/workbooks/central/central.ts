/**
 * The central workbook: the finance department's settings, department table and cross-cutting
 * savings, read defensively. Every problem is collected with its sheet and cell, and all are
 * reported together (see docs/workbooks.md for the layout).
 */
import { isValidDecimals, MAX_DECIMALS } from "../../core";
import { isoDateOf } from "../dates";
import { cellAddress } from "../departmentLayout";
import { message, type AmountField, type CentralProblem, type GenerationWarning } from "../messages";
import { WorkbookProblems } from "./problems";
import { isBlankValue, numberOf, valueText, type SheetGrids, type SheetValue } from "../values";

export const CENTRAL_SHEET = {
  settings: "Indstillinger",
  departments: "Afdelinger",
  crossCutting: "Tværgående",
} as const;

export interface CentralSettings {
  municipality: string;
  budgetYear: number;
  /** How many outline years follow the budget year (0 to 5). */
  outlineYears: number;
  /** The savings rate as a fraction: 1 % is 0.01. */
  rate: number;
  /** Places amounts are rounded to, in the unit. */
  decimals: number;
  /** The unit amounts are stated in, e.g. "mio. kr.". */
  unit: string;
  /** ISO date. */
  deadline: string;
  contact: string;
  /** Input rows in each department's proposals table. */
  proposalRows: number;
  /** Sheet protection password; null protects without one. */
  password: string | null;
}

export interface CentralDepartment {
  code: string;
  name: string;
  budget: number;
  exempt: number;
  /** The administrative key share as a fraction (28,4 % is 0.284); null when the key is derived. */
  key: number | null;
  /** Row in the departments sheet, for messages. */
  row: number;
}

export interface CrossCuttingTheme {
  name: string;
  /** One total per year, budget year first. */
  totals: number[];
  row: number;
}

export interface Central {
  settings: CentralSettings;
  departments: CentralDepartment[];
  themes: CrossCuttingTheme[];
  /** Things worth knowing that do not stop generation (a key that does not add up to 100 %). */
  warnings: GenerationWarning[];
}

export const MAX_DEPARTMENTS = 500;
const CODE = /^[A-Za-z0-9ÆØÅæøå_-]{1,20}$/;
const TOTAL_ROW = /^(i alt|total|sum)$/i;

/** Every problem found, as a message (code and parameters) so it can be shown in either language. */
type Problems = CentralProblem[];

function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[:.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const SETTING_LABELS = {
  municipality: ["kommune", "municipality"],
  budgetYear: ["budgetår", "budget year"],
  outlineYears: ["antal overslagsår", "overslagsår", "outline years"],
  rate: ["sats", "rate"],
  decimals: ["decimaler", "decimals"],
  unit: ["enhed", "beløb i", "unit"],
  deadline: ["frist", "afleveringsfrist", "deadline"],
  contact: ["kontakt", "kontaktperson", "contact"],
  proposalRows: ["forslagsrækker", "antal forslagsrækker", "proposal rows"],
  password: ["adgangskode", "password"],
} as const;
type SettingName = keyof typeof SETTING_LABELS;

interface Located {
  value: SheetValue;
  where: string;
}

/** Settings are label/value pairs in columns A and B, found by label so rows may move. */
function settingCells(grids: SheetGrids, problems: Problems): Map<SettingName, Located> {
  const found = new Map<SettingName, Located>();
  const sheet = CENTRAL_SHEET.settings;
  const rows = grids.rows(sheet);
  if (!rows) {
    problems.push(message("settingsSheetMissing", { sheet }));
    return found;
  }
  rows.forEach((row, r) => {
    const label = row[0];
    if (typeof label !== "string") return;
    const normalized = normalizeLabel(label);
    for (const [name, labels] of Object.entries(SETTING_LABELS) as [SettingName, readonly string[]][]) {
      if (!labels.includes(normalized)) continue;
      const where = `${sheet}!${cellAddress(r + 1, 2)}`;
      if (found.has(name)) problems.push(message("settingTwice", { where, label }));
      else found.set(name, { value: row[1] ?? null, where });
    }
  });
  return found;
}

function readSettings(grids: SheetGrids, problems: Problems): CentralSettings {
  const cells = settingCells(grids, problems);
  const sheet = CENTRAL_SHEET.settings;
  const label = (name: SettingName): string => SETTING_LABELS[name][0];
  const missing = (name: SettingName): CentralProblem => message("settingMissing", { sheet, label: label(name) });
  const blank = (name: SettingName, cell: Located | undefined): CentralProblem =>
    cell ? message("settingBlank", { where: cell.where, label: label(name) }) : missing(name);
  const text = (name: SettingName, fallback?: string): string => {
    const cell = cells.get(name);
    if (!cell || isBlankValue(cell.value)) {
      if (fallback !== undefined) return fallback;
      problems.push(blank(name, cell));
      return "";
    }
    return valueText(cell.value);
  };
  type Check = (n: number, where: string, label: string) => CentralProblem | null;
  const number = (name: SettingName, check: Check, fallback?: number): number => {
    const cell = cells.get(name);
    if (!cell || isBlankValue(cell.value)) {
      if (fallback !== undefined) return fallback;
      problems.push(blank(name, cell));
      return Number.NaN;
    }
    const n = numberOf(cell.value);
    if (n === undefined || n === null) {
      problems.push(message("settingNotNumber", { where: cell.where, label: label(name), value: cell.value }));
      return Number.NaN;
    }
    const complaint = check(n, cell.where, label(name));
    if (complaint) problems.push(complaint);
    return n;
  };
  const whole =
    (low: number, high: number, valid: (n: number) => boolean = Number.isInteger): Check =>
    (value, where, label) =>
      valid(value) && value >= low && value <= high
        ? null
        : message("settingNotWhole", { where, label, value, low, high });

  const deadlineCell = cells.get("deadline");
  let deadline = "";
  if (!deadlineCell || isBlankValue(deadlineCell.value)) {
    problems.push(deadlineCell ? message("deadlineBlank", { where: deadlineCell.where }) : missing("deadline"));
  } else {
    deadline = isoDateOf(deadlineCell.value) ?? "";
    if (!deadline) problems.push(message("deadlineNotDate", { where: deadlineCell.where, value: deadlineCell.value }));
  }
  const password = text("password", "");
  return {
    municipality: text("municipality"),
    budgetYear: number("budgetYear", whole(2000, 2200)),
    outlineYears: number("outlineYears", whole(0, 5), 3),
    rate: number("rate", (value, where, label) =>
      value < 0
        ? message("rateNegative", { where, label, value })
        : value > 1
          ? message("rateTooLarge", { where, label, value })
          : null,
    ),
    decimals: number("decimals", whole(0, MAX_DECIMALS, isValidDecimals), 1),
    unit: text("unit", "mio. kr."),
    deadline,
    contact: text("contact"),
    proposalRows: number("proposalRows", whole(5, 500), 40),
    password: password === "" ? null : password,
  };
}

/**
 * Finds the columns of a header row by name, so that columns may be reordered or added. An earlier
 * alias wins over a later one ("Kode" over "Afdeling" for the code), and a trailing year is ignored
 * ("Budget 2027" is the budget).
 */
function headerColumns<K extends string>(
  header: readonly SheetValue[],
  names: Record<K, readonly string[]>,
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  const rank: Partial<Record<K, number>> = {};
  header.forEach((value, c) => {
    if (typeof value !== "string") return;
    const label = normalizeLabel(value).replace(/\s+\d{4}$/, "");
    for (const [key, aliases] of Object.entries(names) as [K, readonly string[]][]) {
      const index = aliases.indexOf(label);
      if (index >= 0 && (rank[key] === undefined || index < (rank[key] ?? 0))) {
        columns[key] = c;
        rank[key] = index;
      }
    }
  });
  return columns;
}

const DEPARTMENT_HEADERS = {
  code: ["kode", "forkortelse", "afdeling", "code", "department"],
  name: ["navn", "afdelingsnavn", "name"],
  budget: ["budget", "vedtaget budget", "serviceudgifter"],
  exempt: ["undtaget", "undtagelser", "exempt"],
  key: ["nøgle", "administrativ nøgle", "fordelingsnøgle", "key"],
} as const;

/** The data rows of a table below its header: up to the first blank row or an "I alt" row. */
function tableRows(rows: readonly (readonly SheetValue[])[]): { row: readonly SheetValue[]; number: number }[] {
  const result: { row: readonly SheetValue[]; number: number }[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every(isBlankValue)) break;
    const first = valueText(row[0] ?? null);
    const second = valueText(row[1] ?? null);
    if (TOTAL_ROW.test(first) || TOTAL_ROW.test(second)) break;
    result.push({ row, number: r + 1 });
  }
  return result;
}

/**
 * Where a cell of a table read from a sheet is: row 1 and column 1 are the table's top-left cell
 * (its header), which need not be the sheet's A1 when the table is a range in the open workbook.
 */
export type TableAddress = (row: number, column: number) => string;

function sheetTable(sheet: string): TableAddress {
  return (row, column) => `${sheet}!${cellAddress(row, column)}`;
}

function readDepartments(grids: SheetGrids, problems: Problems): CentralDepartment[] {
  const sheet = CENTRAL_SHEET.departments;
  const rows = grids.rows(sheet);
  if (!rows) {
    problems.push(message("departmentsSheetMissing", { sheet }));
    return [];
  }
  return readDepartmentTable(rows, sheetTable(sheet), problems);
}

/** The department table (header row first); every problem is added with its cell. */
export function readDepartmentTable(
  rows: readonly (readonly SheetValue[])[],
  address: TableAddress,
  problems: Problems,
): CentralDepartment[] {
  const columns = headerColumns(rows[0] ?? [], DEPARTMENT_HEADERS);
  for (const required of ["code", "budget"] as const) {
    if (columns[required] === undefined)
      problems.push(message("columnMissing", { where: address(1, 1), column: DEPARTMENT_HEADERS[required][0] }));
  }
  if (columns.code === undefined || columns.budget === undefined) return [];
  const at = (row: number, column: number | undefined) => address(row, (column ?? 0) + 1);
  const body = tableRows(rows);
  if (body.length === 0) problems.push(message("departmentTableEmpty", { where: address(2, 1) }));
  if (body.length > MAX_DEPARTMENTS)
    problems.push(message("tooManyDepartments", { where: address(1, 1), count: body.length, max: MAX_DEPARTMENTS }));
  const seen = new Map<string, number>();
  const amount = (value: SheetValue, where: string, field: AmountField, blank: number | null): number => {
    const n = numberOf(value);
    if (n === null && blank !== null) return blank;
    if (n === null || n === undefined) {
      problems.push(message("amountNotNumber", { where, field, value, blankAllowed: blank !== null }));
      return 0;
    }
    return n;
  };
  const departments = body.slice(0, MAX_DEPARTMENTS).map(({ row, number }) => {
    const cell = (column: number | undefined): SheetValue => (column === undefined ? null : (row[column] ?? null));
    const code = valueText(cell(columns.code));
    if (!CODE.test(code))
      problems.push(message("codeUnusable", { where: at(number, columns.code), value: cell(columns.code) }));
    const previous = seen.get(code.toUpperCase());
    if (code && previous !== undefined)
      problems.push(message("codeTwice", { where: at(number, columns.code), code, row: previous }));
    seen.set(code.toUpperCase(), number);
    // Without a name column the code is the name; a blank name in a name column is a mistake.
    const name = columns.name === undefined ? code : valueText(cell(columns.name));
    if (!name) problems.push(message("nameBlank", { where: at(number, columns.name) }));
    const budget = amount(cell(columns.budget), at(number, columns.budget), "budget", null);
    const exempt = amount(cell(columns.exempt), at(number, columns.exempt), "exempt amount", 0);
    let key: number | null = null;
    if (columns.key !== undefined && !isBlankValue(cell(columns.key))) {
      key = amount(cell(columns.key), at(number, columns.key), "key share", null);
      if (key < 0) problems.push(message("keyNegative", { where: at(number, columns.key), value: key }));
    }
    return { code, name, budget, exempt, key, row: number };
  });
  const keyed = departments.filter((d) => d.key !== null).length;
  if (keyed > 0 && keyed < departments.length) {
    const blank = departments.find((d) => d.key === null);
    problems.push(message("keyPartlyBlank", { where: at(blank?.row ?? 2, columns.key) }));
  }
  return departments;
}

function readThemes(grids: SheetGrids, settings: CentralSettings, problems: Problems): CrossCuttingTheme[] {
  const sheet = CENTRAL_SHEET.crossCutting;
  const rows = grids.rows(sheet);
  if (!rows) return [];
  return readThemeTable(rows, settings, sheetTable(sheet), problems);
}

/** The cross-cutting savings table: a header row of years from column 2, then one theme a row. */
export function readThemeTable(
  rows: readonly (readonly SheetValue[])[],
  settings: CentralSettings,
  address: TableAddress,
  problems: Problems,
): CrossCuttingTheme[] {
  if (!Number.isInteger(settings.budgetYear)) return [];
  const header = rows[0] ?? [];
  const yearCount = settings.outlineYears + 1;
  for (let y = 0; y < yearCount; y++) {
    const value = header[y + 1] ?? null;
    const expected = settings.budgetYear + y;
    if (numberOf(value) !== expected)
      problems.push(message("yearHeaderWrong", { where: address(1, y + 2), value, year: expected }));
  }
  return tableRows(rows).map(({ row, number }) => {
    const name = valueText(row[0] ?? null);
    if (!name) problems.push(message("themeNameBlank", { where: address(number, 1) }));
    const totals = Array.from({ length: yearCount }, (_, y) => {
      const value = row[y + 1] ?? null;
      const n = numberOf(value);
      if (n === undefined) {
        problems.push(message("savingNotNumber", { where: address(number, y + 2), value }));
        return 0;
      }
      return n ?? 0;
    });
    return { name, totals, row: number };
  });
}

/** The settings sheet alone (the task pane fills its form from it); problems are returned, not thrown. */
export function readCentralSettings(grids: SheetGrids): { settings: CentralSettings; problems: CentralProblem[] } {
  const problems: Problems = [];
  return { settings: readSettings(grids, problems), problems };
}

/** Reads and checks the central workbook; throws WorkbookProblems listing every problem found. */
export function readCentral(grids: SheetGrids): Central {
  const problems: Problems = [];
  const settings = readSettings(grids, problems);
  const departments = readDepartments(grids, problems);
  const themes = readThemes(grids, settings, problems);
  if (problems.length > 0) throw new WorkbookProblems(message("centralUnusable", {}), problems);
  return { settings, departments, themes, warnings: [] };
}
