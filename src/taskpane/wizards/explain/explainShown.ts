/**
 * The core's exact numbers as the explanation sentences show them (src/text/explanations.ts): a
 * decimal as it is, whole units at the result's decimals, and a fraction cut after six more places
 * with "…" where it goes on (1 / 3 of 2 is no decimal).
 */
import { type Decimal, intOf } from "../../../core/decimal";
import { showRatio, type Ratio } from "../../../core/ratio";
import { explanationIn, type ExplanationMessage, type Shown } from "../../../text/explanations";
import type { Language } from "../contract";

export const decimal = (value: Decimal): Shown => ({ value });

/** Whole units of 10^-decimals, with their decimals shown as the printed cell has them (5,0). */
export const units = (count: number, decimals: number): Shown => ({
  value: { coef: intOf(count), exp: -decimals },
  places: Math.max(0, decimals),
});

/** A fraction of units as an amount. */
export function amount(r: Ratio, decimals: number): Shown {
  const { value, exact } = showRatio(r, 6);
  return { value: { coef: value.coef, exp: value.exp - decimals }, cut: !exact };
}

/** A fraction as a percentage (the " %" is the sentence's). */
export function percent(r: Ratio): Shown {
  const { value, exact } = showRatio(r, 6);
  return { value: { coef: value.coef, exp: value.exp + 2 }, cut: !exact };
}

/** A decimal fraction (a rate of 0,03) as a percentage. */
export const percentOf = (d: Decimal): Shown => ({ value: { coef: d.coef, exp: d.exp + 2 } });

/** The sentences of a list of messages. */
export const render = (messages: readonly ExplanationMessage[], l: Language): string[] =>
  messages.map((m) => explanationIn(m, l));
