import { decimalOf, decimalToNumber } from "../core";

/** x × 10^places, exactly in decimal terms: 0.284 shifted by 2 is 28.4, not 28.399999999999995. */
export function shiftDecimal(x: number, places: number): number {
  const d = decimalOf(x);
  return decimalToNumber({ coef: d.coef, exp: d.exp + places });
}

/** Numbers as a Danish reader expects them in messages: "1.234,5", "28,4 %". */
export function danishNumber(value: number, decimals?: number): string {
  return value.toLocaleString("da-DK", {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 10,
    useGrouping: true,
  });
}

export function danishPercent(fraction: number): string {
  return `${danishNumber(shiftDecimal(fraction, 2))} %`;
}

/** Excel number format for amounts with the given decimals; zero shows as blank in empty rows. */
export function amountFormat(decimals: number, blankZero = false): string {
  const body = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return blankZero ? `${body};-${body};""` : `${body};-${body}`;
}

/** Ends a sentence with a full stop unless it ends with one already ("mio. kr."). */
export function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}
