/**
 * An independent exact judge of ROUNDTABLE with groups (FUNCTIONS.md, "ROUNDTABLE with groups"),
 * in native BigInt like roundTableReference.ts: the (R+G+1)×(C+1) shape with a subtotal row after
 * each group, every cell, row total, subtotal, group total and column total its exact value
 * rounded down or up (a multiple kept), the group's rows adding up to its subtotal row and the
 * subtotal rows to the totals row, the grand total ROUND of the exact one; and the count of
 * figures rounded away from their nearest. The groups are given as the test made them: the
 * number of rows in each group, in order.
 */
import { exactOf, exactTable, isAway, isDownOrUp, scaled, type Exact } from "./roundTableReference";

/** Exact subtotals (group × column) and group totals of a table whose groups have the given sizes. */
function exactGroups(
  ints: readonly (readonly bigint[])[],
  q: bigint,
  sizes: readonly number[],
): { subtotals: Exact[][]; totals: Exact[] } {
  const columns = ints[0]?.length ?? 0;
  const subtotals: Exact[][] = [];
  const totals: Exact[] = [];
  let first = 0;
  for (const size of sizes) {
    const rows = ints.slice(first, first + size);
    const sums = Array.from({ length: columns }, (_, c) => rows.reduce((a, row) => a + (row[c] as bigint), 0n));
    subtotals.push(sums.map((v) => exactOf(v, q)));
    totals.push(
      exactOf(
        sums.reduce((a, b) => a + b, 0n),
        q,
      ),
    );
    first += size;
  }
  return { subtotals, totals };
}

/** Problems with a grouped result, and its number of figures rounded away from nearest. */
export function judgeGrouped(
  values: readonly (readonly number[])[],
  decimals: number,
  sizes: readonly number[],
  result: readonly (readonly number[])[],
): { problems: string[]; away: number } {
  const exact = exactTable(values, decimals);
  const { subtotals, totals } = exactGroups(exact.ints, exact.q, sizes);
  const R = values.length;
  const C = values[0]?.length ?? 0;
  const G = sizes.length;
  const problems: string[] = [];
  if (result.length !== R + G + 1 || result.some((row) => row.length !== C + 1)) {
    return { problems: [`shape ${result.length}×${result[0]?.length ?? 0}, not ${R + G + 1}×${C + 1}`], away: -1 };
  }
  const units = result.map((row, r) =>
    row.map((x, c) => {
      const u = scaled(x, decimals);
      if (u === undefined) problems.push(`(${r + 1},${c + 1}) = ${x} is not a multiple of 10^-${decimals}`);
      return u ?? 0n;
    }),
  );
  let away = 0;
  const figure = (e: Exact, u: bigint, name: string): void => {
    if (!isDownOrUp(e, u)) problems.push(`${name} = ${u} units is not its exact value rounded down or up`);
    if (isAway(e, u)) away++;
  };
  const totalsRow = units[R + G] as bigint[];
  const sumOfSubtotals: bigint[] = new Array<bigint>(C + 1).fill(0n);
  let line = 0;
  let r = 0;
  sizes.forEach((size, g) => {
    const groupSum: bigint[] = new Array<bigint>(C + 1).fill(0n);
    for (let k = 0; k < size; k++, r++, line++) {
      const row = units[line] as bigint[];
      let sum = 0n;
      for (let c = 0; c < C; c++) {
        sum += row[c] as bigint;
        figure(exact.cells[r]![c]!, row[c] as bigint, `cell (${r + 1},${c + 1})`);
      }
      if (sum !== row[C]) problems.push(`row ${r + 1} adds up to ${sum}, its total is ${row[C]}`);
      figure(exact.rows[r]!, row[C] as bigint, `row total ${r + 1}`);
      for (let c = 0; c <= C; c++) groupSum[c] = (groupSum[c] as bigint) + (row[c] as bigint);
    }
    const subtotal = units[line++] as bigint[];
    for (let c = 0; c <= C; c++) {
      if (groupSum[c] !== subtotal[c])
        problems.push(`group ${g + 1}, column ${c + 1}: rows add up to ${groupSum[c]}, subtotal is ${subtotal[c]}`);
      if (c < C) figure(subtotals[g]![c]!, subtotal[c] as bigint, `subtotal (${g + 1},${c + 1})`);
      sumOfSubtotals[c] = (sumOfSubtotals[c] as bigint) + (subtotal[c] as bigint);
    }
    let across = 0n;
    for (let c = 0; c < C; c++) across += subtotal[c] as bigint;
    if (across !== subtotal[C]) problems.push(`group ${g + 1}: subtotals add up to ${across}, total ${subtotal[C]}`);
    figure(totals[g]!, subtotal[C] as bigint, `group total ${g + 1}`);
  });
  for (let c = 0; c <= C; c++) {
    if (sumOfSubtotals[c] !== totalsRow[c])
      problems.push(`column ${c + 1}: subtotals add up to ${sumOfSubtotals[c]}, total is ${totalsRow[c]}`);
    if (c < C) figure(exact.columns[c]!, totalsRow[c] as bigint, `column total ${c + 1}`);
  }
  let across = 0n;
  for (let c = 0; c < C; c++) across += totalsRow[c] as bigint;
  if (across !== totalsRow[C]) problems.push(`totals row adds up to ${across}, grand total ${totalsRow[C]}`);
  if (totalsRow[C] !== exact.roundedGrand)
    problems.push(`grand total ${totalsRow[C]}, ROUND gives ${exact.roundedGrand}`);
  return { problems, away };
}

