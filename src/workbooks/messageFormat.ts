import { formatNumber } from "../text/number";

export { amountFormat } from "../text/number";

/**
 * Numbers as a Danish reader expects them in messages: "1.234,5", "28,4 %"; with `decimals`
 * exactly that many places, without them at most 10 and no trailing zeros.
 */
export function danishNumber(value: number, decimals?: number): string {
  return decimals === undefined ? formatNumber(value, 10, "da", true) : formatNumber(value, decimals, "da");
}

/** Ends a sentence with a full stop unless it ends with one already ("mio. kr."). */
export function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}
