/**
 * Every sentence an InputError can carry, in English: the cells show these (FUNCTIONS.md). Each
 * renderer's identity is its message's code (see InputError); the Danish ones are in
 * src/text/inputErrors.ts, outside the functions bundle, and the compiler wants one there for each
 * renderer here. Only renderers are exported from this file, so its exports are the list of codes.
 */
import type { Decimal } from "./decimal";
import { placeText, shownId, type Id, type Place } from "./errors";
import { formatDanish } from "./danishFormat";
import type { Shape } from "./shape";

const f = formatDanish;
const places = (decimals: number): string => `rounded to ${decimals} decimals`;
const excelDigits = "needs more than the 15 digits Excel keeps";
const fewerDigits = `${excelDigits}. Use fewer decimals or state the amounts in 1.000 kr.`;
const beyond = "is beyond ±1,79E+308, the largest number a cell can hold.";
const farSmaller = "always work; budget amounts are far smaller, so check for a typing error.";
const amounts = `Amounts within ±1E+307 ${farSmaller}`;
const budgetAmounts = `Budgets and exemptions within ±1E+300 ${farSmaller}`;
const inYear = (year: number): string => (year ? ` in year ${year}` : "");
const at = (place: Place | undefined): string => (place ? ` in ${placeText(place)}` : "");
const plural = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;
const shape = ({ rows, columns }: Shape): string => `${plural(rows, "row")} × ${plural(columns, "column")}`;
const select = "Select a single";

/** How a cell that is not a usable number is shown in a message. */
function cell(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return "an error value";
}

// Reading cells (src/functions/cells.ts; values in roundTable).
export const notFinite = (value: unknown): string => `is ${cell(value)}, not a usable number. Type a finite number.`;
export const notANumber = (value: unknown): string =>
  `is ${cell(value)}, not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.`;
export const emptyRange = (): string => "is empty. Select at least one cell.";
export const raggedRange = (): string => "has rows of different lengths. Select a rectangular range.";
export const notAVector = (rows: number, columns: number): string =>
  `is ${rows} rows × ${columns} columns. ${select} row or a single column.`;
export const notASingle = (rows: number, columns: number): string =>
  `is a range of ${rows} × ${columns} cells. Give a single number.`;
export const blankNumber = (): string => "is blank. Type a number.";

// The shapes the functions expect (src/functions).
/** Two ranges that must have the same shape; holds may also have one column per year. */
export const shapeMismatch = (
  given: Shape,
  other: "weights" | "budgets" | "gains",
  otherShape: Shape,
  years = 0,
): string =>
  `is ${shape(given)}, but ${other} is ${shape(otherShape)}. ${
    other === "weights"
      ? `Select holds of the same shape as weights${years > 1 ? ` or ${shape({ rows: otherShape.rows, columns: years })} (one column per year)` : ""}, and leave blank the parts that follow the key.`
      : other === "budgets"
        ? "Select exempt amounts of the same shape as budgets, or leave exempt blank."
        : "Select gains and costs of the same shape (programmes × years)."
  }`;
export const totalShape = (given: Shape): string =>
  `is ${shape(given)}. Give one total, or a row of yearly totals (one column per year).`;
export const weightsRow = (years: number): string =>
  `is a row, but total has ${years} yearly totals. Select the weights as a column (one row per part): the result then has one column per year.`;
export const idsEmpty = (): string => "is empty. Select one column, one row per node.";
export const idsShape = (given: Shape): string => `is ${shape(given)}. ${select} column, with one row per node.`;
export const notAnId = (value: unknown): string => `is ${cell(value)}, not an id. Type the id as text or a number.`;
export const noPayback = (periods: number): string =>
  `never add up to 0 or more within these ${periods} periods: the investment does not pay back. Add later years' gains, or check the signs (costs negative, gains positive).`;
export const fullEffectShape = (given: Shape): string =>
  `is ${shape(given)}. Give one number, or a column of full effects (one per programme) with the profile as a row (one share per year).`;
export const targetShape = (given: Shape, years: number): string =>
  `is ${shape(given)}, but identified has ${plural(years, "column")} (years). Give one number, or a row of ${years} yearly targets.`;
export const tooLarge = (rows: number, columns: number): string =>
  `${f(rows * columns)} cells (${f(rows)} rows × ${f(columns)} columns) are more than the 5 MB Excel accepts from one function. Split the range: call the function on fewer rows or fewer years at a time.`;

// Rounding and keys.
export const badDecimals = (decimals: number): string =>
  `is ${f(decimals)}. Use a whole number from -9 to 10: 0 for whole amounts, 1 or 2 for decimals, -3 for thousands.`;
export const tooManyDigits = (x: number, decimals: number): string =>
  `is ${f(x)}; ${places(decimals)} it ${fewerDigits}`;
export const negativeWeight = (weight: number): string =>
  `is ${f(weight)}, a negative weight. A key's weights are 0 or more.`;
