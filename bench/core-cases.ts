/** B1: the exact core on its own — distribute over the size grid, quota and netEffect over 10.000 × 12. */
import { distribute, netEffect, quotaPerDepartment } from "../src/core";
import { type QuotaResult } from "../src/core/quota";
import { makeDistributionCase } from "./data";
import { checkDistribution, roundHalfAway, type ExactDistribution } from "./exact";
import { measure } from "./harness";
import type { Options } from "./options";
import { coreRows, KEY_SIZES, runsFor, variantsAt } from "./plan";
import { Random, seedOf } from "./random";
import type { CaseResult, Check } from "./results";

function label(rows: number): string {
  return rows >= 1e3 ? `1e${Math.round(Math.log10(rows))}` : String(rows);
}

export function distributeCases(options: Options, log: (line: string) => void): CaseResult[] {
  const results: CaseResult[] = [];
  for (const rows of coreRows(options.mode)) {
    for (const size of KEY_SIZES) {
      for (const variant of variantsAt(rows, options.mode)) {
        const name = `distribute N=${label(rows)} K=${size} ${variant.weights}${variant.holds ? " holds" : ""}`;
        const data = makeDistributionCase({ rows, size, ...variant, seedName: name });
        let worst = NaN;
        const cells = rows * size;
        const { timing, check } = measure(
          () => distribute(data.input),
          (parts) => {
            const outcome = checkDistribution(data.exact, parts);
            worst = outcome.worstDeviationUnits;
            return outcome;
          },
          runsFor(cells, options.mode),
        );
        const seconds = timing.medianMs / 1000;
        results.push({
          name,
          params: { rows, size, weights: variant.weights, holds: variant.holds, decimals: data.input.decimals },
          timing,
          metrics: {
            cells,
            allocationsPerSecondM: cells / seconds / 1e6,
            rowsPerSecondM: rows / seconds / 1e6,
            nsPerCell: (timing.medianMs * 1e6) / cells,
            worstDeviationUnits: worst,
          },
          check,
        });
        log(
          `${name}: ${(cells / seconds / 1e6).toFixed(1)} M allocations/s${check.ok ? "" : `, FAILED: ${check.detail}`}`,
        );
      }
    }
  }
  return results;
}

const PROGRAMMES = 10_000;
const YEARS = 12;

/** Budgets in mio. kr. with one decimal; a tenth of the departments are exempt beyond their budget. */
function quotaData(): { budgets: number[][]; exempt: number[][]; exact: ExactDistribution[] } {
  const random = new Random(seedOf("quota 10000 x 12"));
  const budgets: number[][] = [];
  const exempt: number[][] = [];
  const exact: ExactDistribution[] = [];
  for (let year = 0; year < YEARS; year++) {
    const budgetTenths = Array.from({ length: PROGRAMMES }, () => random.int(1_000, 50_000));
    const exemptTenths = budgetTenths.map((b) => {
      const draw = random.next();
      if (draw < 0.1) return b + random.int(0, 1_000);
      return draw < 0.3 ? random.int(0, b) : 0;
    });
    const basis = budgetTenths.map((b, i) => Math.max(0, b - (exemptTenths[i] as number)));
    let basisSum = 0n;
    for (const b of basis) basisSum += BigInt(b);
    // rate 15/1000 × basis in tenths: units of 10^-4, rounded to the quota's 10^-3.
    const totalUnits = Number(roundHalfAway(15n * basisSum, 4, 3));
    budgets.push(budgetTenths.map((t) => t / 10));
    exempt.push(exemptTenths.map((t) => t / 10));
    exact.push({ decimals: 3, totalUnits: [totalUnits], weightInts: basis, heldUnits: basis.map(() => null) });
  }
  return { budgets, exempt, exact };
}

function checkQuotas(results: QuotaResult[], exact: ExactDistribution[]): Check {
  for (let year = 0; year < exact.length; year++) {
    const result = results[year] as QuotaResult;
    const expected = exact[year] as ExactDistribution;
    const total = (expected.totalUnits[0] as number) / 1000;
    if (result.totalQuota !== total)
      return { ok: false, detail: `year ${year + 1}: total quota ${result.totalQuota}, not ${total}` };
    const outcome = checkDistribution(
      expected,
      result.quota.map((q) => [q]),
      1,
    );
    if (!outcome.ok) return { ok: false, detail: `year ${year + 1}: ${outcome.detail}` };
  }
  return {
    ok: true,
    detail: `${exact.length * PROGRAMMES} quotas exact; every year adds up to its rounded total quota`,
  };
}

export function quotaCase(options: Options): CaseResult {
  const data = quotaData();
  const cells = PROGRAMMES * YEARS;
  const { timing, check } = measure(
    () => data.budgets.map((budgets, year) => quotaPerDepartment(budgets, data.exempt[year] as number[], 0.015, 3)),
    (results) => checkQuotas(results, data.exact),
    runsFor(cells, options.mode),
  );
  return {
    name: "quota 10.000 departments × 12 years",
    params: { rows: PROGRAMMES, size: YEARS, rate: 0.015, decimals: 3 },
    timing,
    metrics: {
      cells,
      allocationsPerSecondM: cells / timing.medianMs / 1e3,
      nsPerCell: (timing.medianMs * 1e6) / cells,
    },
    check,
  };
}

export function netEffectCase(options: Options): CaseResult {
  const random = new Random(seedOf("netEffect 10000 x 12"));
  const gainTenths = Array.from({ length: PROGRAMMES }, () =>
    Array.from({ length: YEARS }, () => random.int(0, 50_000)),
  );
  const costTenths = gainTenths.map((row) => row.map(() => -random.int(0, 50_000)));
  const gains = gainTenths.map((row) => row.map((t) => t / 10));
  const costs = costTenths.map((row) => row.map((t) => t / 10));
  const cells = PROGRAMMES * YEARS;
  const { timing, check } = measure(
    () => netEffect(gains, costs),
    (net): Check => {
      for (let r = 0; r < PROGRAMMES; r++) {
        for (let c = 0; c < YEARS; c++) {
          // The double nearest to the exact decimal sum: one correctly rounded division of integers.
          const expected = ((gainTenths[r]?.[c] ?? 0) + (costTenths[r]?.[c] ?? 0)) / 10;
          const got = net[r]?.[c];
          if (got !== expected) return { ok: false, detail: `row ${r + 1}, year ${c + 1}: ${got}, not ${expected}` };
        }
      }
      return { ok: true, detail: `${cells} net effects equal the exact decimal sums` };
    },
    runsFor(cells, options.mode),
  );
  return {
    name: "netEffect 10.000 programmes × 12 years",
    params: { rows: PROGRAMMES, size: YEARS },
    timing,
    metrics: {
      cells,
      allocationsPerSecondM: cells / timing.medianMs / 1e3,
      nsPerCell: (timing.medianMs * 1e6) / cells,
    },
    check,
  };
}
