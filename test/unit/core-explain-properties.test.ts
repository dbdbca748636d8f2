/**
 * Issue 22's one source of truth: on 10.000 random calls per function the explanation's result
 * equals the function's own cell for every part, and the story it tells is arithmetic that holds
 * (floor × W + remainder = units × w exactly, the left-over units go to the first ranks, every figure
 * printed the other way has a sum that required it or a partner that moved first). Checked with
 * BigInt here, independently of the core's own exact integers.
 */
import fc from "fast-check";
import {
  distribute,
  hierarchy,
  InputError,
  keyFromBase,
  quotaPerDepartment,
  roundTableWithTotals,
} from "../../src/core";
import type { AllocationTrace } from "../../src/core/allocationTrace";
import { intToString, unitsToNumber, type ExactInt } from "../../src/core/decimal";
import { explainDistribute, type SpreadExplanation } from "../../src/core/explainDistribute";
import { hierarchyExplainer } from "../../src/core/explainHierarchy";
import { explainKey } from "../../src/core/explainKey";
import { explainQuota } from "../../src/core/explainQuota";
import { explainRoundTable, figureReason } from "../../src/core/explainRoundTable";
import { roundTableGroupedWithTotals } from "../../src/core/roundTableGrouped";
import { refToNumber, type RefDecimal } from "../support/reference";
import { random, table } from "../support/randomTables";

const RUNS = 10_000;
const runs = { numRuns: RUNS, seed: 20261201 };
const big = (x: ExactInt): bigint => BigInt(intToString(x));

const decimalArb = (maxInt: number, maxScale: number, min = -maxInt): fc.Arbitrary<number> =>
  fc
    .record({ int: fc.bigInt({ min: BigInt(min), max: BigInt(maxInt) }), scale: fc.integer({ min: 0, max: maxScale }) })
    .map((d: RefDecimal) => refToNumber(d));

const weightArb = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  decimalArb(1000, 3, 0),
  decimalArb(999_999, 6, 0),
  decimalArb(999_999_999_999, 9, 0),
);

/** A failed check, named; plain comparisons keep 10.000 calls per function quick. */
function must(condition: boolean, what: string): void {
  if (!condition) throw new Error(`explanation check failed: ${what}`);
}

/** The trace's arithmetic, checked with BigInt: exact shares, floors, left-over units, ranks, ties. */
function checkTrace(trace: AllocationTrace): void {
  const W = big(trace.weightSum);
  const units = BigInt(trace.units);
  let floors = 0n;
  const ranked: number[] = [];
  const rests = trace.parts.map((p) => big(p.rest));
  const weights = trace.parts.map((p) => big(p.weight));
  trace.parts.forEach((p, i) => {
    if (!p.free || W === 0n) return;
    const rest = rests[i]!;
    must(BigInt(p.floor) * W + rest === units * weights[i]!, "floor × W + remainder = units × w");
    must(rest >= 0n && rest < W, "0 ≤ remainder < W");
    floors += BigInt(p.floor);
    if (rest > 0n) ranked[p.rank - 1] = i;
    else must(p.rank === 0, "no rank without a remainder");
    must(p.extra === (p.rank >= 1 && p.rank <= trace.leftover ? 1 : 0), "the first ranks get the units left over");
  });
  if (W !== 0n) must(floors + BigInt(trace.leftover) === units, "floors + left over = units");
  // Ranks are a permutation in the rule's order: remainder desc, then weight desc, then position.
  for (let k = 1; k < ranked.length; k++) {
    const a = ranked[k - 1]!;
    const b = ranked[k]!;
    must(a !== undefined && b !== undefined, "ranks are 1..n");
    const ordered =
      rests[a]! > rests[b]! ||
      (rests[a] === rests[b] && (weights[a]! > weights[b]! || (weights[a] === weights[b] && a < b)));
    must(ordered, "ranks follow remainder, weight, position");
  }
  trace.parts.forEach((p, i) => {
    if (p.tie === null) return;
    for (const { part, rule } of p.tie.against) {
      const other = trace.parts[part]!;
      must(rests[part] === rests[i], "a tie is an equal remainder");
      must(other.extra === (p.tie.won ? 0 : 1), "a tie stands across the cut");
      must(
        rule === (weights[part] === weights[i] ? "position" : "weight"),
        "the tie rule named is the one that decided",
      );
      if (rule === "position") must(p.tie.won ? i < part : i > part, "position: the earlier row wins");
    }
  });
}

