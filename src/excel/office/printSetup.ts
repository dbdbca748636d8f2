/**
 * Drop-down lists (ExcelApi 1.8) and page setup (ExcelApi 1.9), which the negotiation sheet and the
 * council's annex ask for. The manifest requires less, so the adapter offers them only where these
 * checks say Excel has them; elsewhere the sheets still work and the pane says what is missing.
 */
import type { ListValidation, PageSetup, SavedPageSetup, SavedValidation } from "../../sheet/types";
import { loaded } from "./loaded";
import { requirementSupported } from "./requirements";

/** The requirement set that brought Range.dataValidation. */
export const DATA_VALIDATION_SET = { name: "ExcelApi", version: "1.8" } as const;
/** The requirement set that brought Worksheet.pageLayout. */
export const PAGE_LAYOUT_SET = { name: "ExcelApi", version: "1.9" } as const;

export function listValidationSupported(): boolean {
  return requirementSupported(DATA_VALIDATION_SET);
}

export function pageSetupSupported(): boolean {
  return requirementSupported(PAGE_LAYOUT_SET);
}

/** Runs a batch in Excel and explains a failure in terms of `subject` (the adapter's guarded run). */
export type InBatch = <T>(subject: string, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** setListValidation for the adapter; make it only where listValidationSupported() said yes. */
export function listValidator(
  inBatch: InBatch,
  resolve: (context: Excel.RequestContext, address: string) => Promise<Excel.Range>,
): (v: ListValidation) => Promise<void> {
  return (v) =>
    inBatch(v.address, async (context) => {
      const range = await resolve(context, v.address);
      // Excel refuses a new rule over an existing one: a re-run on the same sheet clears it first.
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.choices.join(",") } };
      await context.sync();
    });
}

/** Header text as printed: "&" starts one of Excel's header codes, so a literal one is doubled. */
function headerText(text: string | undefined): string {
  return (text ?? "").replace(/&/g, "&&");
}

/** setPageSetup for the adapter (A4, orientation, title rows, fit to width, header); only where pageSetupSupported() said yes. */
export function pageSetter(inBatch: InBatch): (sheet: string, setup: PageSetup) => Promise<void> {
  return (sheet, setup) =>
    inBatch(sheet, async (context) => {
      const layout = context.workbook.worksheets.getItem(sheet).pageLayout;
      layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      if (setup.titleRows) layout.setPrintTitleRows(`$${setup.titleRows[0]}:$${setup.titleRows[1]}`);
      if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (setup.header) {
        const page = layout.headersFooters.defaultForAllPages;
        page.leftHeader = headerText(setup.header.left);
        page.centerHeader = headerText(setup.header.center);
        page.rightHeader = headerText(setup.header.right);
      }
      await context.sync();
    });
}

