/**
 * The udmøntning preview: each department's adopted amounts spread down its subtree by the core's
 * hierarchy (the function BUDGET.HIERARCHY computes with), and a check per node and per level that
 * the children add up exactly to the amount above them.
 */
import { compareDecimal, decimalOf, exactSum, hierarchy, InputError, roundHalfAway } from "../../../core";
import { implementationText } from "./implementationText";
import { cellAddress, parseRange } from "../../../sheet/address";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import { numberedYears } from "../../logic/yearHeadings";
import type { ImplementationInput } from "./implementationModel";
import { treeError, type Department, type ImplementationSources } from "./implementationSources";

export interface TreeRow {
  /** Row in the tree table. */
  row: number;
  id: string;
  name: string;
  depth: number;
  /** One amount per year. */
  amounts: number[];
  /** For a node with children: whether they add up exactly to it in every year. */
  childrenAddUp: boolean | undefined;
}

export interface ImplementationPreview {
  yearHeadings: string[];
  /** Rows of the tree table, blank ones included: the written block has one per row. */
  tableRows: number;
  /** The tree's rows that hold a node, in the table's order. */
  rows: TreeRow[];
  /** Per year: the adopted amounts rounded to the decimals, summed. */
  adoptedTotals: number[];
  /** Per year: the departments' amounts summed. */
  departmentTotals: number[];
  /** Per level (0: the departments against the adopted amounts, 1: the level below against them, ...). */
  levels: boolean[];
  warnings: Text[];
}

function sameDecimal(a: number, b: number): boolean {
  return compareDecimal(decimalOf(a), decimalOf(b)) === 0;
}

/**
 * An adopted amount the core cannot round (1e300: more digits than Excel keeps) is the amount's
 * fault, not the tree's: named by its cell, or by the department and year when typed.
 */
function amountError(error: InputError, d: Department): UserError {
  const year = (error.at?.[1] ?? 1) - 1;
  const range = d.adopted ? parseRange(d.adopted.argument) : undefined;
  const where: Text = range
    ? { da: cellAddress(range, 0, year), en: cellAddress(range, 0, year) }
    : implementationText.departmentYear(d, year);
  return new UserError(implementationText.adoptedAmountsWrong(where, error));
}

/** Spreads one department's amounts over its subtree's rows (in table order). */
function spread(sources: ImplementationSources, department: number, decimals: number): Map<number, number[]> {
  const d = sources.departments[department] as ImplementationSources["departments"][number];
  const rows: number[] = [];
  sources.departmentOf.forEach((owner, row) => owner === department && rows.push(row));
  const { tree } = sources;
  const amounts = d.adopted?.amounts ?? new Array<number>(sources.years).fill(0);
  let result: number[][];
  try {
    result = hierarchy({
      totals: amounts,
      nodes: rows.map((r) => tree.ids[r] ?? null),
      parents: rows.map((r) => tree.parents[r] ?? null),
      weights: rows.map((r) => tree.weights[r] ?? null),
      decimals,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error.kind === "divisionByZero") throw new UserError(implementationText.everyCostCentreBelow(d, error));
    if (error.argument === "total") throw amountError(error, d);
    throw treeError(error, tree, (r) => rows[r] as number);
  }
  return new Map(rows.map((r, k) => [r, result[k] as number[]]));
}

export function planImplementation(sources: ImplementationSources, input: ImplementationInput): ImplementationPreview {
  const { tree, layout, years } = sources;
  const amounts = new Map<number, number[]>();
  sources.departments.forEach((_, d) => spread(sources, d, input.decimals).forEach((v, row) => amounts.set(row, v)));
  const at = (row: number) => amounts.get(row) ?? new Array<number>(years).fill(0);

  const childrenOf = (row: number): number[] => {
    const out: number[] = [];
    for (let c = layout.childStart[row] as number; c < (layout.childStart[row + 1] as number); c++)
      out.push(layout.children[c] as number);
    return out;
  };
  const addsUp = (row: number): boolean | undefined => {
    const children = childrenOf(row);
    if (children.length === 0) return undefined;
    return at(row).every((amount, y) => sameDecimal(exactSum(children.map((c) => at(c)[y] as number)), amount));
  };

  const rows: TreeRow[] = [];
  for (let row = 0; row < layout.size; row++) {
    if (sources.depth[row] === -1) continue;
    rows.push({
      row,
      id: String(tree.ids[row]),
      name: tree.names[row] ?? "",
      depth: sources.depth[row] as number,
      amounts: at(row),
      childrenAddUp: addsUp(row),
    });
  }

  const adoptedRounded = sources.departments.map((d) =>
    (d.adopted?.amounts ?? new Array<number>(years).fill(0)).map((a) => roundHalfAway(a, input.decimals)),
  );
  const perYear = (matrix: readonly number[][]) =>
    Array.from({ length: years }, (_, y) => exactSum(matrix.map((row) => row[y] as number)));
  const adoptedTotals = perYear(adoptedRounded);
  const departmentTotals = perYear(sources.departments.map((d) => at(d.row)));

  // One pass over the rows: a level per row scanned again for each level was quadratic in a deep
  // chain, and Math.max(...depths) overflows the call stack at 130.000 cost centres.
  let deepest = 0;
  for (const r of rows) deepest = Math.max(deepest, r.depth);
  const levels = new Array<boolean>(deepest + 1).fill(true);
  levels[0] = sources.departments.every((d, i) =>
    at(d.row).every((v, y) => sameDecimal(v, adoptedRounded[i]?.[y] as number)),
  );
  // Level k checks the rows at depth k − 1 against their children.
  for (const r of rows) if (r.childrenAddUp === false) levels[r.depth + 1] = false;

  const warnings: Text[] = sources.departments
    .filter((d) => d.adopted === null)
    .map((d) => implementationText.hasNoAdoptedAmount(d));
  sources.departments
    .filter((d) => d.block === null)
    .forEach((d) => warnings.push(implementationText.departmentRowsApart(d)));

  return {
    yearHeadings: sources.yearHeadings ?? numberedYears(input.firstYear, years),
    tableRows: layout.size,
    rows,
    adoptedTotals,
    departmentTotals,
    levels,
    warnings,
  };
}
