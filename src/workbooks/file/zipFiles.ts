/** Many generated files as one zip, for the task pane's single download. */
import { crc32 } from "./crc32";
import { dosDateTime, STORED, writeZip } from "./zipWrite";

/**
 * The workbooks are zips already; compressing them again gains little and costs time, so they are
 * stored. Written directly rather than through jszip, whose chunked, timer-driven stream was most
 * of this step's time in the browser for a few hundred kilobytes.
 */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[], when = new Date()): Uint8Array {
  const time = dosDateTime(when);
  return writeZip(
    files.map((file) => ({
      name: file.name,
      bytes: file.bytes,
      method: STORED,
      crc32: crc32(file.bytes),
      size: file.bytes.length,
      attributes: 0,
      ...time,
    })),
  );
}
