/**
 * An independent exact judge of ROUNDTABLE results, in native BigInt (tests only: the bundle must
 * not use BigInt). It reads every input and every output number as the decimal it prints, and
 * checks the contract of FUNCTIONS.md: rows and columns add up, each figure is its exact value
 * rounded down or up, the grand total is ROUND, and it counts the figures rounded away from nearest.
 */

/** x as coef × 10^exp, exactly as it prints (String(x) is the shortest decimal that reads back). */
function parts(x: number): { coef: bigint; exp: number } {
  let text = String(x);
  let exp = 0;
  const e = text.indexOf("e");
  if (e >= 0) {
    exp = Number(text.slice(e + 1));
    text = text.slice(0, e);
  }
  const dot = text.indexOf(".");
  if (dot >= 0) {
    exp -= text.length - dot - 1;
    text = text.slice(0, dot) + text.slice(dot + 1);
  }
  return { coef: BigInt(text), exp };
}

/** x as an integer at 10^-scale, exactly as it prints; undefined when it has more places. */
export function scaled(x: number, scale: number): bigint | undefined {
  const { coef, exp } = parts(x);
  const shift = exp + scale;
  if (shift >= 0) return coef * 10n ** BigInt(shift);
  const unit = 10n ** BigInt(-shift);
  return coef % unit === 0n ? coef / unit : undefined;
}

/** Places of the shortest decimal of x (its digits carry no trailing zero after the point). */
function placesOf(x: number): number {
  return Math.max(0, -parts(x).exp);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** One exact value at scale P against the unit q = 10^(P − decimals). */
export interface Exact {
  value: bigint;
  floor: bigint;
  /** 2 × (value − floor·q) compared with q: −1 below half, 0 half, 1 above, null on a multiple. */
  half: number | null;
}

export function exactOf(value: bigint, q: bigint): Exact {
  const floor = floorDiv(value, q);
  const rest = value - floor * q;
  const twice = 2n * rest;
  return { value, floor, half: rest === 0n ? null : twice < q ? -1 : twice === q ? 0 : 1 };
}

/** ROUND half away from zero, in units. */
export function roundUnits(e: Exact): bigint {
  if (e.half === null || e.half < 0) return e.floor;
  if (e.half > 0) return e.floor + 1n;
  return e.value > 0n ? e.floor + 1n : e.floor;
}

export interface ExactTable {
  /** Every value as an integer at the table's finest scale, and the unit q there. */
  ints: bigint[][];
  q: bigint;
  cells: Exact[][];
  rows: Exact[];
  columns: Exact[];
  grand: Exact;
  roundedGrand: bigint;
}

export function exactTable(values: readonly (readonly number[])[], decimals: number): ExactTable {
  let scale = Math.max(decimals, 0);
  for (const row of values) for (const x of row) scale = Math.max(scale, placesOf(x));
  const q = 10n ** BigInt(scale - decimals);
  const ints = values.map((row) => row.map((x) => scaled(x, scale) as bigint));
  const cells = ints.map((row) => row.map((v) => exactOf(v, q)));
  const rows = ints.map((row) =>
    exactOf(
      row.reduce((a, b) => a + b, 0n),
      q,
    ),
  );
  const columns = (ints[0] ?? []).map((_, c) =>
    exactOf(
      ints.reduce((a, row) => a + (row[c] as bigint), 0n),
      q,
    ),
  );
  const grand = exactOf(
    ints.reduce((a, row) => a + row.reduce((s, v) => s + v, 0n), 0n),
    q,
  );
  return { ints, q, cells, rows, columns, grand, roundedGrand: roundUnits(grand) };
}

/** Whether units u is away from the nearest multiple of the exact value (a half is near both ways). */
export function isAway(e: Exact, u: bigint): boolean {
  if (e.half === null || e.half === 0) return false;
  return e.half < 0 ? u !== e.floor : u === e.floor;
}

/** Whether u is e rounded down or up (a multiple kept as it is). */
export function isDownOrUp(e: Exact, u: bigint): boolean {
  return e.half === null ? u === e.floor : u === e.floor || u === e.floor + 1n;
}

/** Problems with a (R+1)×(C+1) result, and its number of figures rounded away from nearest. */
export function judge(
  values: readonly (readonly number[])[],
  decimals: number,
  result: readonly (readonly number[])[],
): { problems: string[]; away: number } {
  const exact = exactTable(values, decimals);
  const R = values.length;
  const C = values[0]?.length ?? 0;
  const problems: string[] = [];
  if (result.length !== R + 1 || result.some((row) => row.length !== C + 1)) {
    return { problems: [`shape ${result.length}×${result[0]?.length ?? 0}, not ${R + 1}×${C + 1}`], away: -1 };
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
  for (let r = 0; r < R; r++) {
    let sum = 0n;
    for (let c = 0; c < C; c++) {
      const u = units[r]![c]!;
      sum += u;
      figure(exact.cells[r]![c]!, u, `cell (${r + 1},${c + 1})`);
    }
    if (sum !== units[r]![C]) problems.push(`row ${r + 1} adds up to ${sum}, its total is ${units[r]![C]}`);
    figure(exact.rows[r]!, units[r]![C]!, `row total ${r + 1}`);
  }
  for (let c = 0; c <= C; c++) {
    let sum = 0n;
    for (let r = 0; r < R; r++) sum += units[r]![c]!;
    if (sum !== units[R]![c]) problems.push(`column ${c + 1} adds up to ${sum}, its total is ${units[R]![c]}`);
    if (c < C) figure(exact.columns[c]!, units[R]![c]!, `column total ${c + 1}`);
  }
  if (units[R]![C] !== exact.roundedGrand)
    problems.push(`grand total ${units[R]![C]}, ROUND gives ${exact.roundedGrand}`);
  return { problems, away };
}

/**
 * The fewest figures rounded away from nearest over every valid rounding, by brute force over
 * each cell's two choices (tables of up to 9 cells).
 */
export function fewestAway(values: readonly (readonly number[])[], decimals: number): number {
  const exact = exactTable(values, decimals);
  const flat = exact.cells.flat();
  const R = values.length;
  const C = values[0]?.length ?? 0;
  const free = flat.map((e, i) => (e.half === null ? -1 : i)).filter((i) => i >= 0);
  let best = Infinity;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const u = flat.map((e) => e.floor);
    free.forEach((i, k) => {
      if (mask & (1 << k)) u[i] = u[i]! + 1n;
    });
    let away = 0;
    let valid = true;
    let grand = 0n;
    flat.forEach((e, i) => {
      if (isAway(e, u[i]!)) away++;
    });
    for (let r = 0; r < R && valid; r++) {
      let s = 0n;
      for (let c = 0; c < C; c++) s += u[r * C + c]!;
      grand += s;
      if (!isDownOrUp(exact.rows[r]!, s)) valid = false;
      else if (isAway(exact.rows[r]!, s)) away++;
    }
    for (let c = 0; c < C && valid; c++) {
      let s = 0n;
      for (let r = 0; r < R; r++) s += u[r * C + c]!;
      if (!isDownOrUp(exact.columns[c]!, s)) valid = false;
      else if (isAway(exact.columns[c]!, s)) away++;
    }
    if (valid && grand === exact.roundedGrand && away < best) best = away;
  }
  return best;
}
