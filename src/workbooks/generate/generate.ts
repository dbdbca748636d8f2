/** Generation: from the central workbook to one department workbook per department. */
import { readCentral, type Central } from "../central/central";
import { buildDepartmentWorkbook, departmentFileName, sheetProtection } from "./departmentWorkbook";
import { partDeflate, workbookBytes } from "../file/excelBytes";
import { planDepartments, type GenerationPlan } from "./plan";
import { message, type GenerationWarning } from "../messages";
import { openWorkbookSafely, RefusedFile } from "../file/safeOpen";
import { WorkbookProblems } from "../central/problems";
import { gridsOfWorkbook } from "../values";

/**
 * Making a workbook no longer waits on a timer (exceljs's zip did), so a run of many departments
 * would hold the page until the last one: the page gets a turn every so often to show the progress.
 */
const YIELD_EVERY_MS = 50;

function aTurnForThePage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Called after each file: how many are done of how many, and which one was just done. */
export type Progress = (done: number, total: number, item: string) => void;

export interface GeneratedFile {
  /** File name, e.g. "2027-MSB.xlsx". */
  name: string;
  department: string;
  bytes: Uint8Array;
}

export interface GenerationResult {
  plan: GenerationPlan;
  files: GeneratedFile[];
  warnings: GenerationWarning[];
}

/** Reads a central workbook file; throws WorkbookProblems naming each sheet and cell that is wrong. */
export async function readCentralFile(bytes: Uint8Array, fileName?: string): Promise<Central> {
  try {
    return readCentral(gridsOfWorkbook(await openWorkbookSafely(bytes)));
  } catch (error) {
    if (error instanceof RefusedFile)
      throw new WorkbookProblems(message("cannotOpen", { file: fileName ?? null }), [error.reason]);
    throw error;
  }
}

/**
 * Builds every department's workbook in memory. Nothing is returned until all are built, so a
 * caller that writes files never leaves a partial set behind.
 */
export async function generateDepartmentWorkbooks(
  central: Central,
  options: { onProgress?: Progress; now?: Date } = {},
): Promise<GenerationResult> {
  const plan = planDepartments(central, options.now);
  const protection = await sheetProtection(central.settings.password);
  const files: GeneratedFile[] = [];
  const deflate = partDeflate();
  let turn = Date.now();
  for (const department of plan.departments) {
    if (Date.now() - turn > YIELD_EVERY_MS) {
      await aTurnForThePage();
      turn = Date.now();
    }
    const bytes = await workbookBytes(buildDepartmentWorkbook(department, protection), deflate);
    const name = departmentFileName(department);
    files.push({ name, department: department.code, bytes });
    options.onProgress?.(files.length, plan.departments.length, name);
  }
  return { plan, files, warnings: plan.warnings };
}
