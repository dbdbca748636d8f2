/**
 * The hidden, locked identification sheet of a department workbook: which template and version
 * made it, for which department and run, the layout, and every locked value as it was sent, with a
 * fingerprint over all of it. Consolidation uses it to recognise its own files and to name each
 * locked cell that was altered.
 */
import type ExcelJS from "exceljs";
import { isoDateOf } from "./dates";
import { fingerprint } from "./fingerprint";
import { message, type RefusalReason } from "./messages";
import { SHEET, TEMPLATE_ID, type LayoutShape } from "./departmentLayout";
import { plainValue, valueText, type SheetValue } from "./values";

export interface LockedValue {
  /** "Kvote!B8". */
  address: string;
  /** The canonical form of the value as sent (see canonicalValue). */
  value: string;
}

export interface Identity {
  template: string;
  version: number;
  department: string;
  batch: string;
  created: string;
  departments: string[];
  shape: LayoutShape;
  locked: LockedValue[];
  fingerprint: string;
}

const LOCKED_MARKER = "locked";

/** A value in a form that survives a save by Excel or LibreOffice: typed, shortest number text, ISO dates. */
export function canonicalValue(value: SheetValue): string {
  if (value === null) return "";
  if (typeof value === "number") return `n:${value}`;
  if (typeof value === "string") return value.trim() === "" ? "" : `s:${value}`;
  if (typeof value === "boolean") return `b:${value}`;
  if (value instanceof Date) return `d:${value.toISOString().slice(0, 10)}`;
  return `e:${value.error}`;
}

/** Whether a cell still holds what was sent; a date may come back as Excel's day number. */
export function sameAsSent(sent: string, found: SheetValue): boolean {
  const now = canonicalValue(found);
  if (now === sent) return true;
  return sent.startsWith("d:") && typeof found === "number" && `d:${isoDateOf(found)}` === sent;
}

function fields(identity: Omit<Identity, "fingerprint">): [string, string | number][] {
  return [
    ["template", identity.template],
    ["version", identity.version],
    ["department", identity.department],
    ["batch", identity.batch],
    ["created", identity.created],
    ["departments", identity.departments.join(",")],
    ["firstYear", identity.shape.firstYear],
    ["yearCount", identity.shape.yearCount],
    ["rows", identity.shape.rows],
    ["themes", identity.shape.themes],
    ["decimals", identity.shape.decimals],
  ];
}

/** The text the fingerprint is taken of: every field and every locked value, one a line. */
export function identityFingerprint(identity: Omit<Identity, "fingerprint">): string {
  const lines = fields(identity).map(([key, value]) => `${key}=${value}`);
  for (const cell of identity.locked) lines.push(`${cell.address}=${cell.value}`);
  return fingerprint(lines.join("\n"));
}

export function writeIdentitySheet(
  workbook: ExcelJS.Workbook,
  identity: Omit<Identity, "fingerprint">,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.identity, { state: "veryHidden" });
  sheet.getCell("A1").value = "Råderum: afdelingsskemaets identifikation. Må ikke ændres.";
  const rows: [string, string | number][] = [
    ...fields(identity),
    ["fingerprint", identityFingerprint(identity)],
    [LOCKED_MARKER, identity.locked.length],
  ];
  rows.forEach(([key, value], i) => {
    sheet.getCell(i + 3, 1).value = key;
    sheet.getCell(i + 3, 2).value = String(value);
  });
  const first = rows.length + 3;
  identity.locked.forEach((cell, i) => {
    sheet.getCell(first + i, 1).value = cell.address;
    sheet.getCell(first + i, 2).value = cell.value;
  });
  return sheet;
}

/** Reads the identification, or the reason the sheet is not one of ours (or is damaged). */
export function readIdentitySheet(sheet: ExcelJS.Worksheet): Identity | RefusalReason {
  const map = new Map<string, { text: string; where: string }>();
  const locked: LockedValue[] = [];
  let inLocked = false;
  const last = Math.min(sheet.rowCount, 5000);
  for (let r = 3; r <= last; r++) {
    const key = valueText(plainValue(sheet.getCell(r, 1).value));
    const value = valueText(plainValue(sheet.getCell(r, 2).value));
    if (!key) continue;
    if (inLocked) locked.push({ address: key, value });
    else map.set(key, { text: value, where: `${SHEET.identity}!B${r}` });
    if (key === LOCKED_MARKER) inLocked = true;
  }
  const template = map.get("template");
  if (template?.text !== TEMPLATE_ID)
    return message("otherTemplate", {
      where: `${SHEET.identity}!B3`,
      found: template?.text ?? "",
      expected: TEMPLATE_ID,
    });
  const whole = (key: string, low: number, high: number): number | RefusalReason => {
    const field = map.get(key);
    const n = Number(field?.text);
    return Number.isInteger(n) && n >= low && n <= high
      ? n
      : message("identityDamaged", { where: field?.where ?? SHEET.identity, key, value: field?.text ?? "" });
  };
  const numbers = [
    whole("version", 1, 1000),
    whole("firstYear", 2000, 2200),
    whole("yearCount", 1, 6),
    whole("rows", 1, 500),
    whole("themes", 0, 100),
    whole("decimals", 0, 10),
  ];
  const damaged = numbers.find((n): n is RefusalReason => typeof n !== "number");
  if (damaged) return damaged;
  const [version, firstYear, yearCount, rows, themes, decimals] = numbers as number[];
  const department = map.get("department")?.text ?? "";
  if (!department) return message("identityNoDepartment", { sheet: SHEET.identity });
  return {
    template: TEMPLATE_ID,
    version: version ?? 1,
    department,
    batch: map.get("batch")?.text ?? "",
    created: map.get("created")?.text ?? "",
    departments: (map.get("departments")?.text ?? "").split(",").filter((code) => code !== ""),
    shape: {
      firstYear: firstYear ?? 0,
      yearCount: yearCount ?? 1,
      rows: rows ?? 1,
      themes: themes ?? 0,
      decimals: decimals ?? 0,
    },
    locked,
    fingerprint: map.get("fingerprint")?.text ?? "",
  };
}
