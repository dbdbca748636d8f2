import fc from "fast-check";
import { cumulative, netEffect } from "../../src/core";
import { freeWeightSum, prepareKey, prepareKeyFromDecimals } from "../../src/core/kernel/preparedKey";
import {
  addDecimal,
  decimalOf,
  decimalToNumber,
  type Decimal,
  intToNumber,
  intToString,
  ZERO_INT,
} from "../../src/core/decimal";
import { addExact, placesOf } from "../../src/core/kernel/shortDecimal";

/**
 * The integer path must give exactly what the string-and-BigInt route gives, for every double:
 * amounts with few places, doubles that need 17 digits, huge and tiny values, near 2^53 units.
 */
const amountArb = fc.oneof(
  fc
    .record({
      units: fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
      places: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ units, places }) => Number(`${units}e-${places}`)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }).map((n) => n / 1000),
  fc.constantFrom(0, -0, 0.1, 0.2, 0.3, 1e15, 1e16, 1e21, 9007199254740991, 5e-324, 0.30000000000000004),
);

function slowAdd(a: number, b: number): number {
  return decimalToNumber(addDecimal(decimalOf(a), decimalOf(b)));
}

function slowCumulative(flows: readonly number[]): number[] {
  let sum: Decimal = { coef: ZERO_INT, exp: 0 };
  return flows.map((flow) => {
    sum = addDecimal(sum, decimalOf(flow));
    return decimalToNumber(sum);
  });
}

const runs = { numRuns: 20_000, seed: 20261124 };

describe("the integer path of exact decimals agrees with the BigInt route", () => {
  test("placesOf finds the places of the decimal String(x) prints, or leaves x to the exact route", () => {
    fc.assert(
      fc.property(amountArb, (x) => {
        const { coef, exp } = decimalOf(x);
        const places = placesOf(x);
        const printed = exp < 0 ? -exp : 0;
        // Near 2^53 units x × 10^s may round to the wrong integer: those go the exact route.
        const fits = exp <= 0 && printed <= 9 && Math.abs(intToNumber(coef)) < 2 ** 50;
        if (fits) expect(places).toBe(printed);
        else expect(places === -1 || places === printed).toBe(true);
      }),
      runs,
    );
  });

  test("addExact and netEffect equal the exact sum read back, cell by cell (20.000 cases)", () => {
    fc.assert(
      fc.property(amountArb, amountArb, (a, b) => {
        expect(Object.is(addExact(a, b), slowAdd(a, b))).toBe(true);
        expect(netEffect([[a]], [[b]])).toEqual([[slowAdd(a, b)]]);
      }),
      runs,
    );
  });

  test("cumulative equals the exact running sum, also across the switch to the exact route (20.000 cases)", () => {
    fc.assert(
      fc.property(fc.array(amountArb, { maxLength: 12 }), (flows) => {
        const slow = slowCumulative(flows);
        // A running sum beyond the largest double is the user's overflow, refused by name.
        if (slow.some((value) => !Number.isFinite(value))) {
          expect(() => cumulative(flows)).toThrow(/^flows: the running sum is beyond/);
          return;
        }
        const fast = cumulative(flows);
        fast.forEach((value, i) => expect(Object.is(value, slow[i])).toBe(true));
      }),
      runs,
    );
  });

  test("sums past 2^53 units leave the integer path without losing a unit", () => {
    // 2^52 thousandths twice make 2^53 units: the third flow is added on the exact route.
    const half = 2 ** 52 / 1000;
    const flows = [half, half, 0.001, -half];
    expect(String(half)).toBe("4503599627370.496");
    expect(cumulative(flows)).toEqual(slowCumulative(flows));
    expect(cumulative(flows)[3]).toBe(4503599627370.497);
    expect(addExact(9007199254740991, 1)).toBe(9007199254740992);
    expect(addExact(0.1, 0.2)).toBe(0.3);
    expect(Object.is(addExact(-0, -0), 0)).toBe(true);
  });
});

describe("prepareKey's number-only route for short decimals", () => {
  const weightArb = fc.oneof(
    amountArb.filter((x) => x >= 0),
    fc.integer({ min: 0, max: 2 ** 53 - 1 }),
    fc.integer({ min: 0, max: 99_999 }).map((n) => n / 100),
    fc.constantFrom(0, 1, 1e-9, 4503599627370.496, 9007199254740991, 0.1, 0.2),
  );

  test("gives the same integers, exact integers and tie ranks as the decimal route (20.000 keys)", () => {
    fc.assert(
      fc.property(fc.array(weightArb, { minLength: 1, maxLength: 14 }), (weights) => {
        const fast = prepareKey(weights);
        const slow = prepareKeyFromDecimals(weights.map(decimalOf));
        expect(fast.size).toBe(slow.size);
        expect(fast.ints === null ? null : Array.from(fast.ints)).toEqual(
          slow.ints === null ? null : Array.from(slow.ints),
        );
        expect(Array.from(fast.rank)).toEqual(Array.from(slow.rank));
        expect(fast.bigInts.map(intToString)).toEqual(slow.bigInts.map(intToString));
        expect(intToString(freeWeightSum(fast, null))).toBe(intToString(freeWeightSum(slow, null)));
      }),
      runs,
    );
  });

  test("refuses a negative weight as the decimal route does", () => {
    expect(() => prepareKey([1, -0.5])).toThrow(RangeError);
  });
});
