/**
 * Exact decimal reading of JavaScript numbers. Every input number is taken as the shortest decimal
 * that prints the same (0.068 is 68/1000, not the binary double nearest to it), so that ties and
 * sums are decided in decimal terms, as an economist reads the sheet.
 */

/** value = coef × 10^exp, with coef an integer. */
export interface Decimal {
  coef: bigint;
  exp: number;
}

const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const BIG10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** 10^n as a bigint, n ≥ 0. */
export function pow10n(n: number): bigint {
  return n < BIG10.length ? (BIG10[n] as bigint) : 10n ** BigInt(n);
}

/** 10^n as an exact double, 0 ≤ n ≤ 22. */
export function pow10(n: number): number {
  return POW10[n] as number;
}

/** The shortest decimal that prints as x (x finite). */
export function decimalOf(x: number): Decimal {
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
  return { coef: BigInt(mantissa), exp };
}

/** Number of decimal places in the shortest decimal of x (0 for whole numbers and large exponents). */
export function fractionDigits(x: number): number {
  const d = decimalOf(x);
  return d.exp < 0 ? -d.exp : 0;
}

/** The double nearest to an exact decimal (correctly rounded). */
export function decimalToNumber(d: Decimal): number {
  const { coef, exp } = d;
  if (coef === 0n) return 0;
  const small = coef < 9007199254740992n && coef > -9007199254740992n;
  // Both operands exact and one IEEE operation: the result is correctly rounded.
  if (small && exp >= -22 && exp <= 0) return Number(coef) / (POW10[-exp] as number);
  if (small && exp > 0 && exp <= 22) {
    const product = Number(coef) * (POW10[exp] as number);
    if (Number.isSafeInteger(product)) return product;
  }
  return Number(`${coef}e${exp}`);
}

/** Brings decimals to their common (smallest) exponent: value_i = ints[i] × 10^exp. */
export function commonScale(values: readonly Decimal[]): { ints: bigint[]; exp: number } {
  let exp = 0;
  for (const v of values) if (v.coef !== 0n && v.exp < exp) exp = v.exp;
  const ints = values.map((v) => (v.coef === 0n ? 0n : v.coef * pow10n(v.exp - exp)));
  return { ints, exp };
}

/** Exact sum of numbers read as decimals. */
export function sumDecimals(values: readonly number[]): Decimal {
  const { ints, exp } = commonScale(values.map(decimalOf));
  let sum = 0n;
  for (const i of ints) sum += i;
  return { coef: sum, exp };
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  return { coef: a.coef * pow10n(a.exp - exp) + b.coef * pow10n(b.exp - exp), exp };
}

export function negateDecimal(a: Decimal): Decimal {
  return { coef: -a.coef, exp: a.exp };
}

export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { coef: a.coef * b.coef, exp: a.exp + b.exp };
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const diff = addDecimal(a, negateDecimal(b)).coef;
  return diff > 0n ? 1 : diff < 0n ? -1 : 0;
}

/** Exact sum as a number: 0.1 + 0.2 gives 0.3, not 0.30000000000000004. */
export function exactSum(values: readonly number[]): number {
  return decimalToNumber(sumDecimals(values));
}

/** Integer division rounding half away from zero, as Excel's ROUND does. */
export function divideRoundHalfAway(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  if (2n * (n % d) >= d) q += 1n;
  return negative ? -q : q;
}

/** A decimal rounded to `decimals` places, half away from zero, counted in units of 10^-decimals. */
export function decimalToUnits(d: Decimal, decimals: number): bigint {
  const shift = d.exp + decimals;
  if (shift >= 0) return d.coef * pow10n(shift);
  return divideRoundHalfAway(d.coef, pow10n(-shift));
}

/** Units of 10^-decimals back to the double that prints them. */
export function unitsToNumber(units: number, decimals: number): number {
  if (units === 0) return 0;
  // |units| < 2^53 and 10^k exact: one correctly rounded operation, which prints as the decimal.
  if (decimals >= 0 && decimals <= 22) return units / (POW10[decimals] as number);
  if (decimals < 0 && decimals >= -22) return units * (POW10[-decimals] as number);
  return decimalToNumber({ coef: BigInt(units), exp: -decimals });
}
