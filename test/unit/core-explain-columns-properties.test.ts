/**
 * Issue 22's one source of truth for the column functions: on 10.000 random calls each, REPRICE's
 * and DEMOGRAPHY's explanations (the arguments read as the adapters read them, then the core's
 * explain functions) print exactly the adapters' cells, and the story they tell is arithmetic that
 * holds, checked with BigInt from the generated decimals, independently of the core: the factor
 * chain's product is Π(1 + rate), each exact value is amount × factor (or (forecast − base) × unit ×
 * rate), floor + remainder = exact, the column's total is its exact sum rounded half away from zero,
 * and the units left over go to the first ranks in the rule's order.
 */
import fc from "fast-check";
import { InputError } from "../../src/core";
import { intToString, unitsToNumber, type Decimal, type ExactInt } from "../../src/core/decimal";
import type { ColumnTrace } from "../../src/core/explainColumn";
import { explainDemography } from "../../src/core/explainDemography";
import { explainReprice } from "../../src/core/explainReprice";
import type { Ratio } from "../../src/core/ratio";
import { demographyCells, readDemographyInput } from "../../src/functions/demography";
import { readRepriceInput, repriceCells } from "../../src/functions/reprice";
import { refToNumber, ten, type RefDecimal } from "../support/reference";

const RUNS = 10_000;
const runs = { numRuns: RUNS, seed: 20261206 };
const big = (x: ExactInt): bigint => BigInt(intToString(x));

/** A fraction p / q with q > 0, BigInt. */
interface Frac {
  p: bigint;
  q: bigint;
}
const frac = (r: Ratio): Frac => ({ p: big(r.num), q: big(r.den) });
const fracOf = (d: RefDecimal): Frac => ({ p: d.int, q: ten(d.scale) });
const decimalFrac = (d: Decimal): Frac =>
  d.exp >= 0 ? { p: big(d.coef) * ten(d.exp), q: 1n } : { p: big(d.coef), q: ten(-d.exp) };
const mul = (a: Frac, b: Frac): Frac => ({ p: a.p * b.p, q: a.q * b.q });
const same = (a: Frac, b: Frac): boolean => a.p * b.q === b.p * a.q;
const scaled = (a: Frac, decimals: number): Frac =>
  decimals >= 0 ? { p: a.p * ten(decimals), q: a.q } : { p: a.p, q: a.q * ten(-decimals) };

function must(condition: boolean, what: string): void {
  if (!condition) throw new Error(`explanation check failed: ${what}`);
}

const decimalArb = (maxInt: number, maxScale: number, min = -maxInt): fc.Arbitrary<RefDecimal> =>
  fc.record({
    int: fc.bigInt({ min: BigInt(min), max: BigInt(maxInt) }),
    scale: fc.integer({ min: 0, max: maxScale }),
  });

