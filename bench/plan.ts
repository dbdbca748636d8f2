/**
 * How much each group runs in each mode. The default keeps `npm run bench` within about five
 * minutes on two shared cores: the full cross product of sizes, keys and holds up to N = 1e5, and
 * at N = 1e6 the two outer variants (uniform without holds, skewed with holds) unless --full.
 * The cases of 50 million cells or more (N = 1e6 at K = 50 and 200: seconds per call, up to 1,6 GB
 * of result) get 1 warm-up and 3 runs; every other case 2 warm-ups and 10 runs.
 */
import type { WeightKind } from "./data";
import type { MeasureOptions } from "./harness";
import type { Options } from "./options";

export const KEY_SIZES = [2, 12, 50, 200] as const;

export interface Variant {
  weights: WeightKind;
  holds: boolean;
}

export const VARIANTS: readonly Variant[] = [
  { weights: "uniform", holds: false },
  { weights: "uniform", holds: true },
  { weights: "skewed", holds: false },
  { weights: "skewed", holds: true },
];

const OUTER_VARIANTS = [VARIANTS[0], VARIANTS[3]] as Variant[];

export function coreRows(mode: Options["mode"]): number[] {
  return mode === "quick" ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
}

export function variantsAt(rows: number, mode: Options["mode"]): readonly Variant[] {
  return rows >= 1e6 && mode !== "full" ? OUTER_VARIANTS : VARIANTS;
}

/** Cells per run above which a case gets fewer runs: each such run takes seconds. */
const HEAVY_CELLS = 5e7;

export function runsFor(cells: number, mode: Options["mode"]): MeasureOptions {
  if (cells >= HEAVY_CELLS) return { warmups: 1, runs: 3 };
  if (mode === "quick") return { warmups: 1, runs: 5 };
  return { warmups: 2, runs: 10 };
}

/** The table an economist spills or fills by hand in B2 and B3: 10.000 yearly totals × 12 parts. */
export const TABLE = { rows: 10_000, size: 12 } as const;

/** HyperFormula needs about 5 s to build that table, so its build gets fewer runs. */
export function peerBuildRuns(mode: Options["mode"]): MeasureOptions {
  return mode === "quick" ? { warmups: 1, runs: 1 } : { warmups: 1, runs: 3 };
}
