/**
 * HIERARCHY over 10.000 random trees (depth 1–6, up to 2.000 nodes, rows shuffled, zero-weight
 * leaves, ties, up to three yearly totals) against the independent BigInt reference of
 * test/support/treeReference.ts, and the contract's properties checked on the result itself.
 * Failures are collected with their seed and asserted once, so the run stays within seconds.
 */
import { hierarchy, InputError } from "../../src/core";
import {
  childrenInRowOrder,
  leafSums,
  randomTree,
  referenceUnits,
  roundUnits,
  seeded,
  toNumber,
  type TieCount,
  type TreeCase,
} from "../support/treeReference";

const CASES = 10_000;

/** A printed amount back to whole units of 10^-decimals (exact: |units| stays far below 2^50). */
function unitsOf(x: number, decimals: number): bigint {
  return BigInt(Math.round(decimals >= 0 ? x * 10 ** decimals : x / 10 ** -decimals));
}

function run(tree: TreeCase): number[][] {
  return hierarchy({
    totals: tree.totals.map((t) => toNumber(t.int, t.scale)),
    nodes: tree.nodes,
    parents: tree.parents,
    weights: tree.weights,
    decimals: tree.decimals,
  });
}

/** What is wrong with one result, judged by the contract's words, or undefined. */
function contractProblem(tree: TreeCase, result: number[][]): string | undefined {
  const n = tree.parentOf.length;
  const sums = leafSums(tree);
  const childrenOf = childrenInRowOrder(tree);
  if (result.length !== n) return `${result.length} rows for ${n} nodes`;
  for (let y = 0; y < tree.totals.length; y++) {
    const units = tree.rowOf.map((row) => {
      const value = result[row]?.[y];
      return typeof value === "number" && Number.isFinite(value) ? unitsOf(value, tree.decimals) : null;
    });
    if (units.some((u) => u === null)) return `year ${y + 1}: a cell is not a finite number`;
    const total = tree.totals[y] as { int: bigint; scale: number };
    const rounded = roundUnits(total.int, total.scale, tree.decimals);
    for (let p = 0; p <= n; p++) {
      const kids = childrenOf[p] as number[];
      if (kids.length === 0) continue;
      const amount = p === n ? rounded : (units[p] as bigint);
      const parts = kids.map((k) => units[k] as bigint);
      if (parts.reduce((a, b) => a + b, 0n) !== amount) return `year ${y + 1}: the children of ${p} do not add up`;
      // Within one unit of the exact share of the parent's rounded amount: |part × W − A × w| < W.
      const weight = kids.reduce((a, k) => a + (sums[k] as bigint), 0n);
      for (let j = 0; j < kids.length; j++) {
        let gap = (parts[j] as bigint) * weight - amount * (sums[kids[j] as number] as bigint);
        if (gap < 0n) gap = -gap;
        if (weight > 0n && gap >= weight) return `year ${y + 1}: node ${kids[j]} is a unit or more off its share`;
        if (weight === 0n && parts[j] !== 0n) return `year ${y + 1}: node ${kids[j]} has an amount from nothing`;
      }
    }
  }
  return undefined;
}

describe("HIERARCHY on 10.000 random trees", () => {
  test("equals the reference; each level adds up to the rounded amount above it; ties go by weight, then row", () => {
    const ties: TieCount = { byWeight: 0, byRow: 0 };
    const failures: string[] = [];
    const seen = { depths: new Set<number>(), largest: 0, zeroLeaves: 0, yearly: 0, div0: 0, cells: 0 };
    for (let c = 0; c < CASES && failures.length < 5; c++) {
      const seed = 0x5eed0000 + c;
      const tree = randomTree(seed);
      const n = tree.parentOf.length;
      // Parents are numbered before their children, so depths and leaves come in one pass each.
      const depth: number[] = [];
      const inner = new Set(tree.parentOf);
      tree.parentOf.forEach((p, k) => (depth[k] = p < 0 ? 1 : (depth[p] as number) + 1));
      seen.depths.add(Math.max(...depth));
      seen.largest = Math.max(seen.largest, n);
      seen.zeroLeaves += tree.weightInts.filter((w, k) => w === 0n && !inner.has(k)).length;
      if (tree.totals.length > 1) seen.yearly++;
      const expected = referenceUnits(tree, ties);
      if (expected === "div0") {
        seen.div0++;
        try {
          run(tree);
          failures.push(`seed ${seed}: no #DIV/0! where every leaf weighs 0`);
        } catch (error) {
          if (!(error instanceof InputError) || error.kind !== "divisionByZero") {
            failures.push(`seed ${seed}: ${String(error)} instead of #DIV/0!`);
          }
        }
        continue;
      }
      let result: number[][];
      try {
        result = run(tree);
      } catch (error) {
        failures.push(`seed ${seed}: threw ${String(error)}`);
        continue;
      }
      seen.cells += n * tree.totals.length;
      const differs = expected.some((row, r) =>
        row.some((units, y) => result[r]?.[y] !== toNumber(units, tree.decimals)),
      );
      if (differs) failures.push(`seed ${seed}: differs from the reference`);
      const problem = contractProblem(tree, result);
      if (problem) failures.push(`seed ${seed}: ${problem}`);
    }
    expect(failures).toEqual([]);
    // The run covered what it claims to: every depth, large trees, zeros, yearly totals and both tie rules.
    expect([...seen.depths].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen.largest).toBeGreaterThan(1500);
    expect(seen.zeroLeaves).toBeGreaterThan(1000);
    expect(seen.yearly).toBeGreaterThan(3000);
    expect(seen.div0).toBeGreaterThan(0);
    expect(ties.byWeight).toBeGreaterThan(100);
    expect(ties.byRow).toBeGreaterThan(100);
  });
});

