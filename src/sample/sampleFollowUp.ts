/**
 * Two sheets of the sample municipality for the udmøntning and follow-up wizards: the organisation's
 * tree with the adopted savings per department (from sampleTree.ts), and a benefits plan with the
 * realisation reported at mid-year 2026 (2024 and 2025 closed, later years not yet reported, and one
 * programme that has not reported 2025 yet: blank, not 0).
 */
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import { putTable } from "./sampleTable";
import { ADOPTED_SAVINGS, SAMPLE_TREE_YEARS, sampleTreeSheet } from "./sampleTree";

const THOUSANDS = "#,##0";
const ONE_DECIMAL = "#,##0.0";
const YEARS_THOUSANDS = [undefined, THOUSANDS, THOUSANDS, THOUSANDS, THOUSANDS];
const YEARS_ONE_DECIMAL = [undefined, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL, ONE_DECIMAL];

/** Udmøntning!A1:D54: the tree (id, name, parent, budget); F1:J4: the adopted savings, 1.000 kr. */
export function addImplementationSheet(wb: MemoryWorkbook): void {
  wb.addSheet("Udmøntning");
  putTable(wb, "Udmøntning", 0, 0, sampleTreeSheet(), [undefined, undefined, undefined, THOUSANDS]);
  putTable(
    wb,
    "Udmøntning",
    0,
    5,
    [
      ["Vedtaget besparelse (1.000 kr.)", ...SAMPLE_TREE_YEARS],
      ...ADOPTED_SAVINGS.map((d) => [d.department, ...d.amounts]),
    ],
    YEARS_THOUSANDS,
  );
}

export const FOLLOW_UP_YEARS = [2024, 2025, 2026, 2027] as const;
export const FOLLOW_UP_PROGRAMMES = ["Digital post", "Fælles indkøb", "Energirenovering", "Ny vagtplan"] as const;
/** Planned net gains, mio. kr. */
export const PLANNED = [
  [1.0, 2.0, 4.5, 4.5],
  [1.2, 2.4, 3.0, 3.0],
  [0.5, 1.5, 2.5, 3.5],
  [1.0, 2.0, 3.0, 3.0],
] as const;
/** Realised net gains as reported by 30 June 2026; "" is not yet reported. */
export const REALISED: readonly (readonly (number | "")[])[] = [
  [0.8, 1.9, "", ""],
  [1.2, 1.7, "", ""],
  [0.3, "", "", ""],
  [0.9, 1.5, "", ""],
];

/** Gevinster!A1:E5: the plan; A7:E11: the realisation (same programmes and years). */
export function addFollowUpSheet(wb: MemoryWorkbook): void {
  wb.addSheet("Gevinster");
  putTable(
    wb,
    "Gevinster",
    0,
    0,
    [
      ["Planlagt netto (mio. kr.)", ...FOLLOW_UP_YEARS],
      ...FOLLOW_UP_PROGRAMMES.map((p, i) => [p, ...(PLANNED[i] ?? [])]),
    ],
    YEARS_ONE_DECIMAL,
  );
  putTable(
    wb,
    "Gevinster",
    6,
    0,
    [
      ["Realiseret pr. 30.6.2026 (mio. kr.)", ...FOLLOW_UP_YEARS],
      ...FOLLOW_UP_PROGRAMMES.map((p, i) => [p, ...(REALISED[i] ?? [])]),
    ],
    YEARS_ONE_DECIMAL,
  );
}
