/**
 * Drop-down lists (ExcelApi 1.8) and page setup (ExcelApi 1.9), which the negotiation sheet and the
 * council's annex ask for. The manifest requires less, so the adapter offers them only where these
 * checks say Excel has them; elsewhere the sheets still work and the pane says what is missing.
 */
import type { ListValidation, PageSetup } from "../types";
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
