/**
 * B1: ROUNDTABLE's core on the size FUNCTIONS.md names, 2.000 rows × 100 columns in mio. kr. with
 * one decimal, beside DISTRIBUTE over the same number of cells (2.000 yearly totals × 100 parts),
 * so that the flow's cost shows as a ratio. The check is independent of the core: the amounts are
 * drawn as whole thousandths, and the rules (adds up both ways, each figure within one unit, grand
 * total = ROUND) are checked on those integers.
 */
import { distribute } from "../src/core";
import { roundTable, type RoundedTable } from "../src/core/roundTable";
import { roundToUnits } from "../src/core/rounding";
import { makeDistributionCase } from "./data";
import { checkDistribution } from "./exact";
import { measure } from "./harness";
import type { Options } from "./options";
import { runsFor } from "./plan";
import { Random, seedOf } from "./random";
import type { CaseResult, Check } from "./results";

const ROWS = 2000;
const COLUMNS = 100;
const DECIMALS = 1;
/** Thousandths per unit of 10^-1. */
const Q = 100;

function floorDiv(a: number, q: number): number {
  return Math.floor(a / q);
}

/** Whether u units is a/Q rounded down or up (exactly a/Q when that is whole), and away from nearest. */
function judgeFigure(a: number, u: number): { ok: boolean; away: boolean } {
  const floor = floorDiv(a, Q);
  const rest = a - floor * Q;
  if (rest === 0) return { ok: u === floor, away: false };
  const ok = u === floor || u === floor + 1;
  const away = (2 * rest < Q && u !== floor) || (2 * rest > Q && u === floor);
  return { ok, away };
}

function checkTable(thousandths: readonly number[][], result: RoundedTable): Check & { away: number } {
  const units = (x: number): number => roundToUnits(x, DECIMALS);
  let away = 0;
  const columnSums = new Array<number>(COLUMNS).fill(0);
  const columnExact = new Array<number>(COLUMNS).fill(0);
  let grandExact = 0;
  for (let r = 0; r < ROWS; r++) {
    let sum = 0;
    let exact = 0;
    for (let c = 0; c < COLUMNS; c++) {
      const a = thousandths[r]?.[c] as number;
      const u = units(result.cells[r]?.[c] as number);
      const figure = judgeFigure(a, u);
      if (!figure.ok) return { ok: false, detail: `cell (${r + 1}, ${c + 1}) is ${u} units for ${a}/1000`, away };
      if (figure.away) away++;
      sum += u;
      exact += a;
      columnSums[c] = (columnSums[c] as number) + u;
      columnExact[c] = (columnExact[c] as number) + a;
    }
    const total = units(result.rowTotals[r] as number);
    if (total !== sum) return { ok: false, detail: `row ${r + 1} adds up to ${sum}, its total is ${total}`, away };
    const figure = judgeFigure(exact, total);
    if (!figure.ok) return { ok: false, detail: `row total ${r + 1} is not its exact sum rounded`, away };
    if (figure.away) away++;
    grandExact += exact;
  }
  let grand = 0;
  for (let c = 0; c < COLUMNS; c++) {
    const total = units(result.columnTotals[c] as number);
    if (total !== columnSums[c]) return { ok: false, detail: `column ${c + 1} does not add up`, away };
    const figure = judgeFigure(columnExact[c] as number, total);
    if (!figure.ok) return { ok: false, detail: `column total ${c + 1} is not its exact sum rounded`, away };
    if (figure.away) away++;
    grand += total;
  }
  // ROUND half away from zero of grandExact / Q, in integers (|grandExact| < 2^53 by construction).
  const magnitude = Math.abs(grandExact);
  const rounded = Math.sign(grandExact) * (floorDiv(magnitude, Q) + (2 * (magnitude % Q) >= Q ? 1 : 0));
  const printedGrand = units(result.grandTotal);
  if (printedGrand !== grand || printedGrand !== rounded) {
    return {
      ok: false,
      detail: `grand total ${printedGrand}: columns add up to ${grand}, ROUND gives ${rounded}`,
      away,
    };
  }
  return {
    ok: true,
    detail: `${ROWS * COLUMNS} cells: every row and column adds up, each figure within one unit, grand total = ROUND; ${away} figures away from nearest`,
    away,
  };
}

export function roundTableCases(options: Options, log: (line: string) => void): CaseResult[] {
  const random = new Random(seedOf("roundTable 2000 x 100"));
  // Amounts in mio. kr. with three decimals (1.000 kr.), a fifth of them negative (savings).
  const thousandths = Array.from({ length: ROWS }, () =>
    Array.from({ length: COLUMNS }, () => random.int(0, 50_000_000) * (random.next() < 0.2 ? -1 : 1)),
  );
  const values = thousandths.map((row) => row.map((t) => t / 1000));
  const cells = ROWS * COLUMNS;
  let away = 0;
  const table = measure(
    () => roundTable(values, DECIMALS),
    (result) => {
      const outcome = checkTable(thousandths, result);
      away = outcome.away;
      return { ok: outcome.ok, detail: outcome.detail };
    },
    runsFor(cells, options.mode),
  );
  const spread = makeDistributionCase({
    rows: ROWS,
    size: COLUMNS,
    weights: "uniform",
    holds: false,
    seedName: "roundTable's distribute 2000 x 100",
  });
  const beside = measure(
    () => distribute(spread.input),
    (parts) => checkDistribution(spread.exact, parts),
    runsFor(cells, options.mode),
  );
  const ratio = table.timing.medianMs / beside.timing.medianMs;
  log(
    `roundTable 2.000 × 100: ${table.timing.medianMs.toFixed(1)} ms, distribute of the same cells ${beside.timing.medianMs.toFixed(1)} ms (${ratio.toFixed(1)}×)${table.check.ok ? "" : `, FAILED: ${table.check.detail}`}`,
  );
  return [
    {
      name: "roundTable 2.000 × 100",
      params: { rows: ROWS, size: COLUMNS, decimals: DECIMALS },
      timing: table.timing,
      metrics: {
        cells,
        allocationsPerSecondM: cells / table.timing.medianMs / 1e3,
        nsPerCell: (table.timing.medianMs * 1e6) / cells,
        timesDistribute: ratio,
        awayFromNearest: away,
      },
      check: table.check,
      note: `${ratio.toFixed(1)}× distribute over the same 200.000 cells`,
    },
    {
      name: "distribute 2.000 totals × 100 parts (beside roundTable)",
      params: { rows: ROWS, size: COLUMNS, weights: "uniform", holds: false, decimals: DECIMALS },
      timing: beside.timing,
      metrics: {
        cells,
        allocationsPerSecondM: cells / beside.timing.medianMs / 1e3,
        nsPerCell: (beside.timing.medianMs * 1e6) / cells,
      },
      check: beside.check,
    },
  ];
}
