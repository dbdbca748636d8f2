/** The files in the folder of returned workbooks, read for consolidation. */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ReturnedFile, ZipLimits } from "../workbooks";

/** Excel's lock files (~$name.xlsx) and hidden files are not returns; everything else is looked at. */
function isCandidate(name: string): boolean {
  return !name.startsWith(".") && !name.startsWith("~$");
}

function readStart(path: string, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const fd = openSync(path, "r");
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

export function readReturnedFiles(folder: string, limits: ZipLimits, skip: readonly string[] = []): ReturnedFile[] {
  const skipped = new Set(skip.map((path) => resolve(path)));
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isCandidate(entry.name) && !skipped.has(resolve(folder, entry.name)))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const stat = statSync(path);
      // A file past the limit is refused on its size; reading it whole would only cost memory.
      const bytes = stat.size > limits.maxFileBytes ? readStart(path, 8) : new Uint8Array(readFileSync(path));
      return { name, bytes, modified: stat.mtimeMs, size: stat.size };
    });
}
