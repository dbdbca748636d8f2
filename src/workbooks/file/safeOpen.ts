/**
 * Opens an .xlsx file that may be hostile or broken. exceljs inflates every part of a zip in full
 * and expands every range it meets (a defined name on a whole sheet is 17 billion cells), so a file
 * reaches it only after these checks: the zip's central directory (entry count, declared sizes),
 * then a capped inflate of just the parts a reader of cell values needs. exceljs then gets a clean
 * zip of those parts, without defined names, and skips validations, merges and formatting rules.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbookBytes } from "./excelBytes";
import { message, render, type RefusalReason } from "../messages";
import { scanSheetXml, sheetPartNames, type SheetScan } from "./sheetXml";

export interface ZipLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/** A department workbook is ~30 KB zipped and ~300 KB unzipped; these leave room for a lot of text. */
export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 1000,
  maxEntryBytes: 30 * 1024 * 1024,
  maxTotalBytes: 80 * 1024 * 1024,
};

/** Why a file cannot be read; the message (English) completes "the file ... is refused: ". */
export class RefusedFile extends Error {
  /** The reason as a message, to be shown in the user's language. */
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason) {
    super(render(reason, "en"));
    this.name = "RefusedFile";
    this.reason = reason;
  }
}

/** The parts exceljs reads cell values from; everything else (media, drawings, macros) is left unopened. */
const NEEDED =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

const IGNORED_NODES = [
  "dataValidations",
  "mergeCells",
  "conditionalFormatting",
  "hyperlinks",
  "extLst",
  "drawing",
  "picture",
  "legacyDrawing",
  "tableParts",
  "rowBreaks",
  "autoFilter",
  "pageSetup",
  "headerFooter",
  "printOptions",
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function checkSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new RefusedFile(message("oldXls", {}));
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) throw new RefusedFile(message("emptyZip", {}));
  throw new RefusedFile(message("notZip", {}));
}

/** jszip keeps the central directory's sizes on a field it does not type; read it with a check. */
function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : undefined;
}

interface StreamHelper {
  on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", listener: (error: unknown) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Inflates one entry, stopping as soon as it passes the cap: a size in the header may lie. */
function inflateCapped(file: JSZip.JSZipObject, cap: number, overCap: () => RefusedFile): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const stop = (error: RefusedFile) => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(error);
    };
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk) => {
        if (settled) return;
        size += chunk.length;
        if (size > cap) stop(overCap());
        else chunks.push(chunk);
      })
      .on("error", (error) =>
        stop(
          new RefusedFile(
            message("damagedPart", {
              part: file.name,
              detail: error instanceof Error ? error.message : String(error),
            }),
          ),
        ),
      )
      .on("end", () => {
        if (settled) return;
        settled = true;
        const bytes = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(bytes);
      })
      .resume();
  });
}

async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefusedFile(message("damaged", { detail }));
  }
}

/**
 * The parts needed, unpacked within the limits. `fileSize` is the size on disk when the caller read
 * only the start of a file too large to read whole.
 */
export async function unpackXlsx(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_LIMITS,
  fileSize = bytes.length,
): Promise<Map<string, Uint8Array>> {
  if (fileSize > limits.maxFileBytes)
    throw new RefusedFile(message("tooLarge", { size: fileSize, max: limits.maxFileBytes }));
  checkSignature(bytes);
  const zip = await loadZip(bytes);
  const entries = Object.values(zip.files).filter((file) => !file.dir);
  if (entries.length > limits.maxEntries)
    throw new RefusedFile(message("tooManyParts", { count: entries.length, max: limits.maxEntries }));
  let declaredTotal = 0;
  for (const entry of entries) {
    const size = declaredSize(entry);
    if (size === undefined) throw new RefusedFile(message("noSize", { part: entry.name }));
    if (size > limits.maxEntryBytes)
      throw new RefusedFile(message("partTooLarge", { part: entry.name, size, max: limits.maxEntryBytes }));
    declaredTotal += size;
  }
  if (declaredTotal > limits.maxTotalBytes)
    throw new RefusedFile(message("totalTooLarge", { size: declaredTotal, max: limits.maxTotalBytes }));
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    const name = entry.name.replace(/^\//, "");
    if (!NEEDED.test(name)) continue;
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const data = await inflateCapped(entry, cap, () => new RefusedFile(message("bomb", { part: name, cap })));
    total += data.length;
    parts.set(name, data);
  }
  if (!parts.has("xl/workbook.xml")) throw new RefusedFile(message("notWorkbook", {}));
  return parts;
}

/** Defined names are dropped: exceljs expands each range they name cell by cell, and no reader here needs them. */
function withoutDefinedNames(workbookXml: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(workbookXml);
  const stripped = text
    .replace(/<(\w+:)?definedNames\b[^>]*\/>/g, "")
    .replace(/<(\w+:)?definedNames\b[\s\S]*?<\/(\w+:)?definedNames>/g, "");
  return new TextEncoder().encode(stripped);
}

/** Rows read on every sheet; those past it are counted, not read (see sheetXml). */
export const MAX_ROWS = 5000;

const scans = new WeakMap<ExcelJS.Workbook, Map<string, SheetScan>>();

/** What the pass over the named sheet's XML recorded (date cells, rows past MAX_ROWS), when it was opened here. */
export function sheetScanOf(workbook: ExcelJS.Workbook, sheet: string): SheetScan | undefined {
  return scans.get(workbook)?.get(sheet.toLowerCase());
}

/** Worksheet parts rewritten by the pass, and what it found, by sheet name (lower case). */
function scanSheets(parts: Map<string, Uint8Array>): Map<string, SheetScan> {
  const decoder = new TextDecoder();
  const names = sheetPartNames(
    decoder.decode(parts.get("xl/workbook.xml")),
    decoder.decode(parts.get("xl/_rels/workbook.xml.rels") ?? new Uint8Array()),
  );
  const found = new Map<string, SheetScan>();
  for (const [name, data] of parts) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const { xml, scan } = scanSheetXml(decoder.decode(data), MAX_ROWS);
    parts.set(name, new TextEncoder().encode(xml));
    const sheet = names.get(name);
    if (sheet !== undefined) found.set(sheet.toLowerCase(), scan);
  }
  return found;
}

/** Opens a workbook that may be hostile; throws RefusedFile with the reason when it cannot be read. */
export async function openWorkbookSafely(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_LIMITS,
  fileSize = bytes.length,
): Promise<ExcelJS.Workbook> {
  const parts = await unpackXlsx(bytes, limits, fileSize);
  const found = scanSheets(parts);
  const clean = new JSZip();
  for (const [name, data] of parts) clean.file(name, name === "xl/workbook.xml" ? withoutDefinedNames(data) : data);
  const cleanBytes = await clean.generateAsync({ type: "uint8array", compression: "STORE" });
  const workbook = new ExcelJS.Workbook();
  try {
    await loadWorkbookBytes(workbook, cleanBytes, { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefusedFile(message("unreadable", { detail }));
  }
  scans.set(workbook, found);
  return workbook;
}
