/** A savings rate as the user types it ("1,5 %" or 0,015), read by the core's number parsing. */
import { decimalOf, formatDanish, fractionDigits } from "../../core";
import { parseNumberText } from "../../core";
import { formatPercent, inLanguage } from "./numbers";

const en = (danish: string) => inLanguage(danish, "en");
import { MissingInput, UserError } from "./errorMessages";
import type { Language, Text } from "../wizards/contract";

/**
 * The rate as a fraction of 1; `whole` names what 100 % is ("hele budgettet"). A plain number above 1 is refused rather than guessed at: "1,5" may
 * mean 1,5 % or 150 %, and only the user knows, so the message shows both ways to write it.
 */
export function readRate(text: string, what: Text, whole?: Text): number {
  const typed = text.trim();
  if (typed === "")
    throw new MissingInput({
      da: `${what.da}: skriv satsen, fx 1,5 % eller 0,015.`,
      en: `${what.en}: type the rate, e.g. 1.5 % or 0.015.`,
    });
  const rate = parseNumberText(typed);
  if (rate === undefined)
    throw new UserError({
      da: `${what.da}: "${typed}" er ikke en sats. Skriv fx 1,5 % eller 0,015.`,
      en: `${what.en}: "${typed}" is not a rate. Type e.g. 1.5 % or 0.015.`,
    });
  if (rate > 1 && /%$/.test(typed))
    // Typed as a percentage, so there is no other reading to offer: say why it cannot be a rate.
    throw new UserError({
      da: `${what.da}: ${typed} er mere end ${whole ? `${whole.da} (100 %)` : "100 %"}. Skriv en sats fra 0 til 100 %, fx 1,5 %.`,
      en: `${what.en}: ${typed} is more than ${whole ? `${whole.en} (100 %)` : "100 %"}. Type a rate from 0 to 100 %, e.g. 1.5 %.`,
    });
  if (rate > 1) {
    // Shifting the decimal exponent keeps 1,5 exactly 150 and 0,015 (no binary × 100).
    const { coef, exp } = decimalOf(rate);
    const hundredfold = formatDanish({ coef, exp: exp + 2 });
    const typedNumber = formatDanish({ coef, exp });
    const fraction = formatDanish({ coef, exp: exp - 2 });
    throw new UserError({
      da: `${what.da}: ${typed} betyder ${hundredfold} %. Mener du ${typedNumber} %, så skriv ${typedNumber} % eller ${fraction}.`,
      en: `${what.en}: ${typed} means ${en(hundredfold)} %. If you mean ${en(typedNumber)} %, type ${en(typedNumber)} % or ${en(fraction)}.`,
    });
  }
  if (rate < 0)
    throw new UserError({
      da: `${what.da}: ${typed} er negativ. En sats er 0 eller mere, fx 1,5 %.`,
      en: `${what.en}: ${typed} is negative. A rate is 0 or more, e.g. 1.5 %.`,
    });
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
