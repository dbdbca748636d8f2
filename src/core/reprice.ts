/**
 * PL-fremskrivning (FUNCTIONS.md, REPRICE): budget lines converted from one year's price level to
 * another's by KL's rates per kind of spending, exactly, each column by the sum-preserving rounding.
 */
import { ColumnDigitsError, roundColumn, type RoundedColumn, RoundingScratch } from "./columnRounding";
import {
  addDecimal,
  decimalOf,
  type Decimal,
  multiplyDecimal,
  pow10,
  shortPlaces,
  unitsToNumber,
  wholeAt,
} from "./decimal";
import { InputError, type Place } from "./errors";
import { Denominators, ExactColumn, SMALL } from "./exactColumn";
import { intOf, intToNumber, isSafeInt, scaleInt } from "./exactInt";
import {
  indexHeading,
  indexRateAsPercent,
  indexRateBlank,
  indexTooSmall,
  indexYear,
  indexYearMissing,
  indexYearRepeated,
  notANumber,
  tableDigits,
  unknownKind,
  yearNotWhole,
} from "./messages";
import { parseNumberText } from "./numberText";
import { checkDecimals } from "./rounding";

/** KL's rate table as pasted: a row per year, a column per kind, each rate the change from the year before. */
export interface RateTable {
  years: number[];
  kinds: string[];
  /** rates[year row][kind]: a fraction (3 % is 0.03), null where blank. */
  rates: (number | null)[][];
  /** The 1-based place in the pasted range of each year's row and each kind's column, for messages. */
  rows: number[];
  columns: number[];
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function numberIn(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return typeof value === "string" ? parseNumberText(value) : undefined;
}

/** The rate table read from its cells: headings in the first row, years in the first column. */
export function readRateTable(grid: readonly (readonly unknown[])[], argument = "index"): RateTable {
  const width = grid[0]?.length ?? 0;
  const kinds: string[] = [];
  const columns: number[] = [];
  for (let c = 1; c < width; c++) {
    const heading = grid[0]?.[c];
    const hasRates = grid.some((row, r) => r > 0 && !blank(row[c]));
    if (blank(heading)) {
      if (hasRates) throw new InputError(argument, indexHeading, [], [1, c + 1]);
      continue;
    }
    kinds.push(String(heading).trim());
    columns.push(c + 1);
  }
  const table: RateTable = { years: [], kinds, rates: [], rows: [], columns };
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] as readonly unknown[];
    if (row.every(blank)) continue;
    const year = numberIn(row[0]);
    if (year === undefined || !Number.isInteger(year)) throw new InputError(argument, indexYear, [row[0]], [r + 1, 1]);
    if (table.years.indexOf(year) >= 0) throw new InputError(argument, indexYearRepeated, [year], [r + 1, 1]);
    table.years.push(year);
    table.rows.push(r + 1);
    table.rates.push(
      columns.map((column) => {
        const cell = row[column - 1];
        if (blank(cell)) return null;
        const rate = numberIn(cell);
        if (rate === undefined) throw new InputError(argument, notANumber, [cell], [r + 1, column]);
        return rate;
      }),
    );
  }
  if (kinds.length === 0 || table.years.length === 0) throw new InputError(argument, indexTooSmall, []);
  return table;
}

/** A whole year, or an InputError naming the argument. */
export function checkYear(year: number, argument: string): void {
  if (!Number.isInteger(year)) throw new InputError(argument, yearNotWhole, [year]);
}

/** The position of a kind in the table's headings, trimmed and case ignored; −1 when absent. */
export function kindIndex(table: RateTable, kind: string): number {
  const wanted = kind.trim().toLowerCase();
  for (let k = 0; k < table.kinds.length; k++) if ((table.kinds[k] as string).toLowerCase() === wanted) return k;
  return -1;
}

const ONE: Decimal = { coef: intOf(1), exp: 0 };

/**
 * The product of (1 + rate) over the years after `low` up to `high` for one kind: the factor from
 * low's price level to high's. Each rate is checked where it is used.
 */
export function levelRatio(
  table: RateTable,
  kind: number,
  low: number,
  high: number,
  from: number,
  to: number,
): Decimal {
  let product = ONE;
  for (let year = low + 1; year <= high; year++) {
    const row = table.years.indexOf(year);
    if (row < 0) throw new InputError("index", indexYearMissing, [year, from, to]);
    const rate = (table.rates[row] as (number | null)[])[kind];
    const place: Place = [table.rows[row] as number, table.columns[kind]];
    const name = table.kinds[kind] as string;
    if (rate === null || rate === undefined) throw new InputError("index", indexRateBlank, [year, name], place);
    if (rate >= 1 || rate <= -1)
      throw new InputError("index", indexRateAsPercent, [year, name, decimalOf(rate)], place);
    product = multiplyDecimal(product, addDecimal(ONE, decimalOf(rate)));
  }
  return product;
}

export interface RepriceInput {
  /** Lines × years, all at fromYear's price level; blank is 0. */
  amounts: readonly (readonly number[])[];
  fromYear: number;
  toYear: number;
  index: RateTable;
  /** Each line's kind; null (or omitted) for the table's first kind. */
  types?: readonly (string | null)[] | null;
  decimals?: number;
}

