/**
 * The negotiation sheet's column widths, in characters: each column as wide as what it holds in the
 * proposal table and the per-year part (the headings, titles, statuses and figures), so the 2027
 * column is an amount column like the others. The per-department part's headings ("Forlig A:
 * vedtaget 2024") share those columns and do not set their width: a column as wide as them would
 * stand far too wide above a short figure.
 */
import { fittedWidth, printedLength } from "../sheet/columnFit";
import type { CellInput } from "../sheet/types";
import { formatNumber } from "../text/number";

/**
 * Widths for the block's columns. `departmentHeader` is the 0-based row of the per-department part's
 * headings, left out of the rule (its first column, the "Afdeling" heading, counts).
 */
export function negotiationColumnWidths(
  formulas: readonly (readonly CellInput[])[],
  numberFormats: readonly (readonly string[])[],
  decimals: number,
  departmentHeader: number,
): number[] {
  // A formula's figure is a sum of the sheet's amounts (the cells with an amount format, not the
  // year headings): as wide as their sum, the widest there can be.
  let total = 0;
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number" && (numberFormats[r]?.[c] ?? "General") !== "General") total += Math.abs(v);
    }),
  );
  const widestFigure = formatNumber(-total, decimals, "da").length;
  const columns = formulas[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    let widest = 0;
    formulas.forEach((row, r) => {
      if (r === departmentHeader && c > 0) return;
      const input = row[c];
      if (input === undefined || input === "") return;
      widest = Math.max(widest, printedLength(input, decimals, widestFigure));
    });
    return fittedWidth(widest);
  });
}
