/**
 * HIERARCHY (FUNCTIONS.md): a total spread down a cost-centre tree, level by level. The total goes
 * to the top-level nodes by their weights with DISTRIBUTE's largest-remainder rule, then every
 * node's rounded amount to its children the same way, so that each node's children add up exactly
 * to the amount printed for it. A node weighs the exact sum of the leaves below it.
 */
import { allocateUnits } from "./kernel/allocate";
import { freeWeightSum, prepareKeyFromDecimals, type PreparedKey } from "./kernel/preparedKey";
import { addDecimal, compareDecimal, decimalOf, unitsToNumber, type Decimal } from "./decimal";
import { totalUnits } from "./distribute";
import { checkDecimals } from "./rounding";
import { InputError } from "./errors";
import { leavesZero, lengthMismatch, negativeNodeWeight, nodesEmpty, noIds, weightNotLeafSum } from "./messages";
import { buildTree, rowName, type NodeId, type Tree } from "./tree";

export interface HierarchyInput {
  /** One total per year. */
  totals: readonly number[];
  /** One id per row; null is a blank cell. */
  nodes: readonly (NodeId | null)[];
  /** Each row's parent id; null for a top-level node. */
  parents: readonly (NodeId | null)[];
  /** Leaf weights; null is blank (0 on a leaf, the leaves' sum on a node with children). */
  weights: readonly (number | null)[];
  /** Rounding: places after the decimal mark (negative: tens, hundreds, ...). Default 0. */
  decimals?: number;
}

type WeightSum = ReturnType<typeof freeWeightSum>;

/** A tree with the distribution key of every node that has children, ready for any number of totals. */
export interface PreparedTree {
  tree: Tree;
  /** keys[p]: the key over p's children (index size: over the top level); undefined for a leaf. */
  keys: (PreparedKey | undefined)[];
  sums: (WeightSum | undefined)[];
  /** Whether some leaf below row i (or i itself) weighs more than 0. */
  positive: Uint8Array;
  /** Each node's weight, the exact sum of its leaves (index size: the whole tree); explainHierarchy shows them. */
  nodeWeights: (Decimal | undefined)[];
}

function checkLengths(input: HierarchyInput): void {
  const rows = input.nodes.length;
  if (rows === 0) throw new InputError("nodes", nodesEmpty, []);
  const other = (name: string, length: number): void => {
    if (length !== rows) {
      throw new InputError(name, lengthMismatch, [name, length, rows]);
    }
  };
  other("parents", input.parents.length);
  other("weights", input.weights.length);
}

function checkWeightSigns(input: HierarchyInput): void {
  input.weights.forEach((w, i) => {
    if (w !== null && !(w >= 0)) {
      throw new InputError("weights", negativeNodeWeight, [w], rowName(input.nodes, i));
    }
  });
}

/**
 * Each node's weight as the exact sum of its leaves, bottom up (the reverse of the top-down order
 * meets every child before its parent), and the key over each node's children.
 */
