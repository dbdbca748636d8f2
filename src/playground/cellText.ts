/** How the playground grid prints a cell: its value in the cell's number format, the Danish way. */
import { FormulaError, type ShownScalar } from "../excel/memory/formula/values";
import { formatNumber, formatPercent } from "../taskpane/logic/numbers";

/** Places after the decimal mark in a format such as "#,##0.0" or "0.00%". */
function placesOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? (match[1] as string).length : 0;
}

function general(value: number): string {
  // General shows up to ten significant digits, without grouping.
  const text = String(Number(value.toPrecision(10)));
  return text.includes("e") ? text : text.replace(".", ",");
}

export function cellText(value: ShownScalar, format: string): string {
  if (value instanceof FormulaError) return value.code;
  if (typeof value === "boolean") return value ? "SAND" : "FALSK";
  if (typeof value === "string") return value;
  // The space before the sign is the format's own: "0.0 %" prints 90,0 %, "0.0%" prints 90,0%.
  if (format.endsWith("%")) {
    const text = formatPercent(value, placesOf(format), "da");
    return format.endsWith(" %") ? text : text.replace(" %", "%");
  }
  if (format.includes("#,##0") || /^0(\.0+)?$/.test(format)) {
    const text = formatNumber(value, placesOf(format), "da");
    return format.includes("#,##0") ? text : text.replace(/\./g, "");
  }
  return general(value);
}
