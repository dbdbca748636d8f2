/**
 * ROUNDTABLE explained: every printed figure (cell, row total, subtotal, group total, column total,
 * grand total) with its exact value, its nearest rounding and what was printed; and for a figure
 * printed the other way, the sums it takes part in that required it. A sum "requires" a move when
 * its figures, each at its nearest, would not add up to its own nearest total in that direction;
 * where no sum of the figure does, another figure of one of its sums moved the other way first
 * (the partners), and this one keeps that sum whole. Arithmetic guarantees one of the two.
 */
import {
  addDecimal,
  compareDecimal,
  decimalOf,
  decimalToUnits,
  type Decimal,
  intOf,
  intToNumber,
  multiplyDecimal,
  ZERO_INT,
} from "./decimal";
import type { Id } from "./errors";
import { roundTable } from "./roundTable";
import { roundTableGrouped } from "./roundTableGrouped";
import { roundToUnits } from "./rounding";
import { readGroups } from "./tableGroups";

export type FigureKind = "cell" | "rowTotal" | "subtotal" | "groupTotal" | "columnTotal" | "grandTotal";

export interface FigureTrace {
  kind: FigureKind;
  /** The input row (cell, rowTotal), the group (subtotal, groupTotal), else -1. */
  row: number;
  /** The input column (cell, subtotal, columnTotal), else -1. */
  column: number;
  exact: Decimal;
  /** ROUND of the exact value, in units of 10^-decimals (an exact half away from zero). */
  nearest: number;
  /** Whether the exact value lies exactly halfway: then either neighbour is as near. */
  half: boolean;
  /** The printed figure in units. */
  printed: number;
}

export type EquationKind =
  | "row" // a row's cells make its row total
  | "column" // a column's cells (or its subtotals) make its column total
  | "groupColumn" // a group's cells in a column make the subtotal
  | "groupRow" // a group's subtotals make the group total
  | "groupRows" // a group's row totals make the group total
  | "totalsRow" // the column totals make the grand total
  | "totalsColumn"; // the row totals (or group totals) make the grand total

export type Position = readonly [row: number, column: number];

export interface TableEquation {
  kind: EquationKind;
  /** The input row, column or group the sum belongs to (-1 for the grand total's). */
  index: number;
  /** For groupColumn: the column. */
  column: number;
  sum: Position;
  members: Position[];
  /** nearest(sum) − Σ nearest(members), in units: what the figures at their nearest miss. */
  gap: number;
}

export interface RoundTableExplanation {
  decimals: number;
  /** The figures laid out as ROUNDTABLE's result is, (R+G+1) × (C+1). */
  grid: FigureTrace[][];
  equations: TableEquation[];
  /** The group labels in order (empty without groups). */
  groupLabels: Id[];
}

export interface EquationReason {
  equation: TableEquation;
  role: "sum" | "member";
  /** Whether this sum at nearest rounding asks for the move the figure made. */
  required: boolean;
  /** Figures of this sum printed off their nearest in the compensating direction. */
  partners: Position[];
}

export interface FigureReason {
  figure: FigureTrace;
  /** printed − nearest: 0 at its nearest, ±1 rounded the other way (or the other half). */
  direction: number;
  /** The sums the figure takes part in (only filled when direction is not 0). */
  reasons: EquationReason[];
}

const TWO: Decimal = { coef: intOf(2), exp: 0 };

function figure(
  kind: FigureKind,
  row: number,
  column: number,
  exact: Decimal,
  printed: number,
  decimals: number,
): FigureTrace {
  const onUnit = (d: Decimal): boolean =>
    compareDecimal({ coef: decimalToUnits(d, decimals), exp: -decimals }, d) === 0;
  return {
    kind,
    row,
    column,
    exact,
    nearest: intToNumber(decimalToUnits(exact, decimals)),
    half: !onUnit(exact) && onUnit(multiplyDecimal(exact, TWO)),
    printed: roundToUnits(printed, decimals),
  };
}

function total(values: readonly Decimal[]): Decimal {
  return values.reduce(addDecimal, { coef: ZERO_INT, exp: 0 });
}

