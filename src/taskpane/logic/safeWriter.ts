/**
 * Every write a wizard makes goes through here, so that no wizard can lose the user's data:
 * cells that are not empty are only written over after a confirmation that names the range, the
 * range is kept as it was (values, formulas, number formats) so "Fortryd" can put it back exactly
 * (a text as text, see undoInputs), and each write and undo is recorded in the hidden log sheet.
 */
import { formatRange, rangeFrom, type RangeRef } from "../../sheet/address";
import type {
  RangeData,
  RangeLayout,
  SavedPageSetup,
  SavedValidation,
  WorkbookApi,
  WriteBlock,
} from "../../sheet/types";
import { partsOf } from "../../sheet/blockLayout";
import type { PlannedWrite, Text, WriteOutcome, Writer } from "../wizards/contract";
import type { Language } from "../../text/language";
import { UserError } from "./errorMessages";
import { logicText } from "./logicText";
import { logInputsText } from "./logWords";
import { describeOverwrite, type Overwrite } from "./overwrite";
import { undoInputs } from "./undoInputs";

/** The log's words for an undo. */
export const UNDO_METHOD: Text = logicText.undoMethod;

/** Asks the user whether to write over the filled cells in `address`; `overwrite` says how many and what changes. */
export type ConfirmOverwrite = (address: string, overwrite: Overwrite) => Promise<boolean>;

export interface UndoRecord {
  wizard: string;
  /** The range written. */
  address: string;
  /** The range as it was before, when the write went to an existing sheet. */
  before: RangeData | undefined;
  /** Its layout before (bold, widths, alignment, borders, font size), the parts the write set (on an existing sheet). */
  beforeLayout?: RangeLayout;
  /** The validations of the ranges the write puts drop-downs on, as they were (on an existing sheet). */
  beforeValidations?: SavedValidation[];
  /** The sheet's print settings before the write set them (on an existing sheet). */
  beforePageSetup?: SavedPageSetup;
  /** A sheet the write added; undo deletes it. */
  addedSheet: string | undefined;
  chart: { sheet: string; id: string } | undefined;
}

/** The addresses of the plan's drop-downs, each with its choices. */
function dropDowns(plan: PlannedWrite, target: RangeRef): { address: string; choices: string[] }[] {
  return (plan.validations ?? []).map((v) => {
    const start = { row: target.start.row + v.row, column: target.start.column + v.column };
    return { address: formatRange(rangeFrom(start, v.rows, v.columns, target.sheet)), choices: v.choices };
  });
}

/** Drop-downs and page setup after the block, where the workbook can do them (see PlannedWrite). */
async function applyExtras(workbook: WorkbookApi, plan: PlannedWrite, target: RangeRef): Promise<void> {
  const sheet = target.sheet as string;
  if (workbook.setListValidation)
    for (const validation of dropDowns(plan, target)) await workbook.setListValidation(validation);
  if (plan.pageSetup && workbook.setPageSetup) await workbook.setPageSetup(sheet, plan.pageSetup);
}

/**
 * What applyExtras is about to change on an existing sheet, so undo can put it back: where the
 * workbook cannot set drop-downs or page setup, the write changes none and nothing is read.
 */
async function extrasBefore(
  workbook: WorkbookApi,
  plan: PlannedWrite,
  target: RangeRef,
): Promise<Pick<UndoRecord, "beforeValidations" | "beforePageSetup">> {
  const before: Pick<UndoRecord, "beforeValidations" | "beforePageSetup"> = {};
  if (workbook.setListValidation && workbook.readValidation && plan.validations?.length) {
    const saved: SavedValidation[] = [];
    for (const v of dropDowns(plan, target)) saved.push(await workbook.readValidation(v.address));
    before.beforeValidations = saved;
  }
  if (plan.pageSetup && workbook.setPageSetup && workbook.readPageSetup)
    before.beforePageSetup = await workbook.readPageSetup(target.sheet as string);
  return before;
}

/** Puts back what extrasBefore read; the last drop-down first, should two of them overlap. */
async function restoreExtras(workbook: WorkbookApi, record: UndoRecord): Promise<void> {
  if (record.beforeValidations && workbook.restoreValidation)
    for (const saved of [...record.beforeValidations].reverse()) await workbook.restoreValidation(saved);
  if (record.beforePageSetup && workbook.restorePageSetup) await workbook.restorePageSetup(record.beforePageSetup);
}

/**
 * What undo needs besides the cells: the layout the write is about to change (bold, widths,
 * alignment, borders, font size). A sheet the write adds needs none (undo deletes it); widths are
 * the whole column's, so they are put back too.
 */
async function layoutBefore(
  workbook: WorkbookApi,
  block: WriteBlock,
  range: RangeRef,
): Promise<UndoRecord["beforeLayout"]> {
  const parts = partsOf(block);
  if (parts.length === 0) return undefined;
  return workbook.readLayout(range, parts);
}

export class SafeWriter implements Writer {
  private readonly history: UndoRecord[] = [];
  private readonly listeners = new Set<() => void>();
  /** The pane's language, in which the log names the wizard and the inputs. */
  private language: Language = "da";

  /** `wizardTitle` names a wizard by its id as the pane's tabs do; without it the log shows the id. */
  constructor(
    private readonly workbook: WorkbookApi,
    private readonly confirm: ConfirmOverwrite,
    private readonly now: () => Date = () => new Date(),
    private readonly wizardTitle: (id: string) => Text | undefined = () => undefined,
  ) {}

