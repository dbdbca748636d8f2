/** How values, amounts and dates are put into a sentence, in each language. */
import { formatDanish } from "../../core";
import { danishNumber } from "../messageFormat";
import { describeValue, type SheetValue } from "../values";
import type { Language } from "../../text/language";

/** A Danish amount with its decimals shown, as in the sheets: 12 with one decimal is "12,0". */
export function amountDa(value: number, decimals = 0): string {
  const text = formatDanish(value);
  if (decimals <= 0) return text;
  const [whole = text, fraction = ""] = text.split(",");
  return `${whole},${fraction.padEnd(decimals, "0")}`;
}

/** "2026-04-10" as a Danish reader writes it: 10-04-2026. */
export function dateDa(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** A cell's value quoted in a Danish sentence: "tekst", 1.234,5, datoen 10-04-2026. */
export function describeDa(value: SheetValue): string {
  if (value === null) return "tom";
  if (typeof value === "string") return describeValue(value);
  if (typeof value === "number") return formatDanish(value);
  if (typeof value === "boolean") return value ? "SAND" : "FALSK";
  if (value instanceof Date) return `datoen ${dateDa(value.toISOString())}`;
  return `fejlen ${value.error}`;
}

/** What a cell holds, as a Danish clause that needs no agreement with the noun before it. */
export function holdsDa(value: SheetValue): string {
  return value === null ? "cellen er tom" : `der står ${describeDa(value)}`;
}

/** A cell's value in a sentence of either language (English as the messages always had it). */
export function describeIn(value: SheetValue, language: Language): string {
  return language === "da" ? describeDa(value) : describeValue(value);
}

/** Megabytes with one decimal: "40.0 MB" in English (as before), "40,0 MB" in Danish. */
export function megabytes(bytes: number, language: Language): string {
  const text = (bytes / 1024 / 1024).toFixed(1);
  return `${language === "da" ? text.replace(".", ",") : text} MB`;
}

/** "a, b or c" in Danish: "a, b eller c". */
export function orListDa(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} eller ${items.at(-1) ?? ""}`;
}

export { danishNumber };
