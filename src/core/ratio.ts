/**
 * An exact fraction num / den, as the explanations carry shares and exact amounts (28,4 % of a key
 * is 284 / 1000 exactly; 5,0 × 284 / 1000 is 1,42 exactly, but 1 / 3 of 2 is not a decimal). The
 * shown decimal is cut after a number of places and says whether it stopped exactly.
 */
import {
  absInt,
  addInt,
  divideSmallQuotient,
  type Decimal,
  type ExactInt,
  intOf,
  multiplyInt,
  pow10n,
  scaleInt,
} from "./decimal";

export interface Ratio {
  num: ExactInt;
  /** Above 0. */
  den: ExactInt;
}

export interface ShownRatio {
  /** The fraction truncated towards zero after `places` decimal places. */
  value: Decimal;
  /** Whether the decimal is the fraction itself (nothing was cut off). */
  exact: boolean;
}

/**
 * num / den truncated to `places` decimals (0–15), trailing zeros removed where it is exact. The whole part must stay
 * below 2^53 (amounts in units are below 10^15 by the rounding's own limit).
 */
export function showRatio(ratio: Ratio, places: number): ShownRatio {
  const { quotient, rest } = divideSmallQuotient(absInt(ratio.num), ratio.den);
  const digits = divideSmallQuotient(scaleInt(rest, places), ratio.den);
  // The cut fraction is below 10^places ≤ 10^15: its trailing zeros come off as a plain number
  // (only when nothing was cut: 0,909090… keeps its last 0).
  const exact = digits.rest.sign === 0;
  let fraction = digits.quotient;
  let shown = places;
  while (exact && shown > 0 && fraction % 10 === 0) {
    fraction /= 10;
    shown--;
  }
  const coef = addInt(multiplyInt(intOf(quotient), pow10n(shown)), intOf(fraction));
  const signed: ExactInt = ratio.num.sign < 0 && coef.sign !== 0 ? { sign: -1, limbs: coef.limbs } : coef;
  return { value: { coef: signed, exp: -shown }, exact };
}
