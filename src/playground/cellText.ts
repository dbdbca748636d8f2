/** How the playground grid prints a cell: its value in the cell's number format, as Excel in the pane's language does. */
import { FormulaError, type ShownScalar } from "../excel/memory/formula/values";
import { formatNumber, formatPercent } from "../taskpane/logic/numbers";
import type { Language } from "../text/language";
import { errorText, playgroundWords as w } from "./playgroundWords";

/** Places after the decimal mark in a format such as "#,##0.0" or "0.00%". */
function placesOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? (match[1] as string).length : 0;
}

function general(value: number, language: Language): string {
  // General shows up to ten significant digits, without grouping.
  const text = String(Number(value.toPrecision(10)));
  return text.includes("e") || language === "en" ? text : text.replace(".", ",");
}

export function cellText(value: ShownScalar, format: string, language: Language = "da"): string {
  if (value instanceof FormulaError) return errorText(value.code, language);
  if (typeof value === "boolean") return (value ? w.true : w.false)[language];
  if (typeof value === "string") return value;
  // The space before the sign is the format's own: "0.0 %" prints 90,0 %, "0.0%" prints 90,0%.
  if (format.endsWith("%")) {
    const bare = formatPercent(value, placesOf(format), language).replace(/ ?%$/, "");
    return format.endsWith(" %") ? `${bare} %` : `${bare}%`;
  }
  if (format.includes("#,##0") || /^0(\.0+)?$/.test(format)) {
    const text = formatNumber(value, placesOf(format), language);
    // "0.0" has no thousands separator: take out the one formatNumber put in.
    return format.includes("#,##0") ? text : text.replace(language === "da" ? /\./g : /,/g, "");
  }
  return general(value, language);
}
