/** Bytes in and out of exceljs, the same in Node and in the browser. */
import type ExcelJS from "exceljs";
import { nativeDeflateRaw } from "./deflate";
import { PartDeflate } from "./partDeflate";
import { crc32 } from "./crc32";
import { storedEntries } from "./storedEntries";
import { workbookParts, type Part } from "./workbookParts";
import { dosDateTime, STORED, writeZip, type ZipEntry } from "./zipWrite";

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

/** Folders as jszip adds them for exceljs: each one once, before the first part inside it. */
function withFolders(parts: readonly Part[], when: Date): ZipEntry[] {
  const time = dosDateTime(when);
  const folders = new Set<string>();
  const entries: ZipEntry[] = [];
  const add = (name: string, data: Uint8Array, attributes: number) =>
    entries.push({ name, bytes: data, method: STORED, crc32: crc32(data), size: data.length, attributes, ...time });
  for (const part of parts) {
    for (let slash = part.name.indexOf("/"); slash >= 0; slash = part.name.indexOf("/", slash + 1)) {
      const folder = part.name.slice(0, slash + 1);
      if (!folders.has(folder)) add(folder, new Uint8Array(), 0x10);
      folders.add(folder);
    }
    add(part.name, part.data, 0);
  }
  return entries;
}

/**
 * exceljs renders the parts, each part is deflated by the platform and the zip is written around
 * them: the same parts in the same order, in a fraction of the time exceljs's own zip takes. Where
 * exceljs's steps are not the known ones, it writes the parts stored and they are taken from there.
 * Without a platform deflate, exceljs writes the file as it always did. Pass one PartDeflate to every
 * workbook of a run, so that parts they share are deflated once.
 */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  deflate: PartDeflate | undefined = partDeflate(),
): Promise<Uint8Array> {
  if (!deflate) return written(workbook);
  const parts = await workbookParts(workbook);
  const entries = parts
    ? withFolders(parts, new Date())
    : storedEntries(await written(workbook, { zip: { compression: "STORE" } }));
  return writeZip(await Promise.all(entries.map((entry) => deflate.entry(entry))));
}
