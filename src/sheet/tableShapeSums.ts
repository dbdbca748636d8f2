/**
 * Whether a row is the sum of the rows above it "within the table's printed decimals": the
 * decimals come from the cells' number formats (what the reader sees), else from the amounts as
 * typed, and the comparison is the core's checkSum (each printed figure off by up to half a unit).
 */
import { fractionDigits, MAX_DECIMALS } from "../core";
import { addDecimal, compareDecimal, decimalOf, intOf, negateDecimal, ZERO_INT, type Decimal } from "../core/decimal";

const ZERO: Decimal = { coef: ZERO_INT, exp: 0 };

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
 * The column sums of the rows seen so far, kept as exact decimals, so asking whether a row is the sum
 * of the rows above it costs one comparison per column, not a pass over every row above (which made
 * reading a 130.000-row tree quadratic).
 */
export class RunningSums {
  private sums: Decimal[] = [];
  private rows = 0;

  add(row: readonly number[]): void {
    // A row of zeros (a department's heading row in a tree, a blank budget) is no part: one row with
    // an amount beside it is a copy of that row, not a sum.
    if (row.every((v) => v === 0)) return;
    row.forEach((value, c) => (this.sums[c] = addDecimal(this.sums[c] ?? ZERO, decimalOf(value))));
    this.rows++;
  }

  /**
   * Whether `row` is the column-wise sum of two or more rows added, in every column, and is not all
   * zero (a zero row "adds up" to anything blank above it): exactly, or within the printed decimals where
   * the figures are shown rounded (each of the n figures, parts and total, off by up to half a unit).
   */
  isSum(row: readonly number[], decimals: number, exact: boolean): boolean {
    if (this.rows < 2 || row.every((v) => v === 0)) return false;
    const tolerance: Decimal = { coef: intOf((this.rows + 1) * 5), exp: -(decimals + 1) };
    return row.every((total, c) => {
      const difference = addDecimal(this.sums[c] ?? ZERO, negateDecimal(decimalOf(total)));
      if (exact) return difference.coef.sign === 0;
      const magnitude = difference.coef.sign < 0 ? negateDecimal(difference) : difference;
      return compareDecimal(magnitude, tolerance) <= 0;
    });
  }
}
