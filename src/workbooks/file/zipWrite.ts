/**
 * Writes a zip archive from entries whose bytes are ready (stored, or deflated by the caller): no
 * streams and no timers, one pass and one buffer. Archives here are a few megabytes at most, so
 * the 4 GB limits of a zip without its 64-bit extension are checked, not worked around.
 */
export const STORED = 0;
export const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  /** The bytes as written: `data` itself when stored, its raw deflate stream when deflated. */
  bytes: Uint8Array;
  method: typeof STORED | typeof DEFLATED;
  crc32: number;
  size: number;
  /** MS-DOS time and date, as zip headers hold them. */
  dosTime: number;
  dosDate: number;
  /** MS-DOS attributes (0x10 marks a folder). */
  attributes: number;
}

const LOCAL = 30;
const CENTRAL = 46;
const END = 22;
/** Bit 11: the name is UTF-8 (a department code may hold æ, ø or å). */
const UTF8_NAME = 0x0800;

/** MS-DOS time and date of a moment, in local time as zip tools read it (2-second steps). */
export function dosDateTime(when: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    dosDate: ((Math.max(1980, when.getFullYear()) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

function isAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  let local = 0;
  let central = 0;
  entries.forEach((e, i) => {
    const name = names[i]?.length ?? 0;
    local += LOCAL + name + e.bytes.length;
    central += CENTRAL + name;
  });
  if (local + central + END > 0xffffffff || entries.length > 0xffff)
    throw new RangeError("The archive is too large for a zip file without the zip64 extension.");
  const out = new Uint8Array(local + central + END);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (signature: number, e: ZipEntry, name: Uint8Array, centralHeader: boolean): void => {
    view.setUint32(at, signature, true);
    at += 4;
    const needs = e.method === DEFLATED ? 20 : 10;
    if (centralHeader) {
      view.setUint16(at, 20, true); // made by MS-DOS, zip 2.0
      at += 2;
    }
    view.setUint16(at, needs, true);
    view.setUint16(at + 2, isAscii(e.name) ? 0 : UTF8_NAME, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.dosTime, true);
    view.setUint16(at + 8, e.dosDate, true);
    view.setUint32(at + 10, e.crc32, true);
    view.setUint32(at + 14, e.bytes.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
    view.setUint16(at + 24, 0, true); // no extra field
    at += 26;
  };
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    header(0x04034b50, e, name, false);
    out.set(name, at);
    at += name.length;
    out.set(e.bytes, at);
    at += e.bytes.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    header(0x02014b50, e, name, true);
    view.setUint16(at, 0, true); // comment length
    view.setUint16(at + 2, 0, true); // disk
    view.setUint16(at + 4, 0, true); // internal attributes
    view.setUint32(at + 6, e.attributes, true);
    view.setUint32(at + 10, offsets[i] ?? 0, true);
    at += 14;
    out.set(name, at);
    at += name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 4, 0, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  view.setUint16(at + 20, 0, true);
  return out;
}
