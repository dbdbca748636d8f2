import type { RangeRef } from "../../../sheet/address";
import type { Node, BinaryOp } from "./parse";
import {
  asMatrix,
  compareText,
  EMPTY_TEXT,
  EmptyText,
  FormulaError,
  isMatrix,
  orderHolds,
  textResult,
  toNumber,
  type ComparisonOp,
  type Matrix,
  type Scalar,
  type Value,
} from "./values";

/** What the evaluator needs from the workbook. */
export interface EvaluationContext {
  /** Calculated values of a range; a range without a sheet is on the formula's own sheet. */
  readRange(range: RangeRef): Matrix;
  /** The range a defined name or table refers to. */
  resolveName(name: string): RangeRef | undefined;
  /** A worksheet function by its upper-case name, without any namespace stripped. */
  lookupFunction(name: string): WorksheetFunction | undefined;
}

/** Arguments arrive evaluated; an omitted optional argument is undefined. */
export type WorksheetFunction = (args: (Value | undefined)[]) => Value;

export function evaluate(node: Node, context: EvaluationContext): Value {
  switch (node.kind) {
    case "number":
    case "boolean":
      return node.value;
    case "string":
      // "" typed in a formula is text, not an empty cell (ISBLANK(""), ""+1 and COUNTA tell them apart).
      return node.value === "" ? EMPTY_TEXT : node.value;
    case "range":
      return context.readRange(node.range);
    case "name": {
      const range = context.resolveName(node.name);
      return range ? context.readRange(range) : new FormulaError("#NAME?", `unknown name ${node.name}`);
    }
    case "array":
      return node.rows.map((row) => row.map((cell) => scalarOf(evaluate(cell, context))));
    case "call": {
      const fn = context.lookupFunction(node.name);
      if (!fn) return new FormulaError("#NAME?", `unknown function ${node.name}`);
      return fn(node.args.map((arg) => (arg === null ? undefined : evaluate(arg, context))));
    }
    case "unary":
      return map(evaluate(node.arg, context), (v) => {
        const n = toNumber(v);
        return n instanceof FormulaError ? n : node.op === "-" ? -n : n;
      });
    case "percent":
      return map(evaluate(node.arg, context), (v) => {
        const n = toNumber(v);
        return n instanceof FormulaError ? n : n / 100;
      });
    case "binary":
      return combine(evaluate(node.left, context), evaluate(node.right, context), (a, b) => binary(node.op, a, b));
  }
}

/**
 * A formula's value as its cell holds it. A reference to an empty cell is 0 there, as in Excel
 * (=A1 on an empty A1 shows 0, and so do the empty cells of a spilled =A1:A3), while text stays text:
 * "" from a formula (=IF(…;"")) or from text operations (=A1&"", =TRIM(A1)) is EMPTY_TEXT, not an
 * empty cell, so only an empty cell's "" reaches this point.
 */
export function evaluateFormula(node: Node, context: EvaluationContext): Value {
  const value = evaluate(node, context);
  if (!isMatrix(value)) return value === "" ? 0 : value;
  // Copied only where an empty cell shows: a range read may be a cached result, and a function's spill is large.
  if (!value.some((row) => row.some((v) => v === ""))) return value;
  return value.map((row) => row.map((v) => (v === "" ? 0 : v)));
}

function scalarOf(value: Value): Scalar {
  return isMatrix(value) ? (value[0]?.[0] ?? "") : value;
}

function map(value: Value, fn: (v: Scalar) => Scalar): Value {
  return isMatrix(value) ? value.map((row) => row.map(fn)) : fn(value);
}

/** Element-wise, with a 1×1 side stretched over the other, as Excel's array arithmetic does. */
function combine(left: Value, right: Value, fn: (a: Scalar, b: Scalar) => Scalar): Value {
  if (!isMatrix(left) && !isMatrix(right)) return fn(left, right);
  const a = asMatrix(left);
  const b = asMatrix(right);
  const rows = Math.max(a.length, b.length);
  const columns = Math.max(a[0]?.length ?? 0, b[0]?.length ?? 0);
  const pick = (m: Matrix, r: number, c: number): Scalar => {
    const row = m.length === 1 ? m[0] : m[r];
    const cell = row?.length === 1 ? row[0] : row?.[c];
    return cell ?? new FormulaError("#N/A", "the ranges differ in size");
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => fn(pick(a, r, c), pick(b, r, c))),
  );
}

function binary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === "&") return textResult(`${String(a)}${String(b)}`);
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") return compare(op, a, b);
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    case "^": {
      const power = x ** y;
      return Number.isFinite(power) ? power : new FormulaError("#NUM!");
    }
  }
}

/** Excel sorts numbers before text, and text before FALSE before TRUE. */
const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

type Plain = Exclude<Scalar, FormulaError>;
type Shown = Exclude<Plain, EmptyText>;

/** An empty cell compares as 0 with a number and as FALSE with a logical value, as in Excel. */
function blankAs(value: Shown, other: Shown): Shown {
  if (value !== "") return value;
  if (typeof other === "number") return 0;
  if (typeof other === "boolean") return false;
  return value;
}

function compare(op: ComparisonOp, leftValue: Plain, rightValue: Plain): boolean {
  // The text "" compares as text; only an empty cell takes the other side's type.
  const left = leftValue instanceof EmptyText ? "" : leftValue;
  const right = rightValue instanceof EmptyText ? "" : rightValue;
  const a = blankAs(left, right);
  const b = blankAs(right, left);
  const ta = typeof a as keyof typeof TYPE_RANK;
  const tb = typeof b as keyof typeof TYPE_RANK;
  const order =
    ta !== tb
      ? TYPE_RANK[ta] - TYPE_RANK[tb]
      : ta === "string"
        ? compareText(a as string, b as string)
        : Number(a) - Number(b);
  return orderHolds(op, order);
}
