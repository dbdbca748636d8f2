import type { SheetValue } from "./values";

const MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31-02 over into March; a date that does not survive the round trip is not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Excel's day serial (1900 system) to a calendar date; Excel counts a 29 February 1900 that never was. */
function fromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return date.toISOString().slice(0, 10);
}

/**
 * A date as ISO yyyy-mm-dd from what a cell may hold: a date, Excel's day number, or text such as
 * "10-04-2026", "10.4.2026", "2026-04-10" or "10. april 2026". undefined when it is none of these.
 */
export function isoDateOf(value: SheetValue): string | undefined {
  // exceljs gives dates as UTC midnight of the calendar date typed.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number") return fromSerial(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(text);
  if (match) return iso(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\.? ([a-zæøå]+)\.? (\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.findIndex((name) => name.startsWith(match?.[2] ?? "-") && (match?.[2]?.length ?? 0) >= 3);
    if (month >= 0) return iso(Number(match[3]), month + 1, Number(match[1]));
  }
  return undefined;
}

/** UTC midnight of an ISO date, which exceljs writes as that calendar date. */
export function dateOfIso(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** "10. april 2026", for Danish text. */
export function danishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day ?? ""}. ${MONTHS[(month ?? 1) - 1] ?? ""} ${year ?? ""}`;
}
