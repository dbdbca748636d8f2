import { distribute, InputError, keyFromBase } from "../../src/core";

const ADMIN_KEY = [0.284, 0.081, 0.135, 0.068, 0.279, 0.153];
const column = (parts: number[][]): number[] => parts.map((row) => row[0] as number);
/** Sums printed figures in hundredths as integers, so the test itself adds up exactly. */
const sumAt = (values: number[], decimals: number): number =>
  values.reduce((s, v) => s + Math.round(v * 10 ** decimals), 0) / 10 ** decimals;

describe("distribute: the published plan's administrative key (DOMAIN.md)", () => {
  test("5,0 mio. at one decimal gives 1,4 · 0,4 · 0,7 · 0,3 · 1,4 · 0,8", () => {
    expect(column(distribute({ totals: [5], weights: ADMIN_KEY, decimals: 1 }))).toEqual([
      1.4, 0.4, 0.7, 0.3, 1.4, 0.8,
    ]);
  });

  test("10,0 mio. at one decimal gives 2,8 · 0,8 · 1,4 · 0,7 · 2,8 · 1,5", () => {
    expect(column(distribute({ totals: [10], weights: ADMIN_KEY, decimals: 1 }))).toEqual([
      2.8, 0.8, 1.4, 0.7, 2.8, 1.5,
    ]);
  });

  test("two years at once give a department × year table, each column adding up", () => {
    const parts = distribute({ totals: [5, 10], weights: ADMIN_KEY, decimals: 1 });
    expect(parts).toEqual([
      [1.4, 2.8],
      [0.4, 0.8],
      [0.7, 1.4],
      [0.3, 0.7],
      [1.4, 2.8],
      [0.8, 1.5],
    ]);
  });

  test("2,00 mio.: rounding each part alone prints 2,01, largest remainder prints 2,00", () => {
    const naive = ADMIN_KEY.map((w) => Math.round(2 * w * 100) / 100);
    expect(naive).toEqual([0.57, 0.16, 0.27, 0.14, 0.56, 0.31]);
    expect(sumAt(naive, 2)).toBe(2.01);
    const parts = column(distribute({ totals: [2], weights: ADMIN_KEY, decimals: 2 }));
    expect(sumAt(parts, 2)).toBe(2);
    // 2 × 6,8 % and 2 × 15,3 % both leave 0,006 over the hundredth: a decimal tie, won by the larger weight.
    expect(parts).toEqual([0.57, 0.16, 0.27, 0.13, 0.56, 0.31]);
  });

  test("a key that adds up to 99 % still spreads the whole total", () => {
    const key99 = [0.284, 0.081, 0.135, 0.068, 0.279, 0.143];
    const parts = column(distribute({ totals: [1000], weights: key99, decimals: 0 }));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
    // exact shares 286,87 · 81,82 · 136,36 · 68,69 · 281,82 · 144,44 of 1000 / 0,99
    expect(parts).toEqual([287, 82, 136, 69, 282, 144]);
  });

  test("a negative total is spread as its absolute value with the sign restored", () => {
    expect(column(distribute({ totals: [-5], weights: ADMIN_KEY, decimals: 1 }))).toEqual([
      -1.4, -0.4, -0.7, -0.3, -1.4, -0.8,
    ]);
  });

  test("the total is rounded first: 5,04 at one decimal spreads 5,0", () => {
    expect(column(distribute({ totals: [5.04], weights: ADMIN_KEY, decimals: 1 }))).toEqual([
      1.4, 0.4, 0.7, 0.3, 1.4, 0.8,
    ]);
  });

  test("negative decimals round to thousands", () => {
    const parts = column(distribute({ totals: [1_234_567], weights: [1, 1, 1], decimals: -3 }));
    // 1.235.000 in thousands: 1235 units over three equal weights, 411,67 each → 412 · 412 · 411
    expect(parts).toEqual([412_000, 412_000, 411_000]);
  });

  test("equal weights and equal remainders: the earlier position wins", () => {
    expect(column(distribute({ totals: [10], weights: [1, 1, 1], decimals: 0 }))).toEqual([4, 3, 3]);
  });

  test("blank-as-zero weights get nothing", () => {
    expect(column(distribute({ totals: [7], weights: [0, 2, 0, 1], decimals: 0 }))).toEqual([0, 5, 0, 2]);
  });
});