/** One rule as Excel holds it, with its prompt and alert, to be set back as read. */
interface RuleAsRead {
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

/** What readValidation keeps: no rule, one rule on the whole range, or each cell's (null: none). */
type ValidationAsRead =
  { kind: "none" } | { kind: "whole"; rule: RuleAsRead } | { kind: "cells"; cells: (RuleAsRead | null)[][] };

const RULE_PROPERTIES = "type,rule,ignoreBlanks,prompt,errorAlert";

function ruleAsRead(validation: Excel.DataValidation): RuleAsRead | null {
  if (validation.type === "None") return null;
  // Excel answers every kind of rule with the unused kinds empty; only the one in use is set back.
  const rule = Object.fromEntries(
    Object.entries(validation.rule).filter(([, value]) => value !== null && value !== undefined),
  ) as Excel.DataValidationRule;
  return { rule, ignoreBlanks: validation.ignoreBlanks, prompt: validation.prompt, errorAlert: validation.errorAlert };
}

function setRule(validation: Excel.DataValidation, read: RuleAsRead): void {
  validation.rule = read.rule;
  validation.ignoreBlanks = read.ignoreBlanks;
  validation.prompt = read.prompt;
  validation.errorAlert = read.errorAlert;
}

/**
 * readValidation for the adapter, made with listValidator. A range whose cells differ ("Inconsistent",
 * "MixedCriteria") is read cell by cell, in one more round trip, so undo can set each back.
 */
export function validationReader(
  inBatch: InBatch,
  resolve: (context: Excel.RequestContext, address: string) => Promise<Excel.Range>,
): (address: string) => Promise<SavedValidation> {
  return (address) =>
    inBatch(address, async (context) => {
      const range = await resolve(context, address);
      range.load("rowCount,columnCount");
      range.dataValidation.load(RULE_PROPERTIES);
      await context.sync();
      const type = loaded(range.dataValidation.type, "dataValidation.type");
      if (type === "None") return { address, state: { kind: "none" } satisfies ValidationAsRead };
      if (type !== "Inconsistent" && type !== "MixedCriteria")
        return { address, state: { kind: "whole", rule: ruleAsRead(range.dataValidation) } as ValidationAsRead };
      const validations: Excel.DataValidation[][] = [];
      for (let r = 0; r < loaded(range.rowCount, "rowCount"); r++) {
        const row: Excel.DataValidation[] = [];
        for (let c = 0; c < loaded(range.columnCount, "columnCount"); c++) {
          const validation = range.getCell(r, c).dataValidation;
          validation.load(RULE_PROPERTIES);
          row.push(validation);
        }
        validations.push(row);
      }
      await context.sync();
      const cells = validations.map((row) => row.map(ruleAsRead));
      return { address, state: { kind: "cells", cells } satisfies ValidationAsRead };
    });
}

/** restoreValidation for the adapter: the range cleared, then the rule(s) read set back. */
export function validationRestorer(
  inBatch: InBatch,
  resolve: (context: Excel.RequestContext, address: string) => Promise<Excel.Range>,
): (saved: SavedValidation) => Promise<void> {
  return ({ address, state }) =>
    inBatch(address, async (context) => {
      const range = await resolve(context, address);
      range.dataValidation.clear();
      const read = state as ValidationAsRead;
      if (read.kind === "whole") setRule(range.dataValidation, read.rule);
      if (read.kind === "cells")
        read.cells.forEach((row, r) =>
          row.forEach((rule, c) => {
            if (rule) setRule(range.getCell(r, c).dataValidation, rule);
          }),
        );
      await context.sync();
    });
}

/** The fields setPageSetup sets, as Excel held them; title rows/columns as "$1:$3" or null for none. */
interface PageAsRead {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayoutZoomOptions;
  titleRows: string | null;
  titleColumns: string | null;
  headers: { leftHeader: string; centerHeader: string; rightHeader: string };
}

/** "Bilag!$1:$3" → "$1:$3", as setPrintTitleRows takes it. */
function local(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** readPageSetup for the adapter, made with pageSetter. */
export function pageSetupReader(inBatch: InBatch): (sheet: string) => Promise<SavedPageSetup> {
  return (sheet) =>
    inBatch(sheet, async (context) => {
      const layout = context.workbook.worksheets.getItem(sheet).pageLayout;
      layout.load("orientation,paperSize,zoom");
      const page = layout.headersFooters.defaultForAllPages;
      page.load("leftHeader,centerHeader,rightHeader");
      const rows = layout.getPrintTitleRowsOrNullObject();
      const columns = layout.getPrintTitleColumnsOrNullObject();
      rows.load("isNullObject,address");
      columns.load("isNullObject,address");
      await context.sync();
      const state: PageAsRead = {
        orientation: loaded(layout.orientation, "orientation"),
        paperSize: loaded(layout.paperSize, "paperSize"),
        zoom: loaded(layout.zoom, "zoom"),
        titleRows: loaded(rows.isNullObject, "isNullObject") ? null : local(loaded(rows.address, "address")),
        titleColumns: loaded(columns.isNullObject, "isNullObject") ? null : local(loaded(columns.address, "address")),
        headers: {
          leftHeader: loaded(page.leftHeader, "leftHeader"),
          centerHeader: loaded(page.centerHeader, "centerHeader"),
          rightHeader: loaded(page.rightHeader, "rightHeader"),
        },
      };
      return { sheet, state };
    });
}

/**
 * restorePageSetup for the adapter. Office.js sets title rows but cannot unset them, and Excel keeps
 * them (with any title columns) in the sheet's name "Print_Titles": where there were none, that name
 * goes and the title columns, if any, are set again.
 */
export function pageSetupRestorer(inBatch: InBatch): (saved: SavedPageSetup) => Promise<void> {
  return ({ sheet, state }) =>
    inBatch(sheet, async (context) => {
      const read = state as PageAsRead;
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const layout = worksheet.pageLayout;
      layout.orientation = read.orientation;
      layout.paperSize = read.paperSize;
      // Excel answers the zoom in use with the other kind null; it takes back only the one in use.
      layout.zoom =
        typeof read.zoom.scale === "number"
          ? { scale: read.zoom.scale }
          : { horizontalFitToPages: read.zoom.horizontalFitToPages, verticalFitToPages: read.zoom.verticalFitToPages };
      if (read.titleRows) layout.setPrintTitleRows(read.titleRows);
      else {
        const titles = worksheet.names.getItemOrNullObject("Print_Titles");
        titles.load("isNullObject");
        await context.sync();
        if (!loaded(titles.isNullObject, "isNullObject")) titles.delete();
        if (read.titleColumns) layout.setPrintTitleColumns(read.titleColumns);
      }
      Object.assign(layout.headersFooters.defaultForAllPages, read.headers);
      await context.sync();
    });
}
