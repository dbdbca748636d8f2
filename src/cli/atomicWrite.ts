/** Writing files so that a crash or a failure never leaves a half-written one where the real one belongs. */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes next to the target under a temporary name, flushes to disk, then renames over the target. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(temporary, "wx");
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was made there (the folder is not one); the first error is the one to report.
    }
    // The temporary name means nothing to the user; the error is about the file they named.
    if (typeof error === "object" && error !== null && "path" in error) (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
}
