/**
 * The explanations of issue 22 on worked examples, every number worked out by hand in the comments
 * (DOMAIN.md "Explaining a number"): the README's Fordel example, ties by weight and by position, a
 * held part, QUOTA's and KEY's spreads, a HIERARCHY leaf's path and ROUNDTABLE figures rounded away.
 */
import { exactUnitsOf, remainderOf, shareOf, type AllocationTrace } from "../../src/core/allocationTrace";
import { formatDanish } from "../../src/core";
import { explainDistribute } from "../../src/core/explainDistribute";
import { explainHierarchy } from "../../src/core/explainHierarchy";
import { explainKey } from "../../src/core/explainKey";
import { explainQuota } from "../../src/core/explainQuota";
import { explainRoundTable, figureReason } from "../../src/core/explainRoundTable";
import { showRatio, type Ratio } from "../../src/core/ratio";

/** A fraction as a Danish reader sees it, with "…" when cut. */
const shown = (r: Ratio): string => {
  const { value, exact } = showRatio(r, 6);
  return formatDanish(value) + (exact ? "" : "…");
};

/** Per part: exact units, floor, remainder, rank, extra. */
function table(trace: AllocationTrace): [string, number, string, number, number][] {
  return trace.parts.map((p, i) => [
    shown(exactUnitsOf(trace, i)),
    p.floor,
    shown(remainderOf(trace, i)),
    p.rank,
    p.extra,
  ]);
}

describe("DISTRIBUTE explained", () => {
  test("the README's Fordel example: 5,0 by the administrative key, one decimal", () => {
    // Key MSB 28,4 % · MTM 8,1 % · MSO 13,5 % · MKB 6,8 % · MBU 27,9 % · BA 15,3 % (sum 100,0 %).
    // 5,0 at one decimal is 50 tenths. MSB: 50 × 0,284 = 14,2 tenths: floor 14, remainder 0,2;
    // MTM 4,05; MSO 6,75; MKB 3,4; MBU 13,95; BA 7,65. Floors 14+4+6+3+13+7 = 47: 3 left over.
    // Remainders by size: MBU 0,95, MSO 0,75, BA 0,65 get them; MKB 0,4, MSB 0,2, MTM 0,05 do not.
    const explained = explainDistribute({
      totals: [5],
      weights: [0.284, 0.081, 0.135, 0.068, 0.279, 0.153],
      decimals: 1,
    });
    const year = explained.years[0]!;
    expect(year.totalUnits).toBe(50);
    expect(year.trace.leftover).toBe(3);
    expect(table(year.trace)).toEqual([
      ["14,2", 14, "0,2", 5, 0],
      ["4,05", 4, "0,05", 6, 0],
      ["6,75", 6, "0,75", 2, 1],
      ["3,4", 3, "0,4", 4, 0],
      ["13,95", 13, "0,95", 1, 1],
      ["7,65", 7, "0,65", 3, 1],
    ]);
    expect(shown(shareOf(year.trace, 0))).toBe("0,284");
    expect(explained.weights.map(formatDanish)).toEqual(["0,284", "0,081", "0,135", "0,068", "0,279", "0,153"]);
    // 1,4 · 0,4 · 0,7 · 0,3 · 1,4 · 0,8 in tenths.
    expect(year.result).toEqual([14, 4, 7, 3, 14, 8]);
    expect(year.trace.parts.every((p) => p.tie === null)).toBe(true);
  });

  test("a tie decided by the larger weight", () => {
    // 2 kr. by 0,25 and 0,75: 0,5 and 1,5, floors 0 and 1, one krone left, the remainders tie at
    // 0,5; the larger weight (0,75) goes first: 0 and 2.
    const year = explainDistribute({ totals: [2], weights: [0.25, 0.75] }).years[0]!;
    expect(table(year.trace)).toEqual([
      ["0,5", 0, "0,5", 2, 0],
      ["1,5", 1, "0,5", 1, 1],
    ]);
    expect(year.trace.parts[1]!.tie).toEqual({ won: true, against: [{ part: 0, rule: "weight" }] });
    expect(year.trace.parts[0]!.tie).toEqual({ won: false, against: [{ part: 1, rule: "weight" }] });
    expect(year.result).toEqual([0, 2]);
  });

  test("a tie decided by position, the README's 11 kr. over 50 and 50", () => {
    // 5,5 each: floors 5 + 5 leave one krone; remainders and weights tie, the earlier row takes it.
    const year = explainDistribute({ totals: [11], weights: [50, 50] }).years[0]!;
    expect(table(year.trace)).toEqual([
      ["5,5", 5, "0,5", 1, 1],
      ["5,5", 5, "0,5", 2, 0],
    ]);
    expect(year.trace.parts[0]!.tie).toEqual({ won: true, against: [{ part: 1, rule: "position" }] });
    expect(year.result).toEqual([6, 5]);
  });

  test("a held part: what was held and what was left to spread", () => {
    // 10 by 0,5 · 0,3 · 0,2 with the second held at 1: 9 left over 0,5 and 0,2 (sum 0,7):
    // 9 × 5/7 = 6,428571…, 9 × 2/7 = 2,571428…; floors 6 + 2 = 8, one left, to the larger
    // remainder 0,571428… (the third): 6 · 1 · 3.
    const year = explainDistribute({ totals: [10], weights: [0.5, 0.3, 0.2], holds: [[null], [1], [null]] }).years[0]!;
    expect(year.held).toEqual([null, 1, null]);
    expect(year.remainingUnits).toBe(9);
    expect(year.trace.parts[1]!.free).toBe(false);
    expect(shown(shareOf(year.trace, 0))).toBe("0,714285…");
    expect(table(year.trace)).toEqual([
      ["6,428571…", 6, "0,428571…", 2, 0],
      ["0", 0, "0", 0, 0],
      ["2,571428…", 2, "0,571428…", 1, 1],
    ]);
    expect(year.result).toEqual([6, 1, 3]);
  });

  test("a negative total is spread as its absolute value and the sign restored", () => {
    // −5,0 by the same key as above: the same story, every part negative.
    const year = explainDistribute({ totals: [-5], weights: [0.284, 0.081, 0.135, 0.068, 0.279, 0.153], decimals: 1 })
      .years[0]!;
    expect(year.remainingUnits).toBe(-50);
    expect(year.result).toEqual([-14, -4, -7, -3, -14, -8]);
  });
});

