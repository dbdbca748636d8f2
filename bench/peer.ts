/**
 * B3: what an economist builds without Råderum, evaluated by a peer engine (HyperFormula): in every
 * part cell ROUND(total × weight / SUM(weights); 1), and a residual cell ROUND(total; 1) − SUM(parts)
 * per row; and what an Excel 365 user writes instead, one spilled =ROUND(A2:A10001*B1:M1/SUM(B1:M1),1)
 * (HyperFormula with useArrayArithmetic). Measured in the same process as Råderum's one spilled
 * DISTRIBUTE over the same table, which counts what Excel pays on both sides: the JSON of the
 * arguments in and of the result out, also shown apart from the adapter and core.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { distribute } from "../src/core";
import { checkDistribution, type ExactDistribution } from "./exact";
import type { FunctionsRuntime } from "./functions-runtime";
import { measure } from "./harness";
import type { Options } from "./options";
import { peerBuildRuns, runsFor, TABLE } from "./plan";
import type { CaseResult, Check } from "./results";
import { CHANGED_FIRST_WEIGHT, tableCase, weightsWithFirst, withFirstWeight } from "./table";

const CONFIG = { licenseKey: "gpl-v3" } as const;

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Row 1: the weights in B1 onwards; below: a total in column A, the parts, the residual. */
function sheetFor(totals: readonly number[], weights: readonly number[], decimals: number): RawCellContent[][] {
  const first = columnName(1);
  const last = columnName(weights.length);
  const sheet: RawCellContent[][] = [["Total", ...weights, "Residual"]];
  totals.forEach((total, r) => {
    const row = r + 2;
    const parts = weights.map(
      (_, k) => `=ROUND($A${row}*${columnName(k + 1)}$1/SUM($${first}$1:$${last}$1),${decimals})`,
    );
    sheet.push([total, ...parts, `=ROUND($A${row},${decimals})-SUM(${first}${row}:${last}${row})`]);
  });
  return sheet;
}

/** Row 1: the weights in B1 onwards; column A the totals; B2 one formula that spills the parts. */
function spilledSheetFor(totals: readonly number[], weights: readonly number[], decimals: number): RawCellContent[][] {
  const first = columnName(1);
  const last = columnName(weights.length);
  const lastRow = totals.length + 1;
  const formula = `=ROUND(A2:A${lastRow}*${first}1:${last}1/SUM(${first}1:${last}1),${decimals})`;
  return [["Total", ...weights], ...totals.map((total, r) => (r === 0 ? [total, formula] : [total]))];
}

export interface PeerFindings {
  rowsMissingTotal: number;
  largestDeviation: number;
  partsBeyondOneUnit: number;
  partsNotExactDecimal: number;
  residualCellsNonZero: number;
}

/** Reads the peer's sheet and counts, exactly, the rows whose printed parts miss the printed total. */
function peerFindings(hf: HyperFormula, exact: ExactDistribution, residual = true): PeerFindings | string {
  const values = hf.getSheetValues(0);
  const size = exact.weightInts.length;
  const scale = 10 ** exact.decimals;
  let weightSum = 0;
  for (const w of exact.weightInts) weightSum += w;
  const findings: PeerFindings = {
    rowsMissingTotal: 0,
    largestDeviation: 0,
    partsBeyondOneUnit: 0,
    partsNotExactDecimal: 0,
    residualCellsNonZero: 0,
  };
  for (let r = 0; r < exact.totalUnits.length; r++) {
    const cells = values[r + 1];
    if (!cells || cells.length !== size + (residual ? 2 : 1)) return `row ${r + 2} has ${cells?.length ?? 0} cells`;
    const total = exact.totalUnits[r] as number;
    const sign = total < 0 ? -1 : 1;
    let sum = 0;
    for (let k = 0; k < size; k++) {
      const value = cells[k + 1];
      if (typeof value !== "number") return `row ${r + 2}, part ${k + 1} is ${JSON.stringify(value)}`;
      const units = Math.round(value * scale);
      if (units / scale !== value) findings.partsNotExactDecimal++;
      sum += units;
      const gap = sign * units * weightSum - Math.abs(total) * (exact.weightInts[k] as number);
      if (gap <= -weightSum || gap >= weightSum) findings.partsBeyondOneUnit++;
    }
    if (sum !== total) {
      findings.rowsMissingTotal++;
      findings.largestDeviation = Math.max(findings.largestDeviation, Math.abs(sum - total) / scale);
    }
    if (residual && cells[size + 1] !== 0) findings.residualCellsNonZero++;
  }
  return findings;
}

