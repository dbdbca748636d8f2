/** Values inside the in-memory formula evaluator. */

export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NAME?" | "#REF!" | "#SPILL!" | "#NUM!";

/** An Excel error value; the message is what a custom function attached to it, or why the formula failed. */
export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly message = "",
  ) {}

  toString(): string {
    return this.code;
  }
}

/** "" is an empty cell. */
export type Scalar = number | string | boolean | FormulaError;
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

export function isMatrix(value: Value): value is Matrix {
  return Array.isArray(value);
}

export function asMatrix(value: Value): Matrix {
  return isMatrix(value) ? value : [[value]];
}

/** The first error in a value, if any: Excel functions pass errors in their arguments on. */
export function firstError(value: Value | undefined): FormulaError | undefined {
  if (value instanceof FormulaError) return value;
  if (value === undefined || !isMatrix(value)) return undefined;
  for (const row of value) for (const cell of row) if (cell instanceof FormulaError) return cell;
  return undefined;
}

/** A scalar as a number for arithmetic: empty is 0, text that is a number is read, else #VALUE!. */
export function toNumber(value: Scalar): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value.trim() === "") return 0;
  const number = Number(value);
  return Number.isFinite(number) ? number : new FormulaError("#VALUE!", `"${value}" is not a number`);
}

/**
 * Text as Excel compares it: case and accents aside, in Danish order. One collator for all: making
 * one per comparison (as localeCompare with options does) cost seconds on a sheet of SUMIFS.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator("da", { sensitivity: "base" }).compare;

export type ComparisonOp = "=" | "<>" | "<" | ">" | "<=" | ">=";

/** Whether a comparison `op` holds for two values whose order is `order` (<0 below, 0 equal, >0 above). */
export function orderHolds(op: ComparisonOp, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case ">=":
      return order >= 0;
  }
}
