import fc from "fast-check";
import {
  absInt,
  addInt,
  compareInt,
  divideByPow10RoundHalfAway,
  divideSmallQuotient,
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
  subtractInt,
} from "../../src/core/exactInt";

/**
 * The exact integer type of the core (no native BigInt, for Excel's ES2016 runtime) against native
 * BigInt as the reference, on small, 2^53-boundary and many-digit integers of both signs.
 */
const TWO_53 = 2n ** 53n;

const boundary = fc
  .tuple(
    fc.constantFrom(TWO_53, 10n ** 7n, 10n ** 14n, 10n ** 15n, 10n ** 21n, 999_999_999_999_999n),
    fc.integer({ min: -3, max: 3 }),
    fc.boolean(),
  )
  .map(([base, offset, negative]) => (negative ? -(base + BigInt(offset)) : base + BigInt(offset)));

const bigintArb = fc.oneof(
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
  fc.bigInt({ min: -(10n ** 80n), max: 10n ** 80n }),
  fc.integer({ min: -1000, max: 1000 }).map(BigInt),
  boundary,
  fc.constantFrom(0n, 1n, -1n, TWO_53 - 1n, TWO_53, TWO_53 + 1n, -(TWO_53 - 1n), -TWO_53, 9_999_999n, 10_000_000n),
);

const exact = (b: bigint): ExactInt => intFromDigits(b.toString());
const back = (a: ExactInt): bigint => BigInt(intToString(a));

const runs = { numRuns: 10_000, seed: 20261130 };

describe("ExactInt agrees with native BigInt", () => {
  test("reading and printing digits round-trips, and leading zeros and a plus sign read as they should", () => {
    fc.assert(
      fc.property(bigintArb, (b) => {
        expect(back(exact(b))).toBe(b);
        expect(intToString(exact(b))).toBe(b.toString());
      }),
      runs,
    );
    expect(intToString(intFromDigits("-000120"))).toBe("-120");
    expect(intToString(intFromDigits("+0000000"))).toBe("0");
    expect(() => intFromDigits("12a")).toThrow(SyntaxError);
    expect(() => intFromDigits("-")).toThrow(SyntaxError);
  });

  test("intOf takes every safe integer and refuses the rest", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (n) => {
        expect(back(intOf(n))).toBe(BigInt(n));
      }),
      runs,
    );
    expect(() => intOf(2 ** 53)).toThrow(RangeError);
    expect(() => intOf(0.5)).toThrow(RangeError);
  });

  test("add, subtract, multiply, negate, abs and compare", () => {
    fc.assert(
      fc.property(bigintArb, bigintArb, (a, b) => {
        const x = exact(a);
        const y = exact(b);
        expect(back(addInt(x, y))).toBe(a + b);
        expect(back(subtractInt(x, y))).toBe(a - b);
        expect(back(multiplyInt(x, y))).toBe(a * b);
        expect(back(negateInt(x))).toBe(-a);
        expect(back(absInt(x))).toBe(a < 0n ? -a : a);
        expect(compareInt(x, y)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(addInt(x, negateInt(x)).sign).toBe(0);
      }),
      runs,
    );
  });

  test("to a double: exact below 2^53, correctly rounded above, and isSafeInt draws the line at 2^53", () => {
    fc.assert(
      fc.property(bigintArb, (b) => {
        expect(intToNumber(exact(b))).toBe(Number(b));
        expect(isSafeInt(exact(b))).toBe(b < TWO_53 && b > -TWO_53);
      }),
      runs,
    );
  });

  test("scaling by 10^k and dividing by 10^k rounded half away from zero", () => {
    fc.assert(
      fc.property(bigintArb, fc.integer({ min: 0, max: 40 }), (b, k) => {
        const ten = 10n ** BigInt(k);
        expect(back(scaleInt(exact(b), k))).toBe(b * ten);
        expect(back(pow10Int(k))).toBe(ten);
        const magnitude = b < 0n ? -b : b;
        let q = magnitude / ten;
        if (2n * (magnitude % ten) >= ten) q += 1n;
        expect(back(divideByPow10RoundHalfAway(exact(b), k))).toBe(b < 0n ? -q : q);
      }),
      runs,
    );
    // Halves at the boundary of a limb (7 digits) and beyond the last digit.
    expect(intToString(divideByPow10RoundHalfAway(intFromDigits("5000000"), 7))).toBe("1");
    expect(intToString(divideByPow10RoundHalfAway(intFromDigits("-4999999"), 7))).toBe("0");
    expect(intToString(divideByPow10RoundHalfAway(intFromDigits("-25"), 1))).toBe("-3");
    expect(intToString(divideByPow10RoundHalfAway(intFromDigits("99"), 30))).toBe("0");
  });

  test("division with a quotient below 2^53, as the largest-remainder method needs it", () => {
    const divisorArb = fc.oneof(
      fc.bigInt({ min: 1n, max: 2n ** 70n }),
      fc.bigInt({ min: 1n, max: 10n ** 60n }),
      fc.bigInt({ min: 1n, max: 1000n }),
      fc.constantFrom(TWO_53 - 1n, TWO_53, TWO_53 + 1n, 10n ** 7n),
    );
    const quotientArb = fc.oneof(
      fc.bigInt({ min: 0n, max: TWO_53 - 1n }),
      fc.bigInt({ min: 0n, max: 1000n }),
      fc.constantFrom(0n, 1n, TWO_53 - 1n, 999_999_999_999_999n),
    );
    fc.assert(
      fc.property(divisorArb, quotientArb, fc.bigInt({ min: 0n, max: 2n ** 80n }), (d, q, r) => {
        const a = q * d + (r % d);
        const { quotient, rest } = divideSmallQuotient(exact(a), exact(d));
        expect(BigInt(quotient)).toBe(a / d);
        expect(back(rest)).toBe(a % d);
      }),
      runs,
    );
  });
});