export const holdsBeyondTotal = (held: number, year: number, total: number): string =>
  `add up to ${f(held)}${inYear(year)}, beyond the total ${f(total)}. Lower the holds or raise the total.`;
export const leftBeyondDigits = (left: number, year: number, decimals: number): string =>
  `leave ${f(left)} to spread${inYear(year)}, which ${places(decimals)} ${fewerDigits}`;
export const nothingToSpread = (left: number, year: number): string =>
  `every weight that is not held is 0, so nothing can take the ${f(left)} left to spread${inYear(year)}. Give at least one part a weight above 0.`;
export const baseZero = (): string =>
  "is 0 everywhere, so there is nothing to take shares of. Give at least one part a base above 0.";

// FTE, quota, programmes, check.
export const salaryNotPositive = (salary: number): string =>
  `is ${f(salary)}. An average salary is above 0, e.g. 450.000 kr. a year.`;
export const normNotPositive = (norm: number): string =>
  `is ${f(norm)}. The hours in a full-time year are above 0; leave it blank for the Danish norm 1.924.`;
export const fteOverflow = (amount: number, salary: number): string =>
  `amount / averageSalary, ${f(amount)} / ${f(salary)}, ${beyond} Use an average salary of at least 1 kr. a year (e.g. 450.000), with amounts within ±1E+300.`;
export const hoursOverflow = (hours: number, norm: number): string =>
  `hours / normHours, ${f(hours)} / ${f(norm)}, ${beyond} Use a norm of at least 1 hour (the Danish norm is 1.924; leave it blank for that), with hours within ±1E+300.`;
export const rateAsPercent = (typed: Decimal): string =>
  `is ${f(typed)}, which would be ${f({ coef: typed.coef, exp: typed.exp + 2 })} %. If you meant ${f(typed)} %, write it with the % sign or as the fraction ${f({ coef: typed.coef, exp: typed.exp - 2 })}.`;
export const rateNegative = (rate: number): string =>
  `is ${f(rate)}. A savings rate is 0 or more, e.g. 1,5 % or 0,015.`;
export const quotaDigits = (decimals: number): string =>
  `give a total quota that ${excelDigits} at ${decimals} decimals. Use fewer decimals or state the budgets in 1.000 kr.`;
export const basisOverflow = (budget: number, exempt: number, place: Place): string =>
  `budget − exempt, ${f(budget)} − ${f(exempt)},${at(place)} ${beyond} ${budgetAmounts}`;
export const basesOverflow = (): string => `the sum of the bases ${beyond} ${budgetAmounts}`;
export const netOverflow = (gain: number, cost: number, place?: Place): string =>
  `gains + costs, ${f(gain)} + ${f(cost)},${at(place)} ${beyond} ${amounts}`;
export const runningSumOverflow = (place?: Place): string => `the running sum${at(place)} ${beyond} ${amounts}`;
export const phaseOverflow = (fullEffect: number, share: number): string =>
  `fullEffect × share, ${f(fullEffect)} × ${f(share)}, ${beyond} Full effects within ±1E+300 with shares of at most 100 (10.000 %) always work; check for a typing error.`;
export const phaseDigits = (fullEffect: number, decimals: number): string =>
  `is ${f(fullEffect)}; phased in at ${decimals} decimals it ${excelDigits}. Use fewer decimals.`;
export const gapOverflow = (place?: Place): string =>
  `the target minus the identified savings${at(place)} ${beyond} ${amounts}`;
export const checkOverflow = (): string =>
  `the difference between the parts' sum and printedTotal ${beyond} Amounts within ±1E+307 always work; printed budget figures are far smaller, so check for a typing error.`;

// Tables and trees.
/** A table amount too long for Excel: a cell (with its value), a row's or column's total, or the grand total. */
export const tableDigits = (
  decimals: number,
  place: Place | undefined,
  value?: number,
  total?: "row" | "column" | "grand",
): string =>
  `${
    total === "grand"
      ? "the grand total"
      : total
        ? `the total of ${placeText(place as Place)}`
        : place
          ? value === undefined
            ? placeText(place)
            : `${placeText(place)} (${f(value)})`
          : value === undefined
            ? "the value"
            : f(value)
  }, ${places(decimals)}, ${fewerDigits}`;
// ROUNDTABLE's groups (src/core/tableGroups.ts, roundTableGrouped.ts).
export const groupsShape = (given: Shape, rows: number): string =>
  `is ${shape(given)}, but values has ${plural(rows, "row")}. ${select} column beside values, with each row's group label (e.g. its department).`;
export const notALabel = (value: unknown): string =>
  `is ${cell(value)}, not a group label. Type the label as text or a number, or leave the cell blank to keep the group above.`;
export const firstLabelBlank = (): string =>
  "is blank, and there is no group above it to keep. Type the first row's group label.";
export const groupReturns = (ended: number, between: Id): string =>
  `comes back to a group that ended at row ${ended}, after ${shownId(between)}. The rows of a group must stand together: sort the rows by group, or give these rows a label of their own.`;
