/**
 * The in-memory workbook evaluates every BUDGET function through the adapters of src/functions,
 * under its English id and its Danish name (the registry), and turns input errors into error values
 * that keep the message. Expected numbers are the worked examples of FUNCTIONS.md.
 */
import { danishName, type FunctionId } from "../../src/functions/registry";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { FormulaError, type Scalar } from "../../src/excel/memory/formula/values";

function evaluate(formula: string, setup?: (wb: MemoryWorkbook) => void): Scalar[][] {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark1");
  setup?.(wb);
  wb.setInput("Ark1", 10, 0, formula);
  const spill = wb.spillRange("Ark1", 10, 0);
  const rows = spill ? spill.end.row - spill.start.row + 1 : 1;
  const columns = spill ? spill.end.column - spill.start.column + 1 : 1;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => wb.value("Ark1", 10 + r, c)));
}

/** [English id, arguments, expected result]; the same call is made under the Danish name. */
const CASES: [FunctionId, string, Scalar[][]][] = [
  ["DISTRIBUTE", "5,{0.284;0.081;0.135;0.068;0.279;0.153},1", [[1.4], [0.4], [0.7], [0.3], [1.4], [0.8]]],
  ["QUOTA", "{100;55.5;-3},{0;10;-3},2%,1", [[2], [0.9], [0]]],
  ["KEY", "{1;1;2}", [[0.25], [0.25], [0.5]]],
  ["NETEFFECT", "{1.2,2.4},{-0.4,-0.2}", [[0.8, 2.2]]],
  ["CUMULATIVE", "{-1.5,1,4,4}", [[-1.5, -0.5, 3.5, 7.5]]],
  ["PAYBACK", "{-1.5,1,4,4}", [[3]]],
  ["PHASEIN", "2000,{0.25,0.5,1,1}", [[500, 1000, 2000, 2000]]],
  ["GAP", "50000,{10000,20000;5000,5000}", [[35000, 25000]]],
  ["FTE", "1000000,500000", [[2]]],
  ["HOURSFTE", "3848", [[2]]],
  ["CHECK", "{0.8;2.2},3,1", [[0]]],
];

describe("BUDGET functions in the in-memory workbook", () => {
  test.each(CASES)("%s evaluates under its English id and its Danish name", (id, args, expected) => {
    expect(evaluate(`=BUDGET.${id}(${args})`)).toEqual(expected);
    expect(evaluate(`=BUDGET.${danishName(id)}(${args})`)).toEqual(expected);
  });

  test("Danish names with Æ/Ø/Å also answer to their ASCII spelling", () => {
    expect(evaluate("=BUDGET.NOEGLE({1;3})")).toEqual([[0.25], [0.75]]);
    expect(evaluate("=BUDGET.AARSVAERK(100,50)")).toEqual([[2]]);
    expect(evaluate("=BUDGET.TIMER.AARSVAERK(3848)")).toEqual(evaluate("=BUDGET.TIMER.ÅRSVÆRK(3848)"));
    expect(evaluate("=BUDGET.TIMER.ÅRSVÆRK(3848)")).toEqual([[2]]);
  });

  test("text in a key range is #VALUE! with the adapter's message naming the row", () => {
    const [[value]] = evaluate("=BUDGET.FORDEL(5,Ark1!A1:A3,1)", (wb) => {
      wb.setInput("Ark1", 0, 0, 1);
      wb.setInput("Ark1", 1, 0, "n/a");
      wb.setInput("Ark1", 2, 0, 1);
    }) as [[Scalar]];
    expect(value).toBeInstanceOf(FormulaError);
    expect((value as FormulaError).code).toBe("#VALUE!");
    expect((value as FormulaError).message).toMatch(/weights.*row 2.*"n\/a"/);
  });

  test("nothing to spread by is #DIV/0!, a payback that never comes is #N/A, each with a message", () => {
    const [[zero]] = evaluate("=BUDGET.DISTRIBUTE(5,{0;0},1)") as [[FormulaError]];
    expect(zero.code).toBe("#DIV/0!");
    expect(zero.message).not.toBe("");
    const [[never]] = evaluate("=BUDGET.PAYBACK({-1,-1})") as [[FormulaError]];
    expect(never.code).toBe("#N/A");
    expect(never.message).not.toBe("");
  });
});
