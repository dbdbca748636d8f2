import fc from "fast-check";
import { distribute } from "../../src/core";
import { refAllocate, refNumber, refToNumber, refUnits, type RefDecimal } from "../support/reference";

/**
 * distribute looks the extra units up by residue (what is spread modulo the weights' sum) when a
 * distribution has at least as many totals as that sum; the small-case property tests never get
 * there. Here the weights are small whole numbers (sums up to 360) and the totals many,
 * so the table is built and reused, and every column must still equal the BigInt reference.
 */
const weightsArb = fc
  .array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 30 })
  .filter((w) => w.some((x) => x > 0));
const totalArb = fc.record({
  int: fc.bigInt({ min: -9_999_999n, max: 99_999_999n }),
  scale: fc.integer({ min: 0, max: 2 }),
});

describe("distribute's residue table agrees with the BigInt reference (1.000 cases of 60 to 600 totals)", () => {
  test("no holds, and one set of holds for every year", () => {
    fc.assert(
      fc.property(
        weightsArb,
        fc.array(totalArb, { minLength: 60, maxLength: 600 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (ints, totals, decimals, withHolds) => {
          const weights: RefDecimal[] = ints.map((w) => ({ int: BigInt(w), scale: 0 }));
          // Hold the first part at 0 (excluded), so the rest is spread over a smaller sum.
          const holds = withHolds ? ints.map((_, i) => (i === 0 ? 0 : null)) : undefined;
          const held = ints.map((_, i) => (withHolds && i === 0 ? 0n : null));
          const freeWeightExists = ints.some((w, i) => w > 0 && !(withHolds && i === 0));
          const input = { totals: totals.map(refToNumber), weights: ints, decimals, holds: holds?.map((h) => [h]) };
          const roundedTotals = totals.map((t) => refUnits(t, decimals));
          if (!freeWeightExists && roundedTotals.some((u) => u !== 0n)) {
            expect(() => distribute(input)).toThrow();
            return;
          }
          const parts = distribute(input);
          totals.forEach((_, y) => {
            const expected = refAllocate(roundedTotals[y] as bigint, weights, held);
            const column = parts.map((row) => row[y] as number);
            expect(column).toEqual(expected.map((u) => refNumber(u, decimals)));
          });
        },
      ),
      { numRuns: 1000, seed: 20261124 },
    );
  });
});
