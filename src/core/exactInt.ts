/**
 * Exact integers of any size without native BigInt, which Excel's ES2016 custom-functions runtime
 * lacks. Digits are kept in base 10^7 limbs, least significant first: a product of two limbs plus
 * a limb and a carry stays below 2^53, and scaling by 10^k, printing and reading decimal text need
 * no base conversion, which is what the decimal core does most.
 */

/** sign × Σ limbs[i] × 10^(7i); zero is sign 0 with no limbs; the top limb is never 0. */
export interface ExactInt {
  readonly sign: -1 | 0 | 1;
  readonly limbs: readonly number[];
}

const BASE = 1e7;
const BASE_DIGITS = 7;
const SAFE = 9007199254740992;
const MAX_SAFE = SAFE - 1;
const LIMB_POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6];

export const ZERO_INT: ExactInt = { sign: 0, limbs: [] };

function make(sign: -1 | 1, limbs: number[]): ExactInt {
  let length = limbs.length;
  while (length > 0 && limbs[length - 1] === 0) length--;
  if (length === 0) return ZERO_INT;
  if (length < limbs.length) limbs.length = length;
  return { sign, limbs };
}

/** An exact integer from a safe integer (|n| < 2^53). */
export function intOf(n: number): ExactInt {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${n} is not a safe integer`);
  if (n === 0) return ZERO_INT;
  let rest = n < 0 ? -n : n;
  const limbs: number[] = [];
  while (rest > 0) {
    const high = Math.floor(rest / BASE);
    limbs.push(rest - high * BASE);
    rest = high;
  }
  return { sign: n < 0 ? -1 : 1, limbs };
}

/** An exact integer from decimal digits with an optional leading sign ("-00120" is -120). */
export function intFromDigits(text: string): ExactInt {
  const first = text.charCodeAt(0);
  const start = first === 45 || first === 43 ? 1 : 0;
  if (start === text.length) throw new SyntaxError(`"${text}" is not an integer`);
  const limbs: number[] = [];
  // Limbs from the right, 7 digits each, read by character codes (no regex, no substrings).
  for (let end = text.length; end > start; end -= BASE_DIGITS) {
    const from = end - BASE_DIGITS > start ? end - BASE_DIGITS : start;
    let limb = 0;
    for (let i = from; i < end; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) throw new SyntaxError(`"${text}" is not an integer`);
      limb = limb * 10 + digit;
    }
    limbs.push(limb);
  }
  return make(first === 45 ? -1 : 1, limbs);
}

/** Decimal digits, with a minus sign when negative. */
export function intToString(a: ExactInt): string {
  const limbs = a.limbs;
  if (limbs.length === 0) return "0";
  let text = String(limbs[limbs.length - 1]);
  for (let i = limbs.length - 2; i >= 0; i--) text += ("000000" + String(limbs[i])).slice(-BASE_DIGITS);
  return a.sign < 0 ? "-" + text : text;
}

/** Whether |a| < 2^53, so that intToNumber gives it exactly. */
export function isSafeInt(a: ExactInt): boolean {
  const limbs = a.limbs;
  if (limbs.length < 3) return true;
  if (limbs.length > 3) return false;
  return (limbs[2] as number) * 1e14 + (limbs[1] as number) * BASE + (limbs[0] as number) < SAFE;
}

/** The double nearest to a (exact when |a| < 2^53). */
export function intToNumber(a: ExactInt): number {
  const limbs = a.limbs;
  const length = limbs.length;
  if (length === 0) return 0;
  if (length <= 3) {
    // Every partial sum below 2^53 is an exact integer, so one check on the result suffices.
    const high = length === 3 ? (limbs[2] as number) * 1e14 : 0;
    const value = high + (length >= 2 ? (limbs[1] as number) * BASE : 0) + (limbs[0] as number);
    if (value < SAFE) return a.sign * value;
  }
  // The string route is correctly rounded (ECMAScript StringToNumber).
  return +intToString(a);
}

export function negateInt(a: ExactInt): ExactInt {
  return a.sign === 0 ? a : { sign: a.sign < 0 ? 1 : -1, limbs: a.limbs };
}

export function absInt(a: ExactInt): ExactInt {
  return a.sign < 0 ? { sign: 1, limbs: a.limbs } : a;
}

function compareMagnitude(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length > b.length ? 1 : -1;
  for (let i = a.length - 1; i >= 0; i--) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compareInt(a: ExactInt, b: ExactInt): number {
  if (a.sign !== b.sign) return a.sign > b.sign ? 1 : -1;
  const magnitude = compareMagnitude(a.limbs, b.limbs);
  return a.sign < 0 ? 0 - magnitude : magnitude;
}

function addMagnitudes(a: readonly number[], b: readonly number[]): number[] {
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  const out = new Array<number>(long.length + 1);
  let carry = 0;
  for (let i = 0; i < long.length; i++) {
    const t = (long[i] as number) + (i < short.length ? (short[i] as number) : 0) + carry;
    carry = t >= BASE ? 1 : 0;
    out[i] = t - carry * BASE;
  }
  out[long.length] = carry;
  return out;
}

/** |a| − |b| for |a| ≥ |b|. */
function subtractMagnitudes(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length);
  let borrow = 0;
  for (let i = 0; i < a.length; i++) {
    let t = (a[i] as number) - (i < b.length ? (b[i] as number) : 0) - borrow;
    borrow = t < 0 ? 1 : 0;
    t += borrow * BASE;
    out[i] = t;
  }
  return out;
}

export function addInt(a: ExactInt, b: ExactInt): ExactInt {
  if (a.sign === 0) return b;
  if (b.sign === 0) return a;
  if (a.sign === b.sign) return make(a.sign, addMagnitudes(a.limbs, b.limbs));
  const order = compareMagnitude(a.limbs, b.limbs);
  if (order === 0) return ZERO_INT;
  return order > 0
    ? make(a.sign, subtractMagnitudes(a.limbs, b.limbs))
    : make(b.sign, subtractMagnitudes(b.limbs, a.limbs));
}

export function subtractInt(a: ExactInt, b: ExactInt): ExactInt {
  return addInt(a, negateInt(b));
}

export function multiplyInt(a: ExactInt, b: ExactInt): ExactInt {
  if (a.sign === 0 || b.sign === 0) return ZERO_INT;
  const x = a.limbs;
  const y = b.limbs;
  const out = new Array<number>(x.length + y.length).fill(0);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    if (xi === 0) continue;
    let carry = 0;
    for (let j = 0; j < y.length; j++) {
      // < 10^7 + (10^7 − 1)² + 10^7 < 2^53: exact.
      const t = (out[i + j] as number) + xi * (y[j] as number) + carry;
      carry = Math.floor(t / BASE);
      out[i + j] = t - carry * BASE;
    }
    let k = i + y.length;
    while (carry > 0) {
      const t = (out[k] as number) + carry;
      carry = t >= BASE ? 1 : 0;
      out[k++] = t - carry * BASE;
    }
  }
  return make(a.sign === b.sign ? 1 : -1, out);
}

/** a × 10^k for k ≥ 0. */
export function scaleInt(a: ExactInt, k: number): ExactInt {
  if (a.sign === 0 || k === 0) return a;
  const whole = Math.floor(k / BASE_DIGITS);
  const factor = LIMB_POW10[k - whole * BASE_DIGITS] as number;
  const x = a.limbs;
  const out = new Array<number>(whole + x.length + 1);
  for (let i = 0; i < whole; i++) out[i] = 0;
  let carry = 0;
  for (let i = 0; i < x.length; i++) {
    const t = (x[i] as number) * factor + carry;
    carry = Math.floor(t / BASE);
    out[whole + i] = t - carry * BASE;
  }
  out[whole + x.length] = carry;
  return make(a.sign, out);
}

/** 10^k as an exact integer, k ≥ 0. */
export function pow10Int(k: number): ExactInt {
  return scaleInt(intOf(1), k);
}

/**
 * a / 10^k (k ≥ 0) rounded half away from zero, as Excel's ROUND: the first dropped digit alone
 * decides, since the dropped part is at least half of 10^k exactly when that digit is 5 or more.
 */
export function divideByPow10RoundHalfAway(a: ExactInt, k: number): ExactInt {
  if (a.sign === 0 || k === 0) return a;
  const x = a.limbs;
  const whole = Math.floor(k / BASE_DIGITS);
  const part = k - whole * BASE_DIGITS;
  if (whole >= x.length + 1) return ZERO_INT;
  // The quotient's limbs: x shifted down by `whole` limbs and then by `part` digits.
  const divisor = LIMB_POW10[part] as number;
  const multiplier = BASE / divisor;
  const out = new Array<number>(Math.max(0, x.length - whole));
  for (let i = whole; i < x.length; i++) {
    const low = Math.floor((x[i] as number) / divisor);
    const next = i + 1 < x.length ? (x[i + 1] as number) : 0;
    out[i - whole] = low + (next % divisor) * multiplier;
  }
  // The first dropped digit: digit k − 1 counted from the units.
  const digitLimb = Math.floor((k - 1) / BASE_DIGITS);
  const digitPlace = k - 1 - digitLimb * BASE_DIGITS;
  const limb = digitLimb < x.length ? (x[digitLimb] as number) : 0;
  const digit = Math.floor(limb / (LIMB_POW10[digitPlace] as number)) % 10;
  const quotient = make(a.sign, out);
  return digit >= 5 ? addInt(quotient, a.sign < 0 ? MINUS_ONE : ONE) : quotient;
}

const ONE = intOf(1);
const MINUS_ONE = intOf(-1);

/** A double within a relative 2^-52 of a > 0 given as value × 10^(7 × shift), shift counted in limbs. */
function approximate(a: readonly number[]): { value: number; shift: number } {
  const length = a.length;
  const take = length < 4 ? length : 4;
  let value = 0;
  for (let i = length - 1; i >= length - take; i--) value = value * BASE + (a[i] as number);
  return { value, shift: length - take };
}

/**
 * floor(a / b) and a mod b for a ≥ 0 and b > 0 when the quotient is known to be below 2^53, as in
 * the largest-remainder method (units × w / W with w ≤ W). The quotient is estimated in floating
 * point and then corrected with exact remainders until 0 ≤ rest < b.
 */
export function divideSmallQuotient(a: ExactInt, b: ExactInt): { quotient: number; rest: ExactInt } {
  if (b.sign <= 0) throw new RangeError("divisor must be above 0");
  if (a.sign === 0) return { quotient: 0, rest: ZERO_INT };
  let quotient = 0;
  let rest = a;
  const divisor = approximate(b.limbs);
  for (;;) {
    const order = rest.sign < 0 ? -1 : compareMagnitude(rest.limbs, b.limbs);
    if (order < 0 && rest.sign >= 0) return { quotient, rest };
    const dividend = approximate(rest.limbs);
    let step = Math.floor((dividend.value / divisor.value) * Math.pow(BASE, dividend.shift - divisor.shift));
    if (rest.sign < 0) step = -step - 1;
    else if (step < 1) step = 1;
    // An estimate may overshoot by a few units; the quotient itself stays below 2^53 by contract.
    else if (!(step <= MAX_SAFE - quotient)) step = MAX_SAFE - quotient;
    if (!(step >= -MAX_SAFE) || step === 0) throw new RangeError("quotient beyond 2^53");
    quotient += step;
    rest = subtractInt(rest, multiplyInt(intOf(step), b));
  }
}

export function isZeroInt(a: ExactInt): boolean {
  return a.sign === 0;
}
