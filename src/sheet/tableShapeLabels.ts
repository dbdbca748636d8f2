/**
 * The words people put in the rows of a table that are not data: totals ("I alt", "MSB i alt"),
 * units ("1.000 kr.", "mio. kr."), and year headings. Pure, so the wizards, the negotiation
 * catalogue and the tests share one list.
 */
import { parseNumberText } from "../core";
import type { CellValue } from "./types";

/** The whole label a grand total carries, after trimming, in any case, with or without a colon. */
const TOTAL_WORDS = ["i alt", "total", "totalt", "sum", "summa", "hovedtotal", "grand total", "i alt i alt"];

function normalised(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, " ").replace(/[:.]$/, "").trim();
}

/** "I alt", "Total", "Sum", "Hovedtotal": a label that is nothing but a total. */
export function isTotalLabel(label: string): boolean {
  return TOTAL_WORDS.indexOf(normalised(label)) >= 0;
}

/** "MSB i alt", "I alt MSB", "Total Social", "Sum drift", "Subtotal": a total of something. */
export function isPartTotalLabel(label: string): boolean {
  const l = normalised(label);
  if (l === "" || isTotalLabel(l)) return false;
  return (
    /\bi alt$/.test(l) || /^(i alt|total|sum|subtotal|sum af|hovedtotal)\b/.test(l) || /\b(total|subtotal)$/.test(l)
  );
}

/** Either kind: the row adds other rows up and is not itself a department. */
export function isAnyTotalLabel(label: string): boolean {
  return isTotalLabel(label) || isPartTotalLabel(label);
}

/**
 * A units cell: "1.000 kr.", "kr.", "t.kr.", "tkr.", "mio. kr.", "mia. kr.", "i 1.000 kr.",
 * "(mio. kr.)", "DKK million", "%" and "pct." alone.
 */
export function isUnitsText(text: string): boolean {
  const l = normalised(text.replace(/^\(|\)$/g, ""));
  return (
    /^(beløb )?(i )?((1\.000|1000|1 000|t\.?|mio\.?|mia\.?) ?)?kr$/.test(l) ||
    /^(dkk|kr) ?(1,000|1\.000|thousand|million|mio|m)?$/.test(l) ||
    /^(dkk|kr)? ?(1,000|thousand|million)( dkk)?$/.test(l) ||
    /^(%|pct|procent|percent)$/.test(l)
  );
}

/** A cell read as a number the way the functions read it: a number, or a text holding one. */
export function numberIn(value: CellValue | undefined): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") return parseNumberText(value);
  return undefined;
}

export function isBlankCell(value: CellValue | undefined): boolean {
  return value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Text that is not a number: a label, a heading, a note. */
export function isWordCell(value: CellValue | undefined): boolean {
  return typeof value === "string" && value.trim() !== "" && numberIn(value) === undefined;
}

/** Consecutive whole years such as 2024 2025 2026 (at least one): a heading row, though its cells are numbers. */
export function isYearRow(cells: readonly (CellValue | undefined)[]): boolean {
  const years = cells.map(numberIn);
  return (
    years.length > 0 &&
    years.every(
      (y, i) =>
        y !== undefined &&
        Number.isInteger(y) &&
        y >= 1900 &&
        y <= 2200 &&
        (i === 0 || y === (years[i - 1] as number) + 1),
    )
  );
}

/** A cell's text as the user sees it, for naming a row: trimmed, or "" when it holds none. */
export function labelOf(value: CellValue | undefined): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value.trim() : String(value);
}