describe("distribute: held parts", () => {
  test("a department already delivered last year is held at 0 and the rest spread over the others", () => {
    const holds = [[null], [0], [null], [null], [null], [null]];
    const parts = column(distribute({ totals: [10], weights: ADMIN_KEY, decimals: 1, holds }));
    expect(parts[1]).toBe(0);
    expect(sumAt(parts, 1)).toBe(10);
    // 10,0 over the remaining key 91,9 %: 3,09 · 1,47 · 0,74 · 3,04 · 1,66 → 3,1 · 1,5 · 0,7 · 3,0 · 1,7
    expect(parts).toEqual([3.1, 0, 1.5, 0.7, 3.0, 1.7]);
  });

  test("a fixed 1 mio. is kept and the remainder spread", () => {
    const holds = [[1], [null], [null], [null], [null], [null]];
    const parts = column(distribute({ totals: [5], weights: ADMIN_KEY, decimals: 1, holds }));
    expect(parts[0]).toBe(1);
    expect(sumAt(parts, 1)).toBe(5);
  });

  test("yearly holds (parts × years) hold different parts in different years", () => {
    const holds = [
      [1, null],
      [null, 0],
      [null, null],
    ];
    const parts = distribute({ totals: [4, 6], weights: [1, 1, 2], decimals: 0, holds });
    expect(parts).toEqual([
      [1, 2],
      [1, 0],
      [2, 4],
    ]);
  });

  test("holds beyond the total are refused with a message naming holds", () => {
    const run = (): unknown => distribute({ totals: [10], weights: [1, 1], decimals: 0, holds: [[12], [null]] });
    expect(run).toThrow(InputError);
    expect(run).toThrow(/^holds: add up to 12, beyond the total 10/);
  });

  test("every free weight zero with something left → #DIV/0!", () => {
    try {
      distribute({ totals: [10], weights: [0, 1], decimals: 0, holds: [[null], [3]] });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).kind).toBe("divisionByZero");
      expect((error as InputError).message).toMatch(/^weights: .*7 left to spread/);
    }
  });

  test("everything held and nothing left is fine even with zero weights", () => {
    expect(column(distribute({ totals: [3], weights: [0, 0], decimals: 0, holds: [[1], [2]] }))).toEqual([1, 2]);
  });
});

describe("distribute: bad input", () => {
  test("all-zero weights → #DIV/0!", () => {
    expect(() => distribute({ totals: [100], weights: [0, 0, 0] })).toThrow(/nothing can take/);
  });

  test("a negative weight names its row", () => {
    expect(() => distribute({ totals: [100], weights: [1, -2, 3] })).toThrow(
      /^weights: row 2 is -2, a negative weight/,
    );
  });

  test("a negative weight in a row names its column", () => {
    expect(() => distribute({ totals: [100], weights: [1, 2, -3], layout: "row" })).toThrow(/^weights: column 3 is -3/);
  });

  test.each([1.5, 11, -10, NaN])("decimals %p is refused", (decimals) => {
    expect(() => distribute({ totals: [1], weights: [1], decimals })).toThrow(
      /^decimals: is .*whole number from -9 to 10/,
    );
  });

  test("1e15 at two decimals needs more digits than Excel keeps", () => {
    expect(() => distribute({ totals: [1e15], weights: [1, 2], decimals: 2 })).toThrow(
      /^total: is 1\.000\.000\.000\.000\.000; .*15 digits/,
    );
  });

  test("a huge total in whole units within 15 digits is exact", () => {
    const parts = column(distribute({ totals: [999_999_999_999_999], weights: [1, 1, 1], decimals: 0 }));
    expect(parts).toEqual([333_333_333_333_333, 333_333_333_333_333, 333_333_333_333_333]);
  });

  test("tiny totals round to zero and give zero parts, not noise", () => {
    const parts = column(distribute({ totals: [1e-12], weights: [1, 2], decimals: 2 }));
    expect(parts).toEqual([0, 0]);
    expect(parts.every((p) => Object.is(p, 0))).toBe(true);
  });

  test("weights with many digits go the exact bigint way", () => {
    const parts = column(distribute({ totals: [1e12], weights: [1e-20, 3e-20, 1e5], decimals: 0 }));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1e12);
    expect(parts).toEqual([0, 0, 1e12]);
  });
});

