/**
 * The sample municipality's negotiation round: a catalogue of proposals (sheet "Forslag") and a
 * negotiation sheet already started from it (sheet "Forhandling"), with two settlements under way,
 * so the Forhandling and Bilag wizards can be tried at once. Amounts in mio. kr.
 */
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import type { Negotiation, Proposal } from "../negotiation/model";
import { buildSheet } from "../negotiation/sheet";
import type { Status } from "../negotiation/words";

export const SAMPLE_CATALOGUE: readonly (readonly (string | number)[])[] = [
  ["Afdeling", "Titel", 2024, 2025, 2026, 2027],
  ["MSB", "Færre vikarer", 1.25, 2.45, 2.45, 2.45],
  ["MSB", "Digital post", 0.35, 0.35, 0.35, 0.35],
  ["MTM", "Samkørsel af kørsel", 0.4, 0.8, 0.8, 0.8],
  ["MSO", "Nattevagt på tværs", 1.15, 1.15, 1.15, 1.15],
  ["MBU", "Lukning af filial", 2.15, 3.05, 3.05, 3.05],
  ["MBU", "Færre PPR-timer", 0.55, 0.75, 0.95, 0.95],
  ["BA", "Færre licenser", 0.2, 0.25, 0.25, 0.25],
];

/** Forlig A and Forlig B, proposal by proposal; "Nattevagt på tværs" is adopted in part in A. */
const STATUSES: readonly [Status | undefined, Status | undefined][] = [
  ["adopted", "adopted"],
  ["rejected", "adopted"],
  ["adopted", "adopted"],
  ["partial", "adopted"],
  ["adopted", "rejected"],
  ["rejected", "adopted"],
  ["adopted", undefined],
];
const PARTIAL = [0.5, 0.6, 0.6, 0.6];

export function sampleNegotiation(): Negotiation {
  const proposals: Proposal[] = SAMPLE_CATALOGUE.slice(1).map((row, i) => ({
    department: row[0] as string,
    title: row[1] as string,
    amounts: row.slice(2) as number[],
    choices: (STATUSES[i] ?? []).map((status) => ({
      status,
      partial: status === "partial" ? PARTIAL.slice() : [null, null, null, null],
    })),
  }));
  return {
    unit: "mkr",
    years: ["2024", "2025", "2026", "2027"],
    scenarios: ["Forlig A", "Forlig B"],
    proposals,
    room: [5, 6.5, 7, 7],
    quotas: new Map<string, (number | null)[]>(
      [
        ["MSB", 1.5],
        ["MTM", 0.5],
        ["MSO", 1],
        ["MBU", 2.5],
        ["BA", 0.3],
      ].map(([d, q]) => [d as string, [q as number, q as number, q as number, q as number]]),
    ),
  };
}

export function addSampleNegotiation(wb: MemoryWorkbook): void {
  wb.addSheet("Forslag");
  SAMPLE_CATALOGUE.forEach((row, r) =>
    row.forEach((v, c) => wb.setInput("Forslag", r, c, v, r > 0 && c > 1 ? "#,##0.00" : undefined)),
  );
  const sheet = wb.addSheet("Forhandling");
  const block = buildSheet(sampleNegotiation(), "da", 2);
  block.formulas.forEach((row, r) =>
    row.forEach((input, c) => input !== "" && wb.setInput(sheet.name, r, c, input, block.numberFormats[r]?.[c])),
  );
  for (const v of block.validations)
    sheet.validations.push({
      range: {
        sheet: sheet.name,
        start: { row: v.row, column: v.column },
        end: { row: v.row + v.rows - 1, column: v.column + v.columns - 1 },
      },
      choices: v.choices,
    });
}
