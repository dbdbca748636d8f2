/**
 * The contract between the task pane and a wizard. A wizard is a React component that receives
 * WizardProps; it reads the workbook through `workbook` and writes only through `writer`, which
 * previews nothing itself but guarantees the rest of "never lose the user's data": it asks for an
 * explicit confirmation naming the range before writing over non-empty cells, records the write in
 * the hidden log sheet and makes it undoable with the pane's "Fortryd" button.
 */
import type { ComponentType } from "react";
import type { RangeRef } from "../../sheet/address";
import type { ChartSpec, PageSetup, WorkbookApi, WriteBlock } from "../../sheet/types";

import type { Language } from "../../text/language";
import type { Text } from "../../text/bilingual";

export type { Language, Text };

export type OutputKind = "formula" | "values";

/** The fields of a wizard's input that say what is written where. */
export interface OutputSettings {
  /** Formula or values; a wizard that always writes one kind has none and shows no choice. */
  output?: OutputKind;
  /** Top-left cell of the output, with its sheet. */
  target: string;
  /** Write on a new sheet instead (at A1). */
  newSheet: boolean;
}

/** One write a wizard asks for, after the user has seen its preview. */
export interface PlannedWrite {
  /** The wizard's id, for the log. */
  wizard: string;
  /**
   * How the result was made, in words, for the log. The log sheet shows the Danish (it is read by
   * Danish auditors); BUDGET functions are named as each language's Excel names them.
   */
  method: Text;
  /** The inputs as the user gave them; logged as JSON. */
  inputs: unknown;
  /**
   * The top-left cell (start = end) with its sheet, as the wizard parsed it from the user's target;
   * without a sheet when `newSheet` is given: the cell is then on the sheet the write adds.
   */
  topLeft: RangeRef;
  block: WriteBlock;
  /** Create this sheet first (undo deletes it again); the topLeft is a cell of it. */
  newSheet?: string;
  /** A chart inserted after the block is written (undo removes it). */
  chart?: ChartSpec;
  /**
   * Drop-down lists on parts of the block, as rows and columns from its top-left cell. Applied only
   * where the workbook has setListValidation; a wizard that needs them tells the user when it has not.
   */
  validations?: { row: number; column: number; rows: number; columns: number; choices: string[] }[];
  /** How the written sheet prints; applied only where the workbook has setPageSetup. */
  pageSetup?: PageSetup;
}

export type WriteOutcome =
  | { status: "written"; address: string }
  /** The user declined to write over the non-empty cells. */
  | { status: "cancelled" };

export interface Writer {
  /** Writes after confirmation where needed; rejects with a user-facing Error when the workbook fails. */
  write(plan: PlannedWrite): Promise<WriteOutcome>;
}

/** What every wizard component receives. New fields are only ever added as optional. */
export interface WizardProps {
  workbook: WorkbookApi;
  language: Language;
  writer: Writer;
}

/** An entry in the wizard list (see registry.ts). */
export interface WizardDefinition {
  /** Stable id, also used in the log and in test ids: "allocation", "quota", "departments", ... */
  id: string;
  title: Text;
  /** One short sentence shown under the title. */
  description: Text;
  component: ComponentType<WizardProps>;
}
