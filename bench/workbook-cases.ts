/**
 * B4: generating and consolidating 100 department workbooks through src/workbooks, as the CLI and
 * the task pane do, from a synthetic municipality (syntheticCentral) at a fixed date. Generation is
 * timed from the central data to every workbook's bytes; the workbooks are then filled once with
 * five proposals each (not timed, as a department would), and consolidation is timed from the
 * returned bytes to the catalogue data. Each step checks its own result with exact integers:
 * the quotas and the cross-cutting shares add up exactly and stay within one unit of their exact
 * shares; every department comes back with exactly the amounts typed in.
 */
import {
  consolidate,
  fillDepartmentWorkbook,
  generateDepartmentWorkbooks,
  type Central,
  type Consolidation,
  type ProposalInput,
  type ReturnedFile,
} from "../src/workbooks";
import { syntheticCentral } from "../src/sample/sampleCentral";
import { roundHalfAway } from "./exact";
import { measureAsync, type MeasureOptions } from "./harness";
import type { Options } from "./options";
import type { CaseResult, Check } from "./results";

export const DEPARTMENTS = 100;
const PROPOSALS_PER_DEPARTMENT = 5;
/** A fixed generation time, so that every run builds the same bytes. */
const NOW = new Date("2026-03-02T09:00:00Z");

type Generated = Awaited<ReturnType<typeof generateDepartmentWorkbooks>>;

function runs(options: Options): MeasureOptions {
  return options.mode === "quick" ? { warmups: 1, runs: 3 } : { warmups: 1, runs: 10 };
}

