/**
 * B2: the same table through the built custom functions, as Excel calls them: one spilled call,
 * one call per row, one call per cell. Compared with the raw core in the same process.
 */
import { distribute } from "../src/core";
import { checkDistribution } from "./exact";
import type { CustomFunction, FunctionsRuntime } from "./functions-runtime";
import { measure } from "./harness";
import type { Options } from "./options";
import { runsFor, TABLE } from "./plan";
import type { CaseResult, Check } from "./results";
import { tableCase } from "./table";

/** Excel refuses a custom function's result whose JSON is larger than 5 MB (taken as 5.000.000 bytes). */
export const EXCEL_RESULT_LIMIT = 5_000_000;

function sameCells(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  return a.length === b.length && a.every((row, i) => row.every((cell, j) => cell === b[i]?.[j]));
}

function partsFromColumns(columns: readonly (readonly (readonly number[])[])[], size: number): number[][] {
  return Array.from({ length: size }, (_, i) => columns.map((column) => column[i]?.[0] ?? NaN));
}

export function functionsCases(
  options: Options,
  runtime: FunctionsRuntime,
  log: (line: string) => void,
  isolated: FunctionsRuntime | null = null,
): CaseResult[] {
  const call = runtime.functions.get("DISTRIBUTE") as CustomFunction;
  const data = tableCase();
  const { totals, weights, decimals } = data.input;
  const { rows, size } = TABLE;
  const cells = rows * size;
  const runs = runsFor(cells, options.mode);
  let coreParts: number[][] = [];
  const check = (parts: number[][]): Check => {
    const outcome = checkDistribution(data.exact, parts);
    if (outcome.ok && coreParts.length > 0 && !sameCells(parts, coreParts)) {
      return { ok: false, detail: "the function's cells differ from the core's" };
    }
    return outcome;
  };

  const core = measure(
    () => distribute(data.input),
    (parts) => {
      coreParts = parts;
      return check(parts);
    },
    runs,
  );

  const totalRow = runtime.fromJson(JSON.stringify([totals]));
  const weightColumn = runtime.fromJson(JSON.stringify(weights.map((w) => [w])));
  const rowTotals = totals.map((t) => runtime.fromJson(JSON.stringify([[t]])));
  let jsonBytes = 0;
  const spilled = measure(
    () => call(totalRow, weightColumn, decimals) as number[][],
    (parts) => {
      jsonBytes = Buffer.byteLength(JSON.stringify(parts));
      return check(parts);
    },
    runs,
  );
  let spilledParts: number[][] = [];
  const serialise = measure(
    () => JSON.stringify(call(totalRow, weightColumn, decimals)),
    (text): Check => {
      spilledParts = JSON.parse(text) as number[][];
      return check(spilledParts);
    },
    runs,
  );
  const perRow = measure(
    () => rowTotals.map((total) => call(total, weightColumn, decimals) as number[][]),
    (columns) => check(partsFromColumns(columns, size)),
    runs,
  );
  const perCell = measure(
    () => {
      const parts = Array.from({ length: size }, () => new Array<number>(rows));
      for (let row = 0; row < rows; row++) {
        for (let part = 0; part < size; part++) {
          // =INDEX(BUDGET.DISTRIBUTE($A2; key; 1); k) in every cell: the whole row is spread each time.
          const column = call(rowTotals[row], weightColumn, decimals) as number[][];
          (parts[part] as number[])[row] = column[part]?.[0] ?? NaN;
        }
      }
      return parts;
    },
    check,
    runs,
  );

  // The same bundle in a node:vm sandbox: shown so that nobody mistakes that slowdown for the layer's.
  const isolatedCall = isolated?.functions.get("DISTRIBUTE");
  let sandboxed: ReturnType<typeof measure> | null = null;
  if (isolated && isolatedCall) {
    const totalArg = isolated.fromJson(JSON.stringify([totals]));
    const weightArg = isolated.fromJson(JSON.stringify(weights.map((w) => [w])));
    sandboxed = measure(() => isolatedCall(totalArg, weightArg, decimals) as number[][], check, runs);
  }

  const coreMs = core.timing.medianMs;
  const row = (name: string, calls: number, measured: typeof core, extra: Record<string, number> = {}): CaseResult => {
    const result: CaseResult = {
      name,
      params: { rows, size, decimals, calls },
      timing: measured.timing,
      metrics: {
        cells,
        nsPerCell: (measured.timing.medianMs * 1e6) / cells,
        timesCore: measured.timing.medianMs / coreMs,
        ...extra,
      },
      check: measured.check,
    };
    log(`${name}: ${result.metrics.nsPerCell?.toFixed(1)} ns/cell, ${result.metrics.timesCore?.toFixed(2)}× core`);
    return result;
  };
  return [
    row("raw core distribute", 1, core),
    row("DISTRIBUTE spilled (one call)", 1, spilled, {
      jsonBytes,
      jsonShareOfLimit: jsonBytes / EXCEL_RESULT_LIMIT,
      rowsWithinLimit: Math.floor((rows * EXCEL_RESULT_LIMIT) / jsonBytes),
    }),
    row("DISTRIBUTE spilled + JSON of the result", 1, serialise),
    row("DISTRIBUTE per row", rows, perRow),
    row("DISTRIBUTE per cell (INDEX)", cells, perCell),
    ...(sandboxed ? [row("node:vm sandbox, spilled (not Excel's runtime)", 1, sandboxed)] : []),
  ];
}
