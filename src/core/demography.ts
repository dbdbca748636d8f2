/**
 * Demografiregulering (FUNCTIONS.md, DEMOGRAPHY): (forecast − base) × unit amount × compensation
 * rate per age group and year, all decimals, each column by the sum-preserving rounding, with a
 * totals row.
 */
import { decimalOf, type Decimal, intToNumber, isSafeInt, multiplyDecimal, unitsToNumber } from "./decimal";
import { RoundingScratch } from "./columnRounding";
import { InputError } from "./errors";
import { Denominators, ExactColumn, SMALL } from "./exactColumn";
import { compensationNegative, countNotWhole, rateAsPercent } from "./messages";
import { roundColumnOf } from "./reprice";
import { checkDecimals } from "./rounding";

export interface DemographyInput {
  /** Citizens per age group in the budget's basis. */
  base: readonly number[];
  /** Citizens per age group (rows) and year (columns) in the new forecast. */
  forecast: readonly (readonly number[])[];
  /** The amount per citizen of each group, in the unit the result is printed in. */
  unitAmounts: readonly number[];
  /** One compensation rate for all groups or one per group, 0 to 1; 1 when omitted. */
  rate?: number | readonly number[];
  decimals?: number;
}

/** A count of citizens: whole and 0 or more, else an InputError naming the cell. */
function checkCount(value: number, argument: string, row: number, column?: number): void {
  if (Number.isInteger(value) && value >= 0) return;
  throw new InputError(argument, countNotWhole, [value], column === undefined ? [row] : [row, column]);
}

/** A compensation rate from 0 to 1. */
export function checkCompensation(rate: number, row?: number): void {
  const place = row === undefined ? undefined : ([row] as const);
  if (rate > 1) throw new InputError("rate", rateAsPercent, [decimalOf(rate)], place);
  if (rate < 0) throw new InputError("rate", compensationNegative, [rate], place);
}

/** Each group's unit amount × rate, exactly: the same in every year. */
function perCitizen(input: DemographyInput): Decimal[] {
  const rates = input.rate;
  return input.unitAmounts.map((unit, g) => {
    const rate = rates === undefined ? 1 : typeof rates === "number" ? rates : (rates[g] as number);
    return multiplyDecimal(decimalOf(unit), decimalOf(rate));
  });
}

/** The exact adjustment of each group in one year: (forecast − base) × unit × rate, before rounding. */
export function exactAdjustments(input: DemographyInput, year: number, factors = perCitizen(input)): Decimal[] {
  return input.base.map((base, g) => {
    const change = (input.forecast[g] as readonly number[])[year] as number;
    // Counts are whole and far below 2^53, so their difference is exact in a double.
    return multiplyDecimal(decimalOf(change - base), factors[g] as Decimal);
  });
}

/** Groups × years of adjustments, then a row of each year's total; every column adds up exactly. */
export function demography(input: DemographyInput): number[][] {
  const decimals = input.decimals ?? 0;
  checkDecimals(decimals);
  const { base, forecast, rate } = input;
  base.forEach((count, g) => checkCount(count, "base", g + 1));
  forecast.forEach((row, g) => row.forEach((count, y) => checkCount(count, "forecast", g + 1, y + 1)));
  if (typeof rate === "number") checkCompensation(rate);
  else if (rate) rate.forEach((r, g) => checkCompensation(r, g + 1));
  const years = forecast[0]?.length ?? 0;
  const dens = new Denominators();
  const factors = perCitizen(input);
  // Each group's factor as a double where it is small: a change in citizens times it is then exact.
  const small = factors.map((f) => (isSafeInt(f.coef) ? intToNumber(f.coef) : NaN));
  const result: number[][] = base.map(() => new Array<number>(years));
  const totals = new Array<number>(years);
  const column = ExactColumn.ofLength(base.length);
  const scratch = new RoundingScratch(base.length);
  for (let y = 0; y < years; y++) {
    column.clear();
    for (let g = 0; g < base.length; g++) {
      const factor = factors[g] as Decimal;
      // Counts are whole and far below 2^53, so their difference is exact in a double.
      const change = ((forecast[g] as readonly number[])[y] as number) - (base[g] as number);
      const product = change * (small[g] as number);
      if (Math.abs(product) <= SMALL) column.putSmallDecimal(g, product, factor.exp, decimals, dens);
      else {
        const exact = multiplyDecimal(decimalOf(change), factor);
        column.putDecimal(g, exact.coef, exact.exp, decimals, dens);
      }
    }
    const { units, total } = roundColumnOf(column, dens, decimals, y, "forecast", scratch);
    for (let g = 0; g < units.length; g++) (result[g] as number[])[y] = unitsToNumber(units[g] as number, decimals);
    totals[y] = unitsToNumber(total, decimals);
  }
  result.push(totals);
  return result;
}
