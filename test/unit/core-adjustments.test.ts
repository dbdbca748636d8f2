/**
 * The column rule of REPRICE and DEMOGRAPHY on cases worked by hand: mixed signs, a total that is
 * an exact negative half, ties, and amounts beyond the 15 digits Excel keeps.
 */
import { demography, InputError, readRateTable, reprice } from "../../src/core";
import { tableDigits } from "../../src/core/messages";

const INDEX = readRateTable([
  ["År", "Løn"],
  [2025, 0],
]);
const same = (amounts: number[][], decimals = 0): number[][] =>
  reprice({ amounts, fromYear: 2024, toYear: 2025, index: INDEX, decimals });

describe("the sum-preserving column rounding", () => {
  test("mixed signs: -2,5 + 1,2 + 0,4 = -0,9 prints -1", () => {
    // Floors −3, 1, 0 add up to −2; ROUND(−0,9) = −1, so one unit goes to the largest fraction:
    // −2,5 has 0,5, 1,2 has 0,2, 0,4 has 0,4.
    expect(same([[-2.5], [1.2], [0.4]])).toEqual([[-2], [1], [0]]);
  });

  test("a total that is an exact negative half rounds away from zero", () => {
    // −1,25 + −1,25 = −2,5 → −3; floors −2, −2 are −4, one unit to the tie: the earlier row.
    expect(same([[-1.25], [-1.25]])).toEqual([[-1], [-2]]);
  });

  test("equal fractions go to the larger absolute value first", () => {
    // 0,5 + 10,5 + 0,4 = 11,4 → 11; floors 0, 10, 0 leave 1 unit: the ,5 of 10,5 (larger |value|).
    expect(same([[0.5], [10.5], [0.4]])).toEqual([[0], [11], [0]]);
  });

  test("exact multiples are kept, whatever the others need", () => {
    expect(same([[3], [0.6], [0.6], [7]])).toEqual([[3], [1], [0], [7]]);
  });

  test("a cell or a column total beyond 15 digits is refused, naming the cell", () => {
    const cell = (() => {
      try {
        same([[1], [1e16]], 0);
      } catch (error) {
        return error as InputError;
      }
      return undefined;
    })();
    expect(cell?.text).toBe(tableDigits);
    expect(cell?.message).toMatch(/^amounts: row 2, column 1, rounded to 0 decimals, needs more than the 15 digits/);
    expect(() => same([[9e14], [9e14]])).toThrow(/^amounts: the total of column 1, rounded to 0 decimals/);
  });

  test("DEMOGRAPHY: fewer citizens give negative amounts, and the totals row adds up", () => {
    expect(
      demography({ base: [10, 10, 10], forecast: [[7], [13], [10]], unitAmounts: [0.35, 0.35, 1], decimals: 0 }),
    ).toEqual([[-1], [1], [0], [0]]);
  });
});