export function prepareTree(input: HierarchyInput): PreparedTree {
  const tree = buildTree(input.nodes, input.parents, (row) => input.weights[row] !== null);
  const { size, order, childStart, children, parent } = tree;
  if (order.length === 0) {
    throw new InputError("nodes", noIds, []);
  }
  const sums: (Decimal | undefined)[] = new Array<Decimal | undefined>(size + 1);
  const positive = new Uint8Array(size + 1);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    const given = input.weights[i] ?? null;
    const inner = (childStart[i + 1] as number) > (childStart[i] as number);
    let sum: Decimal;
    if (!inner) {
      sum = decimalOf(given ?? 0);
      positive[i] = given !== null && given > 0 ? 1 : 0;
    } else {
      // Children come later in the top-down order, so they have all been added in by now.
      sum = sums[i] as Decimal;
      if (given !== null && compareDecimal(decimalOf(given), sum) !== 0) {
        throw new InputError("weights", weightNotLeafSum, [given, sum], rowName(input.nodes, i));
      }
    }
    sums[i] = sum;
    const up = parent[i] === -1 ? size : (parent[i] as number);
    const above = sums[up];
    sums[up] = above === undefined ? sum : addDecimal(above, sum);
    if (positive[i]) positive[up] = 1;
  }
  const keys: (PreparedKey | undefined)[] = new Array<PreparedKey | undefined>(size + 1);
  const keySums: (WeightSum | undefined)[] = new Array<WeightSum | undefined>(size + 1);
  const prepare = (p: number): void => {
    const start = childStart[p] as number;
    const end = childStart[p + 1] as number;
    if (end === start) return;
    const weights: Decimal[] = new Array<Decimal>(end - start);
    for (let c = start; c < end; c++) weights[c - start] = sums[children[c] as number] as Decimal;
    const key = prepareKeyFromDecimals(weights);
    keys[p] = key;
    keySums[p] = freeWeightSum(key, null);
  };
  prepare(size);
  for (let k = 0; k < order.length; k++) prepare(order[k] as number);
  return { tree, keys, sums: keySums, positive, nodeWeights: sums };
}

function nothingToSpreadBy(input: HierarchyInput, tree: Tree, row: number, amount: number, year: number): never {
  const first = tree.childStart[tree.size] as number;
  const single = (tree.childStart[tree.size + 1] as number) - first === 1;
  // Below the top level a node that weighs 0 never gets an amount, so this is met at the top.
  const node = row < tree.size ? row : single ? (tree.children[first] as number) : -1;
  throw new InputError(
    "weights",
    leavesZero,
    [node >= 0 ? rowName(input.nodes, node) : undefined, amount, input.totals.length > 1 ? year + 1 : 0],
    undefined,
    "divisionByZero",
  );
}

/**
 * Spreads each year's total down the tree. Returns rows × years: every row's amount (0 for a blank
 * row); each node's children add up exactly to the node, and the top level to the rounded total.
 */
export function hierarchy(input: HierarchyInput): number[][] {
  const decimals = input.decimals ?? 0;
  checkDecimals(decimals);
  checkLengths(input);
  checkWeightSigns(input);
  const years = input.totals.length;
  // Every total is read before the tree, so that a bad total is named first whatever the tree.
  const totals = input.totals.map((_, y) => totalUnits(input.totals, y, decimals));
  const { tree, keys, sums, positive } = prepareTree(input);
  const { size, order, childStart } = tree;
  const children = tree.children;
  let widest = 0;
  for (let p = 0; p <= size; p++) widest = Math.max(widest, (childStart[p + 1] as number) - (childStart[p] as number));
  const parts = new Float64Array(widest);
  const units = new Float64Array(size + 1);
  const result: number[][] = Array.from({ length: size }, () => new Array<number>(years).fill(0));

  // The sign is taken off once: a negative total is spread as its absolute value (DISTRIBUTE's rule).
  let sign = 1;
  const spreadTo = (p: number, year: number): void => {
    const start = childStart[p] as number;
    const end = childStart[p + 1] as number;
    if (end === start) return;
    const amount = units[p] as number;
    if (amount !== 0 && !positive[p]) nothingToSpreadBy(input, tree, p, unitsToNumber(amount * sign, decimals), year);
    allocateUnits(amount, keys[p] as PreparedKey, null, sums[p] as WeightSum, parts);
    for (let c = start; c < end; c++) units[children[c] as number] = parts[c - start] as number;
  };
  for (let y = 0; y < years; y++) {
    const total = totals[y] as number;
    sign = total < 0 ? -1 : 1;
    units[size] = total * sign;
    spreadTo(size, y);
    for (let k = 0; k < order.length; k++) spreadTo(order[k] as number, y);
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      (result[i] as number[])[y] = unitsToNumber(sign * (units[i] as number), decimals) + 0;
    }
  }
  return result;
}
