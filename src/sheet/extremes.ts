/**
 * The largest and smallest of many numbers by a loop: Math.max(...values) passes every value as an
 * argument, and a big table's (some 100.000 and more) overflows the call stack.
 */

/** The largest of `values` and `floor` (`floor` when there are none). */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let high = floor;
  for (const v of values) if (v > high || Number.isNaN(v)) high = v;
  return high;
}

/** The smallest of `values` and `ceiling` (`ceiling` when there are none). */
export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let low = ceiling;
  for (const v of values) if (v < low || Number.isNaN(v)) low = v;
  return low;
}