function checkSpread(spread: SpreadExplanation, column: readonly number[]): void {
  must(spread.result.length === column.length, "one explained part per cell");
  spread.result.forEach((u, i) =>
    must(unitsToNumber(u, spread.decimals) + 0 === column[i]! + 0, `part ${i + 1} equals its cell`),
  );
  checkTrace(spread.trace);
}

/** Either both throw the same InputError, or both answer. */
function sameErrors<T>(compute: () => unknown, explain: () => T): T | null {
  let error: unknown = null;
  try {
    compute();
  } catch (e) {
    error = e;
  }
  if (error !== null) {
    expect(error).toBeInstanceOf(InputError);
    expect(explain).toThrow((error as Error).message);
    return null;
  }
  return explain();
}

describe(`explanations agree with the functions (${RUNS} random calls each)`, () => {
  test("DISTRIBUTE: every part of every year, holds included", () => {
    const caseArb = fc.record({
      totals: fc.array(decimalArb(999_999_999, 4), { minLength: 1, maxLength: 6 }),
      weights: fc.array(weightArb, { minLength: 1, maxLength: 12 }),
      decimals: fc.integer({ min: -2, max: 4 }),
      holds: fc.array(fc.option(decimalArb(99_999, 2), { freq: 4 }), { minLength: 12, maxLength: 12 }),
      withHolds: fc.boolean(),
    });
    fc.assert(
      fc.property(caseArb, ({ totals, weights, decimals, holds, withHolds }) => {
        const input = {
          totals,
          weights,
          decimals,
          holds: withHolds ? weights.map((_w, i) => [holds[i] ?? null]) : undefined,
        };
        const explained = sameErrors(
          () => distribute(input),
          () => explainDistribute(input),
        );
        if (explained === null) return;
        const result = distribute(input);
        explained.years.forEach((year, y) =>
          checkSpread(
            year,
            result.map((row) => row[y]!),
          ),
        );
      }),
      runs,
    );
  });

  test("QUOTA: every department", () => {
    const caseArb = fc.record({
      budgets: fc.array(decimalArb(9_999_999, 3), { minLength: 1, maxLength: 10 }),
      exempt: fc.array(decimalArb(999_999, 3), { minLength: 10, maxLength: 10 }),
      rate: decimalArb(1000, 4, 0).map((r) => Math.min(r, 1)),
      decimals: fc.integer({ min: -1, max: 3 }),
    });
    fc.assert(
      fc.property(caseArb, ({ budgets, exempt, rate, decimals }) => {
        const ex = budgets.map((_b, i) => exempt[i]!);
        const explained = sameErrors(
          () => quotaPerDepartment(budgets, ex, rate, decimals),
          () => explainQuota(budgets, ex, rate, decimals),
        );
        if (explained === null) return;
        checkSpread(explained.spread, quotaPerDepartment(budgets, ex, rate, decimals).quota);
      }),
      runs,
    );
  });

  test("KEY: every share", () => {
    const caseArb = fc.record({
      base: fc.array(weightArb, { minLength: 1, maxLength: 12 }),
      decimals: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(caseArb, ({ base, decimals }) => {
        const explained = sameErrors(
          () => keyFromBase(base, decimals),
          () => explainKey(base, decimals),
        );
        if (explained === null) return;
        checkSpread(explained.years[0]!, keyFromBase(base, decimals));
      }),
      runs,
    );
  });

  test("HIERARCHY: every row's path ends in its cell, and every level agrees", () => {
    const caseArb = fc.record({
      parentPicks: fc.array(fc.integer({ min: -1, max: 20 }), { minLength: 1, maxLength: 9 }),
      leafWeights: fc.array(weightArb, { minLength: 9, maxLength: 9 }),
      totals: fc.array(decimalArb(99_999_999, 3), { minLength: 1, maxLength: 3 }),
      decimals: fc.integer({ min: -1, max: 3 }),
    });
    fc.assert(
      fc.property(caseArb, ({ parentPicks, leafWeights, totals, decimals }) => {
        // Node i's parent is an earlier node (or none): a tree without cycles.
        const nodes = parentPicks.map((_p, i) => `n${i}`);
        const parentRow = parentPicks.map((p, i) => (p < 0 || i === 0 ? -1 : p % i));
        const parents = parentRow.map((p) => (p < 0 ? null : `n${p}`));
        const inner = new Set(parentRow.filter((p) => p >= 0));
        const weights = nodes.map((_n, i) => (inner.has(i) ? null : leafWeights[i]!));
        const input = { totals, nodes, parents, weights, decimals };
        const explainer = sameErrors(
          () => hierarchy(input),
          () => hierarchyExplainer(input),
        );
        if (explainer === null) return;
        const result = hierarchy(input);
        totals.forEach((_t, y) => {
          nodes.forEach((_n, row) => {
            const explained = explainer(row, y);
            const last = explained.path[explained.path.length - 1]!;
            must(explained.path[0]!.parentUnits === explained.totalUnits, "the path starts at the total");
            must(
              unitsToNumber(last.result[last.at]!, decimals) + 0 === result[row]![y]! + 0,
              "the leaf equals its cell",
            );
            explained.path.forEach((level, k) => {
              if (k > 0) {
                const up = explained.path[k - 1]!;
                must(level.parentUnits === up.result[up.at], "each level spreads what the level above gave");
              }
            });
          });
        });
        // Every parent's spread once: the traces the paths share.
        new Set(nodes.flatMap((_n, row) => explainer(row, 0).path.map((level) => level.trace))).forEach(checkTrace);
      }),
      runs,
    );
  });

  test("ROUNDTABLE: every figure is the function's, within a unit of its exact value, and every move has a reason", () => {
    const next = random(20261201);
    const kinds = ["money", "ties", "multiples", "mixed", "long"] as const;
    for (let n = 0; n < RUNS; n++) {
      const rows = 1 + Math.floor(next() * 5);
      const columns = 1 + Math.floor(next() * 4);
      const decimals = Math.floor(next() * 3);
      const values = table(next, rows, columns, decimals, kinds[n % kinds.length]!);
      const grouped = next() < 0.5;
      const labels = grouped ? groupLabels(next, rows) : undefined;
      const result = labels
        ? roundTableGroupedWithTotals(values, decimals, labels)
        : roundTableWithTotals(values, decimals);
      const explained = explainRoundTable(values, decimals, labels);
      must(explained.grid.length === result.length, "one explained row per result row");
      explained.grid.forEach((row, r) =>
        row.forEach((f, c) =>
          must(unitsToNumber(f.printed, decimals) + 0 === result[r]![c]! + 0, "figure equals its cell"),
        ),
      );
      explained.grid.forEach((row, r) =>
        row.forEach((f, c) => {
          // |printed − exact| < one unit, and a figure already on a multiple is kept.
          const scaled = BigInt(intToString(f.exact.coef));
          const exp = f.exact.exp + decimals;
          const exactUnits =
            exp >= 0 ? { num: scaled * 10n ** BigInt(exp), den: 1n } : { num: scaled, den: 10n ** BigInt(-exp) };
          const gap = BigInt(f.printed) * exactUnits.den - exactUnits.num;
          must(gap < exactUnits.den && gap > -exactUnits.den, "within one unit of the exact value");
          const reason = figureReason(explained, r, c);
          if (reason.direction !== 0) {
            must(Math.abs(reason.direction) === 1, "never further than the next multiple");
            must(
              reason.reasons.some((x) => x.required || x.partners.length > 0),
              "a figure rounded the other way has a sum that required it or a partner",
            );
          }
        }),
      );
      for (const e of explained.equations) {
        const at = ([r, c]: readonly [number, number]): number => explained.grid[r]![c]!.printed;
        must(e.members.reduce((s, m) => s + at(m), 0) === at(e.sum), `${e.kind} adds up as printed`);
      }
    }
  });
});

/** Labels for `rows` rows in runs (a group's rows together), blanks now and then below a label. */
function groupLabels(next: () => number, rows: number): (string | null)[] {
  const labels: (string | null)[] = [];
  let group = 0;
  for (let r = 0; r < rows; r++) {
    if (r === 0 || next() < 0.4) labels.push(`G${++group}`);
    else labels.push(next() < 0.5 ? null : `G${group}`);
  }
  return labels;
}
