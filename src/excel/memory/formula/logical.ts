/**
 * Excel's own IF, IFERROR, ISBLANK, COUNT, NA and SUMIFS, for sheets the follow-up wizard writes so
 * that they keep working without the add-in. "" is an empty cell here, as everywhere in the evaluator;
 * the text "" a formula gives is EMPTY_TEXT, which Excel tells apart from an empty cell.
 */
import { exactSum } from "../../../core";
import type { WorksheetFunction } from "./evaluate";
import {
  asMatrix,
  compareText,
  EmptyText,
  FormulaError,
  isMatrix,
  orderHolds,
  toNumber,
  type ComparisonOp,
  type Scalar,
  type Value,
} from "./values";

function scalar(arg: Value | undefined): Scalar {
  if (arg === undefined) return "";
  return isMatrix(arg) ? (arg[0]?.[0] ?? "") : arg;
}

function truth(value: Scalar): boolean | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === "boolean") return value;
  const n = toNumber(value);
  return n instanceof FormulaError ? n : n !== 0;
}

/** Both branches arrive evaluated; only the chosen one is returned, so an error in the other does not leak. */
const ifFunction: WorksheetFunction = (args) => {
  const condition = truth(scalar(args[0]));
  if (condition instanceof FormulaError) return condition;
  return condition ? (args[1] ?? true) : (args[2] ?? false);
};

/** Cell by cell over an array, as Excel's IFERROR does (A2/0 arrives as a 1×1 array). */
const ifError: WorksheetFunction = (args) => {
  const value = args[0] ?? "";
  const fallback = scalar(args[1]);
  if (!isMatrix(value)) return value instanceof FormulaError ? fallback : value;
  return value.map((row) => row.map((cell) => (cell instanceof FormulaError ? fallback : cell)));
};

const isBlankFunction: WorksheetFunction = (args) => scalar(args[0]) === "";

const count: WorksheetFunction = (args) => {
  let n = 0;
  for (const arg of args)
    if (arg !== undefined) for (const row of asMatrix(arg)) for (const cell of row) if (typeof cell === "number") n++;
  return n;
};

/** Every cell that is not empty: numbers, text (also "" from a formula), truth values and errors. */
const countA: WorksheetFunction = (args) => {
  let n = 0;
  for (const arg of args)
    if (arg !== undefined) for (const row of asMatrix(arg)) for (const cell of row) if (cell !== "") n++;
  return n;
};

const notAvailable: WorksheetFunction = () => new FormulaError("#N/A");

/** A SUMIFS criterion as Excel reads it: "<>" any non-blank cell, "" a blank one, ">=0,5" compared, else equal. */
function criterion(text: Scalar): (cell: Scalar) => boolean {
  const raw = typeof text === "string" ? text : String(text);
  const match = /^(<>|>=|<=|=|<|>)?(.*)$/.exec(raw) as RegExpExecArray;
  const op = (match[1] ?? "=") as ComparisonOp;
  const operand = match[2] ?? "";
  // As Excel: "<>" matches every cell not empty (the text "" from a formula too), "=" only empty
  // cells, and "" both empty cells and the text "".
  if (operand === "") {
    if (op === "<>") return (cell) => cell !== "";
    if (match[1] === "=") return (cell) => cell === "";
    return (cell) => cell === "" || cell instanceof EmptyText;
  }
  const number = typeof text === "number" ? text : Number(operand.replace(",", "."));
  const numeric = operand.trim() !== "" && Number.isFinite(number);
  return (cell) => {
    if (cell instanceof FormulaError) return false;
    let order: number | undefined;
    if (numeric && typeof cell === "number") order = cell - number;
    else if (!numeric && typeof cell === "string" && cell !== "") order = compareText(cell, operand);
    return order === undefined ? op === "<>" : orderHolds(op, order);
  };
}

/** SUMIFS(sum_range, criteria_range1, criterion1, ...): the ranges must have one shape. */
const sumIfs: WorksheetFunction = (args) => {
  const sums = asMatrix(args[0] ?? "");
  const tests: { range: Scalar[][]; test: (cell: Scalar) => boolean }[] = [];
  for (let a = 1; a + 1 < args.length; a += 2) {
    const range = asMatrix(args[a] ?? "");
    if (range.length !== sums.length || (range[0]?.length ?? 0) !== (sums[0]?.length ?? 0))
      return new FormulaError("#VALUE!", "SUMIFS: the ranges differ in size");
    tests.push({ range, test: criterion(scalar(args[a + 1])) });
  }
  const picked: number[] = [];
  for (let r = 0; r < sums.length; r++)
    for (let c = 0; c < (sums[r]?.length ?? 0); c++) {
      const cell = sums[r]?.[c] ?? "";
      if (!tests.every((t) => t.test(t.range[r]?.[c] ?? ""))) continue;
      if (cell instanceof FormulaError) return cell;
      if (typeof cell === "number") picked.push(cell);
    }
  return exactSum(picked);
};

/** English names and the Danish ones a Danish Excel shows. */
export const logicalFunctions: Readonly<Record<string, WorksheetFunction>> = {
  IF: ifFunction,
  HVIS: ifFunction,
  IFERROR: ifError,
  "HVIS.FEJL": ifError,
  ISBLANK: isBlankFunction,
  "ER.TOM": isBlankFunction,
  COUNT: count,
  TÆL: count,
  COUNTA: countA,
  TÆLV: countA,
  NA: notAvailable,
  "IKKE.TILGÆNGELIG": notAvailable,
  SUMIFS: sumIfs,
  "SUM.HVISER": sumIfs,
};
