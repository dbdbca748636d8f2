import { absInt, compareInt, decimalOf, decimalToUnits, intOf, intToNumber, pow10, unitsToNumber } from "./decimal";
import { InputError } from "./errors";
import { badDecimals } from "./messages";

/**
 * Excel keeps 15 significant digits. A rounded amount with more than that cannot be printed
 * exactly, so it is refused rather than returned as a silently different number.
 */
export const MAX_UNITS = 999_999_999_999_999;

const MAX_UNITS_INT = intOf(MAX_UNITS);

export const MIN_DECIMALS = -9;
export const MAX_DECIMALS = 10;

/** Thrown when a rounded amount needs more digits than Excel keeps; callers name the argument. */
export class TooManyDigitsError extends RangeError {
  constructor(readonly value: number) {
    super(`${value} needs more than 15 significant digits`);
  }
}

/**
 * x rounded half away from zero to `decimals` places, as a whole number of units of 10^-decimals.
 * Decided on the shortest decimal of x: 2.675 rounds to 2.68 as in Excel, although the double is
 * slightly below 2.675.
 */
export function roundToUnits(x: number, decimals: number): number {
  const scaled = decimals >= 0 ? x * pow10(decimals) : x / pow10(-decimals);
  const magnitude = Math.abs(scaled);
  if (magnitude < 2 ** 50) {
    const whole = Math.floor(magnitude);
    const fraction = magnitude - whole;
    // scaled is within magnitude × 2^-51 of the exact decimal; only a near-half needs exact work.
    if (Math.abs(fraction - 0.5) > magnitude * 1e-15 + 1e-300) {
      const units = fraction < 0.5 ? whole : whole + 1;
      if (units > MAX_UNITS) throw new TooManyDigitsError(x);
      return scaled < 0 ? -units : units;
    }
  }
  const units = decimalToUnits(decimalOf(x), decimals);
  if (compareInt(absInt(units), MAX_UNITS_INT) > 0) throw new TooManyDigitsError(x);
  return intToNumber(units);
}

/** x rounded half away from zero to `decimals` places, as Excel's ROUND prints it. */
export function roundHalfAway(x: number, decimals: number): number {
  return unitsToNumber(roundToUnits(x, decimals), decimals);
}

export function isValidDecimals(decimals: number): boolean {
  return Number.isInteger(decimals) && decimals >= MIN_DECIMALS && decimals <= MAX_DECIMALS;
}

/** A decimals argument the rounding accepts, or an InputError that says which are. */
export function checkDecimals(decimals: number, argument = "decimals"): void {
  if (!isValidDecimals(decimals)) {
    throw new InputError(argument, badDecimals, [decimals]);
  }
}
