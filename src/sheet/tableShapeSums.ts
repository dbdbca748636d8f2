/**
 * Whether a row is the sum of the rows above it "within the table's printed decimals": the
 * decimals come from the cells' number formats (what the reader sees), else from the amounts as
 * typed, and the comparison is the core's checkSum (each printed figure off by up to half a unit).
 */
import { checkSum, exactSum, fractionDigits, MAX_DECIMALS } from "../core";

/** Places a number format prints: "#,##0.0" → 1, "0.0%" → 3 (a share), "General" → undefined. */
export function formatDecimals(format: string | undefined): number | undefined {
  if (format === undefined || format === "" || /^general$/i.test(format)) return undefined;
  const section = (format.split(";")[0] ?? "").replace(/"[^"]*"|\\./g, "");
  const match = /\.([0#?]+)/.exec(section);
  const places = match ? (match[1] as string).length : 0;
  return section.includes("%") ? places + 2 : places;
}

/** Whether the cell's format or text marks it as a percentage. */
export function isPercentCell(value: unknown, format: string | undefined): boolean {
  if (typeof value === "string" && /%\s*$/.test(value)) return true;
  return format !== undefined && formatDecimals(format) !== undefined && (format.split(";")[0] ?? "").includes("%");
}

/** The decimals a table's amounts are printed with: the most any amount cell shows. */
export function printedDecimals(amounts: readonly { value: number; format: string | undefined }[]): number {
  let places = 0;
  for (const { value, format } of amounts) places = Math.max(places, formatDecimals(format) ?? fractionDigits(value));
  return Math.min(places, MAX_DECIMALS);
}

/**
 * Whether every amount shows all its digits (no cell's format hides places it holds): then the
 * printed figures are the values themselves, and a total row must be their exact sum. Only where a
 * format rounds the display may a total be off by the rounding of the figures (1 + 2 is not 4).
 */
export function showsEveryDigit(amounts: readonly { value: number; format: string | undefined }[]): boolean {
  return amounts.every(({ value, format }) => fractionDigits(value) <= (formatDecimals(format) ?? Infinity));
}

/**
 * Whether `row` is the column-wise sum of `above`, in every column, and is not all zero (a zero row
 * "adds up" to anything blank above it): exactly, or at the printed decimals (`decimals`) where the
 * figures are shown rounded.
 */
export function isSumOf(
  row: readonly number[],
  above: readonly (readonly number[])[],
  decimals: number,
  exact = false,
): boolean {
  if (above.length < 2 || row.every((v) => v === 0)) return false;
  return row.every((total, c) => {
    const parts = above.map((r) => r[c] ?? 0);
    return exact ? exactSum(parts) === total : checkSum(parts, total, decimals) === 0;
  });
}