/** The column's rounding story, checked with BigInt against the exact values `expected` (in units). */
function checkColumn(
  column: ColumnTrace,
  expected: readonly Frac[],
  printed: readonly number[],
  decimals: number,
): void {
  must(column.cells.length === expected.length, "one traced cell per line");
  let sum: Frac = { p: 0n, q: 1n };
  column.cells.forEach((cell, i) => {
    const exact = frac(cell.exact);
    must(same(exact, expected[i]!), `cell ${i + 1}'s exact value`);
    sum = { p: sum.p * exact.q + exact.p * sum.q, q: sum.q * exact.q };
    const rest = frac(cell.rest);
    must(rest.q === exact.q && rest.p >= 0n && rest.p < rest.q, "0 ≤ remainder < 1");
    must(BigInt(cell.floor) * exact.q + rest.p === exact.p, "floor + remainder = exact");
    must(column.units[i] === cell.floor + cell.extra, "printed = floor + extra");
    must(unitsToNumber(column.units[i]!, decimals) + 0 === printed[i]! + 0, `cell ${i + 1} equals its cell`);
    if (rest.p === 0n) must(cell.rank === 0 && cell.extra === 0, "no rank without a remainder");
    else must(cell.extra === (cell.rank <= column.leftover ? 1 : 0), "the first ranks get the units left over");
  });
  // The total: the exact sum rounded half away from zero; the printed cells add up to it.
  const magnitude = sum.p < 0n ? -sum.p : sum.p;
  let rounded = magnitude / sum.q;
  if ((magnitude % sum.q) * 2n >= sum.q) rounded += 1n;
  if (sum.p < 0n) rounded = -rounded;
  must(same(frac(column.exactTotal), sum), "the exact total is the exact sum");
  must(BigInt(column.total) === rounded, "the total is the exact sum rounded half away from zero");
  must(column.units.reduce((s, u) => s + u, 0) === column.total, "the cells add up to the total");
  // Ranks: remainder desc, then |exact| desc, then the earlier row.
  const ranked = column.cells.map((c, i) => ({ c, i })).filter((x) => x.c.rank > 0);
  ranked.sort((a, b) => a.c.rank - b.c.rank);
  ranked.forEach((x, k) => must(x.c.rank === k + 1, "ranks are 1..n"));
  for (let k = 1; k < ranked.length; k++) {
    const a = ranked[k - 1]!;
    const b = ranked[k]!;
    const ra = frac(a.c.rest);
    const rb = frac(b.c.rest);
    const byRest = ra.p * rb.q - rb.p * ra.q;
    const ea = frac(a.c.exact);
    const eb = frac(b.c.exact);
    const abs = (x: bigint): bigint => (x < 0n ? -x : x);
    const byAmount = abs(ea.p) * eb.q - abs(eb.p) * ea.q;
    must(byRest > 0n || (byRest === 0n && (byAmount > 0n || (byAmount === 0n && a.i < b.i))), "rank order");
  }
  column.cells.forEach((cell, i) => {
    for (const t of cell.tie?.against ?? []) {
      must(same(frac(column.cells[t.row]!.rest), frac(cell.rest)), "a tie is an equal remainder");
      must(column.cells[t.row]!.extra !== cell.extra, "a tie stands across the cut");
      if (t.rule === "position") must(cell.tie!.won ? i < t.row : i > t.row, "position: the earlier row wins");
    }
  });
}

let answered = 0;

/** Either both throw the same InputError, or both answer: the function's cells and the explanation. */
function sameErrors<R, T>(compute: () => R, explain: () => T): { result: R; explained: T } | null {
  let result: R;
  try {
    result = compute();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect(explain).toThrow((error as Error).message);
    return null;
  }
  answered++;
  return { result, explained: explain() };
}

const KINDS = ["Løn", "Priser", "Anlæg"];

