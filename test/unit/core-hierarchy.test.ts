/**
 * HIERARCHY in the core: a hand-worked udmøntning, how ids are matched, and every refusal with
 * the row it names. The random trees are in core-hierarchy-properties.test.ts.
 */
import { hierarchy, InputError, roundHalfAway, type HierarchyInput, type NodeId } from "../../src/core";

/**
 * The worked example of the README: a saving of 250 (1.000 kr.) in Skole og Børn, spread over two
 * areas and five cost centres by their budgets (mio. kr.), whole thousands.
 *
 *   row  node        parent      budget
 *   1    SB          (top)       (100 = the sum of its leaves)
 *   2    Skoler      SB          (67)
 *   3    Dagtilbud   SB          (33)
 *   4    Nordskolen  Skoler      30
 *   5    Sydskolen   Skoler      25
 *   6    Vestskolen  Skoler      12
 *   7    Børnehuset  Dagtilbud   20
 *   8    Vuggestuen  Dagtilbud   13
 *
 * By hand:
 * - SB takes the rounded total, 250.
 * - Areas: 250 × 67/100 = 167,5 and 250 × 33/100 = 82,5. Floors 167 + 82 = 249, one unit missing;
 *   the remainders tie at 0,5, so the larger weight wins: Skoler 168, Dagtilbud 82.
 * - Skoler's 168 over 30, 25, 12 (of 67): 5040/67 = 75 r 15, 4200/67 = 62 r 46, 2016/67 = 30 r 6.
 *   Floors 167, one missing, to the largest remainder (46): 75, 63, 30 (= 168).
 * - Dagtilbud's 82 over 20, 13 (of 33): 1640/33 = 49 r 23, 1066/33 = 32 r 10. Floors 81, one
 *   missing, to 23: 50, 32 (= 82).
 * Each cost centre rounded on its own (250 × its share of 100) would give 75, 62,5 → 63, 30, 50,
 * 32,5 → 33: 251 under a printed total of 250.
 */
const EXAMPLE = {
  nodes: ["SB", "Skoler", "Dagtilbud", "Nordskolen", "Sydskolen", "Vestskolen", "Børnehuset", "Vuggestuen"],
  parents: [null, "SB", "SB", "Skoler", "Skoler", "Skoler", "Dagtilbud", "Dagtilbud"],
  weights: [null, null, null, 30, 25, 12, 20, 13],
};
const EXAMPLE_AMOUNTS = [250, 168, 82, 75, 63, 30, 50, 32];

function run(input: Partial<HierarchyInput> & Pick<HierarchyInput, "nodes" | "parents" | "weights">): number[][] {
  return hierarchy({ totals: [250], ...input });
}

/** The InputError a call raises. */
function refusal(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no InputError was raised");
}

describe("HIERARCHY, worked by hand", () => {
  test("department → 2 areas → 5 cost centres: 250 | 168 82 | 75 63 30 50 32", () => {
    expect(run(EXAMPLE)).toEqual(EXAMPLE_AMOUNTS.map((a) => [a]));
    // The README's contrast: each cost centre's share of 250 rounded on its own misses the total.
    const alone = [30, 25, 12, 20, 13].map((w) => roundHalfAway((250 * w) / 100, 0));
    expect(alone).toEqual([75, 63, 30, 50, 33]);
    expect(alone.reduce((a, b) => a + b, 0)).toBe(251);
  });

  test("yearly totals give a column per year; a negative total is spread as its size with the sign kept", () => {
    // Year 2: −100 over 67/33 is −67/−33 exactly, then −30 −25 −12 and −20 −13.
    // Year 3: 12,4 rounds to 12; 12 × 67/100 = 8,04 and 3,96 → 8 and 4 (remainders 4 < 96);
    // 8 × 30/67 = 3 r 39, 8 × 25/67 = 2 r 66, 8 × 12/67 = 1 r 29 → 3 + 2 + 1 = 6, two missing, to 66
    // and 39: 4, 3, 1; 4 × 20/33 = 2 r 14, 4 × 13/33 = 1 r 19 → one missing, to 19: 2, 2.
    expect(run({ ...EXAMPLE, totals: [250, -100, 12.4] })).toEqual([
      [250, -100, 12],
      [168, -67, 8],
      [82, -33, 4],
      [75, -30, 4],
      [63, -25, 3],
      [30, -12, 1],
      [50, -20, 2],
      [32, -13, 2],
    ]);
  });

  test("decimals: one decimal in mio. kr., and -1 rounds to tens", () => {
    // 2,5 mio. kr. over the same tree: areas 1,675 → 1,6 r 0,75 and 0,825 → 0,8 r 0,25 (units of 0,1:
    // 25 × 67/100 = 16 r 75, 25 × 33/100 = 8 r 25): one missing unit to Skoler: 1,7 and 0,8.
    // Skoler 17 units over 30/25/12: 510/67 = 7 r 41, 425/67 = 6 r 23, 204/67 = 3 r 3 → 16, one to
    // 41: 0,8 0,6 0,3. Dagtilbud 8 over 20/13: 160/33 = 4 r 28, 104/33 = 3 r 5 → 7, one to 28: 0,5 0,3.
    expect(run({ ...EXAMPLE, totals: [2.5], decimals: 1 }).map((r) => r[0])).toEqual([
      2.5, 1.7, 0.8, 0.8, 0.6, 0.3, 0.5, 0.3,
    ]);
    // 254 rounds to 250 in tens: the same 25 units as above, ×10.
    expect(run({ ...EXAMPLE, totals: [254], decimals: -1 }).map((r) => r[0])).toEqual([
      250, 170, 80, 80, 60, 30, 50, 30,
    ]);
  });

  test("rows may come in any order, and a tie among siblings goes to the earlier row", () => {
    // Three equal cost centres under one area, listed before it: 10 → 3 r 1 each, one missing unit
    // to the earliest row among the three (row 1, "C"; not the first id in any sort order).
    const result = hierarchy({
      totals: [10],
      nodes: ["C", "B", "A", "D", "Area"],
      parents: ["Area", "Area", null, "Area", "A"],
      weights: [5, 5, null, 5, null],
    });
    expect(result).toEqual([[4], [3], [10], [3], [10]]);
  });

  test("top-level nodes are spread over by their weights like any siblings", () => {
    // 7 over 1 and 2 (two departments, no tree above them): 7/3 = 2 r 1, 14/3 = 4 r 2 → 2 + 4, one
    // missing to the larger remainder: 2, 5.
    expect(hierarchy({ totals: [7], nodes: [1, 2], parents: [null, null], weights: [1, 2] })).toEqual([[2], [5]]);
  });
});

