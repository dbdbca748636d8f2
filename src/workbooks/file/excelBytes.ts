/** Bytes in and out of exceljs, the same in Node and in the browser. */
import type ExcelJS from "exceljs";
import { nativeDeflateRaw } from "./deflate";
import { PartDeflate } from "./partDeflate";
import { storedEntries } from "./storedEntries";
import { writeZip } from "./zipWrite";

type LoadInput = Parameters<ExcelJS.Xlsx["load"]>[0];

/** exceljs's typings ask for a Buffer of their own; its loader takes any bytes (jszip reads them). */
export async function loadWorkbookBytes(
  workbook: ExcelJS.Workbook,
  bytes: Uint8Array,
  options?: Partial<ExcelJS.XlsxReadOptions>,
): Promise<void> {
  await workbook.xlsx.load(bytes as unknown as LoadInput, options);
}

async function written(workbook: ExcelJS.Workbook, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<Uint8Array> {
  const buffer: unknown = await workbook.xlsx.writeBuffer(options);
  // Node gives a Buffer (already a Uint8Array), the browser build an ArrayBuffer.
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** The platform's deflate, or undefined where there is none (see deflate.ts). */
export function partDeflate(): PartDeflate | undefined {
  const deflate = nativeDeflateRaw();
  return deflate ? new PartDeflate(deflate) : undefined;
}

/**
 * exceljs writes the parts uncompressed, then each part is deflated by the platform and the zip is
 * written again around them: the same parts in the same order, made in a fraction of the time
 * exceljs's own deflate takes. Without a platform deflate, exceljs writes the file as it always did.
 * Pass one PartDeflate to every workbook of a run, so that parts they share are deflated once.
 */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  deflate: PartDeflate | undefined = partDeflate(),
): Promise<Uint8Array> {
  if (!deflate) return written(workbook);
  const stored = storedEntries(await written(workbook, { zip: { compression: "STORE" } }));
  return writeZip(await Promise.all(stored.map((entry) => deflate.entry(entry))));
}
