/**
 * Three sheets of the sample municipality for the yearly adjustments: KL's rate table as pasted
 * (2025 as the texts a paste from a web page leaves, the other years as percent cells), a budget by
 * kind at 2024-PL (FUNCTIONS.md's REPRICE example, with its total row), and a population forecast
 * for five age groups over four years with basis, unit amounts and 75 % compensation for 80+ år
 * (its first three years and three of its groups are FUNCTIONS.md's DEMOGRAPHY example).
 */
import { percentFormat } from "../text/number";
import type { CellInput } from "../sheet/types";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import { putTable } from "./sampleTable";

const PERCENT = percentFormat(1, "da");
const WHOLE_PERCENT = percentFormat(0, "da");
const THOUSANDS = "#,##0";
const FOUR_DECIMALS = "0.0000";

/** Satser!A3:D8: År, Løn, Priser, Overførsler for 2024–2028, under a title. */
export const RATE_TABLE: readonly (readonly CellInput[])[] = [
  ["År", "Løn", "Priser", "Overførsler"],
  [2024, 0.05, 0.036, 0.041],
  [2025, "3,0 %", "2,0 %", "2,6 %"],
  [2026, 0.025, 0.015, 0.022],
  [2027, 0.024, 0.018, 0.02],
  [2028, 0.024, 0.019, 0.02],
];

/** PL-budget!A1:D6: line, kind, 2025 and 2026 in 1.000 kr. at 2024-PL, and the total row. */
export const PL_BUDGET: readonly (readonly CellInput[])[] = [
  ["Linje", "Art", 2025, 2026],
  ["Løn, dagtilbud", "Løn", 1250, 1300],
  ["Løn, skoler", "Løn", 830, 845],
  ["Materialer", "Priser", 410, 400],
  ["Vedligehold", "Priser", 95, 95],
  ["I alt", "", 2585, 2640],
];

/** Demografi!A1:H6: age group, basis, forecast 2026–2029, unit amount (mio. kr.), compensation rate. */
export const POPULATION: readonly (readonly CellInput[])[] = [
  ["Aldersgruppe", "Basis 2025", 2026, 2027, 2028, 2029, "Enhedsbeløb", "Kompensationsgrad"],
  ["0–5 år", 4210, 4180, 4150, 4165, 4140, 0.0984, 1],
  ["6–16 år", 8930, 8990, 9075, 9120, 9160, 0.0817, 1],
  ["17–64 år", 58200, 58350, 58420, 58510, 58600, 0.0021, 1],
  ["65–79 år", 9870, 10010, 10150, 10240, 10330, 0.0365, 1],
  ["80+ år", 2650, 2790, 2935, 3080, 3215, 0.1423, 0.75],
];

export function addAdjustmentSheets(wb: MemoryWorkbook): void {
  wb.addSheet("Satser");
  wb.setInput("Satser", 0, 0, "KL's pris- og lønskøn (ændring fra året før)");
  putTable(wb, "Satser", 2, 0, RATE_TABLE, [undefined, PERCENT, PERCENT, PERCENT]);
  wb.addSheet("PL-budget");
  putTable(wb, "PL-budget", 0, 0, PL_BUDGET, [undefined, undefined, THOUSANDS, THOUSANDS]);
  wb.addSheet("Demografi");
  putTable(wb, "Demografi", 0, 0, POPULATION, [
    undefined,
    THOUSANDS,
    THOUSANDS,
    THOUSANDS,
    THOUSANDS,
    THOUSANDS,
    FOUR_DECIMALS,
    WHOLE_PERCENT,
  ]);
}
