/**
 * REPRICE explained (FUNCTIONS.md; DOMAIN.md "Explaining a number"): for each kind in use the
 * chain of yearly factors (1 + rate) from the one price level to the other and their exact
 * product (its reciprocal going back in time), each line's exact amount at the new level, and each
 * column's sum-preserving rounding. Checked against reprice's own cells before it is given.
 */
import { checkAgainst } from "./explainDistribute";
import { traceColumn, type ColumnTrace } from "./explainColumn";
import {
  addDecimal,
  compareDecimal,
  decimalOf,
  type Decimal,
  intOf,
  multiplyDecimal,
  multiplyInt,
  pow10Int,
  scaleInt,
} from "./decimal";
import type { Ratio } from "./ratio";
import { levelRatio, lineKinds, reprice, type RepriceInput } from "./reprice";

export interface FactorStep {
  year: number;
  /** The rate as the cell holds it (3 % is 0,03). */
  rate: Decimal;
  /** 1 + rate. */
  factor: Decimal;
}

export interface KindChain {
  /** The kind's heading in the rate table. */
  name: string;
  /** The years after the lower level up to the higher one, in order. */
  steps: FactorStep[];
  /** The product of the steps' factors, exactly. */
  product: Decimal;
  /** What the amounts are multiplied by: the product forward, its reciprocal back in time. */
  factor: Ratio;
}

export interface RepriceExplanation {
  decimals: number;
  fromYear: number;
  toYear: number;
  /** Whether toYear is before fromYear: the amounts are divided by the chain's product. */
  back: boolean;
  /** One per kind of the rate table; null for a kind no line uses. */
  chains: (KindChain | null)[];
  /** Each line's kind as a position in the table's headings. */
  kinds: number[];
  /** The amounts as read, lines × columns. */
  amounts: Decimal[][];
  /** One per column of amounts: the exact values in units and their rounding. */
  columns: ColumnTrace[];
}

const ONE: Decimal = { coef: intOf(1), exp: 0 };

/** A decimal as a ratio of whole numbers, scaled by 10^shift. */
function decimalRatio(d: Decimal, shift: number): Ratio {
  const exp = d.exp + shift;
  return exp >= 0 ? { num: scaleInt(d.coef, exp), den: intOf(1) } : { num: d.coef, den: pow10Int(-exp) };
}

function chainOf(input: RepriceInput, kind: number, back: boolean): KindChain {
  const { index, fromYear, toYear } = input;
  const low = back ? toYear : fromYear;
  const high = back ? fromYear : toYear;
  // levelRatio checks every rate as the function does; the steps below are the same rates, shown.
  const product = levelRatio(index, kind, low, high, fromYear, toYear);
  const steps: FactorStep[] = [];
  for (let year = low + 1; year <= high; year++) {
    const rate = decimalOf((index.rates[index.years.indexOf(year)] as (number | null)[])[kind] as number);
    steps.push({ year, rate, factor: addDecimal(ONE, rate) });
  }
  if (compareDecimal(steps.map((s) => s.factor).reduce(multiplyDecimal, ONE), product) !== 0) {
    throw new Error("REPRICE's chain disagrees with its level ratio");
  }
  const ratio = decimalRatio(product, 0);
  const factor = back ? { num: ratio.den, den: ratio.num } : ratio;
  return { name: index.kinds[kind] as string, steps, product, factor };
}

/** The exact amount at the new level in units of 10^-decimals. */
function exactUnits(amount: Decimal, chain: KindChain, back: boolean, decimals: number): Ratio {
  if (!back) return decimalRatio(multiplyDecimal(amount, chain.product), decimals);
  // amount / product in units: amount.coef × 10^shift / product.coef (the product is above 0).
  const shift = amount.exp + decimals - chain.product.exp;
  if (shift >= 0) return { num: scaleInt(amount.coef, shift), den: chain.product.coef };
  return { num: amount.coef, den: multiplyInt(chain.product.coef, pow10Int(-shift)) };
}

/** REPRICE's result explained, every cell. Input errors are the function's own: reprice runs first. */
export function explainReprice(input: RepriceInput): RepriceExplanation {
  const result = reprice(input);
  const decimals = input.decimals ?? 0;
  const back = input.toYear < input.fromYear;
  const kinds = lineKinds(input.index, input.amounts.length, input.types);
  const chains: (KindChain | null)[] = input.index.kinds.map((_k, k) =>
    kinds.indexOf(k) >= 0 ? chainOf(input, k, back) : null,
  );
  const amounts = input.amounts.map((line) => line.map(decimalOf));
  const width = input.amounts[0]?.length ?? 0;
  const columns: ColumnTrace[] = [];
  for (let c = 0; c < width; c++) {
    const column = traceColumn(
      amounts.map((line, r) => exactUnits(line[c] as Decimal, chains[kinds[r] as number] as KindChain, back, decimals)),
    );
    checkAgainst(
      `REPRICE in column ${c + 1}`,
      column.units,
      result.map((row) => row[c] as number),
      decimals,
    );
    columns.push(column);
  }
  return { decimals, fromYear: input.fromYear, toYear: input.toYear, back, chains, kinds, amounts, columns };
}
