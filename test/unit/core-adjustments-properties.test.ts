/**
 * REPRICE and DEMOGRAPHY in the core against an independent exact reference written here with
 * native BigInt rationals (the core has its own ExactInt): 10.000 random tables each, with mixed
 * signs, decimals −3..3, several kinds, forward and backward, rates with up to 4 decimals and rates
 * per age group. The reference follows FUNCTIONS.md's column rule word for word; the properties
 * (within one unit, exact multiples kept, columns adding up to their rounded exact totals, there and
 * back within one unit) are checked on the core's result as well.
 */
import { demography, readRateTable, reprice } from "../../src/core";

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TABLES = 10_000;
const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** An exact value in units: num / den with den > 0. */
interface Ratio {
  num: bigint;
  den: bigint;
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};
const abs = (a: bigint): bigint => (a < 0n ? -a : a);

/** FUNCTIONS.md's "Sum-preserving rounding of a column", in BigInt. */
function referenceColumn(values: readonly Ratio[]): { units: bigint[]; total: bigint } {
  const floors = values.map((v) => floorDiv(v.num, v.den));
  // The exact total over the product of the denominators, then rounded half away from zero.
  let totalNum = 0n;
  let totalDen = 1n;
  for (const v of values) {
    totalNum = totalNum * v.den + v.num * totalDen;
    totalDen *= v.den;
  }
  const twice = 2n * abs(totalNum);
  const magnitude = (twice + totalDen) / (2n * totalDen);
  const total = totalNum < 0n ? -magnitude : magnitude;
  const missing = Number(total - floors.reduce((a, b) => a + b, 0n));
  // fraction_i = (num − floor × den) / den; larger fraction first, then larger |value|, then earlier row.
  const order = values
    .map((v, i) => ({ i, rest: v.num - (floors[i] as bigint) * v.den, den: v.den, num: abs(v.num) }))
    .sort((a, b) => {
      const byFraction = b.rest * a.den - a.rest * b.den;
      if (byFraction !== 0n) return byFraction > 0n ? 1 : -1;
      const byMagnitude = b.num * a.den - a.num * b.den;
      if (byMagnitude !== 0n) return byMagnitude > 0n ? 1 : -1;
      return a.i - b.i;
    });
  const units = [...floors];
  for (let k = 0; k < missing; k++) {
    const row = (order[k] as { i: number }).i;
    units[row] = (units[row] as bigint) + 1n;
  }
  return { units, total };
}

/** A printed cell back to whole units of 10^-decimals (the test's numbers are far below 2^53). */
function unitsOf(x: number, decimals: number): bigint {
  return BigInt(Math.round(decimals >= 0 ? x * 10 ** decimals : x / 10 ** -decimals));
}

/** A random decimal with up to `places` decimals: its integer coefficient and places. */
function randomDecimal(random: () => number, maxAbs: number, places: number): { coef: bigint; places: number } {
  const p = Math.floor(random() * (places + 1));
  const coef = Math.round((random() * 2 - 1) * maxAbs * 10 ** p);
  return { coef: BigInt(coef), places: p };
}
const asNumber = (d: { coef: bigint; places: number }): number => Number(`${d.coef}e-${d.places}`);

/** Where a column breaks the contract's properties, or undefined: within one unit, multiples kept, adding up. */
function columnProblem(units: readonly bigint[], values: readonly Ratio[], total: bigint): string | undefined {
  for (let i = 0; i < units.length; i++) {
    const v = values[i] as Ratio;
    const u = units[i] as bigint;
    const floor = floorDiv(v.num, v.den);
    if (u !== floor && u !== floor + 1n) return `row ${i + 1}: ${u} is not within one unit of ${v.num}/${v.den}`;
    if (v.num % v.den === 0n && u !== floor) return `row ${i + 1}: the exact multiple ${floor} became ${u}`;
  }
  const sum = units.reduce((a, b) => a + b, 0n);
  return sum === total ? undefined : `the column adds up to ${sum}, not ${total}`;
}

