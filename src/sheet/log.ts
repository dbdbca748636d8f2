/**
 * The layout of the hidden log sheet, shared by both workbook implementations. It is read by
 * auditors, so its headings are Danish, times are local and the inputs are spelled out with Danish
 * numbers; the last column keeps the whole record as JSON, from which the pane reads it back exactly.
 */
import { formatDanish } from "../core";
import type { CellInput, LogEntry } from "./types";
import { textCell } from "./textCell";

const COLUMNS = ["Tidspunkt", "Guide", "Metode", "Område", "Indtastet", "Post (JSON)"] as const;

/** Columns of a log row; the last one holds the record. */
export const LOG_COLUMNS = COLUMNS.length;

export function logHeader(): CellInput[] {
  return [...COLUMNS];
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "30.11.2026 05:12:03" in the time zone of the machine the pane runs on. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function readable(value: unknown): string {
  if (typeof value === "number") return formatDanish(value);
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(readable).join("; ");
  if (typeof value === "object")
    return Object.keys(value)
      .map((key) => `${key}: ${readable((value as Record<string, unknown>)[key])}`)
      .join(", ");
  return typeof value === "string" ? value : "";
}

/**
 * The inputs, one "name: value" per line, numbers in Danish format; the JSON as it came if it is not
 * JSON. For a record the pane has not worded (see LogEntry.shown): the names are then the codes.
 */
export function readableInputs(json: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return readable(parsed);
  const record = parsed as Record<string, unknown>;
  return Object.keys(record)
    .filter((key) => record[key] !== "" && record[key] !== undefined)
    .map((key) => `${key}: ${readable(record[key])}`)
    .join("\n");
}

export function logRow(entry: LogEntry): CellInput[] {
  const { shown, ...record } = entry;
  return [
    localTime(entry.time),
    shown?.wizard ?? entry.wizard,
    entry.method,
    entry.target,
    shown?.inputs ?? readableInputs(entry.inputs),
    JSON.stringify(record),
  ].map(textCell);
}

function isEntry(value: unknown): value is LogEntry {
  if (value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>;
  return ["time", "wizard", "method", "target", "inputs"].every((key) => typeof record[key] === "string");
}

/** A row read back: from its JSON record, or (rows of an older five-column log) from its cells. */
export function parseLogRow(row: readonly CellInput[]): LogEntry | undefined {
  const cells = row.map((cell) => String(cell).replace(/^'(?=[=+\-@])/, ""));
  const record = cells[LOG_COLUMNS - 1];
  if (record) {
    try {
      const parsed: unknown = JSON.parse(record);
      if (isEntry(parsed)) return parsed;
    } catch {
      // Not a record: read the cells below.
    }
  }
  const [time, wizard, method, target, inputs] = cells;
  if (!time) return undefined;
  return { time, wizard: wizard ?? "", method: method ?? "", target: target ?? "", inputs: inputs ?? "" };
}
