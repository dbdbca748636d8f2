import fc from "fast-check";
import { distribute, InputError, quotaPerDepartment, roundHalfAway } from "../../src/core";
import { refAllocate, refNumber, refToNumber, refUnits, type RefDecimal } from "../support/reference";

/** A decimal with up to 12 significant digits and up to `maxScale` places, and the number that prints it. */
const decimalArb = (maxInt: number, maxScale: number, min = -maxInt): fc.Arbitrary<RefDecimal> =>
  fc.record({
    int: fc.bigInt({ min: BigInt(min), max: BigInt(maxInt) }),
    scale: fc.integer({ min: 0, max: maxScale }),
  });

const weightsArb = fc.array(
  fc.oneof(decimalArb(1000, 3, 0), decimalArb(999_999, 6, 0), fc.constant<RefDecimal>({ int: 0n, scale: 0 })),
  { minLength: 1, maxLength: 14 },
);

const caseArb = fc
  .record({
    totals: fc.array(decimalArb(999_999_999, 4), { minLength: 1, maxLength: 4 }),
    weights: weightsArb,
    decimals: fc.integer({ min: -2, max: 4 }),
    holdMask: fc.array(fc.option(decimalArb(99_999, 2), { freq: 4 }), { minLength: 14, maxLength: 14 }),
  })
  .map(({ totals, weights, decimals, holdMask }) => ({
    totals,
    weights,
    decimals,
    holds: weights.map((_, i) => holdMask[i] ?? null),
  }));

const runs = { numRuns: 10_000, seed: 20261124 };

describe("distribute against an independent BigInt reference (10.000 generated cases each)", () => {
  test("without holds: identical to the reference, each column adds up exactly, parts within one unit of their share", () => {
    fc.assert(
      fc.property(caseArb, ({ totals, weights, decimals }) => {
        const weightNumbers = weights.map(refToNumber);
        const nonZero = weights.some((w) => w.int !== 0n);
        const run = (): number[][] => distribute({ totals: totals.map(refToNumber), weights: weightNumbers, decimals });
        const roundedTotals = totals.map((t) => refUnits(t, decimals));
        if (!nonZero && roundedTotals.some((u) => u !== 0n)) {
          expect(run).toThrow(InputError);
          return;
        }
        const parts = run();
        expect(run()).toEqual(parts); // deterministic
        totals.forEach((_, y) => {
          const units = roundedTotals[y] as bigint;
          const expected = refAllocate(
            units,
            weights,
            weights.map(() => null),
          );
          const column = parts.map((row) => row[y] as number);
          expect(column).toEqual(expected.map((u) => refNumber(u, decimals)));
          expect(expected.reduce((a, b) => a + b, 0n)).toBe(units);
          for (const value of column) expect(Number.isFinite(value)).toBe(true);
        });
      }),
      runs,
    );
  });

  test("with holds: held parts kept, the rest spread exactly, or a clear refusal", () => {
    fc.assert(
      fc.property(caseArb, ({ totals, weights, decimals, holds }) => {
        const holdUnits = holds.map((h) => (h === null ? null : refUnits(h, decimals)));
        const run = (): number[][] =>
          distribute({
            totals: totals.map(refToNumber),
            weights: weights.map(refToNumber),
            decimals,
            holds: holds.map((h) => [h === null ? null : refToNumber(h)]),
          });
        const expectations = totals.map((t) => {
          const units = refUnits(t, decimals);
          const remaining = holdUnits.reduce<bigint>((r, h) => (h === null ? r : r - h), units);
          const freeWeight = weights.some((w, i) => holdUnits[i] === null && w.int !== 0n);
          const valid = (units < 0n ? remaining <= 0n : remaining >= 0n) && (remaining === 0n || freeWeight);
          return { units, valid };
        });
        if (expectations.some((e) => !e.valid)) {
          // The first invalid year is reported; earlier valid years do not matter.
          expect(run).toThrow(InputError);
          return;
        }
        const parts = run();
        expectations.forEach(({ units }, y) => {
          const expected = refAllocate(units, weights, holdUnits);
          expect(parts.map((row) => row[y] as number)).toEqual(expected.map((u) => refNumber(u, decimals)));
          expect(expected.reduce((a, b) => a + b, 0n)).toBe(units);
          holdUnits.forEach((h, i) => {
            if (h !== null) expect(parts[i]?.[y]).toBe(refNumber(h, decimals));
          });
        });
      }),
      runs,
    );
  });

  test("each free part lies within one unit of its exact share of the remainder", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (weights, cents) => {
          const parts = distribute({ totals: [cents / 100], weights, decimals: 2 }).map((row) => row[0] as number);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            // exact share in cents = cents × w / sum; the part in cents is its floor or one more
            const partCents = BigInt(Math.round(part * 100));
            const floorShare = (BigInt(cents) * BigInt(weights[i] as number)) / BigInt(sum);
            expect(partCents === floorShare || partCents === floorShare + 1n).toBe(true);
          });
        },
      ),
      runs,
    );
  });
});

describe("rounding and quota properties", () => {
  test("roundHalfAway equals decimal half-away rounding of the shortest decimal (10.000 cases)", () => {
    fc.assert(
      fc.property(decimalArb(999_999_999_999, 6), fc.integer({ min: -3, max: 6 }), (value, decimals) => {
        const units = refUnits(value, decimals);
        const run = (): number => roundHalfAway(refToNumber(value), decimals);
        if (units > 999_999_999_999_999n || units < -999_999_999_999_999n) expect(run).toThrow(/15 significant digits/);
        else expect(run()).toBe(refNumber(units, decimals) + 0);
      }),
      runs,
    );
  });

  test("quotas add up exactly to the rounded rate × positive bases, and are 0 where the basis is not positive", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimalArb(9_999_999, 1), decimalArb(999_999, 1, 0)), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 3 }),
        (rows, ratePerMille, decimals) => {
          const budgets = rows.map(([b]) => refToNumber(b));
          const exempt = rows.map(([, e]) => refToNumber(e));
          const rate = ratePerMille / 1000;
          const result = quotaPerDepartment(budgets, exempt, rate, decimals);
          const bases = rows.map(
            ([b, e]) => b.int * 10n ** BigInt(1 - b.scale) * 1n - e.int * 10n ** BigInt(1 - e.scale),
          );
          const positive = bases.reduce((s, b) => (b > 0n ? s + b : s), 0n); // tenths
          const totalUnits = refUnits({ int: positive * BigInt(ratePerMille), scale: 4 }, decimals);
          expect(result.totalQuota).toBe(refNumber(totalUnits, decimals) + 0);
          const quotaUnits = result.quota.map((q) =>
            refUnits({ int: BigInt(Math.round(q * 10 ** decimals)), scale: 0 }, 0),
          );
          expect(quotaUnits.reduce((a, b) => a + b, 0n)).toBe(totalUnits);
          bases.forEach((b, i) => {
            if (b <= 0n) expect(result.quota[i]).toBe(0);
          });
        },
      ),
      { numRuns: 2_000, seed: 7 },
    );
  });
});
