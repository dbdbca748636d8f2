/**
 * exceljs's own writer (Xlsx.write, exceljs 4.4), step for step, with its parts handed to us instead
 * of to its bundled jszip: that zip's chunked stream, its Buffer copies and a timer a workbook were
 * what remained of exceljs's zip work in the profile once the parts were stored. The steps are its
 * methods, called in its order; test/unit/workbooks-bytes.test.ts compares the result, part for
 * part, with what exceljs writes itself. Where a step is missing (another exceljs), undefined.
 */
import type ExcelJS from "exceljs";

export interface Part {
  name: string;
  data: Uint8Array;
}

type Step = (zip: PartSink, model: unknown) => unknown;

interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  [step: string]: unknown;
}

/** exceljs's write() in 4.4; steps it runs side by side append in this order as well. */
const STEPS = [
  "addContentTypes",
  "addOfficeRels",
  "addWorkbookRels",
  "addWorksheets",
  "addSharedStrings",
  "addDrawings",
  "addTables",
  "addThemes",
  "addStyles",
  "addMedia",
  "addApp",
  "addCore",
  "addWorkbook",
] as const;

class PartSink {
  readonly parts: Part[] = [];
  private readonly encoder = new TextEncoder();

  append(data: unknown, options: { name: string; base64?: boolean }): void {
    if (options.base64 || !(typeof data === "string" || data instanceof Uint8Array))
      throw new TypeError(`exceljs gave ${options.name} in a form not written here.`);
    this.parts.push({ name: options.name, data: typeof data === "string" ? this.encoder.encode(data) : data });
  }
}

/** The parts exceljs writes for this workbook, in its order; undefined where its writer is not the one known here. */
export async function workbookParts(workbook: ExcelJS.Workbook): Promise<Part[] | undefined> {
  const xlsx = workbook.xlsx as unknown as XlsxSteps;
  const steps = STEPS.map((name) => xlsx[name]);
  if (typeof xlsx.prepareModel !== "function" || !steps.every((step) => typeof step === "function")) return undefined;
  const model = workbook.model;
  const zip = new PartSink();
  xlsx.prepareModel(model, {});
  for (const step of steps) await (step as Step).call(xlsx, zip, model);
  return zip.parts;
}