/** x as a whole number of 10^-places (x must be such a decimal), read independently of the core. */
function scaled(x: number, places: number, where: string): bigint {
  const units = Math.round(x * 10 ** places);
  if (units / 10 ** places !== x) throw new Error(`${where} is ${x}, not a number with ${places} decimals`);
  return BigInt(units);
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** The proposals a department types in: amounts in mio. kr. with one decimal, different per department. */
function proposalsFor(department: number, years: number): ProposalInput[] {
  return Array.from({ length: PROPOSALS_PER_DEPARTMENT }, (_, p) => ({
    title: `Forslag ${p + 1}`,
    description: "Samling af opgaver og færre licenser.",
    kind: p % 3 === 0 ? "revenue" : "efficiency",
    amounts: Array.from({ length: years }, (_, y) => ((department % 7) + 1) * (p + 1) * (y + 1) + (p % 10) / 10),
    fte: -(p % 3),
    service: "Ingen.",
    staff: "Færre stillinger ved naturlig afgang.",
  }));
}

/** The generated plan against the central data: quotas and cross-cutting shares, exactly. */
function checkGenerated(central: Central, generated: Generated): Check {
  try {
    const { files, plan } = generated;
    const { decimals, rate } = central.settings;
    if (files.length !== DEPARTMENTS)
      return { ok: false, detail: `${files.length} workbooks, expected ${DEPARTMENTS}` };
    if (new Set(files.map((f) => f.name)).size !== files.length)
      return { ok: false, detail: "two workbooks share a name" };
    const tiny = files.find((f) => f.bytes.length < 1000);
    if (tiny) return { ok: false, detail: `${tiny.name} is only ${tiny.bytes.length} bytes` };
    // Quotas: rate × max(0, budget − exempt), rounded to the decimals, adding up to the rounded total.
    const budgetPlaces = 1;
    const ratePlaces = 4;
    const ratePart = scaled(rate, ratePlaces, "the rate");
    const bases = central.departments.map((d, i) => {
      const basis =
        scaled(d.budget, budgetPlaces, `budget ${i + 1}`) - scaled(d.exempt, budgetPlaces, `exempt ${i + 1}`);
      return basis > 0n ? basis : 0n;
    });
    const basisSum = bases.reduce((a, b) => a + b, 0n);
    const exactPlaces = budgetPlaces + ratePlaces;
    const totalUnits = roundHalfAway(ratePart * basisSum, exactPlaces, decimals);
    if (scaled(plan.totalQuota, decimals, "the total quota") !== totalUnits)
      return { ok: false, detail: `total quota ${plan.totalQuota}, expected ${totalUnits} units` };
    let quotaSum = 0n;
    for (const [i, department] of plan.departments.entries()) {
      const units = scaled(department.quota, decimals, `quota of ${department.code}`);
      quotaSum += units;
      // Within one unit of its exact share of the rounded total: |units × W − T × w| < W.
      if (basisSum > 0n && abs(units * basisSum - totalUnits * (bases[i] as bigint)) >= basisSum)
        return {
          ok: false,
          detail: `${department.code}: quota ${department.quota} is not within one unit of its share`,
        };
      if (basisSum === 0n && units !== 0n) return { ok: false, detail: `${department.code}: quota without a basis` };
    }
    if (quotaSum !== totalUnits)
      return { ok: false, detail: `the quotas add up to ${quotaSum} units, not the total ${totalUnits}` };
    // Cross-cutting shares: every theme-year column adds up to the theme's total, each share by the key.
    const keys = plan.departments.map((d, i) => scaled(d.keyShare ?? NaN, 3, `key share ${i + 1}`));
    const keySum = keys.reduce((a, b) => a + b, 0n);
    if (keySum !== 1000n) return { ok: false, detail: `the key adds up to ${keySum} thousandths, not 1` };
    let cells = 0;
    for (const [t, theme] of central.themes.entries()) {
      const years = central.settings.outlineYears + 1;
      for (let y = 0; y < years; y++) {
        const total = scaled(theme.totals[y] ?? NaN, decimals, `theme ${t + 1} year ${y + 1}`);
        let sum = 0n;
        for (const [i, department] of plan.departments.entries()) {
          const share = scaled(department.themes[t]?.shares[y] ?? NaN, decimals, `${department.code} theme ${t + 1}`);
          sum += share;
          cells++;
          if (abs(share * keySum - total * (keys[i] as bigint)) >= keySum)
            return {
              ok: false,
              detail: `${department.code}, theme ${t + 1}, year ${y + 1}: share not within one unit`,
            };
        }
        if (sum !== total)
          return { ok: false, detail: `theme ${t + 1}, year ${y + 1}: shares add up to ${sum} units, not ${total}` };
      }
    }
    return {
      ok: true,
      detail: `${files.length} workbooks; ${DEPARTMENTS} quotas and ${cells} theme shares exact and adding up`,
    };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The consolidation against what was typed in: every department, every proposal, every amount. */
function checkConsolidation(consolidation: Consolidation, generated: Generated, years: number): Check {
  try {
    const returned = consolidation.departments.filter((d) => d.state === "returned");
    if (returned.length !== DEPARTMENTS)
      return { ok: false, detail: `${returned.length} of ${DEPARTMENTS} departments returned` };
    if (consolidation.unattributed.length > 0) return { ok: false, detail: "files refused" };
    const expected = DEPARTMENTS * PROPOSALS_PER_DEPARTMENT;
    if (consolidation.proposals.length !== expected)
      return { ok: false, detail: `${consolidation.proposals.length} proposals, expected ${expected}` };
    const codes = generated.files.map((f) => f.department);
    let cells = 0;
    for (const [d, code] of codes.entries()) {
      const typed = proposalsFor(d, years);
      const read = consolidation.proposals.filter((p) => p.department === code);
      if (read.length !== typed.length) return { ok: false, detail: `${code}: ${read.length} proposals read` };
      const sent = generated.plan.departments[d];
      const workbook = returned.find((r) => r.code === code)?.workbook;
      if (!sent || workbook?.quota !== sent.quota)
        return { ok: false, detail: `${code}: quota read back as ${workbook?.quota}, sent ${sent?.quota}` };
      for (const [p, proposal] of read.entries()) {
        const amounts = typed[p]?.amounts as number[];
        let sum = 0n;
        for (const [y, amount] of amounts.entries()) {
          cells++;
          if (proposal.amounts[y] !== amount)
            return {
              ok: false,
              detail: `${code} proposal ${p + 1} year ${y + 1}: ${proposal.amounts[y]}, typed ${amount}`,
            };
          sum += scaled(amount, 1, "an amount");
        }
        if (scaled(proposal.total, 1, `${code} proposal ${p + 1} total`) !== sum)
          return { ok: false, detail: `${code} proposal ${p + 1}: total ${proposal.total}, not ${Number(sum) / 10}` };
      }
    }
    return {
      ok: true,
      detail: `${DEPARTMENTS} departments, ${expected} proposals, ${cells} amounts as typed; totals exact`,
    };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function workbookCases(options: Options, log: (line: string) => void): Promise<CaseResult[]> {
  const central = syntheticCentral(DEPARTMENTS);
  const years = central.settings.outlineYears + 1;
  const generate = (): Promise<Generated> => generateDepartmentWorkbooks(central, { now: NOW });

  log(`generating ${DEPARTMENTS} department workbooks`);
  const generated = await measureAsync(generate, (g) => checkGenerated(central, g), runs(options));
  const files = (await generate()).files;
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  log(
    `generate: ${(generated.timing.medianMs / 1000).toFixed(2)} s; filling each with ${PROPOSALS_PER_DEPARTMENT} proposals`,
  );
  const returned: ReturnedFile[] = [];
  for (const [d, file] of files.entries()) {
    returned.push({
      name: file.name,
      bytes: await fillDepartmentWorkbook(file.bytes, { proposals: proposalsFor(d, years) }),
    });
  }
  const reference = await generate();
  const consolidated = await measureAsync(
    () => consolidate(returned),
    (c) => checkConsolidation(c, reference, years),
    runs(options),
  );
  log(`consolidate: ${(consolidated.timing.medianMs / 1000).toFixed(2)} s`);
  const params = { departments: DEPARTMENTS, proposalsPerDepartment: PROPOSALS_PER_DEPARTMENT, years };
  return [
    {
      name: `generate ${DEPARTMENTS} department workbooks`,
      params,
      timing: generated.timing,
      metrics: {
        departments: DEPARTMENTS,
        workbookBytes: bytes,
        msPerWorkbook: generated.timing.medianMs / DEPARTMENTS,
      },
      check: generated.check,
    },
    {
      name: `consolidate ${DEPARTMENTS} returned workbooks`,
      params,
      timing: consolidated.timing,
      metrics: {
        departments: DEPARTMENTS,
        proposals: DEPARTMENTS * PROPOSALS_PER_DEPARTMENT,
        msPerWorkbook: consolidated.timing.medianMs / DEPARTMENTS,
      },
      check: consolidated.check,
    },
  ];
}
