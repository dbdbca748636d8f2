/**
 * src/workbooks (with exceljs, about 1 MB) is loaded when the wizard first needs it, not with the
 * task pane, so that the other wizards open as fast as before.
 */
export type WorkbooksModule = typeof import("../../../workbooks");

let loading: Promise<WorkbooksModule> | undefined;

export function loadWorkbooks(): Promise<WorkbooksModule> {
  loading ??= import("../../../workbooks");
  return loading;
}