/** Each line's kind as a position in the table's headings; an unknown kind names its row. */
export function lineKinds(table: RateTable, rows: number, types?: readonly (string | null)[] | null): number[] {
  const kinds: number[] = [];
  for (let r = 0; r < rows; r++) {
    const type = types ? types[r] : null;
    if (type === null || type === undefined || type.trim() === "") {
      kinds.push(0);
      continue;
    }
    const k = kindIndex(table, type);
    if (k < 0) throw new InputError("types", unknownKind, [type.trim(), table.kinds], [r + 1]);
    kinds.push(k);
  }
  return kinds;
}

/** The amounts at toYear's price level, each column adding up exactly to its rounded exact total. */
export function reprice(input: RepriceInput): number[][] {
  const { amounts, fromYear, toYear, index } = input;
  const decimals = input.decimals ?? 0;
  checkDecimals(decimals);
  checkYear(fromYear, "fromYear");
  checkYear(toYear, "toYear");
  const kinds = lineKinds(index, amounts.length, input.types);
  const backward = toYear < fromYear;
  // A factor per kind in use: forward the level ratio itself, backward its reciprocal.
  const ratios: (Decimal | undefined)[] = index.kinds.map(() => undefined);
  for (const k of kinds) {
    if (ratios[k] === undefined) {
      ratios[k] = backward
        ? levelRatio(index, k, toYear, fromYear, fromYear, toYear)
        : levelRatio(index, k, fromYear, toYear, fromYear, toYear);
    }
  }
  const columns = amounts[0]?.length ?? 0;
  const dens = new Denominators();
  // Each kind's converter made once, with its factor as a double where it is small enough.
  const convert = ratios.map((ratio, kind) =>
    ratio === undefined
      ? undefined
      : backward
        ? backwardCell(kind, ratio, decimals, dens)
        : forwardCell(ratio, decimals, dens),
  );
  // Filled row by row, as the amounts lie in memory, then rounded column by column.
  const table = ExactColumn.table(amounts.length, columns);
  for (let r = 0; r < amounts.length; r++) {
    const put = convert[kinds[r] as number] as PutCell;
    const line = amounts[r] as readonly number[];
    for (let c = 0; c < columns; c++) put(table[c] as ExactColumn, r, line[c] as number);
  }
  const scratch = new RoundingScratch(amounts.length);
  const units = table.map((column, c) => roundColumnOf(column, dens, decimals, c, "amounts", scratch).units);
  return amounts.map((_, r) => {
    const line: number[] = [];
    for (let c = 0; c < columns; c++) line.push(unitsToNumber((units[c] as number[])[r] as number, decimals));
    return line;
  });
}

/** Puts one amount, converted to units, in row r of the column. */
type PutCell = (column: ExactColumn, r: number, amount: number) => void;

/** amount × ratio in units, exactly: in doubles when the amount is short and the product small. */
function forwardCell(ratio: Decimal, decimals: number, dens: Denominators): PutCell {
  const factor = isSafeInt(ratio.coef) ? intToNumber(ratio.coef) : NaN;
  return (column, r, amount) => {
    const places = factor === factor ? shortPlaces(amount) : -1;
    if (places >= 0) {
      const product = wholeAt(amount, places) * factor;
      if (Math.abs(product) <= SMALL) return column.putSmallDecimal(r, product, ratio.exp - places, decimals, dens);
    }
    const value = multiplyDecimal(decimalOf(amount), ratio);
    column.putDecimal(r, value.coef, value.exp, decimals, dens);
  };
}

/** amount / ratio in units, exactly: amount.coef × 10^shift / ratio.coef. */
function backwardCell(kind: number, ratio: Decimal, decimals: number, dens: Denominators): PutCell {
  const byScale: number[] = [];
  const denFor = (scale: number): number => {
    let i = byScale[scale];
    if (i === undefined) {
      i = dens.scaled(`k${kind}`, ratio.coef, scale);
      byScale[scale] = i;
    }
    return i;
  };
  return (column, r, amount) => {
    const places = shortPlaces(amount);
    if (places >= 0) {
      const whole = wholeAt(amount, places);
      const shift = decimals - places - ratio.exp;
      if (shift < 0) return column.put(r, whole, denFor(-shift));
      const scaled = shift <= 22 ? whole * pow10(shift) : Infinity;
      if (Math.abs(scaled) <= SMALL) return column.put(r, scaled, denFor(0));
    }
    const exact = decimalOf(amount);
    const shift = exact.exp + decimals - ratio.exp;
    if (shift >= 0) column.put(r, scaleInt(exact.coef, shift), denFor(0));
    else column.put(r, exact.coef, denFor(-shift));
  };
}

/** roundColumn with its digits errors named by the cell of `argument` (0-based column c). */
export function roundColumnOf(
  column: ExactColumn,
  dens: Denominators,
  decimals: number,
  c: number,
  argument = "amounts",
  scratch?: RoundingScratch,
): RoundedColumn {
  try {
    return roundColumn(column, dens.list, scratch);
  } catch (error) {
    if (!(error instanceof ColumnDigitsError)) throw error;
    if (error.row < 0) throw new InputError(argument, tableDigits, [decimals, [0, c + 1], undefined, "column"]);
    throw new InputError(argument, tableDigits, [decimals, [error.row + 1, c + 1]]);
  }
}
