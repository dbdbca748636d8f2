/**
 * BUDGET.HIERARCHY as Excel runs it: the BUILT dist/functions.js loaded into a bare V8 context whose
 * only globals are a CustomFunctions shim and console, called with 2-D arrays of cells (blanks as ""
 * or null). The worked example, every refusal with its Excel error and the row it names, random
 * trees against the BigInt reference, and the 10.000-cost-centre tree × 12 years (its speed is
 * measured by npm run bench, B2, not here). Build first:
 * `npx webpack --mode production` (npm test does).
 */
import * as vm from "node:vm";
import { ExcelError, loadInSandbox, type CellFunction } from "../support/functionsBundle";
import { randomTree, referenceUnits, toNumber, type TieCount } from "../support/treeReference";

interface Loaded {
  hierarchy: CellFunction;
  /** Builds a value inside the bundle's context, as Excel hands arguments over. */
  fromJson: (text: string) => unknown;
}

function load(): Loaded {
  const { functions, context } = loadInSandbox();
  const hierarchy = functions.get("HIERARCHY");
  if (!hierarchy) throw new Error("the bundle does not associate HIERARCHY");
  return { hierarchy, fromJson: vm.runInContext("JSON.parse", context) as (text: string) => unknown };
}

let bundle: Loaded;
beforeAll(() => {
  bundle = load();
});

const column = <T>(values: readonly T[]): T[][] => values.map((v) => [v]);

/** Arguments made inside the bundle's context, as Excel hands them over. */
function inBundle(args: unknown[]): unknown[] {
  return args.map((a) => (a === undefined ? a : bundle.fromJson(JSON.stringify(a))));
}

/** The result as plain numbers; fails on anything that is not a rectangle of finite numbers. */
function cleanRange(result: unknown): number[][] {
  if (!Array.isArray(result)) throw new Error(`not a range: ${String(result)}`);
  const rows = result as unknown[][];
  const width = rows[0]?.length ?? 0;
  const clean = rows.every((row) => row.length === width && row.every((cell) => Number.isFinite(cell)));
  expect(clean).toBe(true);
  return JSON.parse(JSON.stringify(rows)) as number[][];
}

function call(...args: unknown[]): number[][] {
  return cleanRange(bundle.hierarchy(...inBundle(args)));
}

