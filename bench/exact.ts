/**
 * The independent check every distribution case runs on its own result. It shares no code with the
 * core: the inputs come with their exact integers from the generator (never parsed back from
 * doubles), and the rules are checked as stated in FUNCTIONS.md rather than recomputed the core's
 * way. Cells are checked with integer arithmetic in doubles, which is exact while every product
 * stays below 2^53 (asserted per row, BigInt otherwise); sampled rows are also recomputed in full
 * with BigInt by a plain Hamilton method, which pins the tie rule too.
 */
import type { Check } from "./results";

const SAFE = 2 ** 53;

/** A distribution as its generator knows it: exact integers only. */
export interface ExactDistribution {
  decimals: number;
  /** Each row's total rounded half away from zero, in units of 10^-decimals. */
  totalUnits: readonly number[];
  /** The weights as integers at one common scale (the scale cancels out in every share). */
  weightInts: readonly number[];
  /** Per part: its held amount in units, or null when it follows the key. */
  heldUnits: readonly (number | null)[];
}

/** value × 10^-from rounded half away from zero to units of 10^-to (to ≤ from), exactly. */
export function roundHalfAway(value: bigint, from: number, to: number): bigint {
  const divisor = 10n ** BigInt(from - to);
  const magnitude = value < 0n ? -value : value;
  let units = magnitude / divisor;
  if (2n * (magnitude % divisor) >= divisor) units += 1n;
  return value < 0n ? -units : units;
}

/**
 * Largest remainder in BigInt: floor every share, then one more unit to the largest remainders;
 * ties to the larger weight, then the earlier position. Weights of held parts are passed as null.
 */
export function referenceHamilton(units: bigint, weights: readonly (bigint | null)[]): bigint[] {
  let sum = 0n;
  for (const w of weights) if (w !== null) sum += w;
  const parts = weights.map(() => 0n);
  if (units === 0n || sum === 0n) return parts;
  const rests: { index: number; rest: bigint; weight: bigint }[] = [];
  let given = 0n;
  weights.forEach((weight, index) => {
    if (weight === null) return;
    parts[index] = (units * weight) / sum;
    given += parts[index];
    rests.push({ index, rest: (units * weight) % sum, weight });
  });
  rests.sort((a, b) => {
    if (a.rest !== b.rest) return a.rest > b.rest ? -1 : 1;
    if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
    return a.index - b.index;
  });
  for (let j = 0; j < Number(units - given); j++) {
    const index = (rests[j] as { index: number }).index;
    parts[index] = (parts[index] as bigint) + 1n;
  }
  return parts;
}

/** Rows recomputed in full by the BigInt reference: evenly spread, first and last included. */
export function sampleRows(rows: number, wanted: number): number[] {
  if (rows <= wanted) return Array.from({ length: rows }, (_, i) => i);
  const step = (rows - 1) / (wanted - 1);
  return Array.from({ length: wanted }, (_, i) => Math.round(i * step));
}

export interface DistributionCheck extends Check {
  /** Largest |part − exact share| over all free cells, in units (below 1 when right). */
  worstDeviationUnits: number;
}

class Failure extends Error {}

/** The units a printed part stands for; it must be exactly the double of that decimal. */
function unitsOf(part: unknown, scale: number, where: string): number {
  if (typeof part !== "number" || !Number.isFinite(part)) throw new Failure(`${where} is ${String(part)}`);
  const units = Math.round(part * scale);
  if (units / scale !== part) throw new Failure(`${where} is ${part}, not a number with the decimals asked for`);
  return units;
}

/**
 * Checks parts (parts × rows, as distribute returns them) against the exact distribution: every
 * part is the double of a decimal with the asked decimals, held parts are as held, every row adds
 * up exactly to its rounded total, every free part is within one unit of its exact share of the
 * remainder, and the sampled rows equal the BigInt reference.
 */
export function checkDistribution(
  exact: ExactDistribution,
  parts: readonly (readonly number[])[],
  referenceRows = 200,
): DistributionCheck {
  const size = exact.weightInts.length;
  const rows = exact.totalUnits.length;
  const scale = 10 ** exact.decimals;
  let worst = 0;
  try {
    if (parts.length !== size) throw new Failure(`${parts.length} parts, expected ${size}`);
    for (const column of parts) if (column.length !== rows) throw new Failure(`a part has ${column.length} rows`);
    let freeSum = 0;
    let heldSum = 0;
    exact.weightInts.forEach((w, i) => {
      const held = exact.heldUnits[i] ?? null;
      if (held === null) freeSum += w;
      else heldSum += held;
    });
    if (!Number.isSafeInteger(freeSum)) throw new Failure("the test's weights are too large for this check");
    for (let row = 0; row < rows; row++) {
      const total = exact.totalUnits[row] as number;
      const remainder = total - heldSum;
      const sign = remainder < 0 ? -1 : 1;
      const spread = Math.abs(remainder);
      const exactInDoubles = spread * freeSum < SAFE;
      let sum = 0;
      for (let i = 0; i < size; i++) {
        const units = unitsOf((parts[i] as readonly number[])[row], scale, `row ${row + 1}, part ${i + 1}`);
        sum += units;
        const held = exact.heldUnits[i] ?? null;
        if (held !== null) {
          if (units !== held) throw new Failure(`row ${row + 1}, part ${i + 1} is held at ${held} units, got ${units}`);
          continue;
        }
        const own = sign * units;
        const w = exact.weightInts[i] as number;
        // |own − spread × w / W| < 1  ⇔  |own × W − spread × w| < W
        const gap = exactInDoubles
          ? own * freeSum - spread * w
          : Number(BigInt(own) * BigInt(freeSum) - BigInt(spread) * BigInt(w));
        if (own < 0 || gap <= -freeSum || gap >= freeSum) {
          throw new Failure(`row ${row + 1}, part ${i + 1}: ${own} units is not within one unit of its exact share`);
        }
        const deviation = Math.abs(gap) / freeSum;
        if (deviation > worst) worst = deviation;
      }
      if (sum !== total) throw new Failure(`row ${row + 1} adds up to ${sum} units, not its rounded total ${total}`);
    }
    const weights = exact.weightInts.map((w, i) => ((exact.heldUnits[i] ?? null) === null ? BigInt(w) : null));
    const samples = sampleRows(rows, referenceRows);
    for (const row of samples) {
      const remainder = (exact.totalUnits[row] as number) - heldSum;
      const reference = referenceHamilton(BigInt(Math.abs(remainder)), weights);
      for (let i = 0; i < size; i++) {
        if (weights[i] === null) continue;
        const got = Math.round(((parts[i] as readonly number[])[row] as number) * scale) * (remainder < 0 ? -1 : 1);
        if (BigInt(got) !== reference[i]) {
          throw new Failure(`row ${row + 1}, part ${i + 1}: ${got} units, the BigInt reference gives ${reference[i]}`);
        }
      }
    }
    return {
      ok: true,
      detail: `${rows * size} cells exact; ${samples.length} rows equal the BigInt reference`,
      worstDeviationUnits: worst,
    };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ok: false, detail: error.message, worstDeviationUnits: worst };
  }
}