describe("ids", () => {
  test('text is trimmed and matched without regard to case; number 4711 and text "4711" are one id', () => {
    const result = hierarchy({
      totals: [9],
      nodes: [4711, " Skoler ", "x1", "x2"],
      parents: [null, "4711", "SKOLER", " skoler\t"],
      weights: [null, null, 1, 2],
    });
    expect(result).toEqual([[9], [9], [3], [6]]);
  });

  test('"04711" is not the number 4711: leading zeros make another id', () => {
    const error = refusal(() =>
      hierarchy({ totals: [1], nodes: [4711, "a"], parents: [null, "04711"], weights: [null, 1] }),
    );
    expect(error.message).toBe(
      'parents: row 2 ("a") names "04711", which is not an id in nodes. Correct the parent, add that node, or leave the cell blank for a top-level node.',
    );
  });

  test("a wholly blank row gets 0 and takes no part; a blank id with a parent or weight is refused", () => {
    const nodes: (NodeId | null)[] = ["A", null, "B", "C"];
    expect(hierarchy({ totals: [5], nodes, parents: [null, null, "A", "A"], weights: [null, null, 2, 3] })).toEqual([
      [5],
      [0],
      [2],
      [3],
    ]);
    const error = refusal(() =>
      hierarchy({ totals: [5], nodes, parents: [null, null, "A", "A"], weights: [null, 4, 2, 3] }),
    );
    expect(error.message).toMatch(/^nodes: row 2 is blank, but the row has a parent or a weight/);
  });
});

describe("weights", () => {
  test("a weight on a node with children is accepted when it equals its leaves' exact decimal sum", () => {
    // 0,1 + 0,2 is 0,3 in decimal terms (not 0,30000000000000004): the typed 0,3 agrees.
    const result = hierarchy({
      totals: [3],
      nodes: ["top", "a", "b"],
      parents: [null, "top", "top"],
      weights: [0.3, 0.1, 0.2],
    });
    expect(result).toEqual([[3], [1], [2]]);
  });

  test("a blank leaf weighs 0 and gets 0", () => {
    expect(run({ nodes: ["A", "B", "C"], parents: [null, "A", "A"], weights: [null, null, 4] })).toEqual([
      [250],
      [0],
      [250],
    ]);
  });

  test("a subtree whose leaves all weigh 0 gets 0 while its siblings carry the amount", () => {
    expect(run({ nodes: ["A", "B", "B1", "C"], parents: [null, "A", "B", "A"], weights: [null, null, 0, 7] })).toEqual([
      [250],
      [0],
      [0],
      [250],
    ]);
  });

  test("weights beyond 2^53 in total still add up exactly (the exact route)", () => {
    const result = hierarchy({
      totals: [1_000_000],
      nodes: ["A", "B", "C"],
      parents: [null, "A", "A"],
      weights: [null, 2 ** 53, 1],
    });
    // 10^6 × 1 / (2^53 + 1) is far below half a unit: everything goes to B.
    expect(result).toEqual([[1_000_000], [1_000_000], [0]]);
  });
});

