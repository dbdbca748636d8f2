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

/** Why a file cannot be read; the message completes "the file ... is refused: ". */
export class RefusedFile extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RefusedFile";
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

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function checkSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new RefusedFile(
      "it is an old .xls workbook or a password-encrypted one. Save it as an Excel workbook (.xlsx) without a password.",
    );
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) throw new RefusedFile("it is an empty zip archive, not a workbook.");
  throw new RefusedFile("it is not an .xlsx workbook (it does not start as a zip archive does).");
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
            `it is damaged: the part ${file.name} cannot be unpacked (${error instanceof Error ? error.message : String(error)}). Ask for the file again.`,
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
    throw new RefusedFile(`it is damaged or incomplete (${detail}). Ask the sender for the file again.`);
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
    throw new RefusedFile(`it is ${mb(fileSize)}; a department workbook is at most ${mb(limits.maxFileBytes)}.`);
  checkSignature(bytes);
  const zip = await loadZip(bytes);
  const entries = Object.values(zip.files).filter((file) => !file.dir);
  if (entries.length > limits.maxEntries)
    throw new RefusedFile(`it holds ${entries.length} parts; a workbook has far fewer (at most ${limits.maxEntries}).`);
  let declaredTotal = 0;
  for (const entry of entries) {
    const size = declaredSize(entry);
    if (size === undefined) throw new RefusedFile(`its zip directory gives no size for ${entry.name}.`);
    if (size > limits.maxEntryBytes)
      throw new RefusedFile(
        `its part ${entry.name} unpacks to ${mb(size)} (at most ${mb(limits.maxEntryBytes)} is accepted): a zip bomb or not a department workbook.`,
      );
    declaredTotal += size;
  }
  if (declaredTotal > limits.maxTotalBytes)
    throw new RefusedFile(
      `it unpacks to ${mb(declaredTotal)} in all (at most ${mb(limits.maxTotalBytes)} is accepted): a zip bomb or not a department workbook.`,
    );
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    const name = entry.name.replace(/^\//, "");
    if (!NEEDED.test(name)) continue;
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const data = await inflateCapped(
      entry,
      cap,
      () =>
        new RefusedFile(
          `its part ${name} unpacks to more than its zip directory says and more than ${mb(cap)}: a zip bomb.`,
        ),
    );
    total += data.length;
    parts.set(name, data);
  }
  if (!parts.has("xl/workbook.xml"))
    throw new RefusedFile("it is a zip archive but not an Excel workbook (it has no xl/workbook.xml).");
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

/** Opens a workbook that may be hostile; throws RefusedFile with the reason when it cannot be read. */
export async function openWorkbookSafely(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_LIMITS,
  fileSize = bytes.length,
): Promise<ExcelJS.Workbook> {
  const parts = await unpackXlsx(bytes, limits, fileSize);
  const clean = new JSZip();
  for (const [name, data] of parts) clean.file(name, name === "xl/workbook.xml" ? withoutDefinedNames(data) : data);
  const cleanBytes = await clean.generateAsync({ type: "uint8array", compression: "STORE" });
  const workbook = new ExcelJS.Workbook();
  try {
    await loadWorkbookBytes(workbook, cleanBytes, { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefusedFile(
      `it cannot be read as a workbook (${detail}). Open it in Excel, save it as .xlsx and send it again.`,
    );
  }
  return workbook;
}
