/**
 * IF and SUMIFS as the negotiation sheet uses them (a status column and a department column), so the
 * playground and the jest tests calculate that sheet as Excel does. SUMIFS takes a criterion as plain
 * equality or with a leading comparison ("<>Forkastet", ">0"); wildcards are not supported.
 */
import { exactSum } from "../../../core";
import type { WorksheetFunction } from "./evaluate";
import { asMatrix, FormulaError, isMatrix, toNumber, type Scalar, type Value } from "./values";

function scalar(value: Value | undefined): Scalar {
  if (value === undefined) return "";
  if (!isMatrix(value)) return value;
  return value.length === 1 && value[0]?.length === 1 ? (value[0][0] ?? "") : new FormulaError("#VALUE!");
}

function truthy(value: Scalar): boolean | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === "") return false;
  const upper = value.trim().toUpperCase();
  if (upper === "TRUE" || upper === "SAND") return true;
  if (upper === "FALSE" || upper === "FALSK") return false;
  return new FormulaError("#VALUE!", `"${value}" is not TRUE or FALSE`);
}

export const ifFunction: WorksheetFunction = (args) => {
  const condition = truthy(scalar(args[0]));
  if (condition instanceof FormulaError) return condition;
  if (condition) return args[1] ?? true;
  return args[2] ?? false;
};

type Test = (cell: Scalar) => boolean;

const COMPARISONS = ["<>", "<=", ">=", "=", "<", ">"] as const;

/** A SUMIFS criterion as a test of one cell: text compares without regard to case, as Excel does. */
function criterion(value: Scalar): Test {
  let op: (typeof COMPARISONS)[number] = "=";
  let operand: Scalar = value;
  if (typeof value === "string") {
    const found = COMPARISONS.find((o) => value.startsWith(o));
    if (found) {
      op = found;
      operand = value.slice(found.length);
    }
  }
  const converted = typeof operand === "number" ? operand : operand === "" ? undefined : toNumber(operand);
  const asNumber = typeof converted === "number" ? converted : undefined;
  const numeric = asNumber !== undefined;
  const text = String(operand).toLocaleLowerCase("da");
  return (cell) => {
    let order: number | undefined;
    if (numeric && typeof cell === "number") order = cell - asNumber;
    else if (!numeric && typeof cell === "string") order = cell.toLocaleLowerCase("da").localeCompare(text, "da");
    else if (!numeric && cell === "" && text === "") order = 0;
    if (order === undefined) return op === "<>";
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
      default:
        return order >= 0;
    }
  };
}

export const sumifs: WorksheetFunction = (args) => {
  const sums = asMatrix(args[0] ?? "");
  if (args.length < 3 || args.length % 2 === 0)
    return new FormulaError("#VALUE!", "SUMIFS takes a sum range and pairs of range and criterion");
  const tests: { cells: Scalar[][]; test: Test }[] = [];
  for (let i = 1; i < args.length; i += 2) {
    const cells = asMatrix(args[i] ?? "");
    if (cells.length !== sums.length || cells[0]?.length !== sums[0]?.length)
      return new FormulaError("#VALUE!", "the criteria ranges must have the sum range's size");
    const value = scalar(args[i + 1]);
    if (value instanceof FormulaError) return value;
    tests.push({ cells, test: criterion(value) });
  }
  const picked: number[] = [];
  for (let r = 0; r < sums.length; r++)
    for (let c = 0; c < (sums[r]?.length ?? 0); c++) {
      if (!tests.every(({ cells, test }) => test(cells[r]?.[c] ?? ""))) continue;
      const cell = sums[r]?.[c];
      if (cell instanceof FormulaError) return cell;
      if (typeof cell === "number") picked.push(cell);
    }
  return exactSum(picked);
};