describe("refusals name the row", () => {
  const base = { nodes: ["A", "B", "C", "D"], parents: [null, "A", "A", "C"], weights: [null, 1, null, 2] };

  test.each<[string, Partial<HierarchyInput>, string]>([
    [
      "duplicate id",
      { nodes: ["A", "B", "C", "b"] },
      'nodes: row 4 ("b") repeats the id of row 2 ("B"). Every node needs its own id: rename one of them.',
    ],
    [
      "unknown parent",
      { parents: [null, "A", "A", "X"] },
      'parents: row 4 ("D") names "X", which is not an id in nodes. Correct the parent, add that node, or leave the cell blank for a top-level node.',
    ],
    [
      "a node that is its own parent",
      { parents: [null, "A", "C", "C"] },
      'parents: row 3 ("C") names itself as its parent. Correct that parent, or leave it blank for a top-level node.',
    ],
    [
      "a cycle of three",
      { nodes: ["A", "B", "C", "D"], parents: [null, "D", "B", "C"], weights: [1, null, null, null] },
      'parents: row 2 ("B") → row 4 ("D") → row 3 ("C") → row 2 ("B") go round in a cycle (each row\'s parent is the next), so these nodes lie below themselves. Correct one of these parents so that the chain ends at a top-level node (blank parent).',
    ],
    [
      "negative weight",
      { weights: [null, 1, null, -2] },
      'weights: row 4 ("D") is -2, a negative weight. A node\'s weight is 0 or more.',
    ],
    [
      "inner weight that is not the sum of its leaves",
      { weights: [null, 1, 3, 2] },
      'weights: row 3 ("C") is 3, but the leaves below this node weigh 2 together. Leave the weight of a node with children blank, or make it the sum of its leaves.',
    ],
    [
      "a typed 0 on a node with children",
      { weights: [0, 1, null, 2] },
      'weights: row 1 ("A") is 0, but the leaves below this node weigh 3 together. Leave the weight of a node with children blank, or make it the sum of its leaves.',
    ],
    [
      "columns of different lengths",
      { parents: [null, "A", "A"] },
      "parents: has 3 rows, but nodes has 4. Select parents beside nodes, with one row per node.",
    ],
    [
      "decimals out of range",
      { decimals: 11 },
      "decimals: is 11. Use a whole number from -9 to 10: 0 for whole amounts, 1 or 2 for decimals, -3 for thousands.",
    ],
  ])("%s", (_name, change, message) => {
    const error = refusal(() => hierarchy({ totals: [10], ...base, ...change }));
    expect(error.kind).toBe("invalidValue");
    expect(error.message).toBe(message);
  });

  test("a long cycle is named by its first five rows", () => {
    const n = 8;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const parents = nodes.map((_, i) => `n${(i + 1) % n}`);
    const error = refusal(() => hierarchy({ totals: [1], nodes, parents, weights: nodes.map(() => null) }));
    expect(error.message).toMatch(
      /^parents: row 1 \("n0"\) → row 2 \("n1"\) → row 3 \("n2"\) → row 4 \("n3"\) → row 5 \("n4"\) → … → row 1 \("n0"\) go round/,
    );
  });

  test("a cycle hanging below nothing is found even when the tree beside it is fine", () => {
    const error = refusal(() =>
      hierarchy({
        totals: [1],
        nodes: ["A", "B", "X", "Y"],
        parents: [null, "A", "Y", "X"],
        weights: [null, 1, null, null],
      }),
    );
    expect(error.message).toMatch(/^parents: row 3 \("X"\) → row 4 \("Y"\) → row 3 \("X"\) go round in a cycle/);
  });

  test("every leaf weighing 0 while an amount must be spread is #DIV/0! naming the top node and the year", () => {
    const error = refusal(() =>
      hierarchy({
        totals: [0, -12],
        nodes: ["Dept", "a", "b"],
        parents: [null, "Dept", "Dept"],
        weights: [null, 0, null],
      }),
    );
    expect(error.kind).toBe("divisionByZero");
    expect(error.message).toBe(
      'weights: every leaf below row 1 ("Dept") weighs 0, so nothing can take the -12 to spread in year 2. Give at least one leaf a weight above 0.',
    );
    // A total of 0 needs nothing to spread by.
    expect(hierarchy({ totals: [0], nodes: ["Dept", "a"], parents: [null, "Dept"], weights: [null, 0] })).toEqual([
      [0],
      [0],
    ]);
  });

  test("a total that would need more than 15 digits names the year", () => {
    const error = refusal(() => run({ ...EXAMPLE, totals: [1, 1e16], decimals: 2 }));
    expect(error.message).toMatch(/^total: column 2 is 10\.000\.000\.000\.000\.000; rounded to 2 decimals/);
  });

  test("no ids at all", () => {
    expect(refusal(() => hierarchy({ totals: [1], nodes: [null], parents: [null], weights: [null] })).message).toBe(
      "nodes: has no ids: every row is blank. Select the column of node ids.",
    );
  });
});
