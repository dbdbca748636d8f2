import fc from "fast-check";
import { distribute } from "../../src/core";
import { freeWeightSum, prepareKey } from "../../src/core/kernel/preparedKey";
import { intToString } from "../../src/core/decimal";
import { refAllocate, type RefDecimal, ten } from "../support/reference";

/**
 * Keys of long decimals (shares computed by formulas) are read lazily: their exact integers and
 * exact free sums are built only when the floating-point filter steps aside. Checked against the
 * plain BigInt reference: the lazy sums' exact values, and distributions with near-ties at the cut
 * (where the exact route decides) and holds that change from year to year.
 */

/** x read from its shortest decimal text, independently of src/core. */
function refOf(x: number): RefDecimal {
  const [mantissa = "", exponent = "0"] = String(x).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const scale = fraction.length - Number(exponent);
  return scale >= 0
    ? { int: BigInt(whole + fraction), scale }
    : { int: BigInt(whole + fraction) * ten(-scale), scale: 0 };
}

/** The next double above a positive x. */
function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const bits = new BigUint64Array(f.buffer);
  bits[0] = (bits[0] as bigint) + 1n;
  return f[0] as number;
}

/** Shares as =B2/SUM(B$2:B$n) gives them, with equal shares and shares one double apart among them. */
const sharesArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom("plain", "equal", "next")), {
    minLength: 2,
    maxLength: 12,
  })
  .map((rows) => {
    const sum = rows.reduce((s, [b]) => s + b, 0);
    const shares: number[] = [];
    for (const [b, kind] of rows) {
      const previous = shares[shares.length - 1];
      if (kind === "plain" || previous === undefined) shares.push(b / sum);
      else shares.push(kind === "equal" ? previous : nextUp(previous));
    }
    return shares;
  });

const runs = { numRuns: 3_000, seed: 20261206 };

describe("long-decimal keys read lazily", () => {
  test("the lazy free sum is the exact sum of the free weights at their common scale", () => {
    let lazy = 0;
    fc.assert(
      fc.property(sharesArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (shares, mask) => {
        const key = prepareKey(shares);
        // Two 16-digit shares can still add up below 2^53 at their scale: those keep safe integers.
        if (key.ints === null) lazy++;
        const free = shares.map((_, i) => mask[i] as boolean);
        const refs = shares.map(refOf);
        const scale = Math.max(0, ...refs.map((r) => r.scale));
        const expected = refs.reduce((s, r, i) => (free[i] ? s + r.int * ten(scale - r.scale) : s), 0n);
        const sum = freeWeightSum(key, free);
        expect(sum.sign).toBe(expected > 0n ? 1 : 0);
        expect(intToString(sum)).toBe(String(expected));
        expect(intToString(freeWeightSum(key, null))).toBe(
          String(refs.reduce((s, r) => s + r.int * ten(scale - r.scale), 0n)),
        );
      }),
      runs,
    );
    expect(lazy).toBeGreaterThan(runs.numRuns / 2);
  });

  test("long weights whose integers add up below 2^53 keep the safe-integer key", () => {
    expect(Array.from(prepareKey([1e-12, 3e-12, 0]).ints ?? [])).toEqual([1, 3, 0]);
    expect(Array.from(prepareKey([0.1234567891, 0.5]).ints ?? [])).toEqual([1234567891, 5000000000]);
    expect(prepareKey([0.30000000000000004, 0.3]).ints).toBeNull();
  });

  test("distributions with near-ties and yearly holds equal the BigInt reference", () => {
    fc.assert(
      fc.property(
        sharesArb,
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 3 }), { minLength: 36, maxLength: 36 }),
        (shares, totals, holdCells) => {
          const years = totals.length;
          // The first part is never held: some weight above 0 is always free.
          const holds = shares.map((_, i) =>
            totals.map((_, y) => (i === 0 ? null : (holdCells[(i * years + y) % 36] ?? null))),
          );
          const heldSum = (y: number): number => holds.reduce((s, row) => s + (row[y] ?? 0), 0);
          // A total of at least the holds and of spread units where some weight is free.
          const yearTotals = totals.map((t, y) => t + heldSum(y));
          const result = distribute({ totals: yearTotals, weights: shares, decimals: 0, holds });
          const refs = shares.map(refOf);
          for (let y = 0; y < years; y++) {
            const held = holds.map((row) => (row[y] === null ? null : BigInt(row[y] as number)));
            const expected = refAllocate(BigInt(yearTotals[y] as number), refs, held);
            expect(result.map((row) => BigInt(row[y] as number))).toEqual(expected);
          }
        },
      ),
      runs,
    );
  });
});
