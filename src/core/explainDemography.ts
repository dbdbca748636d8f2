/**
 * DEMOGRAPHY explained (FUNCTIONS.md; DOMAIN.md "Explaining a number"): per age group and year the
 * terms (forecast − base) × unit amount × compensation rate and their exact product, and each
 * year's column rounded so that the groups add up to the rounded exact total (the totals row).
 * Checked against demography's own cells, totals included, before it is given.
 */
import { checkAgainst } from "./explainDistribute";
import { traceColumn, type ColumnTrace } from "./explainColumn";
import { decimalOf, type Decimal, intOf, pow10Int, scaleInt } from "./decimal";
import { demography, type DemographyInput, exactAdjustments } from "./demography";
import type { Ratio } from "./ratio";

export interface DemographyTerm {
  base: number;
  forecast: number;
  /** forecast − base, citizens. */
  change: number;
  unitAmount: Decimal;
  rate: Decimal;
  /** change × unit amount × rate, before rounding. */
  exact: Decimal;
}

export interface DemographyYear {
  /** One per age group. */
  terms: DemographyTerm[];
  /** The groups' rounding; its total is the totals row's cell. */
  column: ColumnTrace;
}

export interface DemographyExplanation {
  decimals: number;
  years: DemographyYear[];
}

function unitsOf(d: Decimal, decimals: number): Ratio {
  const exp = d.exp + decimals;
  return exp >= 0 ? { num: scaleInt(d.coef, exp), den: intOf(1) } : { num: d.coef, den: pow10Int(-exp) };
}

/** DEMOGRAPHY's result explained, every group and year. Input errors are the function's own. */
export function explainDemography(input: DemographyInput): DemographyExplanation {
  const result = demography(input);
  const decimals = input.decimals ?? 0;
  const groups = input.base.length;
  const rateOf = (g: number): number =>
    input.rate === undefined ? 1 : typeof input.rate === "number" ? input.rate : (input.rate[g] as number);
  const width = input.forecast[0]?.length ?? 0;
  const years: DemographyYear[] = [];
  for (let y = 0; y < width; y++) {
    const exact = exactAdjustments(input, y);
    const terms = input.base.map((base, g): DemographyTerm => {
      const forecast = (input.forecast[g] as readonly number[])[y] as number;
      return {
        base,
        forecast,
        change: forecast - base,
        unitAmount: decimalOf(input.unitAmounts[g] as number),
        rate: decimalOf(rateOf(g)),
        exact: exact[g] as Decimal,
      };
    });
    const column = traceColumn(exact.map((d) => unitsOf(d, decimals)));
    checkAgainst(
      `DEMOGRAPHY in year ${y + 1}`,
      [...column.units, column.total],
      result.slice(0, groups + 1).map((row) => row[y] as number),
      decimals,
    );
    years.push({ terms, column });
  }
  return { decimals, years };
}
