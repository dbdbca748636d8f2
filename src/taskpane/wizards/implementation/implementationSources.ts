/**
 * Reads what the udmøntning wizard points at: the cost-centre tree and the adopted amounts per
 * department and year, and pairs every amount with a top-level node of the tree (a department),
 * by its id or its name.
 */
import { buildTree, idKey, InputError, type Tree } from "../../../core";
import { implementationText } from "./implementationText";
import { cellAddress, formatRange } from "../../../sheet/address";
import type { WorkbookApi } from "../../../sheet/types";
import { parseTypedList, typedListProblem } from "../../logic/numbers";
import { MissingInput, UserError } from "../../logic/errorMessages";
import { rowConstant } from "../../logic/formulaText";
import type { Text } from "../contract";
import { blockBlanksAsZero, readCatalogueBlock } from "../../logic/catalogueTable";
import type { Answers } from "../../../sheet/tableShape";
import type { WizardInference } from "../../logic/tableInferences";
import type { ImplementationInput } from "./implementationModel";
import { readTreeTable, TREE, type TreeTable } from "./treeTable";

const AMOUNTS: Text = implementationText.adoptedAmounts;

/** One department's adopted amounts as given: its name there, the amounts, and the formula argument. */
export interface AdoptedRow {
  name: string;
  amounts: number[];
  /** The amounts' cells (e.g. "Udmøntning!G2:J2"), or an array constant when typed. */
  argument: string;
}

export interface Department {
  /** Its row in the tree table (0-based, below the header). */
  row: number;
  label: string;
  /** The adopted amounts, or null when none were given for it. */
  adopted: AdoptedRow | null;
  /** First and last row of its subtree, when the subtree's rows lie together (a live formula needs that). */
  block: { first: number; last: number } | null;
}

export interface ImplementationSources {
  tree: TreeTable;
  layout: Tree;
  departments: Department[];
  /** Per row: the index of its department in `departments`; -1 for a blank row. */
  departmentOf: number[];
  /** Per row: 0 for a department, 1 below it, ...; -1 for a blank row. */
  depth: number[];
  years: number;
  /** The year headings above the amounts, when they have some. */
  yearHeadings: string[] | undefined;
  /** Rows left out and why, blanks read as 0: said in the preview. */
  inferences: WizardInference[];
}

/** The tree's own messages number rows from the table's first data row; the user reads cells. */
export function withCells(message: string, cellOfRow: (row: number) => string | undefined): string {
  return message.replace(/\b(row|række) (\d+)/g, (whole, word: string, n: string) => {
    const cell = cellOfRow(Number(n) - 1);
    return cell === undefined ? whole : `${word} ${n} (${cell})`;
  });
}

export function treeError(error: InputError, tree: TreeTable, rowOf: (row: number) => number = (r) => r): UserError {
  const detail = (message: string): string => withCells(message, (r) => cellAddress(tree.data, rowOf(r), 0));
  return new UserError(implementationText.treeUnusable(TREE, tree, detail, error));
}

async function readTree(workbook: WorkbookApi, input: ImplementationInput, answers: Answers): Promise<TreeTable> {
  if (input.treeAddress.trim() === "") throw new MissingInput(implementationText.selectTreeColumnsId);
  return readTreeTable(await workbook.readRange(input.treeAddress), answers);
}

function readTyped(text: string): { rows: AdoptedRow[]; headings: undefined } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) throw new MissingInput(implementationText.typeAdoptedAmountsOne);
  const rows = lines.map((line) => {
    const colon = line.indexOf(":");
    const name = colon < 0 ? "" : line.slice(0, colon).trim();
    const parsed = parseTypedList(colon < 0 ? "" : line.slice(colon + 1));
    if ("bad" in parsed && parsed.bad === "" && name !== "")
      throw new UserError(
        typedListProblem(parsed, implementationText.amountsOf(AMOUNTS, name), "BUF: 2.500; 0; 5.000"),
      );
    if (name === "" || "bad" in parsed || parsed.values.length === 0 || parsed.percentAt.length > 0)
      throw new UserError(implementationText.cannotReadTypeDepartment(AMOUNTS, line));
    return { name, amounts: parsed.values, argument: rowConstant(parsed.values) };
  });
  const years = rows[0]?.amounts.length ?? 0;
  const other = rows.find((row) => row.amounts.length !== years);
  if (other) throw new UserError(implementationText.hasAmountsButHas(AMOUNTS, other, rows, years));
  return { rows, headings: undefined };
}

async function readAmounts(
  workbook: WorkbookApi,
  input: ImplementationInput,
  answers: Answers,
): Promise<{ rows: AdoptedRow[]; headings: string[] | undefined; inferences?: WizardInference[] }> {
  if (input.amountsFrom === "typed") return readTyped(input.amountsTyped);
  if (input.amountsAddress.trim() === "") throw new MissingInput(implementationText.selectAdoptedAmountsDepartment);
  const use = input.output === "formula" ? "byRow" : "values";
  const block = readCatalogueBlock(await workbook.readRange(input.amountsAddress), AMOUNTS, answers, use);
  return {
    rows: block.names.map((name, p) => ({
      name,
      amounts: block.cells[p] as number[],
      argument: formatRange(block.rowAmounts(p)),
    })),
    headings: block.years,
    inferences: [...block.inferences, ...blockBlanksAsZero(block)],
  };
}

