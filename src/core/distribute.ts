import {
  allocateSafeUnits,
  allocateUnits,
  extraUnitMask,
  floorQuotient,
  isSafeAllocation,
  MASK_PARTS,
} from "./kernel/allocate";
import { freeWeightSum, prepareKey, type PreparedKey } from "./kernel/preparedKey";
import { shapeOf } from "./shape";
import { type ExactInt, intToNumber, pow10, unitsToNumber } from "./decimal";
import { InputError, vectorLabel, type Place } from "./errors";
import { holdsBeyondTotal, leftBeyondDigits, negativeWeight, nothingToSpread, tooManyDigits } from "./messages";
import { checkDecimals, MAX_UNITS, roundToUnits, TooManyDigitsError } from "./rounding";

export interface DistributeInput {
  /** One total per year. */
  totals: readonly number[];
  /** One non-negative weight per part; they need not add up to 1. */
  weights: readonly number[];
  /** Rounding: places after the decimal mark (negative: tens, hundreds, ...). Default 0. */
  decimals?: number;
  /** Per part: one column for all years, or one column per year. A number fixes the part; null leaves it to the key. */
  holds?: readonly (readonly (number | null)[])[];
  /** How the user laid out weights and holds, so that messages name the right cell. Default column. */
  layout?: "row" | "column";
}

/** x rounded to units, or an InputError naming the argument when it needs more than 15 digits. */
export function unitsOrError(x: number, decimals: number, argument: string, where?: Place): number {
  try {
    return roundToUnits(x, decimals);
  } catch (error) {
    if (!(error instanceof TooManyDigitsError)) throw error;
    throw new InputError(argument, tooManyDigits, [x, decimals], where);
  }
}

export function checkWeights(weights: readonly number[], argument: string, layout: "row" | "column"): void {
  weights.forEach((w, i) => {
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new InputError(argument, negativeWeight, [w], vectorLabel(layout, weights.length, i));
    }
  });
}

/** Largest free weights' sum for which distribute keeps a table of extra-unit masks (4 MB). */
const MASK_TABLE_LIMIT = 1 << 20;

/**
 * Spreads each year's total over the parts by the weights, holding the fixed parts, and rounds by
 * the largest-remainder method so that every year's parts add up exactly to its rounded total.
 * Returns parts × years.
 */
