/**
 * An independent, deliberately plain reference for the rounding rules of FUNCTIONS.md, written
 * with BigInt rationals from decimal strings. The core is checked against it; it shares no code
 * with src/core.
 */

/** A decimal given as integer × 10^-scale. */
export interface RefDecimal {
  int: bigint;
  scale: number;
}

export function ten(n: number): bigint {
  let p = 1n;
  for (let i = 0; i < n; i++) p *= 10n;
  return p;
}

/** int × 10^-scale rounded half away from zero to `decimals` places, in units of 10^-decimals. */
export function refUnits(value: RefDecimal, decimals: number): bigint {
  const shift = decimals - value.scale;
  if (shift >= 0) return value.int * ten(shift);
  const divisor = ten(-shift);
  const magnitude = value.int < 0n ? -value.int : value.int;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  return value.int < 0n ? -q : q;
}

/**
 * Largest remainder: floor every exact share, then the missing units one at a time to the largest
 * remainders; ties to the larger weight, then the earlier position. held[i] = units or null.
 */
export function refAllocate(totalUnits: bigint, weights: RefDecimal[], held: (bigint | null)[]): bigint[] {
  const scale = Math.max(0, ...weights.map((w) => w.scale));
  const ints = weights.map((w) => w.int * ten(scale - w.scale));
  let remaining = totalUnits;
  held.forEach((h) => {
    if (h !== null) remaining -= h;
  });
  const sign = remaining < 0n ? -1n : 1n;
  const magnitude = remaining * sign;
  const freeSum = ints.reduce((s, w, i) => (held[i] === null ? s + w : s), 0n);
  const parts = ints.map((w, i) => (held[i] !== null ? 0n : freeSum === 0n ? 0n : (magnitude * w) / freeSum));
  const given = parts.reduce((s, p, i) => (held[i] === null ? s + p : s), 0n);
  const order = ints
    .map((w, i) => ({ i, w, rest: freeSum === 0n ? 0n : (magnitude * w) % freeSum }))
    .filter((x) => held[x.i] === null)
    .sort((a, b) => (a.rest !== b.rest ? (a.rest > b.rest ? -1 : 1) : a.w !== b.w ? (a.w > b.w ? -1 : 1) : a.i - b.i));
  for (let k = 0n; k < magnitude - given; k++) {
    const winner = order[Number(k)];
    if (winner) parts[winner.i] = (parts[winner.i] as bigint) + 1n;
  }
  return parts.map((p, i) => (held[i] !== null ? (held[i] as bigint) : p * sign));
}

/** units × 10^-decimals as the number Excel would hold. */
export function refNumber(units: bigint, decimals: number): number {
  return Number(decimals >= 0 ? `${units}e-${decimals}` : `${units}e${-decimals}`);
}

export function refToNumber(d: RefDecimal): number {
  return Number(`${d.int}e-${d.scale}`);
}
