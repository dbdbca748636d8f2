/**
 * Excel's TRIM, EXACT and SUMPRODUCT, for the negotiation sheet: its statuses count when TRIM(cell)
 * is the word, and its departments are found with EXACT (a name is never read as a SUMIFS criterion).
 */
import { exactSum } from "../../../core";
import type { WorksheetFunction } from "./evaluate";
import { asMatrix, FormulaError, isMatrix, textResult, type Scalar, type Value } from "./values";

function textOf(value: Scalar): string | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function cellwise(value: Value | undefined, fn: (v: Scalar) => Scalar): Value {
  const v = value ?? "";
  return isMatrix(v) ? v.map((row) => row.map(fn)) : fn(v);
}

/** Spaces (U+0020 only) off both ends and runs inside made one, as Excel's TRIM. */
const trim: WorksheetFunction = (args) =>
  cellwise(args[0], (v) => {
    const t = textOf(v);
    return t instanceof FormulaError ? t : textResult(t.replace(/^ +| +$/g, "").replace(/ {2,}/g, " "));
  });

/** Case and every character counted; a range against a cell compares cell by cell. */
const exact: WorksheetFunction = (args) => {
  const right = args[1] ?? "";
  const single = isMatrix(right) ? (right[0]?.[0] ?? "") : right;
  return cellwise(args[0], (v) => {
    const a = textOf(v);
    const b = textOf(single);
    if (a instanceof FormulaError) return a;
    if (b instanceof FormulaError) return b;
    return a === b;
  });
};

/** The sum of the products of same-shaped arrays; logical values and text count as 0, as in Excel. */
const sumProduct: WorksheetFunction = (args) => {
  const arrays = args.map((a) => asMatrix(a ?? ""));
  const first = arrays[0] ?? [[""]];
  for (const a of arrays)
    if (a.length !== first.length || (a[0]?.length ?? 0) !== (first[0]?.length ?? 0))
      return new FormulaError("#VALUE!", "SUMPRODUCT: the arrays differ in size");
  const products: number[] = [];
  for (let r = 0; r < first.length; r++)
    for (let c = 0; c < (first[r]?.length ?? 0); c++) {
      let product = 1;
      for (const a of arrays) {
        const v = a[r]?.[c] ?? "";
        if (v instanceof FormulaError) return v;
        product *= typeof v === "number" ? v : 0;
      }
      products.push(product);
    }
  return exactSum(products);
};

/** English names and the Danish ones a Danish Excel shows. */
export const textFunctions: Readonly<Record<string, WorksheetFunction>> = {
  TRIM: trim,
  "FJERN.OVERFLØDIGE.BLANKE": trim,
  EXACT: exact,
  EKSAKT: exact,
  SUMPRODUCT: sumProduct,
  SUMPRODUKT: sumProduct,
};