/** ROUNDTABLE(values, decimals, [groups]) with every figure traced and every sum it must keep. */
export function explainRoundTable(
  values: readonly (readonly number[])[],
  decimals = 0,
  groups?: readonly (Id | null | undefined)[],
): RoundTableExplanation {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const exact = values.map((row) => row.map(decimalOf));
  const column = (c: number, from = 0, to = rows): Decimal[] => exact.slice(from, to).map((row) => row[c] as Decimal);
  const rowExact = exact.map(total);
  const columnExact = Array.from({ length: columns }, (_x, c) => total(column(c)));
  const grandExact = total(rowExact);
  const grid: FigureTrace[][] = [];
  const equations: TableEquation[] = [];
  const rowAt: number[] = [];
  const cellRow = (r: number, printedRow: readonly number[], printedTotal: number): void => {
    rowAt[r] = grid.length;
    grid.push([
      ...printedRow.map((p, c) => figure("cell", r, c, (exact[r] as Decimal[])[c] as Decimal, p, decimals)),
      figure("rowTotal", r, -1, rowExact[r] as Decimal, printedTotal, decimals),
    ]);
  };
  let labels: Id[] = [];
  const subtotalAt: number[] = [];
  if (groups === undefined) {
    const rounded = roundTable(values, decimals);
    rounded.cells.forEach((row, r) => cellRow(r, row, rounded.rowTotals[r] as number));
    pushTotals(rounded.columnTotals, rounded.grandTotal);
  } else {
    const rounded = roundTableGrouped(values, decimals, groups);
    const spans = readGroups(groups, rows);
    labels = spans.labels;
    rounded.groups.forEach((group, g) => {
      for (let r = group.first; r < group.end; r++)
        cellRow(r, rounded.cells[r] as number[], rounded.rowTotals[r] as number);
      subtotalAt[g] = grid.length;
      const groupRows = exact.slice(group.first, group.end);
      grid.push([
        ...group.subtotals.map((p, c) =>
          figure("subtotal", g, c, total(column(c, group.first, group.end)), p, decimals),
        ),
        figure("groupTotal", g, -1, total(groupRows.map(total)), group.total, decimals),
      ]);
    });
    pushTotals(rounded.columnTotals, rounded.grandTotal);
  }
  function pushTotals(columnTotals: readonly number[], grandTotal: number): void {
    grid.push([
      ...columnTotals.map((p, c) => figure("columnTotal", -1, c, columnExact[c] as Decimal, p, decimals)),
      figure("grandTotal", -1, -1, grandExact, grandTotal, decimals),
    ]);
  }
  const last = grid.length - 1;
  const equation = (kind: EquationKind, index: number, col: number, sum: Position, members: Position[]): void => {
    const at = ([r, c]: Position): FigureTrace => (grid[r] as FigureTrace[])[c] as FigureTrace;
    const gap = members.reduce((g, m) => g - at(m).nearest, at(sum).nearest);
    equations.push({ kind, index, column: col, sum, members, gap });
  };
  const cellsOf = (r: number): Position[] => Array.from({ length: columns }, (_x, c) => [rowAt[r] as number, c]);
  for (let r = 0; r < rows; r++) equation("row", r, -1, [rowAt[r] as number, columns], cellsOf(r));
  if (groups === undefined) {
    for (let c = 0; c < columns; c++) {
      equation(
        "column",
        c,
        c,
        [last, c],
        Array.from({ length: rows }, (_x, r): Position => [rowAt[r] as number, c]),
      );
    }
    equation(
      "totalsColumn",
      -1,
      columns,
      [last, columns],
      Array.from({ length: rows }, (_x, r): Position => [rowAt[r] as number, columns]),
    );
  } else {
    const spans = readGroups(groups, rows);
    for (let g = 0; g < spans.count; g++) {
      const first = spans.first[g] as number;
      const end = spans.end[g] as number;
      const at = subtotalAt[g] as number;
      const groupRows = Array.from({ length: end - first }, (_x, k) => rowAt[first + k] as number);
      for (let c = 0; c < columns; c++) {
        equation(
          "groupColumn",
          g,
          c,
          [at, c],
          groupRows.map((r): Position => [r, c]),
        );
      }
      equation(
        "groupRow",
        g,
        -1,
        [at, columns],
        Array.from({ length: columns }, (_x, c): Position => [at, c]),
      );
      equation(
        "groupRows",
        g,
        columns,
        [at, columns],
        groupRows.map((r): Position => [r, columns]),
      );
    }
    for (let c = 0; c < columns; c++) {
      equation(
        "column",
        c,
        c,
        [last, c],
        subtotalAt.map((r): Position => [r, c]),
      );
    }
    equation(
      "totalsColumn",
      -1,
      columns,
      [last, columns],
      subtotalAt.map((r): Position => [r, columns]),
    );
  }
  equation(
    "totalsRow",
    -1,
    -1,
    [last, columns],
    Array.from({ length: columns }, (_x, c): Position => [last, c]),
  );
  return { decimals, grid, equations, groupLabels: labels };
}

/** Why the figure at (row, column) of the result was printed as it was. */
export function figureReason(explanation: RoundTableExplanation, row: number, column: number): FigureReason {
  const at = ([r, c]: Position): FigureTrace => (explanation.grid[r] as FigureTrace[])[c] as FigureTrace;
  const figureHere = at([row, column]);
  const direction = figureHere.printed - figureHere.nearest;
  if (direction === 0) return { figure: figureHere, direction, reasons: [] };
  const same = ([r, c]: Position): boolean => r === row && c === column;
  const reasons: EquationReason[] = [];
  for (const equation of explanation.equations) {
    const isSum = same(equation.sum);
    if (!isSum && !equation.members.some(same)) continue;
    // The sum's printed figures balance: Σ(member moves) − (sum's move) = gap.
    const required = isSum ? Math.sign(equation.gap) === -direction : Math.sign(equation.gap) === direction;
    const moved = (p: Position): number => at(p).printed - at(p).nearest;
    const partners = [
      ...equation.members.filter((m) => !same(m) && moved(m) === (isSum ? direction : -direction)),
      ...(!isSum && moved(equation.sum) === direction ? [equation.sum] : []),
    ];
    reasons.push({ equation, role: isSum ? "sum" : "member", required, partners });
  }
  return { figure: figureHere, direction, reasons };
}
