/**
 * A small seeded generator (Marsaglia's xorshift32) so that every case draws the same numbers on
 * every run and machine; Math.random would make results incomparable between runs.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // xorshift never leaves 0, so a zero seed is moved off it.
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A whole number in [low, high], both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
}

/** A seed derived from a case's name (FNV-1a), so adding a case does not shift the others' data. */
export function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
