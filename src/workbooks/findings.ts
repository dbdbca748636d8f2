/** What consolidation found in a returned workbook, each naming the file and, where there is one, the cell. */

export type FindingKind =
  /** The file could not be used at all (not an xlsx, damaged, a zip bomb, another template). */
  | "refused"
  /** A locked value (quota, shares, cover) differs from what was sent. */
  | "lockedAltered"
  /** The identification sheet itself was changed: its fingerprint no longer matches. */
  | "identityAltered"
  /** A formula cell holds a constant (or nothing) instead of its formula. */
  | "formulaReplaced"
  /** A formula cell holds another formula. */
  | "formulaChanged"
  /** A proposal's printed total differs from the sum of its amounts beyond rounding. */
  | "notAddingUp"
  /** A cell that should hold a number or a choice from a list holds something else. */
  | "invalidCell"
  /** Worth knowing, not wrong: a proposal without a title, a file returned twice. */
  | "note";

export interface Finding {
  kind: FindingKind;
  file: string;
  /** "Forslag!F14", when the finding is about one cell. */
  cell?: string;
  /** A complete sentence that starts with the file name (and the cell). */
  message: string;
}

export function finding(kind: FindingKind, file: string, cell: string | undefined, text: string): Finding {
  return { kind, file, ...(cell ? { cell } : {}), message: `${file}${cell ? `, ${cell}` : ""}: ${text}` };
}