/** Every row's department (its top-level ancestor) and depth, top down. */
function placeRows(layout: Tree): { departmentOf: number[]; depth: number[]; tops: number[] } {
  const departmentOf = new Array<number>(layout.size).fill(-1);
  const depth = new Array<number>(layout.size).fill(-1);
  const tops: number[] = [];
  for (let k = 0; k < layout.order.length; k++) {
    const row = layout.order[k] as number;
    const up = layout.parent[row] as number;
    if (up === -1) {
      departmentOf[row] = tops.length;
      depth[row] = 0;
      tops.push(row);
    } else {
      departmentOf[row] = departmentOf[up] as number;
      depth[row] = (depth[up] as number) + 1;
    }
  }
  return { departmentOf, depth, tops };
}

function blockOf(department: number, departmentOf: readonly number[]): Department["block"] {
  const first = departmentOf.indexOf(department);
  const last = departmentOf.lastIndexOf(department);
  for (let r = first; r <= last; r++) {
    const d = departmentOf[r] as number;
    if (d !== department && d !== -1) return null;
  }
  return { first, last };
}

function describeDepartment(tree: TreeTable, row: number): string {
  const id = String(tree.ids[row]);
  const name = tree.names[row] ?? "";
  return name === "" || name === id ? id : `${id} ${name}`;
}

/**
 * A key that is one department's id and another's name (or two departments' name) would pay both
 * departments the same amount, so it is refused, naming the cells of the tree it matches.
 */
function ambiguousKey(tree: TreeTable, key: string, tops: readonly number[]): UserError {
  const keyOf = idKey(key);
  const places = (language: "da" | "en") =>
    tops
      .map((top) => {
        const byId = idKey(tree.ids[top] as string | number) === keyOf;
        const cell = cellAddress(tree.data, top, byId ? 0 : 1);
        const what = byId ? (language === "da" ? "id" : "the id") : language === "da" ? "navn" : "the name";
        return language === "da"
          ? `${what} for ${describeDepartment(tree, top)} (${cell})`
          : `${what} of ${describeDepartment(tree, top)} (${cell})`;
      })
      .join(language === "da" ? " og " : " and ");
  return new UserError(implementationText.bothSoUnclearWhich(AMOUNTS, key, places));
}

function pair(tree: TreeTable, tops: readonly number[], rows: readonly AdoptedRow[]): (AdoptedRow | null)[] {
  const matches = (top: number, name: string) =>
    idKey(tree.ids[top] as string | number) === idKey(name) || idKey(tree.names[top] ?? "") === idKey(name);
  for (const row of rows) {
    const both = tops.filter((top) => matches(top, row.name));
    if (both.length > 1) throw ambiguousKey(tree, row.name, both);
  }
  const unmatched = rows.filter((row) => !tops.some((top) => matches(top, row.name)));
  const known = tops.map((top) => describeDepartment(tree, top)).join(", ");
  if (unmatched.length > 0) {
    const list = unmatched.map((row) => `"${row.name}"`).join(", ");
    throw new UserError(implementationText.notDepartmentTreeSo(AMOUNTS, list, known));
  }
  return tops.map((top) => {
    const found = rows.filter((row) => matches(top, row.name));
    if (found.length > 1)
      throw new UserError(implementationText.hasAmountsSeveralRows(AMOUNTS, describeDepartment, tree, top, found));
    return found[0] ?? null;
  });
}

export async function readImplementationSources(
  workbook: WorkbookApi,
  input: ImplementationInput,
  answers: Answers = {},
): Promise<ImplementationSources> {
  const tree = await readTree(workbook, input, answers);
  const adopted = await readAmounts(workbook, input, answers);
  let layout: Tree;
  try {
    layout = buildTree(tree.ids, tree.parents, (row) => tree.weights[row] !== null);
  } catch (error) {
    throw error instanceof InputError ? treeError(error, tree) : error;
  }
  if (layout.order.length === 0) throw new UserError(implementationText.treeHasNoIds(TREE, tree));
  const { departmentOf, depth, tops } = placeRows(layout);
  const paired = pair(tree, tops, adopted.rows);
  return {
    tree,
    layout,
    departments: tops.map((row, d) => ({
      row,
      label: describeDepartment(tree, row),
      adopted: paired[d] ?? null,
      block: blockOf(d, departmentOf),
    })),
    departmentOf,
    depth,
    years: adopted.rows[0]?.amounts.length ?? 0,
    yearHeadings: adopted.headings,
    inferences: [...tree.inferences, ...(adopted.inferences ?? [])],
  };
}
