import { decimalOf, decimalToNumber } from "../core";
import { formatNumber } from "../text/number";

export { amountFormat } from "../text/number";

/** x × 10^places, exactly in decimal terms: 0.284 shifted by 2 is 28.4, not 28.399999999999995. */
export function shiftDecimal(x: number, places: number): number {
  const d = decimalOf(x);
  return decimalToNumber({ coef: d.coef, exp: d.exp + places });
}

/**
 * Numbers as a Danish reader expects them in messages: "1.234,5", "28,4 %"; with `decimals`
 * exactly that many places, without them at most 10 and no trailing zeros.
 */
export function danishNumber(value: number, decimals?: number): string {
  return decimals === undefined ? formatNumber(value, 10, "da", true) : formatNumber(value, decimals, "da");
}

export function danishPercent(fraction: number): string {
  return `${danishNumber(shiftDecimal(fraction, 2))} %`;
}

/** Ends a sentence with a full stop unless it ends with one already ("mio. kr."). */
export function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}