function failure(...args: unknown[]): ExcelError {
  try {
    call(...args);
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
  throw new Error("HIERARCHY returned a value instead of raising an Excel error");
}

// The hand-worked example of core-hierarchy.test.ts and the README, as a sheet holds it.
const NODES = ["SB", "Skoler", "Dagtilbud", "Nordskolen", "Sydskolen", "Vestskolen", "Børnehuset", "Vuggestuen"];
const PARENTS = ["", "SB", "SB", "Skoler", "Skoler", "Skoler", "Dagtilbud", "Dagtilbud"];
const WEIGHTS = ["", "", "", 30, 25, 12, 20, 13];

describe("HIERARCHY through the built bundle", () => {
  test("the worked example: 250 → 168 + 82 → 75 + 63 + 30 and 50 + 32", () => {
    expect(call([[250]], column(NODES), column(PARENTS), column(WEIGHTS))).toEqual(
      column([250, 168, 82, 75, 63, 30, 50, 32]),
    );
    // Blanks as null, decimals given, totals as a row of years, weights as Danish text.
    const weights = [null, null, null, "30", "25", "12", "20", "13,0"];
    expect(call([[2.5, -1]], column(NODES), column(PARENTS.map((p) => p || null)), column(weights), 1)).toEqual([
      [2.5, -1],
      [1.7, -0.7],
      [0.8, -0.3],
      [0.8, -0.3],
      [0.6, -0.3],
      [0.3, -0.1],
      [0.5, -0.2],
      [0.3, -0.1],
    ]);
  });

  test.each<[string, unknown[], string, string]>([
    [
      "duplicate id",
      [[[10]], column(["A", "B", "a"]), column(["", "A", "A"]), column(["", 1, 1])],
      "#VALUE!",
      'nodes: row 3 ("a") repeats the id of row 1 ("A"). Every node needs its own id: rename one of them.',
    ],
    [
      "unknown parent",
      [[[10]], column(["A", "B", "C"]), column(["", "A", "X"]), column(["", 1, 1])],
      "#VALUE!",
      'parents: row 3 ("C") names "X", which is not an id in nodes. Correct the parent, add that node, or leave the cell blank for a top-level node.',
    ],
    [
      "cycle",
      [[[10]], column(["A", "B", "C"]), column(["", "C", "B"]), column([1, "", ""])],
      "#VALUE!",
      'parents: row 2 ("B") → row 3 ("C") → row 2 ("B") go round in a cycle (each row\'s parent is the next), so these nodes lie below themselves. Correct one of these parents so that the chain ends at a top-level node (blank parent).',
    ],
    [
      "negative weight",
      [[[10]], column(["A", "B", "C"]), column(["", "A", "A"]), column(["", 1, -1])],
      "#VALUE!",
      'weights: row 3 ("C") is -1, a negative weight. A node\'s weight is 0 or more.',
    ],
    [
      "text weight",
      [[[10]], column(["A", "B", "C"]), column(["", "A", "A"]), column(["", 1, "n/a"])],
      "#VALUE!",
      'weights: row 3 is "n/a", not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.',
    ],
    [
      "inner weight that is not the sum of its leaves",
      [[[10]], column(["A", "B", "C"]), column(["", "A", "A"]), column(["2,5", 1, 1])],
      "#VALUE!",
      'weights: row 1 ("A") is 2,5, but the leaves below this node weigh 2 together. Leave the weight of a node with children blank, or make it the sum of its leaves.',
    ],
    [
      "every leaf weighing 0",
      [[[10]], column(["A", "B", "C"]), column(["", "A", "A"]), column(["", 0, ""])],
      "#DIV/0!",
      'weights: every leaf below row 1 ("A") weighs 0, so nothing can take the 10 to spread. Give at least one leaf a weight above 0.',
    ],
    [
      "an id that is neither text nor a number",
      [[[10]], column(["A", true, "C"]), column(["", "A", "A"]), column(["", 1, 1])],
      "#VALUE!",
      "nodes: row 2 is TRUE, not an id. Type the id as text or a number.",
    ],
    [
      "parents of another length",
      [[[10]], column(["A", "B", "C"]), column(["", "A"]), column(["", 1, 1])],
      "#VALUE!",
      "parents: has 2 rows, but nodes has 3. Select parents beside nodes, with one row per node.",
    ],
    [
      "weights of two columns",
      [
        [[10]],
        column(["A", "B"]),
        column(["", "A"]),
        [
          [1, 2],
          [3, 4],
        ],
      ],
      "#VALUE!",
      "weights: is 2 rows × 2 columns. Select a single column, with one row per node.",
    ],
    [
      "a column of totals",
      [[[10], [20]], column(["A"]), column([""]), column([1])],
      "#VALUE!",
      "total: is 2 rows × 1 column. Give one total, or a row of yearly totals (one column per year).",
    ],
  ])("%s", (_name, args, code, message) => {
    const error = failure(...args);
    expect([error.code, error.message]).toEqual([code, message]);
  });

  test("300 random trees equal the BigInt reference, cell for cell", () => {
    const ties: TieCount = { byWeight: 0, byRow: 0 };
    let compared = 0;
    for (let c = 0; c < 300; c++) {
      const tree = randomTree(0x0b0d1e00 + c, { maxNodes: 400 });
      const expected = referenceUnits(tree, ties);
      const args = [
        [tree.totals.map((t) => toNumber(t.int, t.scale))],
        column(tree.nodes),
        column(tree.parents.map((p) => p ?? "")),
        column(tree.weights.map((w) => w ?? "")),
        tree.decimals,
      ];
      if (expected === "div0") {
        expect(failure(...args).code).toBe("#DIV/0!");
        continue;
      }
      expect(call(...args)).toEqual(expected.map((row) => row.map((units) => toNumber(units, tree.decimals))));
      compared++;
    }
    expect(compared).toBeGreaterThan(250);
  });

  test("10.000 cost centres in a 4-level tree × 12 years: every level adds up (speed: npm run bench, B2)", () => {
    // 10 departments × 10 areas × 10 sections × 10 cost centres; budgets 0–99.999,99 kr.
    const nodes: (string | number)[] = [];
    const parents: (string | number)[] = [];
    const weights: (number | string)[] = [];
    let seed = 12345;
    const next = (): number => (seed = (seed * 16807) % 2147483647);
    for (let d = 0; d < 10; d++) {
      nodes.push(`F${d}`);
      parents.push("");
      weights.push("");
      for (let a = 0; a < 10; a++) {
        nodes.push(`F${d}.${a}`);
        parents.push(`F${d}`);
        weights.push("");
        for (let s = 0; s < 10; s++) {
          nodes.push(`F${d}.${a}.${s}`);
          parents.push(`F${d}.${a}`);
          weights.push("");
          for (let c = 0; c < 10; c++) {
            nodes.push(100_000 + nodes.length);
            parents.push(`F${d}.${a}.${s}`);
            weights.push((next() % 10_000_000) / 100);
          }
        }
      }
    }
    const totals = Array.from({ length: 12 }, (_, y) => -25_000_000 - 1_234_567.8 * y);
    const args = inBundle([[totals], column(nodes), column(parents), column(weights)]);
    const result = cleanRange(bundle.hierarchy(...args));
    expect(result).toHaveLength(11_110);
    // Each level adds up: the departments to the rounded total, each node's children to the node.
    const rowOf = new Map(nodes.map((id, row) => [String(id), row]));
    const childSums = new Map<number, number[]>();
    parents.forEach((p, row) => {
      const up = p === "" ? -1 : (rowOf.get(String(p)) as number);
      const sums = childSums.get(up) ?? new Array<number>(12).fill(0);
      // Whole kroner below 2^53: these sums of doubles are exact.
      (result[row] as number[]).forEach((v, y) => (sums[y] = (sums[y] as number) + v));
      childSums.set(up, sums);
    });
    expect(childSums.get(-1)).toEqual(totals.map((t) => -Math.round(-t)));
    for (const [row, sums] of childSums) if (row >= 0) expect(sums).toEqual(result[row]);
  });
});
