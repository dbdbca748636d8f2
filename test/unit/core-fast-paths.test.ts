import fc from "fast-check";
import { allocateUnits } from "../../src/core/kernel/allocate";
import { freeWeightSum, prepareKey } from "../../src/core/kernel/preparedKey";
import { refAllocate, type RefDecimal } from "../support/reference";

/**
 * The exact fast paths of allocateUnits where units × (the weights' sum) passes 2^53 (split
 * products for short keys with large totals; a floating-point filter for 16–17-digit weights)
 * against the plain BigInt largest-remainder reference, with holds (parts left out), equal
 * weights (exact ties) and zero weights.
 */

/** x read from its shortest decimal text, independently of src/core. */
function refOf(x: number): RefDecimal {
  const [mantissa = "", exponent = "0"] = String(x).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const scale = fraction.length - Number(exponent);
  return scale >= 0
    ? { int: BigInt(whole + fraction), scale }
    : { int: BigInt(whole + fraction) * 10n ** BigInt(-scale), scale: 0 };
}

function check(units: number, weights: number[], free: boolean[]): void {
  const key = prepareKey(weights);
  const mask = free.every(Boolean) ? null : free;
  const out = new Float64Array(weights.length);
  allocateUnits(units, key, mask, freeWeightSum(key, mask), out);
  const held = weights.map((_, i) => (free[i] ? null : 0n));
  const anyFree = weights.some((w, i) => free[i] && w > 0);
  const expected = anyFree ? refAllocate(BigInt(units), weights.map(refOf), held) : weights.map(() => 0n);
  expect(Array.from(out, (x) => BigInt(x))).toEqual(expected);
}

const runs = { numRuns: 10_000, seed: 20261130 };
const unitsArb = fc.oneof(
  fc.integer({ min: 1, max: 999_999_999_999_999 }),
  fc.integer({ min: 2 ** 40, max: 2 ** 50 }),
  fc.integer({ min: 1, max: 1_000_000 }),
);

describe("allocateUnits' fast exact paths agree with the BigInt reference", () => {
  test("short keys with totals of up to 15 digits (units × sum past 2^53, sum below 2^26)", () => {
    const weightArb = fc.oneof(
      fc.integer({ min: 0, max: 999 }).map((n) => n / 10),
      fc.integer({ min: 0, max: 99_999 }).map((n) => n / 1000),
      fc.constantFrom(0, 12.5, 12.5, 1),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(weightArb, fc.boolean(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 }),
        unitsArb,
        (parts, units) => {
          // Some weights repeated from the first, for exact ties.
          const weights = parts.map(([w, , copy]) => (copy === 0 ? (parts[0] as [number, boolean, number])[0] : w));
          const free = parts.map(([, held], i) => i === 0 || !held);
          check(units, weights, free);
        },
      ),
      runs,
    );
  });

  test("weights of 16–17 digits as formulas give them (=B2/SUM(B$2:B$13)), equal and zero weights among them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.boolean(), fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 30,
        }),
        unitsArb,
        (parts, units) => {
          const base = parts.map(([b, , copy]) => (copy === 0 ? (parts[0] as [number, boolean, number])[0] : b));
          const total = base.reduce((a, b) => a + b, 0) || 1;
          const weights = base.map((b) => b / total);
          const free = parts.map(([, held], i) => i === 0 || !held);
          check(units, weights, free);
        },
      ),
      runs,
    );
  });

  test("budgets in kr. and øre as weights (safe integers, sum past 2^26, units × sum past 2^53), ties and holds", () => {
    const budgetArb = fc.oneof(
      fc.integer({ min: 100_000, max: 999_999_999 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 99 }).map((n) => n * 1e6),
      fc.constant(0),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(budgetArb, fc.boolean(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 }),
        unitsArb,
        (parts, units) => {
          const weights = parts.map(([w, , copy]) => (copy === 0 ? (parts[0] as [number, boolean, number])[0] : w));
          const free = parts.map(([, held], i) => i === 0 || !held);
          check(units, weights, free);
        },
      ),
      runs,
    );
  });

  test("budgets whose shares are whole numbers go the exact route", () => {
    // 7 × 2^37 units over 2^26 : 2^27 : 2^28 (sum 7 × 2^26) are shares of exactly 2^37, 2^38 and
    // 2^39: a fraction of 0 is within any margin of a whole number, so the exact route decides.
    check(7 * 2 ** 37, [2 ** 26, 2 ** 27, 2 ** 28], [true, true, true]);
  });

  test("a near-tie of unequal 17-digit weights at the cut is decided exactly (the filter steps aside)", () => {
    // Remainders 0,5 − tiny and 0,5: the estimate cannot tell them apart, the exact route does.
    check(1, [0.30000000000000004, 0.3], [true, true]);
    check(3, [1 / 3, 1 / 3, 0.33333333333333337], [true, true, true]);
    check(5, [0.1, 0.2, 0.30000000000000004, 0.39999999999999997], [true, true, true, true]);
  });
});
