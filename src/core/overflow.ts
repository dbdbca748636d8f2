import { InputError } from "./errors";
import { formatDanish } from "./format";

/**
 * Results beyond the largest number a cell holds (about ±1,8E+308) come from the user's input,
 * such as 1E+308 + 1E+308 or 1 / 5E-324: they are refused with a message that names the argument,
 * the cell and the range that works, never shown as a bug of ours.
 */
export const BEYOND_EXCEL = "beyond ±1,79E+308, the largest number a cell can hold";

/** How the overflow messages of budget amounts end: what always works is far beyond a budget. */
export const FAR_SMALLER = "always work; budget amounts are far smaller, so check for a typing error.";

/** value when it is finite; else an InputError for `argument` at `where`, saying what overflowed and how to mend it. */
export function finiteOr(value: number, argument: string, where: string, what: () => string, mend: string): number {
  if (Number.isFinite(value)) return value;
  const at = where ? ` in ${where}` : "";
  throw new InputError(argument, `${what()}${at} is ${BEYOND_EXCEL}. ${mend}`);
}

/** How an operand is printed in those messages. */
export function operand(x: number): string {
  return formatDanish(x);
}