  /** The language the log's Guide and Indtastet columns are worded in from now on. */
  speak(language: Language): void {
    this.language = language;
  }

  /** The Guide and Indtastet columns in the pane's language; the JSON keeps the codes. */
  private shown(wizard: string, inputs: unknown): { wizard: string; inputs: string } {
    return {
      wizard: this.wizardTitle(wizard)?.[this.language] ?? wizard,
      inputs: logInputsText(inputs, this.language),
    };
  }

  async write(plan: PlannedWrite): Promise<WriteOutcome> {
    const rows = plan.block.formulas.length;
    const columns = plan.block.formulas[0]?.length ?? 0;
    if (rows === 0 || columns === 0 || plan.block.formulas.some((row) => row.length !== columns))
      throw new Error("a write must be a non-empty rectangular block");

    let addedSheet: string | undefined;
    let target = plan.topLeft;
    if (plan.newSheet !== undefined) {
      addedSheet = await this.workbook.addSheet(plan.newSheet);
      target = { ...plan.topLeft, sheet: addedSheet };
    }
    if (target.sheet === undefined) {
      const cell = formatRange(plan.topLeft);
      throw new UserError(logicText.notACellWithSheet(cell));
    }

    let before: RangeData | undefined;
    let beforeLayout: UndoRecord["beforeLayout"];
    let beforeExtras: Pick<UndoRecord, "beforeValidations" | "beforePageSetup"> = {};
    if (addedSheet === undefined) {
      before = await this.workbook.readRange(rangeFrom(target.start, rows, columns, target.sheet));
      const overwrite = describeOverwrite(before, plan.block, this.history);
      if (overwrite.occupied > 0 && !(await this.confirm(before.address, overwrite))) return { status: "cancelled" };
      beforeLayout = await layoutBefore(this.workbook, plan.block, before.range);
      beforeExtras = await extrasBefore(this.workbook, plan, target);
    }

    let written: string;
    try {
      written = await this.workbook.writeBlock(target, plan.block);
    } catch (error) {
      // A large block goes to Excel in parts; a refused part must not leave the earlier ones behind.
      await this.putBack(addedSheet, before, beforeLayout);
      throw error;
    }
    let chart: UndoRecord["chart"];
    if (plan.chart) {
      const sheet = addedSheet ?? plan.chart.sheet;
      chart = { sheet, id: await this.workbook.addChart({ ...plan.chart, sheet }) };
    }
    this.history.push({
      wizard: plan.wizard,
      address: written,
      before,
      beforeLayout,
      ...beforeExtras,
      addedSheet,
      chart,
    });
    await this.workbook.appendLog({
      time: this.now().toISOString(),
      wizard: plan.wizard,
      // The log is Danish throughout, for the auditor; nothing reads the English back.
      method: plan.method.da,
      target: written,
      inputs: JSON.stringify(plan.inputs),
      shown: this.shown(plan.wizard, plan.inputs),
    });
    this.changed();
    // After the record: should Excel refuse a drop-down or the page setup, the cells are written,
    // logged and can be undone; the refusal reaches the user as any workbook error does.
    await applyExtras(this.workbook, plan, target);
    return { status: "written", address: written };
  }

  /**
   * Puts the cells of a write that failed midway back as they were read, so the write's own error
   * is all the user sees; should that fail too, they are told the range is half written.
   */
  private async putBack(
    addedSheet: string | undefined,
    before: RangeData | undefined,
    beforeLayout: UndoRecord["beforeLayout"],
  ): Promise<void> {
    try {
      if (addedSheet !== undefined) await this.workbook.deleteSheet(addedSheet);
      else if (before)
        await this.workbook.writeBlock(before.range, {
          formulas: undoInputs(before),
          restoring: true,
          numberFormats: before.numberFormats,
          ...beforeLayout,
        });
    } catch {
      const where = before?.address ?? addedSheet ?? "";
      throw new UserError(logicText.partlyWritten(where));
    }
  }

  /** The write that "Fortryd" would undo. */
  last(): UndoRecord | undefined {
    return this.history[this.history.length - 1];
  }

  /** Puts back what the last write changed, exactly; returns the record undone. */
  async undo(): Promise<UndoRecord | undefined> {
    const record = this.last();
    if (!record) return undefined;
    try {
      if (record.chart) await this.workbook.removeChart(record.chart.sheet, record.chart.id);
      if (record.addedSheet !== undefined) await this.workbook.deleteSheet(record.addedSheet);
      else if (record.before) {
        // The range read before the write; the block goes back from its top-left cell.
        await this.workbook.writeBlock(record.before.range, {
          formulas: undoInputs(record.before),
          restoring: true,
          numberFormats: record.before.numberFormats,
          ...record.beforeLayout,
        });
        await restoreExtras(this.workbook, record);
      }
      await this.workbook.appendLog({
        time: this.now().toISOString(),
        wizard: record.wizard,
        method: UNDO_METHOD.da,
        target: record.address,
        inputs: "{}",
        shown: this.shown(record.wizard, {}),
      });
      // Only a completed undo leaves the history: after a failure "Fortryd" can be tried again.
      this.history.pop();
    } finally {
      this.changed();
    }
    return record;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
