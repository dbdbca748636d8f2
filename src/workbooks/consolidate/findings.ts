/** What consolidation found in a returned workbook, each naming the file and, where there is one, the cell. */
import { render, type FindingText, type Language } from "../messages";

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
  /** Rows below the proposals table hold something; they are not counted. */
  | "outsideTable"
  /** Worth knowing, not wrong: a proposal without a title, a file returned twice. */
  | "note";

export interface Finding {
  kind: FindingKind;
  file: string;
  /** "Forslag!F14", when the finding is about one cell. */
  cell?: string;
  /** What was found, as a message (code and parameters), so it can be shown in either language. */
  text: FindingText;
  /** The complete English sentence, starting with the file name (and the cell). */
  message: string;
}

export function finding(kind: FindingKind, file: string, cell: string | undefined, text: FindingText): Finding {
  const found = { kind, file, ...(cell ? { cell } : {}), text };
  return { ...found, message: findingMessage(found, "en") };
}

/** The finding's sentence in the language, after its file and cell: "2027-MSB.xlsx, Forslag!E11: ...". */
export function findingMessage(f: Pick<Finding, "file" | "cell" | "text">, language: Language): string {
  return `${f.file}${f.cell ? `, ${f.cell}` : ""}: ${render(f.text, language)}`;
}