describe("HIERARCHY refuses a broken tree and names the row (2.000 random trees, one fault each)", () => {
  type Fault = "duplicate" | "unknown parent" | "negative weight" | "inner weight" | "cycle";
  const FAULTS: Fault[] = ["duplicate", "unknown parent", "negative weight", "inner weight", "cycle"];

  /** Breaks the tree in one place; returns the pattern the message must match, or null if it cannot. */
  function breakTree(tree: TreeCase, fault: Fault, pick: (n: number) => number): RegExp | null {
    const n = tree.parentOf.length;
    const inner = new Set(tree.parentOf.filter((p) => p >= 0));
    const row = (k: number): number => (tree.rowOf[k] as number) + 1;
    if (fault === "duplicate") {
      if (n < 2) return null;
      const a = pick(n - 1);
      const b = a + 1 + pick(n - 1 - a);
      const id = tree.nodes[a] as string | number;
      tree.nodes[b] = typeof id === "string" ? ` ${id.toUpperCase()}` : String(id);
      return new RegExp(`^nodes: row ${b + 1} \\(.*\\) repeats the id of row ${a + 1} \\(`);
    }
    if (fault === "unknown parent") {
      const r = pick(n);
      tree.parents[r] = "ukendt sted";
      return new RegExp(`^parents: row ${r + 1} \\(.*\\) names "ukendt sted", which is not an id in nodes`);
    }
    if (fault === "negative weight") {
      const r = pick(n);
      tree.weights[r] = -1.5;
      return new RegExp(`^weights: row ${r + 1} \\(.*\\) is -1,5, a negative weight`);
    }
    const sums = leafSums(tree);
    if (fault === "inner weight") {
      const candidates = [...inner];
      if (candidates.length === 0) return null;
      const k = candidates[pick(candidates.length)] as number;
      tree.weights[row(k) - 1] = toNumber((sums[k] as bigint) + 1n, tree.scale);
      return new RegExp(`^weights: row ${row(k)} \\(.*\\) is .*, but the leaves below this node weigh`);
    }
    // A cycle: a node's parent becomes itself, its child or its grandchild.
    const k = pick(n);
    let below = k;
    for (let step = pick(3); step > 0; step--) {
      const child = tree.parentOf.indexOf(below);
      if (child < 0) break;
      below = child;
    }
    tree.parents[row(k) - 1] = tree.nodes[row(below) - 1] as string | number;
    return below === k
      ? new RegExp(`^parents: row ${row(k)} \\(.*\\) names itself as its parent`)
      : new RegExp(`^parents: .*row ${row(k)} \\(.*go round in a cycle`);
  }

  test("each fault is #VALUE! with a message naming the broken row", () => {
    const failures: string[] = [];
    const counts = new Map<Fault, number>();
    for (let c = 0; c < 2000 && failures.length < 5; c++) {
      const seed = 0xbad00000 + c;
      const tree = randomTree(seed, { maxNodes: 300 });
      const fault = FAULTS[c % FAULTS.length] as Fault;
      const random = seeded(seed ^ 0x9e3779b9);
      const expected = breakTree(tree, fault, (m) => Math.floor(random() * m));
      if (expected === null) continue;
      counts.set(fault, (counts.get(fault) ?? 0) + 1);
      try {
        run(tree);
        failures.push(`seed ${seed}: ${fault} was not refused`);
      } catch (error) {
        const message = error instanceof InputError ? error.message : String(error);
        if (!(error instanceof InputError) || error.kind !== "invalidValue" || !expected.test(message)) {
          failures.push(`seed ${seed}: ${fault}: ${message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    for (const fault of FAULTS) expect([fault, (counts.get(fault) ?? 0) > 200]).toEqual([fault, true]);
  });
});