export function peerCases(
  options: Options,
  runtime: FunctionsRuntime | null,
  log: (line: string) => void,
): { cases: CaseResult[]; notes: string[] } {
  const data = tableCase();
  const { totals, weights, decimals } = data.input;
  const cells = TABLE.rows * TABLE.size;
  const notes: string[] = [];
  let findings: PeerFindings | null = null;
  const readPeer = (hf: HyperFormula, exact: ExactDistribution, residual = true): Check => {
    const found = peerFindings(hf, exact, residual);
    if (typeof found === "string") return { ok: false, detail: `HyperFormula's sheet: ${found}` };
    findings = found;
    return {
      ok: true,
      detail: `${found.rowsMissingTotal} of ${TABLE.rows} rows miss their total (largest by ${found.largestDeviation})`,
    };
  };

  const sheet = sheetFor(totals, weights, decimals);
  log("HyperFormula: building the sheet (about 5 s per build)");
  const peerBuild = measure(
    () => HyperFormula.buildFromArray(sheet, CONFIG),
    (hf) => {
      const outcome = readPeer(hf, data.exact);
      hf.destroy();
      return outcome;
    },
    peerBuildRuns(options.mode),
  );
  const buildFindings = findings as PeerFindings | null;

  const hf = HyperFormula.buildFromArray(sheet, CONFIG);
  let change = 0;
  let current = data.exact;
  const peerRecalc = measure(
    () => {
      const thousandths = CHANGED_FIRST_WEIGHT[change++ % CHANGED_FIRST_WEIGHT.length] as number;
      current = withFirstWeight(data.exact, thousandths);
      return hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[thousandths / 1000]]);
    },
    () => readPeer(hf, current),
    runsFor(cells, options.mode),
  );
  hf.destroy();

  const spilledSheet = spilledSheetFor(totals, weights, decimals);
  const SPILL_CONFIG = { ...CONFIG, useArrayArithmetic: true } as const;
  log("HyperFormula: building the spilled-array sheet");
  const spilledBuild = measure(
    () => HyperFormula.buildFromArray(spilledSheet, SPILL_CONFIG),
    (built) => {
      const outcome = readPeer(built, data.exact, false);
      built.destroy();
      return outcome;
    },
    peerBuildRuns(options.mode),
  );
  const spilledFindings = findings as PeerFindings | null;

  // Råderum: the spilled function as Excel calls it, or the core when the bundle is not built.
  // Each call counts what Excel pays: the arguments' JSON parsed in, the result's JSON out.
  let spread: (weights: readonly number[]) => unknown;
  let split: { argumentsIn: () => unknown[]; core: (args: unknown[]) => number[][] } | null = null;
  const DISTRIBUTE = runtime?.functions.get("DISTRIBUTE");
  const totalsText = JSON.stringify([totals]);
  if (runtime && DISTRIBUTE) {
    spread = (w) => {
      const parts = DISTRIBUTE(
        runtime.fromJson(totalsText),
        runtime.fromJson(JSON.stringify(w.map((x) => [x]))),
        decimals,
      ) as number[][];
      return JSON.parse(JSON.stringify(parts)) as number[][];
    };
    const weightsText = JSON.stringify(weights.map((x) => [x]));
    split = {
      argumentsIn: () => [runtime.fromJson(totalsText), runtime.fromJson(weightsText)],
      core: (args) => DISTRIBUTE(args[0], args[1], decimals) as number[][],
    };
  } else {
    spread = (w) => distribute({ totals, weights: w, decimals });
    notes.push("Råderum measured through the core: dist/functions.js was not available");
  }
  const ownBuild = measure(
    () => spread(weights) as number[][],
    (parts) => checkDistribution(data.exact, parts),
    runsFor(cells, options.mode),
  );
  const splitCases: CaseResult[] = [];
  if (split) {
    const { argumentsIn, core } = split;
    const parsed = argumentsIn();
    const resultOnce = core(parsed);
    const steps: [string, () => unknown][] = [
      ["split: arguments in (JSON of totals and weights parsed)", argumentsIn],
      ["split: adapter + core (DISTRIBUTE on parsed arguments)", () => core(parsed)],
      ["split: result out (JSON of the 10.000 × 12 result)", () => JSON.stringify(resultOnce)],
    ];
    for (const [name, step] of steps) {
      const measured = measure(step, () => ({ ok: true, detail: "timed only" }), runsFor(cells, options.mode));
      splitCases.push({
        name,
        params: { ...TABLE, decimals },
        timing: measured.timing,
        metrics: { cells },
        check: measured.check,
      });
      log(`${name}: ${measured.timing.medianMs.toFixed(2)} ms`);
    }
    const out = splitCases[2]?.timing?.medianMs ?? NaN;
    const own = splitCases[1]?.timing?.medianMs ?? NaN;
    if (splitCases[1]) splitCases[1].metrics.timesResultOut = own / out;
    notes.push(
      `Adapter + core is ${(own / out).toFixed(2)}× the result's JSON out (the host's transfer), on this friendly input.`,
    );
  }
  change = 0;
  const ownRecalc = measure(
    () => {
      const thousandths = CHANGED_FIRST_WEIGHT[change++ % CHANGED_FIRST_WEIGHT.length] as number;
      current = withFirstWeight(data.exact, thousandths);
      return spread(weightsWithFirst(weights, thousandths)) as number[][];
    },
    (parts) => checkDistribution(current, parts),
    runsFor(cells, options.mode),
  );

  const peerMetrics = (found: PeerFindings | null): Record<string, number> => ({ cells, ...(found ?? {}) });
  const recalcFindings = findings as PeerFindings | null;
  const result = (name: string, measured: typeof ownBuild, metrics: Record<string, number>): CaseResult => {
    log(`${name}: ${measured.timing.medianMs.toFixed(1)} ms`);
    return { name, params: { ...TABLE, decimals }, timing: measured.timing, metrics, check: measured.check };
  };
  return {
    cases: [
      result("HyperFormula build", peerBuild, peerMetrics(buildFindings)),
      result("HyperFormula recalculation after a weight change", peerRecalc, peerMetrics(recalcFindings)),
      result(
        "HyperFormula spilled array =ROUND(A2:A10001*B1:M1/SUM(B1:M1),1), build",
        spilledBuild,
        peerMetrics(spilledFindings),
      ),
      result("Råderum DISTRIBUTE (the whole table, JSON in and out)", ownBuild, {
        cells,
        rowsMissingTotal: ownBuild.check.ok ? 0 : NaN,
        timesFaster: peerBuild.timing.medianMs / ownBuild.timing.medianMs,
        timesFasterThanSpilled: spilledBuild.timing.medianMs / ownBuild.timing.medianMs,
      }),
      result("Råderum DISTRIBUTE after a weight change", ownRecalc, {
        cells,
        rowsMissingTotal: ownRecalc.check.ok ? 0 : NaN,
        timesFaster: peerRecalc.timing.medianMs / ownRecalc.timing.medianMs,
      }),
      ...splitCases,
    ],
    notes,
  };
}
