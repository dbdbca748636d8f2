/**
 * HIERARCHY down a municipality's tree: 10 departments × 10 areas × 10 sections × 10 cost centres
 * (10.000 leaves, 11.110 nodes) and 12 yearly totals, through the built bundle as Excel calls it,
 * beside the raw core in the same process. The check is the contract's, in exact integers: every
 * node's children add up to it, the departments to the rounded total, and every child is within
 * one unit of its exact share of its parent's amount.
 */
import { hierarchy } from "../src/core";
import type { FunctionsRuntime } from "./functions-runtime";
import { measure } from "./harness";
import type { Options } from "./options";
import { runsFor } from "./plan";
import { Random, seedOf } from "./random";
import type { CaseResult, Check } from "./results";

const FAN_OUT = 10;
const LEVELS = 4;
const YEARS = 12;

interface TreeData {
  nodes: string[];
  parents: (string | null)[];
  /** Leaf budgets in øre (null on a node with children), so that the check never reads a double back. */
  weightInts: (number | null)[];
  /** Yearly savings in whole kroner (decimals 0), negative as the catalogue prints them. */
  totals: number[];
}

function makeTree(): TreeData {
  const random = new Random(seedOf("hierarchy 10000 x 12"));
  const data: TreeData = { nodes: [], parents: [], weightInts: [], totals: [] };
  const grow = (parent: string | null, level: number): void => {
    for (let i = 0; i < FAN_OUT; i++) {
      const id = parent === null ? `F${i}` : `${parent}.${i}`;
      const leaf = level === LEVELS;
      data.nodes.push(id);
      data.parents.push(parent);
      // Budgets 0–99.999,99 kr.; every 37th cost centre is closed (0), every 10th repeats its neighbour (ties).
      const previous = data.weightInts[data.weightInts.length - 1] ?? null;
      const drawn = random.int(0, 9_999_999);
      const weight = i % 10 === 9 && previous !== null ? previous : data.nodes.length % 37 === 0 ? 0 : drawn;
      data.weightInts.push(leaf ? weight : null);
      if (!leaf) grow(id, level + 1);
    }
  };
  grow(null, 1);
  for (let y = 0; y < YEARS; y++) data.totals.push(-(20_000_000 + y * 1_250_000 + random.int(0, 999)));
  return data;
}

/** The contract checked on one result, with BigInt where products pass 2^53. */
function checkTree(data: TreeData, amounts: readonly (readonly number[])[]): Check {
  const n = data.nodes.length;
  if (amounts.length !== n) return { ok: false, detail: `${amounts.length} rows for ${n} nodes` };
  const rowOf = new Map(data.nodes.map((id, row) => [id, row]));
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  data.parents.forEach((p, row) => (children[p === null ? n : (rowOf.get(p) as number)] as number[]).push(row));
  const weight = data.weightInts.map((w) => BigInt(w ?? 0));
  for (let row = n - 1; row >= 0; row--) {
    const p = data.parents[row] ?? null;
    if (p !== null) {
      const up = rowOf.get(p) as number;
      weight[up] = (weight[up] as bigint) + (weight[row] as bigint);
    }
  }
  for (let y = 0; y < YEARS; y++) {
    const total = data.totals[y] as number;
    for (let p = 0; p <= n; p++) {
      const kids = children[p] as number[];
      if (kids.length === 0) continue;
      const amount = BigInt(p === n ? total : ((amounts[p] as number[])[y] as number));
      const parts = kids.map((k) => (amounts[k] as number[])[y] as number);
      if (!parts.every(Number.isSafeInteger)) return { ok: false, detail: `year ${y + 1}: an amount is not whole kr.` };
      const sum = parts.reduce((a, b) => a + BigInt(b), 0n);
      if (sum !== amount) return { ok: false, detail: `year ${y + 1}: the children of row ${p + 1} do not add up` };
      const of = kids.reduce((a, k) => a + (weight[k] as bigint), 0n);
      for (let j = 0; j < kids.length; j++) {
        let gap = BigInt(parts[j] as number) * of - amount * (weight[kids[j] as number] as bigint);
        if (gap < 0n) gap = -gap;
        if (gap >= of) return { ok: false, detail: `year ${y + 1}: row ${(kids[j] as number) + 1} is off its share` };
      }
    }
  }
  return { ok: true, detail: `${n} nodes × ${YEARS} years add up level by level` };
}

function sameCells(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  return a.length === b.length && a.every((row, i) => row.every((cell, j) => cell === b[i]?.[j]));
}

export function hierarchyCases(options: Options, runtime: FunctionsRuntime, log: (line: string) => void): CaseResult[] {
  const call = runtime.functions.get("HIERARCHY");
  if (!call) return [];
  const data = makeTree();
  const weights = data.weightInts.map((w) => (w === null ? null : w / 100));
  const cells = data.nodes.length * YEARS;
  const runs = runsFor(cells, options.mode);
  let coreCells: number[][] = [];
  const check = (amounts: number[][]): Check => {
    const outcome = checkTree(data, amounts);
    if (outcome.ok && coreCells.length > 0 && !sameCells(amounts, coreCells)) {
      return { ok: false, detail: "the function's cells differ from the core's" };
    }
    return outcome;
  };
  const core = measure(
    () => hierarchy({ totals: data.totals, nodes: data.nodes, parents: data.parents, weights, decimals: 0 }),
    (amounts) => {
      coreCells = amounts;
      return check(amounts);
    },
    runs,
  );
  // As Excel hands the ranges over: JSON, blanks as "".
  const args = [
    JSON.stringify([data.totals]),
    JSON.stringify(data.nodes.map((id) => [id])),
    JSON.stringify(data.parents.map((p) => [p ?? ""])),
    JSON.stringify(weights.map((w) => [w ?? ""])),
  ].map((text) => runtime.fromJson(text));
  const spilled = measure(() => call(...args, 0) as number[][], check, runs);
  const serialised = measure(
    () => JSON.stringify(call(...args, 0)),
    (text) => check(JSON.parse(text) as number[][]),
    runs,
  );
  const coreMs = core.timing.medianMs;
  const row = (name: string, measured: typeof core): CaseResult => {
    const result: CaseResult = {
      name,
      params: { nodes: data.nodes.length, leaves: FAN_OUT ** LEVELS, levels: LEVELS, years: YEARS, calls: 1 },
      timing: measured.timing,
      metrics: {
        cells,
        nsPerCell: (measured.timing.medianMs * 1e6) / cells,
        timesCore: measured.timing.medianMs / coreMs,
      },
      check: measured.check,
    };
    log(`${name}: ${measured.timing.medianMs.toFixed(1)} ms, ${result.metrics.timesCore?.toFixed(2)}× core`);
    return result;
  };
  return [
    row("raw core hierarchy, 10.000 cost centres × 12 years", core),
    row("HIERARCHY spilled (one call)", spilled),
    row("HIERARCHY spilled + JSON of the result", serialised),
  ];
}
