import { danishName, FUNCTION_IDS } from "../../functions/registry";

/**
 * Office.js `range.formulas` takes formulas in Excel's invariant (English) language whatever the
 * user's Excel speaks; only `formulasLocal` takes the local names. The wizards write
 * `BUDGET.FORDEL(…)` in a Danish pane so the in-memory workbook shows what Danish Excel would show,
 * so the Office.js adapter turns the Danish BUDGET names back into their ids before writing.
 */
const idByDanishName = new Map<string, string>(FUNCTION_IDS.map((id) => [danishName(id).toUpperCase(), id]));

/** The formula with every Danish BUDGET function name replaced by its English id; text literals untouched. */
export function invariantFormula(formula: string): string {
  if (!formula.startsWith("=")) return formula;
  // Split on string literals ("…", with "" as an escaped quote) so a name inside a text stays as typed.
  return formula
    .split(/("(?:[^"]|"")*")/u)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece.replace(/\bBUDGET\.([\p{L}\p{N}_.]+?)(?=\s*\()/giu, (whole, name: string) => {
            const id = idByDanishName.get(name.toUpperCase());
            return id === undefined ? whole : `BUDGET.${id}`;
          }),
    )
    .join("");
}

/** A block of cells as Office.js `formulas` wants them: numbers and blanks as they are. */
export function invariantFormulas(cells: readonly (readonly unknown[])[]): unknown[][] {
  return cells.map((row) => row.map((cell) => (typeof cell === "string" ? invariantFormula(cell) : cell)));
}
