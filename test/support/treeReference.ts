/**
 * Random cost-centre trees and an independent reference for HIERARCHY (FUNCTIONS.md), in BigInt.
 * It shares no code with src/core: the generator knows every weight and total as an exact integer
 * at a scale, and the reference follows the contract's words (floor, then the missing units to the
 * largest remainders; ties to the larger weight, then the earlier row among the siblings).
 */

/** A small seeded generator (mulberry32), so that a failing case can be rerun from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function ten(n: number): bigint {
  return 10n ** BigInt(n);
}

/** int × 10^-scale as the double that prints it. */
export function toNumber(int: bigint, scale: number): number {
  return Number(`${int}e${-scale}`);
}

/** A generated tree in the generator's own numbering, and the rows the function is given. */
export interface TreeCase {
  seed: number;
  /** parentOf[k]: the parent of node k (generator numbering), -1 at the top level. */
  parentOf: number[];
  /** rowOf[k]: the row node k is given in. */
  rowOf: number[];
  /** Leaf weights as integers at `scale` (0 for a node with children). */
  weightInts: bigint[];
  scale: number;
  totals: { int: bigint; scale: number }[];
  decimals: number;
  /** The arguments, row by row. */
  nodes: (string | number)[];
  parents: (string | number | null)[];
  weights: (number | null)[];
}

export interface TreeOptions {
  /** Largest number of nodes (default 2.000). */
  maxNodes?: number;
  maxDepth?: number;
  maxYears?: number;
}

/** The id node k is given as, and the ways a child may name it (case and white space differ). */
function idOf(k: number, numeric: boolean): string | number {
  return numeric ? 4000 + 7 * k : `Sted-${k}`;
}

function parentSpelling(id: string | number, random: () => number): string | number {
  const r = random();
  if (typeof id === "number") return r < 0.5 ? id : r < 0.8 ? String(id) : ` ${id} `;
  return r < 0.5 ? id : r < 0.8 ? id.toUpperCase() : ` ${id.toLowerCase()}\t`;
}

export function randomTree(seed: number, options: TreeOptions = {}): TreeCase {
  const random = seeded(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const maxNodes = options.maxNodes ?? 2000;
  const sizeDraw = random();
  const n = int(1, sizeDraw < 0.85 ? Math.min(40, maxNodes) : sizeDraw < 0.97 ? Math.min(300, maxNodes) : maxNodes);
  const maxDepth = int(1, options.maxDepth ?? 6);
  const topShare = maxDepth === 1 ? 1 : random() * 0.3;
  const parentOf: number[] = [];
  const depth: number[] = [];
  for (let k = 0; k < n; k++) {
    let parent = -1;
    if (k > 0 && random() >= topShare) {
      // Mostly a recent node, so that the trees grow deep as well as wide.
      const j = random() < 0.6 ? int(Math.max(0, k - 8), k - 1) : int(0, k - 1);
      if ((depth[j] as number) < maxDepth) parent = j;
    }
    parentOf.push(parent);
    depth.push(parent < 0 ? 1 : (depth[parent] as number) + 1);
  }
  const hasChildren = new Array<boolean>(n).fill(false);
  for (const p of parentOf) if (p >= 0) hasChildren[p] = true;

  // Weights: few distinct small values (ties and zeros), or large ones at up to three places.
  const style = int(0, 3);
  const scale = style === 3 ? int(0, 3) : 0;
  const weightInts = parentOf.map((_, k) => {
    if (hasChildren[k]) return 0n;
    if (random() < 0.15) return 0n;
    if (style === 0) return BigInt(int(0, 4));
    if (style === 1) return 3n;
    if (style === 2) return BigInt(int(1, 60));
    return BigInt(int(0, 999_999));
  });
  // Leaves' sums (children are numbered after their parents, so one backward pass adds them up).
  const sums = [...weightInts];
  for (let k = n - 1; k >= 0; k--) {
    const p = parentOf[k] as number;
    if (p >= 0) sums[p] = (sums[p] as bigint) + (sums[k] as bigint);
  }

  const order = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = int(0, k);
    [order[k], order[j]] = [order[j] as number, order[k] as number];
  }
  const rowOf = new Array<number>(n);
  order.forEach((k, row) => (rowOf[k] = row));
  const numericIds = random() < 0.5;
  const ids = parentOf.map((_, k) => idOf(k, numericIds && random() < 0.8));
  const nodes = new Array<string | number>(n);
  const parents = new Array<string | number | null>(n);
  const weights = new Array<number | null>(n);
  for (let k = 0; k < n; k++) {
    const row = rowOf[k] as number;
    const p = parentOf[k] as number;
    nodes[row] = ids[k] as string | number;
    parents[row] = p < 0 ? null : parentSpelling(ids[p] as string | number, random);
    const w = weightInts[k] as bigint;
    if (hasChildren[k]) weights[row] = random() < 0.2 ? toNumber(sums[k] as bigint, scale) : null;
    else weights[row] = w === 0n && random() < 0.5 ? null : toNumber(w, scale);
  }
  const years = int(1, options.maxYears ?? 3);
  const totals = Array.from({ length: years }, () => {
    const magnitude = BigInt(int(0, 9)) * 100_000_000n + BigInt(int(0, 99_999_999));
    const small = random() < 0.3 ? BigInt(int(0, 40)) : magnitude;
    return { int: random() < 0.2 ? -small : small, scale: int(0, 3) };
  });
  return {
    seed,
    parentOf,
    rowOf,
    weightInts,
    scale,
    totals,
    decimals: int(-2, 3),
    nodes,
    parents,
    weights,
  };
}

