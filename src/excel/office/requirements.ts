/**
 * Run-time checks of Office.js requirement sets. The manifest asks for little (it must load on older
 * Excel for the custom functions), so features from later sets are asked for before use.
 */

/** A requirement set, e.g. ExcelApi 1.9. */
export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** Whether this Excel has the set. Never throws: no Office means no set. */
export function requirementSupported(set: RequirementSet): boolean {
  try {
    // Office.context is only there once Office.onReady has run; in node tests Office is not there at all.
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set.name, set.version);
  } catch {
    return false;
  }
}