describe("REPRICE against the BigInt reference", () => {
  test(`${TABLES} random tables: forward and backward, mixed signs, several kinds, decimals -3..3`, () => {
    const random = generator(2124);
    const KINDS = ["Løn", "Priser", "Overførsler"];
    for (let t = 0; t < TABLES; t++) {
      const decimals = Math.floor(random() * 7) - 3;
      const kinds = 1 + Math.floor(random() * 3);
      const first = 2020;
      const years = 2 + Math.floor(random() * 5);
      // Rates as integers over 10^4: −5 % … +15 %, up to 4 decimals.
      const rates: bigint[][] = [];
      for (let y = 0; y < years; y++) {
        rates.push(Array.from({ length: kinds }, () => BigInt(Math.round((random() * 0.2 - 0.05) * 10_000))));
      }
      const index: unknown[][] = [["År", ...KINDS.slice(0, kinds)]];
      rates.forEach((row, y) => index.push([first + y + 1, ...row.map((r) => Number(`${r}e-4`))]));
      const fromYear = first + Math.floor(random() * (years + 1));
      const toYear = first + Math.floor(random() * (years + 1));
      const rows = 1 + Math.floor(random() * 8);
      const columns = 1 + Math.floor(random() * 3);
      const types = Array.from({ length: rows }, () => Math.floor(random() * kinds));
      const amounts = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => randomDecimal(random, 1_000_000, 3)),
      );
      const result = reprice({
        amounts: amounts.map((line) => line.map(asNumber)),
        fromYear,
        toYear,
        index: readRateTable(index),
        types: types.map((k) => (KINDS[k] as string).toUpperCase()),
        decimals,
      });
      // The factor per kind as num / den over the years between the two levels.
      const low = Math.min(fromYear, toYear);
      const high = Math.max(fromYear, toYear);
      const factor = (k: number): Ratio => {
        let num = 1n;
        let den = 1n;
        for (let y = low + 1; y <= high; y++) {
          num *= 10_000n + ((rates[y - first - 1] as bigint[])[k] as bigint);
          den *= 10_000n;
        }
        return toYear >= fromYear ? { num, den } : { num: den, den: num };
      };
      for (let c = 0; c < columns; c++) {
        const values: Ratio[] = amounts.map((line, r) => {
          const a = line[c] as { coef: bigint; places: number };
          const f = factor(types[r] as number);
          const num = a.coef * f.num * (decimals >= 0 ? pow10(decimals) : 1n);
          const den = pow10(a.places) * f.den * (decimals < 0 ? pow10(-decimals) : 1n);
          return { num, den };
        });
        const expected = referenceColumn(values);
        const got = result.map((line) => unitsOf(line[c] as number, decimals));
        const problem = columnProblem(got, values, expected.total);
        if (problem || got.some((u, r) => u !== expected.units[r])) {
          expect({ t, c, got, problem }).toEqual({ t, c, got: expected.units, problem: undefined });
        }
      }
    }
  });

  test(`${TABLES} random tables there and back differ by at most one unit per cell`, () => {
    const random = generator(21);
    for (let t = 0; t < TABLES; t++) {
      const decimals = Math.floor(random() * 7) - 3;
      const index: unknown[][] = [
        ["År", "Løn", "Priser"],
        [2025, Math.round(random() * 800) / 10_000, Math.round(random() * 800 - 200) / 10_000],
        [2026, Math.round(random() * 800) / 10_000, Math.round(random() * 800 - 200) / 10_000],
      ];
      const rows = 1 + Math.floor(random() * 8);
      const types = Array.from({ length: rows }, () => (random() < 0.5 ? "Løn" : "Priser"));
      // Amounts printed at `decimals`, as a budget table is.
      const amounts = Array.from({ length: rows }, () => [
        Number(`${Math.round((random() * 2 - 1) * 100_000)}e${-decimals}`),
        Number(`${Math.round((random() * 2 - 1) * 100_000)}e${-decimals}`),
      ]);
      const table = readRateTable(index);
      const there = reprice({ amounts, fromYear: 2024, toYear: 2026, index: table, types, decimals });
      const back = reprice({ amounts: there, fromYear: 2026, toYear: 2024, index: table, types, decimals });
      back.forEach((line, r) =>
        line.forEach((x, c) => {
          const difference = unitsOf(x, decimals) - unitsOf((amounts[r] as number[])[c] as number, decimals);
          if (abs(difference) > 1n) expect({ t, r, c, difference }).toEqual({ t, r, c, difference: "at most 1" });
        }),
      );
    }
  });
});

describe("DEMOGRAPHY against the BigInt reference", () => {
  test(`${TABLES} random tables: one rate or one per group, fewer and more citizens, decimals -3..3`, () => {
    const random = generator(1905);
    for (let t = 0; t < TABLES; t++) {
      const decimals = Math.floor(random() * 7) - 3;
      const groups = 1 + Math.floor(random() * 8);
      const years = 1 + Math.floor(random() * 4);
      const base = Array.from({ length: groups }, () => Math.floor(random() * 50_000));
      const forecast = base.map((b) =>
        Array.from({ length: years }, () => Math.max(0, b + Math.floor((random() - 0.5) * 2000))),
      );
      const units = Array.from({ length: groups }, () => {
        const d = randomDecimal(random, 10, 4);
        return { coef: abs(d.coef), places: d.places };
      });
      const perGroup = random() < 0.5;
      const rateOf = (): { coef: bigint; places: number } => {
        const p = Math.floor(random() * 5);
        return { coef: BigInt(Math.round(random() * 10 ** p)), places: p };
      };
      const rates = perGroup ? Array.from({ length: groups }, rateOf) : [rateOf()];
      const result = demography({
        base,
        forecast,
        unitAmounts: units.map(asNumber),
        rate: perGroup ? rates.map(asNumber) : asNumber(rates[0] as { coef: bigint; places: number }),
        decimals,
      });
      expect(result.length).toBe(groups + 1);
      for (let y = 0; y < years; y++) {
        const values: Ratio[] = base.map((b, g) => {
          const u = units[g] as { coef: bigint; places: number };
          const r = (perGroup ? rates[g] : rates[0]) as { coef: bigint; places: number };
          const change = BigInt(((forecast[g] as number[])[y] as number) - b);
          return {
            num: change * u.coef * r.coef * (decimals >= 0 ? pow10(decimals) : 1n),
            den: pow10(u.places + r.places) * (decimals < 0 ? pow10(-decimals) : 1n),
          };
        });
        const expected = referenceColumn(values);
        const got = result.slice(0, groups).map((row) => unitsOf(row[y] as number, decimals));
        const printedTotal = unitsOf((result[groups] as number[])[y] as number, decimals);
        const problem = columnProblem(got, values, printedTotal);
        if (problem || printedTotal !== expected.total || got.some((u, g) => u !== expected.units[g])) {
          expect({ t, y, got, printedTotal, problem }).toEqual({
            t,
            y,
            got: expected.units,
            printedTotal: expected.total,
            problem: undefined,
          });
        }
      }
    }
  });
});