describe("distribute: weights from the ends of the double range (issue 23)", () => {
  test("weights 2 and 5E-324 with the tiny one held at −0,0000003: the other part takes +0,0000003", () => {
    // 0 − (−3 units of 10^-7) = 3 units, all to the only free part.
    expect(distribute({ totals: [0], weights: [2, 5e-324], decimals: 7, holds: [[null], [-0.0000003]] })).toEqual([
      [0.0000003],
      [-0.0000003],
    ]);
  });

  test("a free weight of 1.797.694 beside a held 1E-302: at their common scale it is 1,797694E+308, past the largest double", () => {
    expect(column(distribute({ totals: [1], weights: [1e-302, 0.5, 1797694], holds: [[0.1], [0], [null]] }))).toEqual([
      0, 0, 1,
    ]);
  });

  test("5 units over 1E+308 · 1E+308 · 5E-324: the two large weights take 2 and 3 (tie to the earlier), the tiny one 0", () => {
    // Shares 2,5 · 2,5 · 0 (to 1E-632): the missing unit goes to the earlier of the equal weights.
    expect(column(distribute({ totals: [5], weights: [1e308, 1e308, 5e-324] }))).toEqual([3, 2, 0]);
  });

  test("holds of the other sign that leave more than 15 digits to spread are refused, naming holds", () => {
    // −5.494.944 − 4.505.056 = −10.000.000, 10^15 units at 8 decimals: 16 digits.
    expect(() =>
      distribute({ totals: [-5494944], weights: [1, 1e290], decimals: 8, holds: [[4505056], [null]] }),
    ).toThrow(/^holds: leave -10\.000\.000 to spread, which rounded to 8 decimals needs more than the 15 digits/);
  });

  test("twenty holds of about ±999.999.999.999.999 that pass 2^53 on the way leave exactly 7 to the free part", () => {
    // 6 − (9 × 999.999.999.999.999 + 999.999.999.999.998 − 10 × 999.999.999.999.999) = 6 − (−1) = 7; a
    // running double sum reaches 9.999.999.999.999.983, an odd number past 2^53, and rounds to 6 − … = 6.
    const big = 999_999_999_999_999;
    const held = [...Array<number>(9).fill(big), big - 1, ...Array<number>(10).fill(-big)];
    const parts = column(
      distribute({ totals: [6], weights: [...held.map(() => 1), 1], holds: [...held, null].map((h) => [h]) }),
    );
    expect(parts[20]).toBe(7);
    expect(parts.slice(0, 20)).toEqual(held);
  });
});

describe("key from a base", () => {
  test("shares of 1 at three decimals add up to exactly 1", () => {
    const shares = keyFromBase([3, 3, 3]);
    expect(shares).toEqual([0.334, 0.333, 0.333]);
  });

  test("a negative base is refused, an all-zero base is #DIV/0!", () => {
    expect(() => keyFromBase([1, -1])).toThrow(/^base: row 2 is -1/);
    expect(() => keyFromBase([0, 0])).toThrow(/^base: is 0 everywhere/);
  });
});