describe(`column explanations agree with the functions (${RUNS} random calls each)`, () => {
  test("REPRICE: every cell, forward and back, every kind's chain", () => {
    const caseArb = fc.record({
      kinds: fc.integer({ min: 1, max: 3 }),
      rates: fc.array(fc.array(decimalArb(120, 4, -80), { minLength: 3, maxLength: 3 }), {
        minLength: 5,
        maxLength: 5,
      }),
      blankRate: fc.option(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 })), { freq: 20 }),
      from: fc.integer({ min: 2023, max: 2028 }),
      to: fc.integer({ min: 2023, max: 2028 }),
      lines: fc.array(fc.array(decimalArb(99_999_999, 3), { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 8,
      }),
      types: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 8, maxLength: 8 }),
      decimals: fc.integer({ min: -1, max: 3 }),
    });
    fc.assert(
      fc.property(caseArb, ({ kinds, rates, blankRate, from, to, lines, types, decimals }) => {
        const width = lines[0]!.length;
        const amounts = lines.map((line) => Array.from({ length: width }, (_x, c) => line[c] ?? { int: 0n, scale: 0 }));
        // KL's table: headings, then a row per year 2024–2028; a rate of 0,1 is 10 %.
        const index: unknown[][] = [["", ...KINDS.slice(0, kinds)]];
        rates.forEach((row, y) =>
          index.push([
            2024 + y,
            ...row
              .slice(0, kinds)
              .map((r, k) =>
                blankRate && blankRate[0] === y && blankRate[1] === k
                  ? ""
                  : refToNumber({ int: r.int, scale: r.scale + 2 }),
              ),
          ]),
        );
        const typeColumn = amounts.map((_l, r) => {
          const k = types[r]!;
          return [k < 0 || k >= kinds ? "" : r % 2 === 0 ? KINDS[k]! : ` ${KINDS[k]!.toUpperCase()}`];
        });
        const amountGrid = amounts.map((line) => line.map(refToNumber));
        const args = [amountGrid, from, to, index, typeColumn, decimals] as const;
        const both = sameErrors(
          () => repriceCells(...args),
          () => explainReprice(readRepriceInput(...args)),
        );
        if (both === null) return;
        const { result, explained } = both;
        const back = to < from;
        const [low, high] = back ? [to, from] : [from, to];
        explained.chains.forEach((chain, k) => {
          if (chain === null) return;
          // Π(1 + rate) over the years after the lower level, from the generated decimals.
          let product: Frac = { p: 1n, q: 1n };
          for (let year = low + 1; year <= high; year++) {
            const r = rates[year - 2024]![k]!;
            const q = ten(r.scale + 2);
            product = mul(product, { p: q + r.int, q });
          }
          must(chain.steps.length === high - low, "one step per year");
          must(same(decimalFrac(chain.product), product), "the product is Π(1 + rate)");
          must(same(frac(chain.factor), back ? { p: product.q, q: product.p } : product), "the factor");
        });
        explained.columns.forEach((column, c) => {
          const expected = amounts.map((line, r) => {
            const chain = explained.chains[explained.kinds[r]!]!;
            return scaled(mul(fracOf(line[c]!), frac(chain.factor)), decimals);
          });
          checkColumn(
            column,
            expected,
            result.map((row) => row[c]!),
            decimals,
          );
        });
      }),
      runs,
    );
    // Most calls answer: the errors are the rare ones (a blank or out-of-range rate).
    expect(answered).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  test("DEMOGRAPHY: every group and year, and the totals row", () => {
    answered = 0;
    const caseArb = fc.record({
      groups: fc.array(
        fc.record({
          base: fc.integer({ min: 0, max: 20_000 }),
          forecast: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 4, maxLength: 4 }),
          unit: decimalArb(999_999, 3, 0),
          rate: fc.oneof(
            { weight: 9, arbitrary: decimalArb(100, 2, 0).map((d) => ({ int: d.int, scale: 2 })) },
            { weight: 1, arbitrary: decimalArb(3, 1, 0) },
          ),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      years: fc.integer({ min: 1, max: 4 }),
      rateKind: fc.constantFrom("omitted", "one", "each"),
      decimals: fc.integer({ min: -1, max: 3 }),
    });
    fc.assert(
      fc.property(caseArb, ({ groups, years, rateKind, decimals }) => {
        const base = groups.map((g) => [g.base]);
        const forecast = groups.map((g) => g.forecast.slice(0, years));
        const units = groups.map((g) => [refToNumber(g.unit)]);
        // A rate up to 1,00; the generated ones above it are refused by both, as the function does.
        const rates = groups.map((g) => refToNumber(g.rate));
        const rate = rateKind === "omitted" ? undefined : rateKind === "one" ? rates[0] : rates.map((r) => [r]);
        const args = [base, forecast, units, rate, decimals] as const;
        const both = sameErrors(
          () => demographyCells(...args),
          () => explainDemography(readDemographyInput(...args)),
        );
        if (both === null) return;
        const { result, explained } = both;
        must(explained.years.length === years, "one explained year per column");
        explained.years.forEach((year, y) => {
          const expected = groups.map((g, i) => {
            const r: Frac =
              rateKind === "omitted" ? { p: 1n, q: 1n } : fracOf(rateKind === "one" ? groups[0]!.rate : g.rate);
            const change = BigInt(g.forecast[y]! - g.base);
            must(year.terms[i]!.change === g.forecast[y]! - g.base, "the change in citizens");
            return scaled(mul(mul({ p: change, q: 1n }, fracOf(g.unit)), r), decimals);
          });
          const printed = result.map((row) => row[y]!);
          checkColumn(year.column, expected, printed.slice(0, groups.length), decimals);
          must(
            unitsToNumber(year.column.total, decimals) + 0 === printed[groups.length]! + 0,
            "the totals row is the column's total",
          );
        });
      }),
      runs,
    );
    expect(answered).toBeGreaterThan(RUNS / 2);
  }, 300_000);
});