/** value × 10^-from rounded half away from zero to units of 10^-decimals. */
export function roundUnits(int: bigint, from: number, decimals: number): bigint {
  const shift = decimals - from;
  if (shift >= 0) return int * ten(shift);
  const divisor = ten(-shift);
  const magnitude = int < 0n ? -int : int;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  return int < 0n ? -q : q;
}

/** How the tie rule was exercised: ties at the cut decided by weight, and by row. */
export interface TieCount {
  byWeight: number;
  byRow: number;
}

/**
 * Hamilton's method over the siblings, listed in row order: floor each share, then one more unit
 * to the largest remainders; equal remainders go to the larger weight, then the earlier row.
 */
export function hamilton(units: bigint, weights: readonly bigint[], ties: TieCount): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (units === 0n || sum === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (units * w) / sum);
  const rests = weights.map((w, i) => units * w - (parts[i] as bigint) * sum);
  let missing = Number(units - parts.reduce((a, b) => a + b, 0n));
  const ranked = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = rests[a] as bigint;
      const rb = rests[b] as bigint;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const wa = weights[a] as bigint;
      const wb = weights[b] as bigint;
      if (wa !== wb) return wa > wb ? -1 : 1;
      return a - b;
    });
  if (missing > 0 && missing < ranked.length) {
    const given = ranked[missing - 1] as number;
    const next = ranked[missing] as number;
    if (rests[given] === rests[next] && (rests[next] as bigint) > 0n) {
      if (weights[given] !== weights[next]) ties.byWeight++;
      else ties.byRow++;
    }
  }
  for (const i of ranked) {
    if (missing === 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    missing--;
  }
  return parts;
}

/** Each node's weight: its own as a leaf, the sum of the leaves below it otherwise. */
export function leafSums(tree: TreeCase): bigint[] {
  const sums = [...tree.weightInts];
  for (let k = sums.length - 1; k >= 0; k--) {
    const p = tree.parentOf[k] as number;
    if (p >= 0) sums[p] = (sums[p] as bigint) + (sums[k] as bigint);
  }
  return sums;
}

/** The children of each node (index n: the top level), in the order of their rows. */
export function childrenInRowOrder(tree: TreeCase): number[][] {
  const n = tree.parentOf.length;
  const childrenOf: number[][] = Array.from({ length: n + 1 }, () => []);
  tree.parentOf.forEach((p, k) => (childrenOf[p < 0 ? n : p] as number[]).push(k));
  for (const list of childrenOf) list.sort((a, b) => (tree.rowOf[a] as number) - (tree.rowOf[b] as number));
  return childrenOf;
}

/**
 * Each row's amount per year in units of 10^-decimals, or "div0" where a year's total must go to a
 * top level whose leaves all weigh 0.
 */
export function referenceUnits(tree: TreeCase, ties: TieCount): bigint[][] | "div0" {
  const n = tree.parentOf.length;
  const sums = leafSums(tree);
  const childrenOf = childrenInRowOrder(tree);
  const result: bigint[][] = Array.from({ length: n }, () => []);
  for (const total of tree.totals) {
    const units = roundUnits(total.int, total.scale, tree.decimals);
    const top = (childrenOf[n] as number[]).reduce((a, k) => a + (sums[k] as bigint), 0n);
    if (units !== 0n && top === 0n) return "div0";
    const sign = units < 0n ? -1n : 1n;
    const amount = new Array<bigint>(n + 1).fill(0n);
    amount[n] = units * sign;
    // Parents are numbered before their children, so the top level and then 0, 1, 2, ... is top down.
    for (const p of [n, ...Array.from({ length: n }, (_, k) => k)]) {
      const kids = childrenOf[p] as number[];
      if (kids.length === 0) continue;
      const parts = hamilton(
        amount[p] as bigint,
        kids.map((k) => sums[k] as bigint),
        ties,
      );
      kids.forEach((k, j) => (amount[k] = parts[j] as bigint));
    }
    for (let k = 0; k < n; k++) (result[tree.rowOf[k] as number] as bigint[]).push((amount[k] as bigint) * sign);
  }
  return result;
}
