/**
 * The central department table, the cross-cutting savings and the settings sheet, read from the
 * open workbook through the WorkbookApi, so the same code runs in Excel and in the playground.
 */
import { cellName, quoteSheet } from "../../../sheet/address";
import type { RangeData, WorkbookApi } from "../../../sheet/types";
import type {
  Central,
  CentralProblem,
  CentralSettings,
  SheetGrids,
  SheetValue,
  TableAddress,
} from "../../../workbooks";
import { MissingInput, UserError } from "../../logic/errorMessages";
import { loadWorkbooks } from "./loadWorkbooks";
import { listText } from "./messageText";
import { workbooksText } from "./workbooksText";

/** How far a table given as a whole sheet is read; the readers stop at the first blank row. */
const SHEET_EXTENT = "A1:Z600";
export const SETTINGS_SHEET = "Indstillinger";

function gridOf(data: RangeData): SheetValue[][] {
  return data.values.map((row) => row.map((value) => (value === "" ? null : value)));
}

/** A name, a sheet's name (read as the whole sheet) or an address. */
async function resolveTable(workbook: WorkbookApi, text: string): Promise<string> {
  const wanted = text.trim();
  const names = await workbook.listNames();
  if (names.some((n) => n.name.toLowerCase() === wanted.toLowerCase())) return wanted;
  const sheets = await workbook.listSheets();
  const sheet = sheets.find((s) => s.toLowerCase() === wanted.replace(/^'(.*)'$/, "$1").toLowerCase());
  return sheet ? `${quoteSheet(sheet)}!${SHEET_EXTENT}` : wanted;
}

async function readTable(
  workbook: WorkbookApi,
  text: string,
): Promise<{ rows: SheetValue[][]; address: TableAddress; where: string }> {
  let data: RangeData;
  try {
    data = await workbook.readRange(await resolveTable(workbook, text));
  } catch {
    throw new UserError(workbooksText.cannotReadTypeAddress(text));
  }
  const sheet = data.range.sheet ?? "";
  const start = data.range.start;
  const address: TableAddress = (row, column) =>
    `${sheet}!${cellName({ row: start.row + row - 1, column: start.column + column - 1 })}`;
  return { rows: gridOf(data), address, where: data.address };
}

/** The settings sheet of a central workbook opened in Excel, when there is one. */
export async function readSettingsSheet(workbook: WorkbookApi): Promise<Partial<CentralSettings> | undefined> {
  const sheets = await workbook.listSheets();
  const sheet = sheets.find((s) => s.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (!sheet) return undefined;
  const data = await workbook.readRange(`${quoteSheet(sheet)}!A1:B60`);
  const rows = gridOf(data);
  const grids: SheetGrids = {
    names: [SETTINGS_SHEET],
    rows: (name) => (name.toLowerCase() === SETTINGS_SHEET.toLowerCase() ? rows : undefined),
  };
  const { readCentralSettings } = await loadWorkbooks();
  return readCentralSettings(grids).settings;
}

/** The central workbook's content from the open workbook; throws a UserError listing every cell that cannot be used. */
export async function readCentralFromWorkbook(
  workbook: WorkbookApi,
  settings: CentralSettings,
  departmentTable: string,
  themeTable: string,
): Promise<Central> {
  const workbooks = await loadWorkbooks();
  const { readDepartmentTable, readThemeTable } = workbooks;
  const problems: CentralProblem[] = [];
  if (!departmentTable.trim()) throw new MissingInput(workbooksText.selectDepartmentTableCode);
  const departments = await readTable(workbook, departmentTable);
  const central: Central = {
    settings,
    departments: readDepartmentTable(departments.rows, departments.address, problems),
    themes: [],
    warnings: [],
  };
  if (themeTable.trim()) {
    const themes = await readTable(workbook, themeTable);
    central.themes = readThemeTable(themes.rows, settings, themes.address, problems);
  }
  if (problems.length > 0) {
    const list = listText(workbooks, problems);
    throw new UserError(workbooksText.tablesCannotUsedYet(list));
  }
  return central;
}
