/** Bytes in and out of exceljs, the same in Node and in the browser. */
import type ExcelJS from "exceljs";

type LoadInput = Parameters<ExcelJS.Xlsx["load"]>[0];

/** exceljs's typings ask for a Buffer of their own; its loader takes any bytes (jszip reads them). */
export async function loadWorkbookBytes(
  workbook: ExcelJS.Workbook,
  bytes: Uint8Array,
  options?: Partial<ExcelJS.XlsxReadOptions>,
): Promise<void> {
  await workbook.xlsx.load(bytes as unknown as LoadInput, options);
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer (already a Uint8Array), the browser build an ArrayBuffer.
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
