/**
 * The machine's limit for this kind of work: the simplest loop that produces one result per cell,
 * one multiply, one divide and one floor, written into a flat Float64Array. It has none of the
 * core's obligations (exact decimals, a correction when the float quotient is one off, the
 * remainders, the tie rule, a JavaScript array per part), so the core can only approach it.
 */
import { measure } from "./harness";
import type { Options } from "./options";
import { KEY_SIZES, runsFor } from "./plan";
import { Random, seedOf } from "./random";
import type { CaseResult, Check } from "./results";

function simplestLoop(totals: Float64Array, weights: Float64Array, sum: number, out: Float64Array): Float64Array {
  const size = weights.length;
  let cell = 0;
  for (let row = 0; row < totals.length; row++) {
    const total = totals[row] as number;
    for (let k = 0; k < size; k++) out[cell++] = Math.floor((total * (weights[k] as number)) / sum);
  }
  return out;
}

/** Sampled cells against the exact floor: the plain float quotient may be one unit off. */
function checkLoop(totals: Float64Array, weights: Float64Array, sum: number, out: Float64Array): Check {
  const size = weights.length;
  let off = 0;
  let sampled = 0;
  const step = Math.max(1, Math.floor(out.length / 100_000));
  for (let cell = 0; cell < out.length; cell += step) {
    const row = Math.floor(cell / size);
    const exact = (BigInt(totals[row] as number) * BigInt(weights[cell % size] as number)) / BigInt(sum);
    const diff = BigInt(out[cell] as number) - exact;
    if (diff < -1n || diff > 1n) return { ok: false, detail: `cell ${cell}: ${out[cell]}, exact floor ${exact}` };
    if (diff !== 0n) off++;
    sampled++;
  }
  return { ok: true, detail: `${sampled} sampled cells within one unit of the exact floor; ${off} of them one off` };
}

export function limitCases(options: Options, log: (line: string) => void): CaseResult[] {
  const rows = options.mode === "quick" ? 1e5 : 1e6;
  return KEY_SIZES.map((size) => {
    const random = new Random(seedOf(`limit ${size}`));
    const totals = Float64Array.from({ length: rows }, () => random.int(1_000, 10_000_000));
    const weights = Float64Array.from({ length: size }, () => random.int(1, 1000));
    const sum = weights.reduce((a, b) => a + b, 0);
    const cells = rows * size;
    const out = new Float64Array(cells);
    const { timing, check } = measure(
      () => simplestLoop(totals, weights, sum, out),
      (result) => checkLoop(totals, weights, sum, result),
      runsFor(cells, options.mode),
    );
    const perSecond = cells / timing.medianMs / 1e3;
    log(`limit N=${rows} K=${size}: ${perSecond.toFixed(1)} M cells/s`);
    return {
      name: `simplest loop N=1e${Math.log10(rows)} K=${size}`,
      params: { rows, size },
      timing,
      metrics: { cells, cellsPerSecondM: perSecond, nsPerCell: (timing.medianMs * 1e6) / cells },
      check,
    };
  });
}
