import { textCell } from "../../sheet/textCell";

/**
 * Year headings of the tables the wizards write: numbered from the first year the user typed, or
 * "År 1", "År 2", … where none was typed (one year alone is "I alt").
 */
export function numberedYears(firstYear: string, years: number): string[] {
  const first = Number(firstYear.trim());
  if (firstYear.trim() !== "" && Number.isInteger(first))
    return Array.from({ length: years }, (_, y) => String(first + y));
  return Array.from({ length: years }, (_, y) => (years === 1 ? "I alt" : `År ${y + 1}`));
}

/**
 * A heading as its cell holds it: a year stays a number, so Excel's charts and lookups see 2025, not
 * "2025"; any other heading was taken from the user's table, so it is text that is never a formula.
 */
export function headingCell(heading: string): string | number {
  return /^\d+$/.test(heading) ? Number(heading) : textCell(heading);
}
