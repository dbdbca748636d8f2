/**
 * The integer path of exact decimal arithmetic. Most amounts in a budget have a few places and fit
 * in a double's 53 bits as whole units, so they are added as integers; only what does not fit goes
 * through decimalOf's string and exact-integer route. Both routes give the same numbers.
 */
import { addDecimal, decimalOf, decimalToNumber, pow10 } from "../decimal";

/** Places tried on the integer path: amounts with more go the exact route. */
const MAX_PLACES = 9;

/** The units placesOf found, so that the hot loops allocate nothing. */
let foundUnits = 0;

/**
 * The fewest places s at which x is a safe integer m of 10^-s units that prints x again, or -1
 * where there is none up to 9 places; m is left in foundUnits. With the fewest places,
 * m × 10^-s is the decimal String(x) shows: a shorter decimal that prints x would have been
 * found at fewer places.
 */
export function placesOf(x: number): number {
  for (let s = 0; s <= MAX_PLACES; s++) {
    const p = pow10(s);
    const m = Math.round(x * p);
    // m / p is one correctly rounded operation: it equals x exactly when m × 10^-s reads back as x.
    if (Number.isSafeInteger(m) && m / p === x) {
      foundUnits = m;
      return s;
    }
  }
  return -1;
}

/** The units of the last placesOf that found places. */
export function unitsFound(): number {
  return foundUnits;
}

/** a + b, each read as the decimal it prints, as the double nearest the exact sum. */
export function addExact(a: number, b: number): number {
  const sa = placesOf(a);
  const ua = foundUnits;
  const sb = sa < 0 ? -1 : placesOf(b);
  const ub = foundUnits;
  if (sb >= 0) {
    const s = sa > sb ? sa : sb;
    // Products and sum of integers are exact while they stay below 2^53; each is checked, as two
    // rounded products could otherwise cancel into a sum that looks safe.
    const x = ua * pow10(s - sa);
    const y = ub * pow10(s - sb);
    const sum = x + y;
    // Whole units below 2^53 and an exact 10^s: one division, correctly rounded. + 0 turns −0 into 0.
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(sum)) {
      return sum / pow10(s) + 0;
    }
  }
  return decimalToNumber(addDecimal(decimalOf(a), decimalOf(b)));
}