describe("QUOTA and KEY explained", () => {
  test("DOMAIN.md's quota example: 2 % of 145,5 is 2,91, printed 2,9 as 2,0 + 0,9", () => {
    // Bases 100,0 · 45,5 · 0 (C's −3 − −3). 29 tenths by 100 : 45,5: A 29 × 1000/1455 = 19,931…,
    // B 9,068…; floors 19 + 9 = 28, one left to A (remainder 0,931…): 20 and 9 tenths.
    const q = explainQuota([100, 55.5, -3], [0, 10, -3], 0.02, 1);
    expect(q.basis.map(formatDanish)).toEqual(["100", "45,5", "0"]);
    expect(formatDanish(q.totalBasis)).toBe("145,5");
    expect(formatDanish(q.exactTotal)).toBe("2,91");
    expect(q.spread.totalUnits).toBe(29);
    expect(table(q.spread.trace)).toEqual([
      ["19,931271…", 19, "0,931271…", 1, 1],
      ["9,068728…", 9, "0,068728…", 2, 0],
      ["0", 0, "0", 0, 0],
    ]);
    expect(q.spread.result).toEqual([20, 9, 0]);
  });

  test("KEY of three equal bases: 0,334 · 0,333 · 0,333, the first by position", () => {
    // 1 = 1000 thousandths; 333,33… each, floors 999, one left; all tie, the earliest row takes it.
    const year = explainKey([7, 7, 7]).years[0]!;
    expect(year.trace.leftover).toBe(1);
    expect(year.result).toEqual([334, 333, 333]);
    expect(year.trace.parts[0]!.tie).toEqual({
      won: true,
      against: [
        { part: 1, rule: "position" },
        { part: 2, rule: "position" },
      ],
    });
  });
});

