/**
 * The council's annex: the proposals a scenario adopts, per department and year, in mio. kr. or
 * 1.000 kr., rounded by ROUNDTABLE with the departments as groups (the core's roundTableGrouped),
 * so that every printed row and column adds up, the grand total is ROUND of the exact one, and every
 * department subtotal is its exact value rounded down or up: where the negotiation sheet shows a
 * department's adopted amount at the printed unit already (1,60), the annex prints exactly that.
 *
 * A proposal counts as the sheet's formulas count it (statusOf's rule); a status the rule does not
 * know is counted by neither, and the annex names it.
 */
import { decimalOf, decimalToNumber, InputError, roundTableGrouped, type GroupedRoundedTable } from "../core";
import { formatNumber } from "../text/number";
import { adoptedAmounts, caseTwins, type Negotiation } from "../negotiation/model";
import { unrecognisedStatuses, type UnrecognisedStatus } from "../negotiation/readSheet";
import { UNIT_EXPONENT, UNIT_WORDS, type SheetLanguage, type SheetUnit } from "../negotiation/words";
import type { Text } from "../text/bilingual";
import { UserError } from "../text/userError";

export type AnnexUnit = "mkr" | "tkr";

export interface AnnexOptions {
  scenario: string;
  unit: AnnexUnit;
  /** Places printed after the decimal mark, 0–3. */
  decimals: number;
}

export interface AnnexDepartment {
  name: string;
  proposals: { title: string; cells: number[]; total: number }[];
  subtotal: number[];
  total: number;
}

export interface AnnexTable {
  scenario: string;
  unit: AnnexUnit;
  decimals: number;
  years: string[];
  departments: AnnexDepartment[];
  yearTotals: number[];
  grandTotal: number;
  /** Statuses in this scenario that count nowhere, for the wizard and the CLI to name. */
  unrecognised: UnrecognisedStatus[];
  /** The negotiation sheet's language: the status words it counts. */
  sheetLanguage: SheetLanguage;
  /** Department names that differ only in case, kept apart as the sheet keeps them. */
  caseTwins: string[][];
}

/** Why an annex cannot be made, in both languages. */
export class AnnexProblem extends UserError {
  constructor(text: Text) {
    super(text);
    this.name = "AnnexProblem";
  }
}

/** An amount moved from one unit to another by shifting its decimal point: exact, no binary product. */
export function convertUnit(value: number, from: SheetUnit, to: SheetUnit): number {
  if (value === 0) return 0;
  const { coef, exp } = decimalOf(value);
  return decimalToNumber({ coef, exp: exp + UNIT_EXPONENT[from] - UNIT_EXPONENT[to] });
}

/**
 * The rows rounded with their departments as groups, by number, not by name: "MSB" and "msb" are two
 * departments on the sheet, so here too. An amount too large to print with the decimals asked for
 * (a 1e15 typed by mistake) is named with its proposal, and the advice is the annex's own.
 */
function roundGrouped(
  rows: readonly { department: number; title: string; amounts: number[] }[],
  names: readonly string[],
  years: readonly string[],
  options: AnnexOptions,
): GroupedRoundedTable {
  try {
    return roundTableGrouped(
      rows.map((r) => r.amounts),
      options.decimals,
      rows.map((r) => r.department),
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    let at = { r: 0, y: 0, size: -1 };
    rows.forEach((row, r) =>
      row.amounts.forEach((v, y) => {
        if (Math.abs(v) > at.size) at = { r, y, size: Math.abs(v) };
      }),
    );
    const row = rows[at.r] as (typeof rows)[number];
    const amount = row.amounts[at.y] as number;
    const where = `${names[row.department] ?? ""}: ${row.title}, ${years[at.y] ?? ""}`;
    const shown = (language: "da" | "en") =>
      `${formatNumber(amount, 0, language)} ${UNIT_WORDS[options.unit][language]}`;
    throw new AnnexProblem({
      da: `Bilaget kan ikke afrundes: ${where} er ${shown("da")}, og med ${options.decimals} decimal(er) kræver beløbene og deres totaler mere end de 15 cifre, Excel regner med. Ret beløbet på forhandlingsarket (det er nok tastet forkert), eller vælg færre decimaler.`,
      en: `The annex cannot be rounded: ${where} is ${shown("en")}, and with ${options.decimals} decimal(s) the amounts and their totals need more than the 15 digits Excel calculates with. Mend the amount on the negotiation sheet (it is probably mistyped), or choose fewer decimals.`,
    });
  }
}

export function buildAnnexTable(n: Negotiation, options: AnnexOptions): AnnexTable {
  const scenario = n.scenarios.findIndex((s) => s.trim().toLowerCase() === options.scenario.trim().toLowerCase());
  if (scenario < 0)
    throw new AnnexProblem({
      da: `Forliget "${options.scenario}" findes ikke på forhandlingsarket. Vælg et af: ${n.scenarios.join(", ")}.`,
      en: `The settlement "${options.scenario}" is not on the negotiation sheet. Choose one of: ${n.scenarios.join(", ")}.`,
    });
  // The departments in the order their first proposal comes, each with its adopted proposals.
  const byDepartment = new Map<string, { title: string; amounts: number[] }[]>();
  for (const p of n.proposals) {
    const amounts = adoptedAmounts(p, scenario).map((v) => convertUnit(v, n.unit, options.unit));
    const own = byDepartment.get(p.department) ?? [];
    if (!byDepartment.has(p.department)) byDepartment.set(p.department, own);
    if (amounts.some((v) => v !== 0)) own.push({ title: p.title, amounts });
  }
  const rows: { department: number; title: string; amounts: number[] }[] = [];
  const names: string[] = [];
  for (const [department, proposals] of byDepartment) {
    if (proposals.length === 0) continue;
    names.push(department);
    for (const p of proposals) rows.push({ department: names.length - 1, ...p });
  }
  if (rows.length === 0)
    throw new AnnexProblem({
      da: `${n.scenarios[scenario]} har ingen vedtagne forslag endnu. Sæt status til Vedtaget eller Delvis på forhandlingsarket.`,
      en: `${n.scenarios[scenario]} adopts no proposal yet. Set a status to Adopted or Partial on the negotiation sheet.`,
    });
  const rounded = roundGrouped(rows, names, n.years, options);
  const departments: AnnexDepartment[] = rounded.groups.map((g, k) => ({
    name: names[k] as string,
    proposals: rows.slice(g.first, g.end).map((r, i) => ({
      title: r.title,
      cells: rounded.cells[g.first + i] as number[],
      total: rounded.rowTotals[g.first + i] as number,
    })),
    subtotal: g.subtotals,
    total: g.total,
  }));
  return {
    scenario: n.scenarios[scenario] as string,
    unit: options.unit,
    decimals: options.decimals,
    years: n.years,
    departments,
    yearTotals: rounded.columnTotals,
    grandTotal: rounded.grandTotal,
    unrecognised: unrecognisedStatuses(n, scenario),
    sheetLanguage: n.language ?? "da",
    caseTwins: caseTwins(n),
  };
}
