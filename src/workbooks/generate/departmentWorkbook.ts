/** One department workbook, from its plan to the bytes of an .xlsx file. */
import ExcelJS from "exceljs";
import { writeCover } from "./coverSheet";
import { writeIdentitySheet } from "../identity";
import { departmentLayout, TEMPLATE_ID, TEMPLATE_VERSION, type LayoutShape } from "../departmentLayout";
import type { DepartmentPlan } from "./plan";
import { writeProposalsSheet } from "./proposalsSheet";
import { writeQuotaSheet } from "./quotaSheet";
import { LockedValues } from "./sheetStyle";
import { shareCellStyles } from "./sharedStyles";

/** exceljs's sheet protection record; kept off its typings, set directly so one password hash serves every sheet. */
type ProtectionRecord = Record<string, unknown>;
interface Protectable {
  sheetProtection: ProtectionRecord | null;
}

const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  spinCount: 100000,
};

/**
 * The protection for every sheet of a run. Hashing a password costs 100.000 SHA-512 rounds, so it is
 * done once and the record is shared instead of once per sheet of every department.
 */
export async function sheetProtection(password: string | null): Promise<ProtectionRecord> {
  const scratch = new ExcelJS.Workbook().addWorksheet("x");
  await scratch.protect(password ?? "", { ...ALLOWED });
  return { ...((scratch as unknown as Protectable).sheetProtection ?? {}) };
}

export function departmentFileName(plan: DepartmentPlan): string {
  return `${plan.settings.budgetYear}-${plan.code}.xlsx`;
}

export function layoutShapeOf(plan: DepartmentPlan): LayoutShape {
  return {
    firstYear: plan.settings.budgetYear,
    yearCount: plan.settings.outlineYears + 1,
    rows: plan.settings.proposalRows,
    themes: plan.themes.length,
    decimals: plan.settings.decimals,
  };
}

export function buildDepartmentWorkbook(plan: DepartmentPlan, protection: ProtectionRecord): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Råderum";
  workbook.title = `Omprioriteringsforslag ${plan.settings.budgetYear} – ${plan.code}`;
  workbook.created = new Date(plan.batch.created);
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  const layout = departmentLayout(layoutShapeOf(plan));
  const locked = new LockedValues();
  const sheets = [
    writeCover(workbook, plan, layout, locked),
    writeQuotaSheet(workbook, plan, layout, locked),
    writeProposalsSheet(workbook, plan, layout),
  ];
  const identity = writeIdentitySheet(workbook, {
    template: TEMPLATE_ID,
    version: TEMPLATE_VERSION,
    department: plan.code,
    batch: plan.batch.id,
    created: plan.batch.created,
    departments: plan.batch.departments,
    shape: layout.shape,
    locked: locked.cells,
  });
  for (const sheet of [...sheets, identity]) (sheet as unknown as Protectable).sheetProtection = { ...protection };
  shareCellStyles(workbook);
  return workbook;
}
