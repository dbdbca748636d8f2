/**
 * The annex from the command line (issue 18, item 9): a negotiation sheet of R proposals × 100 years
 * as an .xlsx, read, rounded with the departments as groups and written as the annex's .xlsx, as
 * `npm run workbooks -- annex` does (timed from the file's bytes to the annex's bytes). The reader
 * was quadratic (500/1.000/2.000/4.000 rows in 0,28/0,57/2,06/10,1 s; 2.000 × 100 in 128 s from the
 * CLI); the rows at several sizes show it linear. Each run checks the grand total against the exact
 * sum of the adopted amounts (hundredths as BigInt) rounded to tenths, half away from zero.
 */
import { buildAnnexTable } from "../src/annex/annexTable";
import { annexWorkbook, readNegotiationXlsx } from "../src/annex/annexXlsx";
import type { Negotiation } from "../src/negotiation/model";
import { negotiationWorkbook } from "../src/negotiation/negotiationXlsx";
import { workbookBytes } from "../src/workbooks/file/excelBytes";
import { measureAsync } from "./harness";
import type { Options } from "./options";
import type { CaseResult, Check } from "./results";

const YEARS = 100;
const NOW = new Date("2026-03-02T09:00:00Z");

/** Hundredths of a million, 5 to 101 per cell, every proposal adopted, 20 proposals per department. */
const hundredths = (i: number, y: number) => ((i * 7 + y * 13) % 97) + 5;

function negotiation(rows: number): Negotiation {
  const years = Array.from({ length: YEARS }, (_, y) => String(2027 + y));
  return {
    unit: "mkr",
    years,
    scenarios: ["Forlig A"],
    room: years.map(() => null),
    quotas: new Map(),
    proposals: Array.from({ length: rows }, (_, i) => ({
      department: `Afdeling ${Math.floor(i / 20) + 1}`,
      title: `Forslag ${i + 1}`,
      amounts: years.map((_, y) => hundredths(i, y) / 100),
      choices: [{ status: "adopted" as const, partial: years.map(() => null) }],
    })),
  };
}

/** The exact grand total in hundredths, rounded to tenths half away from zero (all positive here). */
function expectedTenths(rows: number): bigint {
  let sum = 0n;
  for (let i = 0; i < rows; i++) for (let y = 0; y < YEARS; y++) sum += BigInt(hundredths(i, y));
  return (sum + 5n) / 10n;
}

export async function annexCases(options: Options, log: (line: string) => void): Promise<CaseResult[]> {
  const sizes = options.mode === "quick" ? [500, 1000] : [500, 1000, 2000];
  const cases: CaseResult[] = [];
  for (const rows of sizes) {
    log(`annex CLI: writing a negotiation sheet of ${rows} × ${YEARS} (not timed)`);
    const bytes = new Uint8Array(await workbookBytes(negotiationWorkbook(negotiation(rows), "da", 2)));
    const want = expectedTenths(rows);
    const measured = await measureAsync(
      async () => {
        const n = await readNegotiationXlsx(bytes, "forhandling.xlsx");
        const table = buildAnnexTable(n, { scenario: "Forlig A", unit: "mkr", decimals: 1 });
        const out = await workbookBytes(annexWorkbook(table, "da", "Eksempel Kommune", NOW));
        return { table, size: out.byteLength };
      },
      ({ table }): Check => {
        const got = BigInt(Math.round(table.grandTotal * 10));
        const proposals = table.departments.reduce((k, d) => k + d.proposals.length, 0);
        return got === want && proposals === rows
          ? { ok: true, detail: `grand total ${table.grandTotal}, ${proposals} proposals` }
          : {
              ok: false,
              detail: `grand total ${table.grandTotal}, ${proposals} proposals; expected ${want} tenths, ${rows}`,
            };
      },
      { warmups: 1, runs: options.mode === "quick" ? 2 : 3 },
    );
    log(`annex CLI ${rows} × ${YEARS}: ${(measured.timing.medianMs / 1000).toFixed(2)} s`);
    cases.push({
      name: `annex CLI: read, round and write ${rows} proposals × ${YEARS} years`,
      params: { proposals: rows, years: YEARS, decimals: 1 },
      timing: measured.timing,
      metrics: { inputBytes: bytes.byteLength, msPerProposal: measured.timing.medianMs / rows },
      check: measured.check,
    });
  }
  return cases;
}
