/**
 * Udmøntning down a deep chain (issue 18 item 9): one department whose cost centres each hang under
 * the one before, depth 10.000, 40.000 and 100.000, read and planned as the wizard does (the tree
 * handed over as a range, the amount typed). Rows, not assertions on time: the figures show whether
 * the time per row stays flat as the chain deepens (it grew with the depth before: 10 s at 40.000,
 * 166 s at 100.000). The check is the contract's: every level passes the amount down whole.
 */
import type { CellInput, RangeData, WorkbookApi } from "../src/sheet/types";
import { formatRange, rangeFrom } from "../src/sheet/address";
import { defaultImplementationInput } from "../src/taskpane/wizards/implementation/implementationModel";
import {
  planImplementation,
  type ImplementationPreview,
} from "../src/taskpane/wizards/implementation/implementationPlan";
import { readImplementationSources } from "../src/taskpane/wizards/implementation/implementationSources";
import { measureAsync } from "./harness";
import type { Options } from "./options";
import type { CaseResult, Check } from "./results";

const DEPTHS = [10_000, 40_000, 100_000];
const AMOUNT = 123_456;

/** A workbook holding only the tree: the wizard's reader asks for nothing else. */
function chainWorkbook(depth: number): WorkbookApi {
  const rows: CellInput[][] = [["Id", "Navn", "Overordnet", "Budget"]];
  for (let i = 0; i < depth; i++)
    rows.push([`N${i}`, `Sted ${i}`, i === 0 ? "" : `N${i - 1}`, i === depth - 1 ? 1 : ""]);
  const range = rangeFrom({ row: 0, column: 0 }, rows.length, 4, "Træ");
  const data: RangeData = {
    address: formatRange(range),
    range,
    values: rows,
    formulas: rows,
    numberFormats: rows.map((r) => r.map(() => "General")),
  };
  return { readRange: () => Promise.resolve(data) } as unknown as WorkbookApi;
}

function check(preview: ImplementationPreview, depth: number): Check {
  const whole = preview.rows.length === depth && preview.rows.every((r) => r.amounts[0] === AMOUNT);
  const levels = preview.levels.length === depth && preview.levels.every(Boolean);
  return whole && levels
    ? { ok: true, detail: `${depth} levels, each passing ${AMOUNT} down whole` }
    : { ok: false, detail: `the chain of ${depth} does not pass the amount down whole` };
}

export async function chainCases(options: Options, log: (line: string) => void): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const depths = options.mode === "quick" ? DEPTHS.slice(0, 2) : DEPTHS;
  for (const depth of depths) {
    const workbook = chainWorkbook(depth);
    const input = {
      ...defaultImplementationInput(),
      treeAddress: "Træ!A1",
      amountsFrom: "typed" as const,
      amountsTyped: `N0: ${AMOUNT}`,
      output: "values" as const,
      target: "Ud!A1",
    };
    const measured = await measureAsync(
      async () => planImplementation(await readImplementationSources(workbook, input), input),
      (preview) => check(preview, depth),
      { warmups: 1, runs: 3 },
    );
    const ms = measured.timing.medianMs;
    log(`Udmøntning chain depth ${depth}: ${ms.toFixed(0)} ms`);
    results.push({
      name: `Udmøntning, a chain of depth ${depth.toLocaleString("da-DK")} (read + plan)`,
      params: { depth, years: 1 },
      timing: measured.timing,
      metrics: { rows: depth, usPerRow: (ms * 1000) / depth },
      check: measured.check,
    });
  }
  return results;
}
