/**
 * The largest and smallest by a loop, on a table too big for Math.max(...values): 200.000 amounts
 * overflow the call stack when spread into arguments. The expected extremes are placed by hand.
 */
import { valueAxis } from "../../src/playground/axis";
import { largest, smallest } from "../../src/sheet/extremes";

const N = 200_000;
/** 0, 1, …, N − 1 shuffled by a fixed stride, with the extremes put where a spread would die. */
function big(): number[] {
  const values = Array.from({ length: N }, (_, i) => (i * 7919) % N);
  values[123_456] = 1e9;
  values[654] = -42.5;
  return values;
}

describe("largest and smallest of 200.000 numbers", () => {
  test("a spread overflows here, the loop does not", () => {
    const values = big();
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(largest(values)).toBe(1e9);
    expect(smallest(values)).toBe(-42.5);
  });

  test("the floor and ceiling stand when nothing passes them, and for no values", () => {
    expect(largest([-3, -1, -2], 0)).toBe(0);
    expect(smallest([3, 1, 2], 0)).toBe(0);
    expect(largest([], 7)).toBe(7);
    expect(largest([])).toBe(-Infinity);
    expect(smallest([])).toBe(Infinity);
  });

  test("NaN wins as in Math.max, wherever it stands", () => {
    expect(largest([1, NaN, 3])).toBeNaN();
    expect(smallest([NaN, 1])).toBeNaN();
  });

  test("the playground's chart axis over 200.000 values: 0 to 1e9 in steps of 2e8", () => {
    const axis = valueAxis(big());
    expect(axis.min).toBe(-200_000_000);
    expect(axis.max).toBe(1_000_000_000);
    expect(axis.ticks[1]).toBe(0);
  });
});
