/**
 * Exact decimal reading of JavaScript numbers. Every input number is taken as the shortest decimal
 * that prints the same (0.068 is 68/1000, not the binary double nearest to it), so that ties and
 * sums are decided in decimal terms, as an economist reads the sheet.
 */
import {
  addInt,
  divideByPow10RoundHalfAway,
  type ExactInt,
  intFromDigits,
  intOf,
  intToNumber,
  intToString,
  isSafeInt,
  multiplyInt,
  negateInt,
  pow10Int,
  scaleInt,
  ZERO_INT,
} from "./exactInt";

// The exact integer type is part of the Decimal API (Decimal.coef), so it is exported with it.
export * from "./exactInt";

/** value = coef × 10^exp, with coef an exact integer (ExactInt: no native BigInt, see exactInt.ts). */
export interface Decimal {
  coef: ExactInt;
  exp: number;
}

// Literals: every power of ten up to 10^22 is a double exactly. Nothing here is computed when the
// functions bundle loads, which Excel waits for before the first result.
const POW10: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];
/** Powers of ten as exact integers, made when first asked for. */
const INT10: ExactInt[] = [];

/** 10^n as an exact integer, n ≥ 0. */
export function pow10n(n: number): ExactInt {
  if (n >= 40) return pow10Int(n);
  let power = INT10[n];
  if (power === undefined) {
    power = pow10Int(n);
    INT10[n] = power;
  }
  return power;
}

/** 10^n as an exact double, 0 ≤ n ≤ 22. */
export function pow10(n: number): number {
  return POW10[n] as number;
}

/** The shortest decimal that prints as x (x finite). */
export function decimalOf(x: number): Decimal {
  // Whole numbers below 2^53 print without exponent or point: no string needed.
  if (Number.isSafeInteger(x)) return { coef: intOf(x), exp: 0 };
  const places = shortPlaces(x);
  if (places > 0) return { coef: intOf(wholeAt(x, places)), exp: -places };
  // String(x) is the shortest round-trip representation (ECMAScript Number::toString).
  const text = String(x);
  let mantissa = text;
  let exp = 0;
  const e = text.indexOf("e");
  if (e >= 0) {
    mantissa = text.slice(0, e);
    exp = Number(text.slice(e + 1));
  }
  const dot = mantissa.indexOf(".");
  if (dot >= 0) {
    exp -= mantissa.length - dot - 1;
    mantissa = mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  }
  return { coef: intFromDigits(mantissa), exp };
}

/**
 * The places k of the shortest decimal of x when it has at most 15 significant digits, so that x is
 * exactly wholeAt(x, k) × 10^-k; −1 when it has more (decimalOf then reads it). A decimal of at most
 * 15 digits is the only one of that length that reads as its double, so the first k at which
 * round(x × 10^k) reads back as x gives the same decimal as decimalOf, without a string.
 */
export function shortPlaces(x: number): number {
  if (Number.isSafeInteger(x)) return 0;
  const magnitude = x < 0 ? -x : x;
  for (let k = 1; k <= 22; k++) {
    const scale = POW10[k] as number;
    const whole = Math.round(magnitude * scale);
    if (whole >= 1e15) return -1;
    if (whole / scale === magnitude) return k;
  }
  return -1;
}

/** x × 10^k as the whole number it is, for k = shortPlaces(x) ≥ 0. */
export function wholeAt(x: number, k: number): number {
  if (k === 0) return x;
  const whole = Math.round((x < 0 ? -x : x) * (POW10[k] as number));
  return x < 0 ? -whole : whole;
}

/** Number of decimal places in the shortest decimal of x (0 for whole numbers and large exponents). */
export function fractionDigits(x: number): number {
  const d = decimalOf(x);
  return d.exp < 0 ? -d.exp : 0;
}

/** -1, 0 or 1: the sign of a decimal. */
export function signOfDecimal(d: Decimal): number {
  return d.coef.sign;
}

/** The double nearest to an exact decimal (correctly rounded). */
export function decimalToNumber(d: Decimal): number {
  const { coef, exp } = d;
  if (coef.sign === 0) return 0;
  if (isSafeInt(coef)) {
    const n = intToNumber(coef);
    // Both operands exact and one IEEE operation: the result is correctly rounded.
    if (exp >= -22 && exp <= 0) return n / (POW10[-exp] as number);
    if (exp > 0 && exp <= 22) {
      const product = n * (POW10[exp] as number);
      if (Number.isSafeInteger(product)) return product;
    }
  }
  return Number(`${intToString(coef)}e${exp}`);
}

/** Brings decimals to their common (smallest) exponent: value_i = ints[i] × 10^exp. */
export function commonScale(values: readonly Decimal[]): { ints: ExactInt[]; exp: number } {
  let exp = 0;
  for (const v of values) if (v.coef.sign !== 0 && v.exp < exp) exp = v.exp;
  const ints = values.map((v) => (v.coef.sign === 0 ? ZERO_INT : scaleInt(v.coef, v.exp - exp)));
  return { ints, exp };
}

/** Exact sum of numbers read as decimals. */
export function sumDecimals(values: readonly number[]): Decimal {
  const { ints, exp } = commonScale(values.map(decimalOf));
  let sum = ZERO_INT;
  for (const i of ints) sum = addInt(sum, i);
  return { coef: sum, exp };
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  return { coef: addInt(scaleInt(a.coef, a.exp - exp), scaleInt(b.coef, b.exp - exp)), exp };
}

export function negateDecimal(a: Decimal): Decimal {
  return { coef: negateInt(a.coef), exp: a.exp };
}

export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { coef: multiplyInt(a.coef, b.coef), exp: a.exp + b.exp };
}

/** x × 10^places, exactly in decimal terms: 0.284 shifted by 2 is 28.4, not 28.399999999999995. */
export function shiftDecimal(x: number, places: number): number {
  const d = decimalOf(x);
  return decimalToNumber({ coef: d.coef, exp: d.exp + places });
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  return addDecimal(a, negateDecimal(b)).coef.sign;
}

/** Exact sum as a number: 0.1 + 0.2 gives 0.3, not 0.30000000000000004. */
export function exactSum(values: readonly number[]): number {
  return decimalToNumber(sumDecimals(values));
}

/** A decimal rounded to `decimals` places, half away from zero, counted in units of 10^-decimals. */
export function decimalToUnits(d: Decimal, decimals: number): ExactInt {
  const shift = d.exp + decimals;
  if (shift >= 0) return scaleInt(d.coef, shift);
  return divideByPow10RoundHalfAway(d.coef, -shift);
}

/** Units of 10^-decimals back to the double that prints them. */
export function unitsToNumber(units: number, decimals: number): number {
  if (units === 0) return 0;
  // |units| < 2^53 and 10^k exact: one correctly rounded operation, which prints as the decimal.
  if (decimals >= 0 && decimals <= 22) return units / (POW10[decimals] as number);
  if (decimals < 0 && decimals >= -22) return units * (POW10[-decimals] as number);
  return decimalToNumber({ coef: intOf(units), exp: -decimals });
}
