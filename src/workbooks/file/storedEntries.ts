/**
 * Reads the entries of a zip whose entries are all stored (not compressed), as exceljs writes one
 * when asked to: the bytes are views on the archive, the CRC-32s those the writer computed. Only for
 * archives this program just made; a file from a user goes through safeOpen.ts.
 */
import { STORED, type ZipEntry } from "./zipWrite";

export interface StoredEntry extends ZipEntry {
  method: typeof STORED;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function endOfCentralDirectory(view: DataView): number {
  // The end record is 22 bytes and may be followed by a comment of up to 65.535 bytes.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--)
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  throw new Error("Not a zip archive: no end of central directory.");
}

export function storedEntries(zip: Uint8Array): StoredEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error(`Zip entry ${i + 1}: no central header.`);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (method !== STORED || view.getUint32(at + 20, true) !== size)
      throw new Error(`Zip entry ${name} is compressed; expected it stored.`);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error(`Zip entry ${name}: no local header.`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (data + size > zip.length) throw new Error(`Zip entry ${name} runs past the end of the archive.`);
    entries.push({
      name,
      method: STORED,
      bytes: zip.subarray(data, data + size),
      size,
      crc32: view.getUint32(at + 16, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      attributes: view.getUint32(at + 38, true),
    });
    at += 46 + skip;
  }
  return entries;
}
