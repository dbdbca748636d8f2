/** A savings rate as the user types it ("1,5 %" or 0,015), read by the core's number parsing. */
import { decimalOf, formatDanish, fractionDigits } from "../../core";
import { parseNumberText } from "../../core";
import { formatPercent, inLanguage } from "./numbers";

const en = (danish: string) => inLanguage(danish, "en");
import { MissingInput, UserError } from "./errorMessages";
import { logicText } from "./logicText";
import type { Language, Text } from "../wizards/contract";

/**
 * The rate as a fraction of 1; `whole` names what 100 % is ("hele budgettet"). A plain number above 1 is refused rather than guessed at: "1,5" may
 * mean 1,5 % or 150 %, and only the user knows, so the message shows both ways to write it.
 */
export function readRate(text: string, what: Text, whole?: Text): number {
  const typed = text.trim();
  if (typed === "") throw new MissingInput(logicText.rateMissing(what));
  const rate = parseNumberText(typed);
  if (rate === undefined) throw new UserError(logicText.notARate(what, typed));
  if (rate > 1 && /%$/.test(typed)) throw new UserError(logicText.rateOverWhole(what, typed, whole));
  if (rate > 1) {
    // Shifting the decimal exponent keeps 1,5 exactly 150 and 0,015 (no binary × 100).
    const { coef, exp } = decimalOf(rate);
    const hundredfold = formatDanish({ coef, exp: exp + 2 });
    const typedNumber = formatDanish({ coef, exp });
    const fraction = formatDanish({ coef, exp: exp - 2 });
    const both = (danish: string): Text => ({ da: danish, en: en(danish) });
    throw new UserError(logicText.rateAsPercent(what, typed, both(hundredfold), both(typedNumber), both(fraction)));
  }
  if (rate < 0) throw new UserError(logicText.rateNegative(what, typed));
  return rate;
}

/** Places needed to show a rate as a percentage without losing digits: 0,015 → 1 (1,5 %). */
export function percentPlaces(rate: number): number {
  return Math.max(0, fractionDigits(rate) - 2);
}

/** The rate as a percentage for labels: 0,015 → "1,5 %" (da) or "1.5 %" (en). */
export function rateLabel(rate: number, language: Language): string {
  return formatPercent(rate, percentPlaces(rate), language);
}
