/** Where a command writes and how it resolves paths; tests pass their own. */
import { resolve } from "node:path";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The directory relative paths are given from (npm run changes the working directory to the project). */
  cwd: string;
  /** Progress lines go here (stderr by default). */
  progressStream?: NodeJS.WriteStream;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    progressStream: process.stderr,
  };
}

export function pathFrom(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}
