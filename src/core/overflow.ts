import { InputError } from "./errors";

/**
 * Results beyond the largest number a cell holds (about ±1,8E+308) come from the user's input,
 * such as 1E+308 + 1E+308 or 1 / 5E-324: they are refused with a message that names the argument,
 * what overflowed and the range that works, never shown as a bug of ours.
 */
export function finiteOr<P extends readonly unknown[]>(
  value: number,
  argument: string,
  text: (...params: P) => string,
  ...params: P
): number {
  if (Number.isFinite(value)) return value;
  throw new InputError(argument, text, params);
}