/**
 * A sum of cells as brute force sees it: the whole units its fractions make (its exact floor less
 * the cells' floors), whether it is on a multiple, and which way is nearest.
 */
interface Sum {
  cells: number[];
  whole: number;
  half: number | null;
}

function sumOf(exact: Exact, cells: number[], floors: readonly bigint[]): Sum {
  const base = cells.reduce((a, i) => a + (floors[i] as bigint), 0n);
  return { cells, whole: Number(exact.floor - base), half: exact.half };
}

/**
 * The fewest figures rounded away from nearest over every valid grouped rounding, by brute force
 * over each cell's two choices (tables of up to about 12 cells off a multiple).
 */
export function fewestAwayGrouped(
  values: readonly (readonly number[])[],
  decimals: number,
  sizes: readonly number[],
): number {
  const exact = exactTable(values, decimals);
  const { subtotals, totals } = exactGroups(exact.ints, exact.q, sizes);
  const R = values.length;
  const C = values[0]?.length ?? 0;
  const flat = exact.cells.flat();
  const floors = flat.map((e) => e.floor);
  const range = (n: number, f: (k: number) => number): number[] => Array.from({ length: n }, (_, k) => f(k));
  const sums: Sum[] = [];
  for (let r = 0; r < R; r++)
    sums.push(
      sumOf(
        exact.rows[r]!,
        range(C, (c) => r * C + c),
        floors,
      ),
    );
  for (let c = 0; c < C; c++)
    sums.push(
      sumOf(
        exact.columns[c]!,
        range(R, (r) => r * C + c),
        floors,
      ),
    );
  let first = 0;
  sizes.forEach((size, g) => {
    for (let c = 0; c < C; c++)
      sums.push(
        sumOf(
          subtotals[g]![c]!,
          range(size, (k) => (first + k) * C + c),
          floors,
        ),
      );
    sums.push(
      sumOf(
        totals[g]!,
        range(size * C, (k) => first * C + k),
        floors,
      ),
    );
    first += size;
  });
  const grandUnits = Number(exact.roundedGrand - floors.reduce((a, b) => a + b, 0n));
  const free = flat.map((e, i) => (e.half === null ? -1 : i)).filter((i) => i >= 0);
  const up = new Uint8Array(flat.length);
  let best = Infinity;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    let ups = 0;
    let away = 0;
    free.forEach((i, k) => {
      const u = (mask >> k) & 1;
      up[i] = u;
      ups += u;
      const half = flat[i]!.half as number;
      if ((half < 0 && u === 1) || (half > 0 && u === 0)) away++;
    });
    if (ups !== grandUnits) continue;
    let valid = true;
    for (const s of sums) {
      let k = -s.whole;
      for (const i of s.cells) k += up[i] as number;
      if (k < 0 || k > (s.half === null ? 0 : 1)) {
        valid = false;
        break;
      }
      if (s.half !== null && ((s.half < 0 && k === 1) || (s.half > 0 && k === 0))) away++;
    }
    if (valid && away < best) best = away;
  }
  return best;
}
