/** The allocation preview: the core's distribute over what was read, with a check per year. */
import { checkSum, distribute, exactSum, InputError, keyFromBase, roundHalfAway } from "../../../core";
import { allocationText } from "./allocationText";
import { parseNumberText } from "../../../core";
import { inputErrorCode, renderInputError } from "../../../text/inputErrors";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { AllocationInput, HoldInput } from "./allocationModel";
import type { AllocationSources } from "./allocationSources";
import { numberedYears } from "../../logic/yearHeadings";

export interface AllocationPreview {
  departments: string[];
  /** Each department's share of the key, as a fraction (0,1 % precision), for display. */
  keyShares: number[];
  yearHeadings: string[];
  /** Departments × years, rounded, each year adding up exactly. */
  parts: number[][];
  /** Each year's total rounded to the decimals: what the parts must add up to. */
  roundedTotals: number[];
  /** Each year's parts summed exactly. */
  columnSums: number[];
  /** Per year: the parts add up to the rounded total (checked with the core's checkSum). */
  addsUp: boolean[];
  /** Per department: the hold used (null = spread by the key). */
  holds: (number | null)[];
  warnings: Text[];
}

/** The holds as the core takes them: a number fixes the part, null leaves it to the key. */
export function readHolds(holds: readonly HoldInput[], departments: readonly string[]): (number | null)[] {
  return departments.map((name, i) => {
    const hold = holds[i] ?? { kind: "free" };
    if (hold.kind === "free") return null;
    if (hold.kind === "excluded") return 0;
    const amount = parseNumberText(hold.amount);
    if (amount === undefined) throw new UserError(allocationText.heldAmountNotNumber(name, hold));
    return amount;
  });
}

/** Mends the core's errors for the wizard: the same rule, said in the user's words. */
function explain(error: unknown): unknown {
  if (!(error instanceof InputError)) return error;
  const code = inputErrorCode(error);
  if (code === "holdsBeyondTotal") return new UserError(allocationText.heldAmountsExceedTotal(error));
  if (code === "nothingToSpread") return new UserError(allocationText.everyDepartmentThatNot);
  return new UserError({ da: renderInputError(error, "da"), en: error.message });
}

export function planAllocation(sources: AllocationSources, input: AllocationInput): AllocationPreview {
  const decimals = input.decimals;
  const holds = readHolds(input.holds, sources.departments);
  const anyHeld = holds.some((h) => h !== null);
  let parts: number[][];
  let keyShares: number[];
  try {
    parts = distribute({
      totals: sources.totals,
      weights: sources.weights,
      decimals,
      holds: anyHeld ? holds.map((h) => [h]) : undefined,
    });
    keyShares = sources.weights.every((w) => w === 0) ? sources.weights.map(() => 0) : keyFromBase(sources.weights, 3);
  } catch (error) {
    throw explain(error);
  }
  const years = sources.totals.length;
  const roundedTotals = sources.totals.map((t) => roundHalfAway(t, decimals));
  const columns = Array.from({ length: years }, (_, y) => parts.map((row) => row[y] as number));
  return {
    departments: sources.departments,
    keyShares,
    yearHeadings: numberedYears(input.firstYear, years),
    parts,
    roundedTotals,
    columnSums: columns.map((column) => exactSum(column)),
    addsUp: columns.map((column, y) => checkSum(column, roundedTotals[y] as number, decimals) === 0),
    holds,
    warnings: [],
  };
}