export const subtotalDigits = (decimals: number, label: Id, column: number): string =>
  `the ${column ? `subtotal in column ${column}` : "total"} of group ${shownId(label)}, ${places(decimals)}, ${fewerDigits}`;
export const nodesEmpty = (): string => "is empty. Select the column of node ids.";
export const lengthMismatch = (name: string, length: number, rows: number): string =>
  `has ${length} rows, but nodes has ${rows}. Select ${name} beside nodes, with one row per node.`;
export const negativeNodeWeight = (weight: number): string =>
  `is ${f(weight)}, a negative weight. A node's weight is 0 or more.`;
export const noIds = (): string => "has no ids: every row is blank. Select the column of node ids.";
export const weightNotLeafSum = (given: number, sum: Decimal): string =>
  `is ${f(given)}, but the leaves below this node weigh ${f(sum)} together. Leave the weight of a node with children blank, or make it the sum of its leaves.`;
export const leavesZero = (below: Place | undefined, amount: number, year: number): string =>
  `every leaf ${below ? `below ${placeText(below)}` : "in the tree"} weighs 0, so nothing can take the ${f(amount)} to spread${inYear(year)}. Give at least one leaf a weight above 0.`;
export const blankNode = (): string =>
  "is blank, but the row has a parent or a weight. Give the node an id, or clear the whole row.";
export const repeatedId = (first: Place): string =>
  `repeats the id of ${placeText(first)}. Every node needs its own id: rename one of them.`;
export const unknownParent = (id: Id): string =>
  `names ${shownId(id)}, which is not an id in nodes. Correct the parent, add that node, or leave the cell blank for a top-level node.`;
/** The rows of a cycle of parents, null for "…" after the first five of a longer one. */
export const parentCycle = (rows: readonly (Place | null)[]): string => {
  const names = rows.map((row) => (row ? placeText(row) : "…"));
  return rows.length === 1
    ? `${names[0]} names itself as its parent. Correct that parent, or leave it blank for a top-level node.`
    : `${names.join(" → ")} → ${names[0]} go round in a cycle (each row's parent is the next), so these nodes lie below themselves. Correct one of these parents so that the chain ends at a top-level node (blank parent).`;
};

// The yearly adjustments: REPRICE and DEMOGRAPHY.
/** A year as typed, without thousands grouping (2024,5, not 2.024,5). */
const yearText = (value: number): string => String(value).replace(".", ",");
export const yearNotWhole = (value: number): string =>
  `is ${yearText(value)}, not a year. Type a whole year such as 2025.`;
export const indexTooSmall = (): string =>
  "needs a heading row (År, then one kind per column, e.g. Løn, Priser) and at least one row of a year with its rates. Select KL's rate table with its headings.";
export const indexYear = (value: unknown): string =>
  `is ${cell(value)}, not a year. The first column of the rate table holds whole years such as 2025.`;
export const indexYearRepeated = (year: number): string =>
  `repeats the year ${year}. Keep one row per year in the rate table.`;
export const indexHeading = (): string =>
  "is a blank heading above rates. Give every column of rates its kind, e.g. Løn or Priser.";
export const indexYearMissing = (year: number, fromYear: number, toYear: number): string =>
  `has no row for ${year}, which the conversion from ${fromYear}-PL to ${toYear}-PL needs. Add the rates for ${year} to the table.`;
export const indexRateBlank = (year: number, kind: string): string =>
  `has no rate for ${year}, ${kind}. Type the change from the year before, e.g. 3 % or 0,03.`;
export const indexRateAsPercent = (year: number, kind: string, typed: Decimal): string =>
  `is ${f(typed)} (${year}, ${kind}): a rate of ${f({ coef: typed.coef, exp: typed.exp + 2 })} %? Type ${f(typed)} % or ${f({ coef: typed.coef, exp: typed.exp - 2 })}.`;
export const unknownKind = (kind: string, kinds: readonly string[]): string =>
  `is "${kind}", which is not a kind in the rate table's headings (${kinds.join(", ")}). Use one of those, or leave it blank for ${kinds[0] ?? ""}.`;
export const typesShape = (given: Shape, rows: number): string =>
  `is ${shape(given)}, but amounts has ${plural(rows, "row")}. Select one column of kinds beside amounts, or leave types out.`;
export const demographyShape = (given: Shape, expected: Shape): string =>
  `is ${shape(given)}, but ${shape(expected)} is needed: one row per age group, as in forecast${expected.columns > 1 ? " (one column per year)" : ""}.`;
export const countNotWhole = (value: number): string =>
  `is ${f(value)}, not a number of citizens. Counts are whole numbers, 0 or more.`;
export const compensationNegative = (rate: number): string =>
  `is ${f(rate)}. A compensation rate is from 0 to 100 %, e.g. 75 % or 0,75; leave it blank for 100 %.`;
export const rateShape = (given: Shape, groups: number): string =>
  `is ${shape(given)}. Give one rate for all, or a column of ${f(groups)} rates, one per age group.`;
