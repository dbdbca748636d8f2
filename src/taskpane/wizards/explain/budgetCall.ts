/**
 * A BUDGET formula read as the Forklar wizard can follow it: the function and its arguments, each
 * a reference, a name, a number, an array constant or omitted. Anything else (a nested expression,
 * another workbook) is a refusal that says what the explainer would need. The syntax is Excel's
 * invariant one (`,` between arguments, `.` decimals), which Office.js's `formulas` and the
 * in-memory workbook both give whatever the user's language; the function may carry its Danish name.
 */
import { danishName, FUNCTION_IDS, type FunctionId } from "../../../functions/registry";
import { readableNamespaces } from "../../logic/functionNamespace";

export type CallArgument =
  | { kind: "omitted" }
  | { kind: "number"; value: number }
  | { kind: "array"; rows: (number | string)[][] }
  /** An address ("Fordel!B2:B7", "C2") or a defined name, read through the WorkbookApi. */
  | { kind: "reference"; text: string };

export type Refusal =
  | { code: "notFormula" }
  | { code: "notBudget" }
  | { code: "noRounding"; id: FunctionId }
  | { code: "nested"; argument: number; text: string }
  | { code: "otherWorkbook"; argument: number; text: string };

export type BudgetCall = { id: FunctionId; args: CallArgument[] } | { refusal: Refusal };

/** The BUDGET functions whose results are rounded by a rule the core can explain. */
export const EXPLAINED: readonly FunctionId[] = [
  "DISTRIBUTE",
  "QUOTA",
  "KEY",
  "HIERARCHY",
  "ROUNDTABLE",
  "REPRICE",
  "DEMOGRAPHY",
];

function functionOf(name: string): FunctionId | undefined {
  const wanted = name.toUpperCase();
  return FUNCTION_IDS.find((id) => id === wanted || danishName(id).toUpperCase() === wanted);
}

/** Splits at `separator` outside quotes, braces and brackets. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "{" || ch === "[") depth++;
    else if (ch === ")" || ch === "}" || ch === "]") depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function numberOf(text: string): number | undefined {
  return /^[-+]?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?$/i.test(text) ? Number(text) : undefined;
}

/** An array constant: `,` between columns and `;` between rows, numbers and texts ("" for blank). */
function arrayOf(text: string): (number | string)[][] | undefined {
  const rows = splitTop(text.slice(1, -1), ";").map((row) =>
    splitTop(row, ",").map((cell): number | string | undefined => {
      const t = cell.trim();
      if (/^"([^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
      return numberOf(t);
    }),
  );
  if (rows.some((row) => row.some((cell) => cell === undefined))) return undefined;
  return rows as (number | string)[][];
}

function argumentOf(raw: string, index: number): CallArgument | Refusal {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  const value = numberOf(text);
  if (value !== undefined) return { kind: "number", value };
  if (text.startsWith("{") && text.endsWith("}")) {
    const rows = arrayOf(text);
    if (rows) return { kind: "array", rows };
  }
  if (/\[[^\]]*\]/.test(text.replace(/'[^']*'/g, (m) => (m.includes("[") ? "[x]" : "")))) {
    return { code: "otherWorkbook", argument: index + 1, text };
  }
  // A reference or a defined name: a sheet part (quoted or plain), then cells or a name; no operators.
  if (/^('([^']|'')+'!|[^\s!'"(){}+\-*/&^,;=<>]+!)?\$?[A-Za-z_\u00C0-\u024F][\w.$:\u00C0-\u024F]*$/.test(text)) {
    return { kind: "reference", text };
  }
  return { code: "nested", argument: index + 1, text };
}

/**
 * A call of a BUDGET function under a namespace the pane reads (its own add-in's, and production's
 * BUDGET: functionNamespace.ts), with Excel's _xldudf_ prefix for a function it does not know.
 */
function budgetCallPattern(): RegExp {
  const namespaces = readableNamespaces().join("|");
  return new RegExp(
    `^=\\s*(?:_xldudf_)?(?:${namespaces})\\.([A-Za-z\\u00C0-\\u024F.]+)\\s*\\(([\\s\\S]*)\\)\\s*$`,
    "i",
  );
}

/** Reads a cell's formula text. */
export function readBudgetCall(formula: string): BudgetCall {
  const text = formula.trim();
  if (!text.startsWith("=")) return { refusal: { code: "notFormula" } };
  const match = budgetCallPattern().exec(text);
  const id = match ? functionOf(match[1] as string) : undefined;
  if (!match || id === undefined) return { refusal: { code: "notBudget" } };
  const body = match[2] as string;
  // The last parenthesis must close the call itself: =BUDGET.X(A1)+SUM(B1) is an expression.
  if (!balanced(body)) return { refusal: { code: "notBudget" } };
  if (!EXPLAINED.includes(id)) return { refusal: { code: "noRounding", id } };
  const args: CallArgument[] = [];
  const parts = body.trim() === "" ? [] : splitTop(body, ",");
  for (let i = 0; i < parts.length; i++) {
    const arg = argumentOf(parts[i] as string, i);
    if ("code" in arg) return { refusal: arg };
    args.push(arg);
  }
  return { id, args };
}

/** Whether no parenthesis outside quotes closes before it opened. */
function balanced(body: string): boolean {
  let depth = 0;
  let quote = "";
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
