/**
 * The PL-fremskrivning preview: the core's reprice (the very function BUDGET.REPRICE calls) over
 * what was read, the factor per kind, each column's total and the check that it is the column's
 * exact total rounded.
 */
import {
  decimalToNumber,
  exactSum,
  InputError,
  kindIndex,
  levelRatio,
  lineKinds,
  parseNumberText,
  reprice,
} from "../../../core";
import { repriceText } from "./repriceText";
import { cellAddress } from "../../../sheet/address";
import { coreErrorAt, placeRow } from "../../logic/coreErrorAt";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { RepriceWizardInput } from "./repriceModel";
import { BUDGET, KIND, RATES, type RepriceSources } from "./repriceSources";

export interface RepricePreview {
  fromYear: number;
  toYear: number;
  /** The kinds the lines use, in the rate table's order, each with its factor from→to. */
  kinds: string[];
  factors: number[];
  /** Each line's kind as the rate table spells it. */
  lineKinds: string[];
  lines: string[];
  years: string[];
  amounts: number[][];
  converted: number[][];
  /** The columns of the amounts and of the converted amounts, summed exactly. */
  amountSums: number[];
  sums: number[];
  /** Each column's exact converted total, rounded: what its cells must add up to. */
  totals: number[];
  addsUp: boolean[];
}

export const FROM_YEAR: Text = repriceText.fromPriceLevel;
export const TO_YEAR: Text = repriceText.priceLevel;

function readYear(text: string, what: Text): number {
  const typed = text.trim();
  if (typed === "") throw new MissingInput(repriceText.typeYearEG(what));
  const year = parseNumberText(typed);
  if (year === undefined || !Number.isInteger(year) || year < 1900 || year > 2200)
    throw new UserError(repriceText.notYearTypeWhole(what, typed));
  return year;
}

/** Each line's kind as REPRICE gets it: the kind column, or the one kind chosen for all. */
function typesOf(sources: RepriceSources, input: RepriceWizardInput): (string | null)[] {
  if (input.hasKindColumn) return sources.kinds;
  const kind = input.kind.trim();
  if (kind !== "" && kindIndex(sources.rateTable, kind) < 0)
    throw new UserError(repriceText.notAKind(KIND, kind, sources));
  return sources.lines.map(() => kind || null);
}

/** The core's message, pointing at the cell in the user's own table. */
function located(error: InputError, sources: RepriceSources): UserError {
  const row = placeRow(error.at);
  if (error.argument === "types")
    return coreErrorAt(error, KIND, row === undefined ? undefined : sources.kindCells[row]);
  if (error.argument === "index") {
    const at = error.at;
    const cell = at && at[0] > 0 ? cellAddress(sources.rateRange, at[0] - 1, (at[1] ?? 1) - 1) : undefined;
    return coreErrorAt(error, RATES, cell ?? sources.rateTableAddress);
  }
  if (error.argument === "fromYear") return coreErrorAt(error, FROM_YEAR, undefined);
  if (error.argument === "toYear") return coreErrorAt(error, TO_YEAR, undefined);
  return coreErrorAt(error, BUDGET, sources.budgetAddress);
}

export function planReprice(sources: RepriceSources, input: RepriceWizardInput): RepricePreview {
  const fromYear = readYear(input.fromYear, FROM_YEAR);
  const toYear = readYear(input.toYear, TO_YEAR);
  const types = typesOf(sources, input);
  const index = sources.rateTable;
  const decimals = input.decimals;
  try {
    const converted = reprice({ amounts: sources.amounts, fromYear, toYear, index, types, decimals });
    const kindOf = lineKinds(index, sources.amounts.length, types);
    const used = index.kinds.map((_, k) => k).filter((k) => kindOf.indexOf(k) >= 0);
    const [low, high] = fromYear <= toYear ? [fromYear, toYear] : [toYear, fromYear];
    const factors = used.map((k) => {
      const ratio = decimalToNumber(levelRatio(index, k, low, high, fromYear, toYear));
      return fromYear <= toYear ? ratio : 1 / ratio;
    });
    // The exact column total is Σ over kinds of (the kind's exact sum × its factor); REPRICE of one
    // line per kind keeps that total, so its rounded column sums are the totals the cells must make.
    const kindSums = used.map((k) =>
      sources.years.map((_, c) =>
        exactSum(sources.amounts.filter((_, r) => kindOf[r] === k).map((row) => row[c] ?? 0)),
      ),
    );
    const byKind = reprice({
      amounts: kindSums,
      fromYear,
      toYear,
      index,
      types: used.map((k) => index.kinds[k] as string),
      decimals,
    });
    const column = (grid: number[][], c: number) => exactSum(grid.map((row) => row[c] ?? 0));
    const sums = sources.years.map((_, c) => column(converted, c));
    const totals = sources.years.map((_, c) => column(byKind, c));
    return {
      fromYear,
      toYear,
      kinds: used.map((k) => index.kinds[k] as string),
      factors,
      lineKinds: kindOf.map((k) => index.kinds[k] as string),
      lines: sources.lines,
      years: sources.years,
      amounts: sources.amounts,
      converted,
      amountSums: sources.years.map((_, c) => column(sources.amounts, c)),
      sums,
      totals,
      addsUp: sums.map((s, c) => s === totals[c]),
    };
  } catch (error) {
    if (error instanceof InputError) throw located(error, sources);
    throw error;
  }
}
