/**
 * Deflates the parts of a run's workbooks, each distinct part once: eight of a department
 * workbook's thirteen parts (theme, styles, relations, …) are the same in every department, and
 * each deflate has a fixed cost beside its bytes (profiled in Chromium: a stream and a zlib state).
 */
import type { DeflateRaw } from "./deflate";
import { DEFLATED, type ZipEntry } from "./zipWrite";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class PartDeflate {
  /** By CRC-32 and size; the bytes are compared as well, so a collision costs a deflate, not a wrong file. */
  private readonly seen = new Map<string, { source: Uint8Array; deflated: Promise<Uint8Array> }[]>();

  constructor(private readonly deflate: DeflateRaw) {}

  /** The entry deflated, or as it was when deflating would not make it smaller (empty folders, tiny parts). */
  async entry(entry: ZipEntry): Promise<ZipEntry> {
    if (entry.size === 0) return entry;
    const bytes = await this.deflated(entry);
    return bytes.length < entry.size ? { ...entry, method: DEFLATED, bytes } : entry;
  }

  private deflated(entry: ZipEntry): Promise<Uint8Array> {
    const key = `${entry.crc32}:${entry.size}`;
    const known = this.seen.get(key) ?? [];
    const found = known.find((k) => sameBytes(k.source, entry.bytes));
    if (found) return found.deflated;
    // A copy: the entry's bytes are a view on an archive that is otherwise let go.
    const source = entry.bytes.slice();
    const deflated = this.deflate(source);
    known.push({ source, deflated });
    this.seen.set(key, known);
    return deflated;
  }
}
