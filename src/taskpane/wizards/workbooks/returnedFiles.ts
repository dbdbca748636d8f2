/** Files from the file picker as the consolidator takes them, and the departments asked. */
import type { WorkbookApi } from "../../../sheet/types";
import type { ExpectedDepartment, ReturnedFile } from "../../../workbooks";
import { readCentralFromWorkbook } from "./centralSources";

/** Mirrors DEFAULT_LIMITS.maxFileBytes: a larger file is refused on its size without being read whole. */
const READ_WHOLE_UP_TO = 20 * 1024 * 1024;

export async function readPickedFiles(files: readonly File[]): Promise<ReturnedFile[]> {
  const returned: ReturnedFile[] = [];
  for (const file of files) {
    const part = file.size > READ_WHOLE_UP_TO ? file.slice(0, 8) : file;
    returned.push({
      name: file.name,
      bytes: new Uint8Array(await part.arrayBuffer()),
      modified: file.lastModified,
      size: file.size,
    });
  }
  return returned;
}

/** The departments of the department table, or undefined when it cannot be read (the files' own record is used then). */
export async function expectedDepartments(
  workbook: WorkbookApi,
  departmentTable: string,
): Promise<ExpectedDepartment[] | undefined> {
  if (!departmentTable.trim()) return undefined;
  try {
    // Only the department table is read; the settings are not needed to know who was asked.
    const central = await readCentralFromWorkbook(workbook, PLACEHOLDER_SETTINGS, departmentTable, "");
    return central.departments.map((d) => ({ code: d.code, name: d.name }));
  } catch {
    return undefined;
  }
}

const PLACEHOLDER_SETTINGS = {
  municipality: "",
  budgetYear: 2000,
  outlineYears: 0,
  rate: 0,
  decimals: 0,
  unit: "",
  deadline: "",
  contact: "",
  proposalRows: 5,
  password: null,
};
