/**
 * A column of exact values in units, as the sum-preserving rounding reads it (columnRounding.ts):
 * cell i is num_i / dens[den_i]. A numerator that is a whole number of at most 2^52 in size (the
 * common case) is kept as a double in a typed array, so that a column of ordinary amounts
 * allocates nothing per cell; a longer one is an ExactInt kept aside.
 */
import { pow10 } from "./decimal";
import { type ExactInt, intOf, multiplyInt, pow10Int, scaleInt } from "./exactInt";

/** Whole numbers up to this size are exact as doubles, and so are their sums of two. */
export const SMALL = 4503599627370496; // 2^52

/** A whole number: a double up to SMALL in size, or an ExactInt. */
export type Whole = number | ExactInt;

export function exactOf(value: Whole): ExactInt {
  return typeof value === "number" ? intOf(value) : value;
}

const ONE = intOf(1);

/** The denominators of a table's cells, each made once and shared by index. */
export class Denominators {
  readonly list: ExactInt[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly powers: number[] = [];
  index(key: string, make: () => ExactInt): number {
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(make());
      this.byKey.set(key, i);
    }
    return i;
  }
  /** The index of 10^k (k ≥ 0), found without building its key once known. */
  power(k: number): number {
    let i = this.powers[k];
    if (i === undefined) {
      i = k === 0 ? this.index("1", () => ONE) : this.index(`e${k}`, () => pow10Int(k));
      this.powers[k] = i;
    }
    return i;
  }
  /** The index of coef × 10^k (k ≥ 0) under `key`'s family, e.g. a reciprocal factor's. */
  scaled(key: string, coef: ExactInt, k: number): number {
    return k === 0 ? this.index(key, () => coef) : this.index(`${key}e${k}`, () => multiplyInt(coef, pow10Int(k)));
  }
}

export class ExactColumn {
  readonly large = new Map<number, ExactInt>();
  readonly length: number;

  /** small[i]: the numerator where it is small, NaN where `large` holds it; den[i]: its denominator's index. */
  constructor(
    readonly small: Float64Array,
    readonly den: Int32Array,
  ) {
    this.length = small.length;
  }

  static ofLength(length: number): ExactColumn {
    return new ExactColumn(new Float64Array(length), new Int32Array(length));
  }

  /** A table's columns over one buffer each for numerators and denominators, to be filled row by row. */
  static table(rows: number, columns: number): ExactColumn[] {
    const small = new Float64Array(rows * columns);
    const den = new Int32Array(rows * columns);
    const list: ExactColumn[] = [];
    for (let c = 0; c < columns; c++) {
      list.push(new ExactColumn(small.subarray(c * rows, (c + 1) * rows), den.subarray(c * rows, (c + 1) * rows)));
    }
    return list;
  }

  put(i: number, num: Whole, den: number): void {
    this.den[i] = den;
    if (typeof num === "number") this.small[i] = num;
    else {
      this.small[i] = NaN;
      this.large.set(i, num);
    }
  }

  num(i: number): Whole {
    const value = this.small[i] as number;
    return value === value ? value : (this.large.get(i) as ExactInt);
  }

  /** Forgets the long numerators, before the column is filled again. */
  clear(): void {
    this.large.clear();
  }

  /** Cell i is coef × 10^exp in units of 10^-decimals. */
  putDecimal(i: number, coef: ExactInt, exp: number, decimals: number, dens: Denominators): void {
    const shift = exp + decimals;
    if (shift >= 0) this.put(i, scaleInt(coef, shift), dens.power(0));
    else this.put(i, coef, dens.power(-shift));
  }

  /** Cell i is whole × 10^exp in units of 10^-decimals, for a whole number up to SMALL in size. */
  putSmallDecimal(i: number, whole: number, exp: number, decimals: number, dens: Denominators): void {
    const shift = exp + decimals;
    if (shift < 0) return this.put(i, whole, dens.power(-shift));
    const scaled = shift <= 22 ? whole * pow10(shift) : Infinity;
    // A product of whole doubles above 2^52 is at least 2^52 + 1, even rounded: the test is exact.
    if (Math.abs(scaled) <= SMALL) this.put(i, scaled, dens.power(0));
    else this.putDecimal(i, intOf(whole), exp, decimals, dens);
  }
}
