/**
 * The Demografi preview: the core's demography (the very function BUDGET.DEMOGRAPHY calls) over
 * what was read, per age group and year, with each year's total and the check that the groups add
 * up to it.
 */
import { demography, exactSum, InputError } from "../../../core";
import { demographyText } from "./demographyText";
import { coreErrorAt, placeRow } from "../../logic/coreErrorAt";
import { readRate } from "../../logic/rate";
import type { Text } from "../contract";
import type { DemographyWizardInput } from "./demographyModel";
import { POPULATION, RATES, type DemographySources, UNITS } from "./demographySources";

export interface DemographyPreview {
  groups: string[];
  years: string[];
  /** One rate for all, or one per group; 1 (100 %) when none was typed. */
  rate: number | number[];
  /** Groups × years, rounded. */
  adjustments: number[][];
  /** Each year's exact total, rounded: the last row BUDGET.DEMOGRAPHY returns. */
  totals: number[];
  /** Each year's adjustments summed exactly. */
  sums: number[];
  addsUp: boolean[];
}

export const RATE: Text = demographyText.compensationRate;

function located(error: InputError, sources: DemographySources): Error {
  const row = placeRow(error.at);
  const column = error.at?.[1];
  switch (error.argument) {
    case "base":
      return coreErrorAt(error, POPULATION, row === undefined ? undefined : sources.base.cells[row]);
    case "forecast": {
      const cell = row === undefined || !column ? undefined : sources.forecastCells[column - 1]?.[row];
      return coreErrorAt(error, POPULATION, cell ?? sources.tableAddress);
    }
    case "unitAmounts":
      return coreErrorAt(error, UNITS, row === undefined ? undefined : sources.units.cells[row]);
    case "rate":
      return sources.rates
        ? coreErrorAt(error, RATES, row === undefined ? undefined : sources.rates.cells[row])
        : coreErrorAt(error, RATE, undefined);
    default:
      return coreErrorAt(error, POPULATION, sources.tableAddress);
  }
}

export function planDemography(sources: DemographySources, input: DemographyWizardInput): DemographyPreview {
  const rate = sources.rates ? sources.rates.values : input.rate.trim() === "" ? 1 : readRate(input.rate, RATE);
  let result: number[][];
  try {
    result = demography({
      base: sources.base.values,
      forecast: sources.forecast,
      unitAmounts: sources.units.values,
      rate,
      decimals: input.decimals,
    });
  } catch (error) {
    if (error instanceof InputError) throw located(error, sources);
    throw error;
  }
  const adjustments = result.slice(0, sources.groups.length);
  const totals = result[sources.groups.length] as number[];
  const sums = sources.years.map((_, y) => exactSum(adjustments.map((row) => row[y] as number)));
  return {
    groups: sources.groups,
    years: sources.years,
    rate,
    adjustments,
    totals,
    sums,
    addsUp: sums.map((s, y) => s === totals[y]),
  };
}