describe("HIERARCHY explained", () => {
  // The README's udmøntning tree: A → A1 (11: 300, 12: 100), A2 (21: 600); B → 31: 50, 32: 50.
  const nodes = ["A", "A1", "11", "12", "A2", "21", "B", "31", "32"];
  const parents = [null, "A", "A1", "A1", "A", "A2", null, "B", "B"];
  const weights = [null, null, 300, 100, null, 600, null, 50, 50];

  test("a leaf's path from the top: 100 to A, 40 to A1 (400 of 1.000), 10 to cost centre 12 (100 of 400)", () => {
    // Total 111 over A (1.000) and B (100): 100,909…, 10,0909…; floors 100 + 10 leave one, and
    // A's remainder 0,909… is larger than B's 0,0909…: A 101, B 10. (formatDanish drops a cut 0.)
    const explained = explainHierarchy({ totals: [111], nodes, parents, weights }, 3);
    expect(explained.path.map((level) => level.parent)).toEqual([-1, 0, 1]);
    const [top, a, a1] = explained.path;
    expect(top!.parentUnits).toBe(111);
    expect(table(top!.trace)).toEqual([
      ["100,90909…", 100, "0,90909…", 1, 1],
      ["10,090909…", 10, "0,090909…", 2, 0],
    ]);
    // A's 101 over A1 (400) and A2 (600): 40,4 and 60,6; one left to A2 (0,6 > 0,4): 40 and 61.
    expect(a!.parentUnits).toBe(101);
    expect(a!.siblings).toEqual([1, 4]);
    expect(table(a!.trace)).toEqual([
      ["40,4", 40, "0,4", 2, 0],
      ["60,6", 60, "0,6", 1, 1],
    ]);
    // A1's 40 over 11 (300) and 12 (100): 30 and 10 exactly.
    expect(a1!.parentUnits).toBe(40);
    expect(a1!.at).toBe(1);
    expect(a1!.result).toEqual([30, 10]);
    expect(formatDanish(explained.weights[1]!)).toBe("400");
  });

  test("B's 11 over 31 and 32: the tie by position, as the README tells it", () => {
    const explained = explainHierarchy(
      { totals: [11], nodes: nodes.slice(6), parents: parents.slice(6), weights: weights.slice(6) },
      2,
    );
    const leaf = explained.path[1]!;
    expect(table(leaf.trace)).toEqual([
      ["5,5", 5, "0,5", 1, 1],
      ["5,5", 5, "0,5", 2, 0],
    ]);
    expect(leaf.trace.parts[1]!.tie).toEqual({ won: false, against: [{ part: 0, rule: "position" }] });
    expect(leaf.result).toEqual([6, 5]);
  });
});

describe("ROUNDTABLE explained", () => {
  test("0,4 in every cell of a 2 × 2 table: the diagonal is rounded up, rows and columns require it", () => {
    // Each 0,4 is nearest 0; each row and column total 0,8 is nearest 1, the grand total 1,6 is 2.
    // Cells at nearest make 0 under every row's and column's 1: one cell per row and per column
    // must go up, away from its nearest; row-major order takes (1, 1) and (2, 2).
    const explained = explainRoundTable(
      [
        [0.4, 0.4],
        [0.4, 0.4],
      ],
      0,
    );
    expect(explained.grid.map((row) => row.map((f) => f.printed))).toEqual([
      [1, 0, 1],
      [0, 1, 1],
      [1, 1, 2],
    ]);
    const reason = figureReason(explained, 0, 0);
    expect(formatDanish(reason.figure.exact)).toBe("0,4");
    expect(reason.figure.nearest).toBe(0);
    expect(reason.direction).toBe(1);
    expect(reason.reasons.map((r) => [r.equation.kind, r.equation.index, r.required, r.equation.gap])).toEqual([
      ["row", 0, true, 1],
      ["column", 0, true, 1],
    ]);
    expect(figureReason(explained, 0, 1).direction).toBe(0);
  });

  test("FUNCTIONS.md's grouped example: MSB's subtotal 1,60 | 2,80 keeps 1,6 | 2,8, so cells at a half move", () => {
    // 1,25 | 2,45 and 0,35 | 0,35: each cell is exactly half way; ROUND would print 1,3 2,5 0,4 0,4,
    // making 1,7 | 2,9 under the subtotal's exact 1,6 | 2,8. One cell of each column goes down.
    const explained = explainRoundTable(
      [
        [1.25, 2.45],
        [0.35, 0.35],
      ],
      1,
      ["MSB", "MSB"],
    );
    expect(explained.groupLabels).toEqual(["MSB"]);
    const subtotals = explained.grid[2]!.map((f) => f.printed);
    expect(subtotals).toEqual([16, 28, 44]);
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ] as const) {
      const f = figureReason(explained, r, c);
      expect(f.figure.half).toBe(true);
      if (f.direction === 0) continue;
      expect(f.direction).toBe(-1);
      const column = f.reasons.find((x) => x.equation.kind === "groupColumn")!;
      expect(column.required).toBe(true);
      expect(column.equation.gap).toBe(-1); // 16 − (13 + 4), 28 − (25 + 4)
    }
  });
});
