/**
 * Seeded random tables for ROUNDTABLE's property tests (core-round-table*.test.ts): amounts of
 * money, exact halves, exact multiples and long decimals, so that a failure can be replayed.
 */

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Kind = "money" | "ties" | "multiples" | "mixed" | "long";

/** One value for a table rounded to `decimals`, of the given kind; the number prints the decimal meant. */
export function value(next: () => number, kind: Kind, decimals: number): number {
  const int = (max: number): number => Math.floor(next() * (max + 1));
  const sign = next() < 0.35 ? -1 : 1;
  const at = (units: number, places: number): number => Number(`${sign * units}e${-places}`);
  const k = kind === "mixed" ? (["money", "ties", "multiples", "long"] as const)[int(3)] : kind;
  switch (k) {
    case "ties": // an odd number of half units: exactly half way between two multiples
      return at(5 * (2 * int(2000) + 1), decimals + 1);
    case "multiples":
      return at(int(50_000), decimals);
    case "long": // many places, or far from the unit: the exact path
      return next() < 0.5 ? at(int(1e9) + 1e9 * int(999), decimals + 9 + int(4)) : sign * next() * 1000;
    default:
      return at(int(10 ** (4 + int(2))), decimals + int(3));
  }
}

export function table(next: () => number, rows: number, columns: number, decimals: number, kind: Kind): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value(next, kind, decimals)));
}

export const KINDS: readonly Kind[] = ["money", "ties", "multiples", "mixed", "long"];