export function distribute(input: DistributeInput): number[][] {
  const decimals = input.decimals ?? 0;
  const layout = input.layout ?? "column";
  checkDecimals(decimals);
  checkWeights(input.weights, "weights", layout);
  const key = prepareKey(input.weights);
  const size = key.size;
  const years = input.totals.length;
  const yearOf = (y: number): number => (years > 1 ? y + 1 : 0);
  const result: number[][] = Array.from({ length: size }, () => new Array<number>(years));
  const parts = new Float64Array(size);
  const holds = input.holds;
  const heldUnits = new Float64Array(size);
  const free: boolean[] = new Array<boolean>(size).fill(true);
  // A key without safe integers is spread by allocateUnits from its exact sum; here only whether
  // that sum is 0 counts, and reading its sign leaves a long key's exact sum unbuilt.
  const sumOf = (s: ExactInt): number => (key.ints === null ? s.sign : intToNumber(s));
  let freeSum = freeWeightSum(key, null);
  let sum = sumOf(freeSum);
  let holdsRead = false;
  // Units back to the double that prints them: one correctly rounded operation by an exact 10^k.
  const divisor = decimals >= 0 ? pow10(decimals) : 0;
  const multiplier = decimals < 0 ? pow10(-decimals) : 0;
  // With one set of free parts for every year, the parts that get an extra unit depend only on
  // what is spread modulo the free weights' sum (see extraUnitMask), so they are looked up per
  // residue instead of ordering the remainders in every row. Used when there are at least as many
  // rows as residues (below that, filling the table costs more than it saves); results are the
  // same bit for bit.
  const ints = key.ints;
  const yearlyHolds = holds !== undefined && shapeOf(holds).columns > 1;
  const byResidue = ints !== null && size <= MASK_PARTS && !yearlyHolds;
  let masks: Int32Array | null = null;

  for (let y = 0; y < years; y++) {
    const total = totalUnits(input.totals, y, decimals);
    if (holds !== undefined && (!holdsRead || yearlyHolds)) {
      freeSum = readHolds(holds, y, decimals, layout, key, heldUnits, free);
      sum = sumOf(freeSum);
      holdsRead = true;
    }
    const remaining = holds === undefined ? total : leftToSpread(total, heldUnits, free);
    const sign = total < 0 ? -1 : 1;
    if (remaining * sign < 0) {
      throw new InputError("holds", holdsBeyondTotal, [
        unitsToNumber(total - remaining, decimals),
        yearOf(y),
        unitsToNumber(total, decimals),
      ]);
    }
    // A part can take more than the total when holds of the other sign make room; more than 15
    // digits cannot be printed exactly (nor, past 2^53, subtracted exactly).
    if (remaining * sign > MAX_UNITS) {
      throw new InputError("holds", leftBeyondDigits, [unitsToNumber(remaining, decimals), yearOf(y), decimals]);
    }
    if (remaining !== 0 && sum === 0) {
      throw new InputError(
        "weights",
        nothingToSpread,
        [unitsToNumber(remaining, decimals), yearOf(y)],
        undefined,
        "divisionByZero",
      );
    }
    const spread = remaining < 0 ? -remaining : remaining;
    const freeParts = holds ? free : null;
    if (spread === 0) parts.fill(0);
    else if (!isSafeAllocation(spread, key, sum)) allocateUnits(spread, key, freeParts, freeSum, parts);
    else if (byResidue && sum <= MASK_TABLE_LIMIT && sum <= years) {
      masks ??= new Int32Array(sum).fill(-1);
      const residue = spread % sum;
      let mask = masks[residue] as number;
      if (mask < 0) mask = masks[residue] = extraUnitMask(residue, key, freeParts, sum);
      for (let i = 0; i < size; i++) {
        if (freeParts !== null && !freeParts[i]) {
          parts[i] = 0;
          continue;
        }
        // spread × w < 2^53, so the product is exact.
        parts[i] = floorQuotient(spread * (ints[i] as number), sum) + ((mask >> i) & 1);
      }
    } else allocateSafeUnits(spread, key, freeParts, sum, parts);
    const remainingSign = remaining < 0 ? -1 : 1;
    for (let i = 0; i < size; i++) {
      const units = free[i] ? remainingSign * (parts[i] as number) : (heldUnits[i] as number);
      // + 0 turns −0 into 0; units are below 2^53 and 10^k is exact, so the result prints as the decimal.
      (result[i] as number[])[y] = (decimals >= 0 ? units / divisor : units * multiplier) + 0;
    }
  }
  return result;
}

/**
 * Year y's total in units. The cell's label is built only for the message: building it for every
 * year cost more than the rounding itself.
 */
export function totalUnits(totals: readonly number[], year: number, decimals: number): number {
  const total = totals[year] as number;
  try {
    return roundToUnits(total, decimals);
  } catch {
    return unitsOrError(total, decimals, "total", vectorLabel("row", totals.length, year));
  }
}

/**
 * total − the held units, exactly where the result has at most 15 digits: a running double could
 * pass 2^53 on the way. Each hold is split at 10^8; the low parts add up exactly, and high parts
 * whose sum passes 2^53 / 10^8 leave a result that is refused anyway.
 */
function leftToSpread(total: number, heldUnits: Float64Array, free: readonly boolean[]): number {
  let low = total;
  let high = 0;
  for (let i = 0; i < free.length; i++) {
    if (free[i]) continue;
    const h = heldUnits[i] as number;
    const top = Math.floor(h / 1e8);
    high -= top;
    low -= h - top * 1e8;
  }
  return low + high * 1e8;
}

/** Reads year y's holds into heldUnits/free and returns the sum of the free weights. */
function readHolds(
  holds: readonly (readonly (number | null)[])[],
  year: number,
  decimals: number,
  layout: "row" | "column",
  key: PreparedKey,
  heldUnits: Float64Array,
  free: boolean[],
): ExactInt {
  const { columns } = shapeOf(holds);
  const column = columns > 1 ? year : 0;
  for (let i = 0; i < key.size; i++) {
    const hold = holds[i]?.[column] ?? null;
    free[i] = hold === null;
    if (hold !== null) {
      const where = columns > 1 ? ([i + 1, column + 1] as const) : vectorLabel(layout, key.size, i);
      heldUnits[i] = unitsOrError(hold, decimals, "holds", where);
    }
  }
  return freeWeightSum(key, free);
}
