/**
 * HIERARCHY explained for one row and year: the path from the total down to the row, and at each
 * level the largest-remainder spread of the parent's rounded amount over its children by their
 * weights (each the exact sum of its leaves). Every level is checked against hierarchy's result.
 */
import { traceAllocation, type AllocationTrace } from "./allocationTrace";
import type { Decimal } from "./decimal";
import { checkAgainst } from "./explainDistribute";
import { hierarchy, prepareTree, type HierarchyInput } from "./hierarchy";
import type { PreparedKey } from "./kernel/preparedKey";
import { roundToUnits } from "./rounding";

export interface HierarchyLevel {
  /** The row whose amount is spread here, or -1 for the total itself. */
  parent: number;
  /** The parent's rounded amount in units (signed). */
  parentUnits: number;
  /** The parent's children, as rows, in row order. */
  siblings: number[];
  /** Which of the siblings lies on the path (index into siblings). */
  at: number;
  /** The spread of |parentUnits| over the siblings. */
  trace: AllocationTrace;
  /** The siblings' printed amounts in units (signed). */
  result: number[];
}

export interface HierarchyExplanation {
  decimals: number;
  row: number;
  year: number;
  /** The total of the year rounded, in units (signed). */
  totalUnits: number;
  /** From the top down to the row; empty for a blank row (it gets 0 and takes part in nothing). */
  path: HierarchyLevel[];
  /** Each row's weight, the exact sum of its leaves (undefined for a blank row). */
  weights: (Decimal | undefined)[];
}

/** HIERARCHY explained for one row and year. */
export function explainHierarchy(input: HierarchyInput, row: number, year = 0): HierarchyExplanation {
  return hierarchyExplainer(input)(row, year);
}

/**
 * An explainer for every row and year of one HIERARCHY call: the function and the tree are worked
 * out once, and each parent's spread once per year however many rows pass through it.
 */
export function hierarchyExplainer(input: HierarchyInput): (row: number, year: number) => HierarchyExplanation {
  const result = hierarchy(input);
  const decimals = input.decimals ?? 0;
  const { tree, keys, nodeWeights } = prepareTree(input);
  const { size, childStart, children, parent } = tree;
  const weights = nodeWeights.slice(0, size);
  const levels = new Map<string, HierarchyLevel>();

  /** Parent p's spread (size: the total) of `units` (unsigned) in `year`, checked against the result. */
  const levelOf = (p: number, units: number, sign: number, year: number): HierarchyLevel => {
    const id = `${p}:${year}`;
    const known = levels.get(id);
    if (known) return known;
    const siblings = Array.from(children.subarray(childStart[p] as number, childStart[p + 1] as number));
    const trace = traceAllocation(units, keys[p] as PreparedKey, null);
    const levelResult = trace.parts.map((part) => sign * (part.floor + part.extra) + 0);
    const above = p === size ? -1 : p;
    checkAgainst(
      `HIERARCHY below row ${above + 1}`,
      levelResult,
      siblings.map((s) => (result[s] as number[])[year] as number),
      decimals,
    );
    const level = { parent: above, parentUnits: sign * units + 0, siblings, at: -1, trace, result: levelResult };
    levels.set(id, level);
    return level;
  };

  return (row, year) => {
    const totalUnits = roundToUnits(input.totals[year] as number, decimals) + 0;
    const sign = totalUnits < 0 ? -1 : 1;
    const chain: number[] = [];
    if (!tree.blank[row]) for (let node = row; node !== -1; node = parent[node] as number) chain.unshift(node);
    const path: HierarchyLevel[] = [];
    let units = totalUnits * sign;
    let above = size;
    for (const node of chain) {
      const level = levelOf(above, units, sign, year);
      const at = level.siblings.indexOf(node);
      path.push({ ...level, at });
      const part = level.trace.parts[at];
      units = part ? part.floor + part.extra : 0;
      above = node;
    }
    return { decimals, row, year, totalUnits, path, weights };
  };
}
