/**
 * The in-memory workbook (what jest, the browser tests and the playground run the wizards against)
 * reading a negotiation sheet back, as the Bilag wizard does: N proposals × 12 columns (department,
 * title, three years, a status, three partial amounts and three adopted amounts as IF formulas), an
 * "I alt" row of SUMs and a SUMIFS per department and year. Each timed call starts from a workbook
 * that has calculated nothing (as after a write), then reads the whole sheet. The check recomputes
 * the total row and every department's adopted amounts with exact integers from the generated
 * proposals, never from the sheet.
 */
import { createMemoryWorkbookApi } from "../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../src/excel/memory/memoryWorkbook";
import type { Negotiation, Proposal } from "../src/negotiation/model";
import { buildSheet } from "../src/negotiation/sheet";
import type { Status } from "../src/negotiation/words";
import { measureAsync, type MeasureOptions } from "./harness";
import type { Options } from "./options";
import { Random, seedOf } from "./random";
import type { CaseResult, Check } from "./results";

const YEARS = ["2025", "2026", "2027"];
const DEPARTMENTS = ["MSB", "MTM", "MSO", "MKB", "MBU", "BA", "KF", "ØK"];
const STATUS_CYCLE: readonly (Status | undefined)[] = ["adopted", "rejected", "partial", undefined, "adopted"];

interface Generated {
  negotiation: Negotiation;
  /** Per department (and "" for all), the adopted amount per year in tenths, exactly. */
  expected: Map<string, bigint[]>;
}

export function generate(proposals: number): Generated {
  const random = new Random(seedOf(`memory-read-${proposals}`));
  const tenths = () => BigInt(random.int(-20, 179));
  const expected = new Map<string, bigint[]>([["", YEARS.map(() => 0n)]]);
  for (const d of DEPARTMENTS)
    expected.set(
      d,
      YEARS.map(() => 0n),
    );
  const list: Proposal[] = [];
  for (let i = 0; i < proposals; i++) {
    const department = DEPARTMENTS[i % DEPARTMENTS.length] as string;
    const amounts = YEARS.map(tenths);
    const partial = YEARS.map(tenths);
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    const adopted = status === "adopted" ? amounts : status === "partial" ? partial : YEARS.map(() => 0n);
    for (const key of ["", department]) {
      const sums = expected.get(key) as bigint[];
      adopted.forEach((a, y) => (sums[y] = (sums[y] as bigint) + a));
    }
    list.push({
      department,
      title: `Forslag ${i + 1}`,
      amounts: amounts.map((t) => Number(t) / 10),
      choices: [{ status, partial: status === "partial" ? partial.map((t) => Number(t) / 10) : YEARS.map(() => null) }],
    });
  }
  return {
    negotiation: {
      unit: "mkr",
      years: YEARS,
      scenarios: ["Forlig"],
      proposals: list,
      room: YEARS.map(() => 100),
      quotas: new Map(DEPARTMENTS.map((d) => [d, YEARS.map(() => 10)])),
    },
    expected,
  };
}

/** A sheet value as tenths, refusing anything that is not exactly such a decimal. */
function tenthsOf(value: unknown): bigint | undefined {
  if (typeof value !== "number") return undefined;
  const scaled = Math.round(value * 10);
  return Math.abs(value * 10 - scaled) < 1e-6 ? BigInt(scaled) : undefined;
}

function checkRead(generated: Generated, values: unknown[][]): Check {
  const { negotiation, expected } = generated;
  const layout = buildSheet(negotiation, "da", 1).layout;
  const firstAdopted = layout.statusColumn(0) + 1 + YEARS.length;
  const totalRow = values[layout.firstProposal + negotiation.proposals.length] ?? [];
  const all = expected.get("") as bigint[];
  for (let y = 0; y < YEARS.length; y++) {
    const got = tenthsOf(totalRow[firstAdopted + y]);
    if (got !== all[y]) return { ok: false, detail: `total ${YEARS[y]}: ${String(totalRow[firstAdopted + y])}` };
  }
  for (let d = 0; d < DEPARTMENTS.length; d++) {
    const row = values[layout.firstDepartment + d] ?? [];
    const want = expected.get(row[0] as string);
    if (!want) return { ok: false, detail: `department row ${d + 1} reads ${String(row[0])}` };
    for (let y = 0; y < YEARS.length; y++) {
      const got = tenthsOf(row[layout.departmentAdoptedColumn(0) + y]);
      if (got !== want[y]) return { ok: false, detail: `${String(row[0])} ${YEARS[y]}: ${String(got)} ≠ ${want[y]}` };
    }
  }
  return { ok: true, detail: `total and ${DEPARTMENTS.length} departments × ${YEARS.length} years exact` };
}

function sizes(options: Options): number[] {
  return options.mode === "quick" ? [1000, 2500, 5000] : [1000, 2500, 5000, 10000];
}

export async function memoryReadCases(options: Options, say: (line: string) => void): Promise<CaseResult[]> {
  const runs: MeasureOptions = options.mode === "quick" ? { warmups: 1, runs: 3 } : { warmups: 1, runs: 5 };
  const cases: CaseResult[] = [];
  let previous: { proposals: number; ms: number } | undefined;
  for (const proposals of sizes(options)) {
    const generated = generate(proposals);
    const sheet = buildSheet(generated.negotiation, "da", 1);
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Forhandling");
    const api = createMemoryWorkbookApi(workbook);
    await api.writeBlock("Forhandling!A1", { formulas: sheet.formulas, numberFormats: sheet.numberFormats });
    const address = `Forhandling!A1:${String.fromCharCode(64 + sheet.layout.columns)}${sheet.layout.rows}`;
    const measured = await measureAsync(
      async () => {
        // As after a write: nothing calculated yet.
        workbook.touch();
        return (await api.readRange(address)).values;
      },
      (values) => checkRead(generated, values),
      runs,
    );
    const ms = measured.timing.medianMs;
    const metrics: Record<string, number> = {
      rows: sheet.layout.rows,
      columns: sheet.layout.columns,
      usPerRow: (ms * 1000) / sheet.layout.rows,
    };
    if (previous) metrics.timesPrevious = ms / previous.ms / (proposals / previous.proposals);
    previous = { proposals, ms };
    say(`${proposals} proposals: ${ms.toFixed(1)} ms`);
    cases.push({
      name: `read ${proposals}`,
      params: { proposals, columns: sheet.layout.columns },
      timing: measured.timing,
      metrics,
      check: measured.check,
    });
  }
  return cases;
}
