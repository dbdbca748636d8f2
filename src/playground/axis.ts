/**
 * The value axis of the playground's charts, chosen as Excel chooses its automatic major unit: a
 * step of 1, 2 or 5 × 10^k that gives at most about eight steps from a bound at or below the lowest
 * value (and 0) to one at or above the highest. Drawing only concerns the screen, so binary
 * arithmetic is fine here; the labels are printed through the cells' number format.
 */
import { largest, smallest } from "../sheet/extremes";

export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

const MAX_STEPS = 8;

export function valueAxis(values: readonly number[]): Axis {
  const low = smallest(values, 0);
  const high = largest(values, 0);
  const span = high - low || 1;
  const raw = span / MAX_STEPS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const min = Math.floor(low / step) * step;
  const top = Math.ceil(high / step) * step;
  const max = top === min ? min + step : top;
  const ticks: number[] = [];
  for (let k = 0; min + k * step <= max + step / 2; k++) ticks.push(min + k * step);
  return { min, max, ticks };
}
