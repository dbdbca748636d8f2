/** The few Excel worksheet functions the playground needs besides the BUDGET ones. */
import { exactSum, roundHalfAway } from "../../../core";
import { largest, smallest } from "../../../sheet/extremes";
import type { WorksheetFunction } from "./evaluate";
import { logicalFunctions } from "./logical";
import { textFunctions } from "./textFunctions";
import { FormulaError, isMatrix, toNumber, type Value } from "./values";

/** Numbers of the arguments as SUM takes them: in ranges only numbers count, typed scalars are converted. */
function numbersOf(args: (Value | undefined)[]): number[] | FormulaError {
  const numbers: number[] = [];
  for (const arg of args) {
    if (arg === undefined) continue;
    if (isMatrix(arg)) {
      for (const row of arg)
        for (const cell of row) {
          if (cell instanceof FormulaError) return cell;
          if (typeof cell === "number") numbers.push(cell);
        }
    } else {
      const n = toNumber(arg);
      if (n instanceof FormulaError) return n;
      numbers.push(n);
    }
  }
  return numbers;
}

function scalarNumber(arg: Value | undefined, fallback?: number): number | FormulaError {
  if (arg === undefined) return fallback ?? new FormulaError("#VALUE!", "an argument is missing");
  if (isMatrix(arg)) {
    if (arg.length !== 1 || arg[0]?.length !== 1) return new FormulaError("#VALUE!", "a single cell is expected");
    return toNumber(arg[0][0] ?? "");
  }
  return toNumber(arg);
}

const sum: WorksheetFunction = (args) => {
  const numbers = numbersOf(args);
  // Summed as decimals: the playground shows 0,3 where the parts are 0,1 and 0,2, as Excel prints it.
  return numbers instanceof FormulaError ? numbers : exactSum(numbers);
};

const round: WorksheetFunction = (args) => {
  const x = scalarNumber(args[0]);
  const digits = scalarNumber(args[1], 0);
  if (x instanceof FormulaError) return x;
  if (digits instanceof FormulaError) return digits;
  return roundHalfAway(x, Math.trunc(digits));
};

function extreme(pick: (numbers: number[]) => number): WorksheetFunction {
  return (args) => {
    const numbers = numbersOf(args);
    if (numbers instanceof FormulaError) return numbers;
    return numbers.length === 0 ? 0 : pick(numbers);
  };
}

const abs: WorksheetFunction = (args) => {
  const x = scalarNumber(args[0]);
  return x instanceof FormulaError ? x : Math.abs(x);
};

export const builtins: Readonly<Record<string, WorksheetFunction>> = {
  SUM: sum,
  ROUND: round,
  // Danish Excel's name for ROUND (SUM, MIN, MAX and ABS are the same in Danish), as a Dane types it.
  AFRUND: round,
  MIN: extreme((n) => smallest(n)),
  MAX: extreme((n) => largest(n)),
  ABS: abs,
  // Excel takes TRUE and TRUE() alike (the parser reads the bare words).
  TRUE: () => true,
  FALSE: () => false,
  ...logicalFunctions,
  ...textFunctions,
};
