import { valueAxis } from "../../src/playground/axis";

describe("the playground chart's value axis (Excel's automatic major unit)", () => {
  test("the catalogue sample: −3,2 to 12,5 in steps of 2 from −4 to 14", () => {
    const axis = valueAxis([-3.2, 1.0, 7.5, 12.5]);
    expect(axis.min).toBe(-4);
    expect(axis.max).toBe(14);
    expect(axis.ticks).toEqual([-4, -2, 0, 2, 4, 6, 8, 10, 12, 14]);
  });

  test("0 is always on the axis, and a flat series still has a step", () => {
    expect(valueAxis([3, 4]).ticks[0]).toBe(0);
    expect(valueAxis([0, 0]).ticks).toEqual([0, 0.2]);
    expect(valueAxis([-5, -1]).ticks.at(-1)).toBe(0);
  });

  test("never more than about eight steps, of 1, 2 or 5 × 10^k", () => {
    for (const [low, high] of [
      [0, 7],
      [-0.37, 0.9],
      [-1200, 45000],
      [0, 1e9],
    ] as const) {
      const { ticks } = valueAxis([low, high]);
      expect(ticks.length - 1).toBeLessThanOrEqual(10);
      const step = (ticks[1] as number) - (ticks[0] as number);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(0, low));
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(high);
    }
  });
});
