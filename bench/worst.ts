/**
 * Worst input classes: the shapes an economist meets where the core cannot stay on its friendliest
 * path (weights computed by formulas with 16–17 digits, 10 decimals, totals of 1e14, thousands of
 * cost centres spreading fewer units than there are parts, per-year holds). Each class is timed
 * beside a friendly baseline of the same shape (short weights, small totals), as ns per allocation
 * (one part of one total) and the ratio to that baseline. Sampled rows are checked against a plain
 * BigInt largest-remainder reference that reads the numbers from their decimal text.
 */
import { distribute, type DistributeInput } from "../src/core";
import { referenceHamilton, roundHalfAway } from "./exact";
import { measure } from "./harness";
import type { Options } from "./options";
import { Random, seedOf } from "./random";
import type { CaseResult, Check } from "./results";

type Distribute = (input: DistributeInput) => number[][];

interface WorstClass {
  name: string;
  /** The friendly case of the same shape this class is compared with. */
  baseline: string | null;
  input: DistributeInput;
}

/** x read from its shortest decimal text as int × 10^-scale, independently of src/core. */
function decimalText(x: number): { int: bigint; scale: number } {
  const [mantissa = "", exponent = "0"] = String(x).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  let scale = fraction.length - Number(exponent);
  let int = BigInt(whole + fraction);
  if (scale < 0) {
    int *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { int, scale };
}

function scaled(value: { int: bigint; scale: number }, scale: number): bigint {
  return value.int * 10n ** BigInt(scale - value.scale);
}

/** Sampled rows (first, last and evenly between) recomputed by the BigInt reference. */
function checkRows(input: DistributeInput, parts: number[][], samples: number): Check {
  const decimals = input.decimals ?? 0;
  const weights = input.weights.map(decimalText);
  const scale = Math.max(0, ...weights.map((w) => w.scale));
  const ints = weights.map((w) => scaled(w, scale));
  const years = input.totals.length;
  const step = Math.max(1, Math.floor(years / samples));
  let checked = 0;
  for (let y = 0; y < years; y += y === years - 1 ? 1 : Math.min(step, years - 1 - y || 1)) {
    const total = decimalText(input.totals[y] as number);
    const totalUnits =
      total.scale > decimals ? roundHalfAway(total.int, total.scale, decimals) : scaled(total, decimals);
    const column = input.holds === undefined ? 0 : (input.holds[0]?.length ?? 1) > 1 ? y : 0;
    const held = ints.map((_, i) => {
      const hold = input.holds?.[i]?.[column] ?? null;
      if (hold === null) return null;
      const h = decimalText(hold);
      return h.scale > decimals ? roundHalfAway(h.int, h.scale, decimals) : scaled(h, decimals);
    });
    let remaining = totalUnits;
    for (const h of held) if (h !== null) remaining -= h;
    const sign = remaining < 0n ? -1n : 1n;
    const reference = referenceHamilton(
      remaining * sign,
      ints.map((w, i) => (held[i] === null ? w : null)),
    );
    for (let i = 0; i < ints.length; i++) {
      const expected = held[i] ?? (reference[i] as bigint) * sign;
      const got = (parts[i] as number[])[y] as number;
      const text = decimals >= 0 ? `${expected}e-${decimals}` : `${expected}e${-decimals}`;
      if (got !== Number(text) + 0) {
        return { ok: false, detail: `total ${y + 1}, part ${i + 1}: ${got}, the BigInt reference gives ${text}` };
      }
    }
    checked++;
    if (y === years - 1) break;
  }
  return { ok: true, detail: `${checked} sampled totals equal the BigInt reference` };
}

function classes(mode: Options["mode"]): WorstClass[] {
  const random = new Random(seedOf("worst input classes"));
  const rows = mode === "quick" ? 2_000 : 10_000;
  const years = (make: (y: number) => number, n = rows): number[] => Array.from({ length: n }, (_, y) => make(y));
  // A departmental budget in kr. with one decimal: the friendly total.
  const friendlyTotals = years(() => random.int(1_000, 99_999_999) / 10);
  const shortWeights = Array.from({ length: 12 }, () => random.int(1, 999) / 10);
  const base = Array.from({ length: 12 }, () => random.int(100_000, 9_999_999));
  const baseSum = base.reduce((a, b) => a + b, 0);
  // =B2/SUM(B$2:B$7): shares as Excel computes them, 16–17 significant digits.
  const formulaWeights = base.map((b) => b / baseSum);
  const out: WorstClass[] = [
    {
      name: "K=12 friendly (weights 0,1–99,9, totals in kr. with 1 decimal)",
      baseline: null,
      input: { totals: friendlyTotals, weights: shortWeights, decimals: 1 },
    },
    {
      name: "K=12 weights of 16–17 digits (=B2/SUM(B$2:B$13))",
      baseline: "K=12 friendly",
      input: { totals: friendlyTotals, weights: formulaWeights, decimals: 1 },
    },
    {
      name: "K=12 decimals 10",
      baseline: "K=12 friendly",
      input: { totals: years(() => random.int(1_000, 99_999) / 10), weights: shortWeights, decimals: 10 },
    },
    {
      name: "K=12 totals of 1e14 kr.",
      baseline: "K=12 friendly",
      input: { totals: years(() => 1e14 + random.int(0, 999_999_999) * 10), weights: shortWeights, decimals: 0 },
    },
    {
      name: "K=12 per-year holds",
      baseline: "K=12 friendly",
      input: {
        totals: friendlyTotals,
        weights: shortWeights,
        decimals: 1,
        holds: shortWeights.map((_, i) =>
          years((y) => ((i + y) % 5 === 0 ? Math.round((friendlyTotals[y] as number) / 40) : NaN)).map((h) =>
            Number.isNaN(h) ? null : h,
          ),
        ),
      },
    },
  ];
  // One key of 10.000 cost centres, as issue 23 measured it: one total (the key is prepared for a
  // single call, so reading it is most of the cost) and 12 yearly totals.
  const centres = 10_000;
  const centreBase = Array.from({ length: centres }, () => random.int(100_000, 999_999_999));
  const centreSum = centreBase.reduce((a, b) => a + b, 0);
  // =B2/SUM(B$2:B$10001): 15–17 significant digits.
  const centreShares = centreBase.map((b) => b / centreSum);
  const centreSmall = Array.from({ length: centres }, () => random.int(1, 99));
  // Budgets in kr. and øre (1.000–9.999.999,99 kr.).
  const centreBudgets = centreBase.map((b) => b / 100);
  const savings = (n: number): number[] => years(() => random.int(1_000_000, 99_999_999), n);
  const one = savings(1);
  const twelve = savings(12);
  out.push(
    {
      name: "K=10.000 × 1 total friendly (weights 1–99, a total of 1e6–1e8 kr.)",
      baseline: null,
      input: { totals: one, weights: centreSmall, decimals: 0 },
    },
    {
      name: "K=10.000 × 1 total, weights of 15–17 digits (=B2/SUM(B$2:B$10001))",
      baseline: "K=10.000 × 1 total friendly",
      input: { totals: one, weights: centreShares, decimals: 0 },
    },
    {
      name: "K=10.000 × 12 totals friendly (weights 1–99, totals of 1e6–1e8 kr.)",
      baseline: null,
      input: { totals: twelve, weights: centreSmall, decimals: 0 },
    },
    {
      name: "K=10.000 × 12 totals, budgets in kr. and øre as weights",
      baseline: "K=10.000 × 12 totals friendly",
      input: { totals: twelve, weights: centreBudgets, decimals: 0 },
    },
    {
      name: "K=10.000 × 12 totals, weights of 15–17 digits (=B2/SUM(B$2:B$10001))",
      baseline: "K=10.000 × 12 totals friendly",
      input: { totals: twelve, weights: centreShares, decimals: 0 },
    },
  );
  for (const size of [10_000, 40_000]) {
    const totals = mode === "quick" ? 4 : size === 10_000 ? 20 : 5;
    // Cost-centre budgets of 1.000–9.999.999,99 kr. in kr. and øre: the key's integer sum S satisfies
    // S × K > 2^53, where the insertion sort grew with K².
    const budgets = Array.from({ length: size }, () => random.int(100_000, 999_999_999) / 100);
    const small = Array.from({ length: size }, () => random.int(1, 99));
    const label = `K=${size / 1000}.000`;
    out.push(
      {
        name: `${label} friendly (weights 1–99, totals of 1e6 kr.)`,
        baseline: null,
        input: { totals: years(() => random.int(1e6, 2e6), totals), weights: small, decimals: 0 },
      },
      {
        name: `${label} cost centres in kr. and øre, 300 kr. spread (fewer units than parts)`,
        baseline: `${label} friendly`,
        input: { totals: years(() => 300, totals), weights: budgets, decimals: 0 },
      },
    );
  }
  return out;
}

export function worstCases(options: Options, log: (line: string) => void, run: Distribute = distribute): CaseResult[] {
  const results: CaseResult[] = [];
  const baselines = new Map<string, number>();
  for (const c of classes(options.mode)) {
    const allocations = c.input.totals.length * c.input.weights.length;
    const { timing, check } = measure(
      () => run(c.input),
      (parts) => checkRows(c.input, parts, 50),
      { runs: options.mode === "quick" ? 3 : 7, warmups: 1, minWarmupMs: options.mode === "quick" ? 100 : 300 },
    );
    const ns = (timing.medianMs * 1e6) / allocations;
    // The ratio is of CPU time: the wall clock of a shared machine gives each case another share.
    const cpuNs = ((timing.cpuMedianMs ?? timing.medianMs) * 1e6) / allocations;
    if (c.baseline === null) baselines.set(c.name.split(" friendly")[0] as string, cpuNs);
    const shape = (c.baseline ?? "").split(" friendly")[0] as string;
    const baseline = c.baseline === null ? cpuNs : baselines.get(shape);
    const metrics: Record<string, number> = { allocations, nsPerAllocation: ns, cpuNsPerAllocation: cpuNs };
    if (baseline !== undefined) metrics.timesBaseline = cpuNs / baseline;
    results.push({
      name: c.name,
      params: { totals: c.input.totals.length, parts: c.input.weights.length, decimals: c.input.decimals ?? 0 },
      timing,
      metrics,
      check,
    });
    log(`${c.name}: ${ns.toFixed(1)} ns per allocation${check.ok ? "" : `, FAILED: ${check.detail}`}`);
  }
  return results;
}
