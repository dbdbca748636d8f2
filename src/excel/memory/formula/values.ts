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

/**
 * The text "" a formula returned, as read from its cell. Excel shows it as it shows an empty cell,
 * but tells the two apart: ISBLANK is FALSE for it, COUNTA counts it, SUMIFS "<>" matches it, and
 * arithmetic on it is #VALUE!. Only ranges read from cells carry it; a cell's value is "" again.
 */
export class EmptyText {
  /** A class of its own to TypeScript, which would otherwise take any string for one. */
  readonly kind = "emptyText";

  toString(): string {
    return "";
  }
}
export const EMPTY_TEXT = new EmptyText();

/** Text a formula computed: "" is the text "", which Excel tells apart from an empty cell. */
export function textResult(text: string): string | EmptyText {
  return text === "" ? EMPTY_TEXT : text;
}

/** "" is an empty cell (or, in a formula, the text ""). */
export type Scalar = number | string | boolean | FormulaError | EmptyText;

/** A value as a cell shows it and the hosts read it: the text "" is "" again. */
export type ShownScalar = Exclude<Scalar, EmptyText>;
export function shown(value: Scalar): ShownScalar {
  return value instanceof EmptyText ? "" : value;
}
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
  if (value instanceof EmptyText) return new FormulaError("#VALUE!", 'the cell holds the text "" from its formula');
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
