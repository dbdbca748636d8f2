/**
 * Non-negative numbers read as the shortest decimals that print them, as exact integers at their
 * common scale, with their exact sum: what commonScale(weights.map(decimalOf)) and a running
 * addInt give, in one pass over the text of each number and one carry at the end. For a key of
 * 10.000 shares computed by formulas (16–17 digits) the intermediate decimals, scaled copies and
 * partial sums were most of the cost of reading it.
 */
import { type ExactInt, intFromDigits, ZERO_INT } from "../exactInt";

const BASE = 1e7;

export interface ScaledInts {
  ints: ExactInt[];
  /** value_i = ints[i] × 10^exp, exp ≤ 0. */
  exp: number;
  sum: ExactInt;
}

/** null where some number is negative or not finite: the caller's general route refuses those. */
export function scaledInts(numbers: readonly number[]): ScaledInts | null {
  const size = numbers.length;
  const digits: string[] = new Array<string>(size);
  const places = new Int32Array(size);
  let scale = 0;
  for (let i = 0; i < size; i++) {
    const x = numbers[i] as number;
    if (!(x >= 0 && x < Infinity)) return null;
    // String(x) is the shortest round-trip decimal (ECMAScript Number::toString): "0.25", "1.5e-7", "1e+21".
    const text = String(x);
    const e = text.indexOf("e");
    const mantissa = e >= 0 ? text.slice(0, e) : text;
    const dot = mantissa.indexOf(".");
    const p = (dot >= 0 ? mantissa.length - dot - 1 : 0) - (e >= 0 ? Number(text.slice(e + 1)) : 0);
    digits[i] = dot >= 0 ? mantissa.slice(0, dot) + mantissa.slice(dot + 1) : mantissa;
    places[i] = p;
    if (p > scale) scale = p;
  }
  const ints: ExactInt[] = new Array<ExactInt>(size);
  // Limb sums without carrying: each limb is below 10^7, so sums of up to 9 × 10^8 stay exact.
  const acc: number[] = [];
  for (let i = 0; i < size; i++) {
    const text = digits[i] as string;
    const zeros = scale - (places[i] as number);
    const int = text === "0" ? ZERO_INT : intFromDigits(zeros > 0 ? text + zerosOf(zeros) : text);
    ints[i] = int;
    const limbs = int.limbs;
    for (let j = 0; j < limbs.length; j++) acc[j] = (acc[j] ?? 0) + (limbs[j] as number);
  }
  const sumLimbs: number[] = [];
  let carry = 0;
  for (let j = 0; j < acc.length || carry > 0; j++) {
    const t = (j < acc.length ? (acc[j] as number) : 0) + carry;
    carry = Math.floor(t / BASE);
    sumLimbs.push(t - carry * BASE);
  }
  while (sumLimbs.length > 0 && sumLimbs[sumLimbs.length - 1] === 0) sumLimbs.pop();
  const sum: ExactInt = sumLimbs.length === 0 ? ZERO_INT : { sign: 1, limbs: sumLimbs };
  return { ints, exp: -scale, sum };
}

/** "0" × n, from a few cached lengths (a key's weights share a handful of scales). */
function zerosOf(n: number): string {
  let z = zeros[n];
  if (z === undefined) {
    z = "";
    for (let i = 0; i < n; i++) z += "0";
    zeros[n] = z;
  }
  return z;
}

const zeros: string[] = [];
