/** The layout of the hidden log sheet, shared by both workbook implementations. */
import type { CellInput, LogEntry } from "./types";

const COLUMNS = ["Tid", "Guide", "Metode", "Område", "Input"] as const;

export function logHeader(): CellInput[] {
  return [...COLUMNS];
}

/**
 * A log entry as one row. Texts are written as constants; one that starts with "=" would be taken
 * as a formula, so it gets Excel's leading apostrophe.
 */
export function logRow(entry: LogEntry): CellInput[] {
  return [entry.time, entry.wizard, entry.method, entry.target, entry.inputs].map((text) =>
    text.startsWith("=") ? `'${text}` : text,
  );
}

export function parseLogRow(row: readonly CellInput[]): LogEntry | undefined {
  const [time, wizard, method, target, inputs] = row.map((cell) => String(cell).replace(/^'=/, "="));
  if (!time) return undefined;
  return { time, wizard: wizard ?? "", method: method ?? "", target: target ?? "", inputs: inputs ?? "" };
}
