/**
 * The playground's sample organisation (src/sample/sampleTree.ts) is a tree HIERARCHY accepts,
 * of the size the issue asks for, and each department's adopted savings spread down it add up.
 */
import { hierarchy } from "../../src/core";
import { ADOPTED_SAVINGS, SAMPLE_TREE, sampleTreeSheet } from "../../src/sample/sampleTree";

const leaves = SAMPLE_TREE.filter((row) => row.budget !== null);
const departments = SAMPLE_TREE.filter((row) => row.parent === null);

/** The department's rows: itself and everything below it, in the order of the export. */
function subtree(department: string | number): typeof SAMPLE_TREE {
  const inside = new Set<string | number>([department]);
  return SAMPLE_TREE.filter((row) => {
    if (row.id === department || (row.parent !== null && inside.has(row.parent))) inside.add(row.id);
    return inside.has(row.id);
  });
}

describe("the sample organisation", () => {
  test("three departments, ten areas, 40 cost centres, unique ids, every parent present", () => {
    expect(departments.map((d) => d.id)).toEqual(["BUF", "SOA", "TMK"]);
    expect(SAMPLE_TREE.length - leaves.length - departments.length).toBe(10);
    expect(leaves).toHaveLength(40);
    const ids = SAMPLE_TREE.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of SAMPLE_TREE) if (row.parent !== null) expect(ids).toContain(row.parent);
    expect(sampleTreeSheet()[0]).toEqual(["Id", "Navn", "Overordnet", "Budget 2025 (1.000 kr.)"]);
  });

  test("Børn, Unge og Familie's 2.500 in 2025 goes 507 / 1.671 / 322 to its areas", () => {
    // Budgets: Dagtilbud 72.360, Skoler 238.440, Familie og forebyggelse 45.940, of 356.740.
    // 2.500 × each / 356.740 = 507,09 | 1.670,96 | 321,94: floors 2.498, the two missing units to
    // the remainders ,96 and ,94.
    const rows = subtree("BUF");
    const result = hierarchy({
      totals: [2_500],
      nodes: rows.map((r) => r.id),
      parents: rows.map((r) => r.parent),
      weights: rows.map((r) => r.budget),
    });
    const amountOf = (id: number): number => result[rows.findIndex((r) => r.id === id)]?.[0] as number;
    expect([amountOf(2100), amountOf(2200), amountOf(2300)]).toEqual([507, 1671, 322]);
  });

  test.each(ADOPTED_SAVINGS.map((s) => [s.department, s.amounts] as const))(
    "%s's adopted savings spread down add up at every level, year by year",
    (department, amounts) => {
      const rows = subtree(department);
      const result = hierarchy({
        totals: [...amounts],
        nodes: rows.map((r) => r.id),
        parents: rows.map((r) => r.parent),
        weights: rows.map((r) => r.budget),
      });
      expect(result[0]).toEqual(amounts);
      rows.forEach((row, i) => {
        const children = rows.flatMap((child, j) => (child.parent === row.id ? [j] : []));
        if (children.length === 0) return;
        const sums = amounts.map((_, y) => children.reduce((sum, j) => sum + (result[j]?.[y] as number), 0));
        expect([row.id, sums]).toEqual([row.id, result[i]]);
      });
      const closed = rows.findIndex((r) => r.budget === 0);
      if (closed >= 0) expect(result[closed]).toEqual(amounts.map(() => 0));
    },
  );
});
