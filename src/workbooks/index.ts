/** Department workbooks: generate from the central workbook, consolidate the returned ones. Browser and Node. */
export {
  CENTRAL_SHEET,
  readCentral,
  readCentralSettings,
  readDepartmentTable,
  readThemeTable,
  type Central,
  type CentralDepartment,
  type CentralSettings,
  type CrossCuttingTheme,
  type TableAddress,
} from "./central/central";
export { isoDateOf } from "./dates";
export { generateDepartmentWorkbooks, readCentralFile, type GeneratedFile, type Progress } from "./generate/generate";
export { planDepartments, type DepartmentPlan, type GenerationPlan } from "./generate/plan";
export {
  consolidate,
  type Consolidation,
  type DepartmentStatus,
  type ExpectedDepartment,
  type ConsolidateOptions,
} from "./consolidate/consolidate";
export { buildCatalogueWorkbook, isCatalogueWorkbook, CATALOGUE_ID } from "./consolidate/catalogueWorkbook";
export {
  catalogueTable,
  columnTotals,
  findingsTable,
  statusTable,
  statusText,
  type Table,
  type TableCell,
  type Language,
} from "./consolidate/catalogueTables";
export { loadWorkbookBytes, workbookBytes } from "./file/excelBytes";
export { fillDepartmentWorkbook, type DepartmentInput, type ProposalInput } from "./generate/fill";
export { findingMessage, type Finding, type FindingKind } from "./consolidate/findings";
export {
  render,
  type CentralProblem,
  type FindingText,
  type GenerationWarning,
  type Message,
  type Problem,
  type RefusalReason,
} from "./messages";
export { SHEET, TEMPLATE_ID, TEMPLATE_VERSION, departmentLayout } from "./departmentLayout";
export { WorkbookProblems } from "./central/problems";
export { DEFAULT_LIMITS, openWorkbookSafely, RefusedFile, type ZipLimits } from "./file/safeOpen";
export type { ReturnedFile, ReturnedWorkbook } from "./consolidate/readReturned";
export type { Proposal } from "./consolidate/readProposals";
export type { SheetGrids, SheetValue } from "./values";
export { zipFiles } from "./file/zipFiles";
