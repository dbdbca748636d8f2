/**
 * The council's annex: the proposals a scenario adopts, per department and year, in mio. kr. or
 * 1.000 kr., rounded by the core's roundTable so that every printed row and column adds up, the
 * grand total being ROUND of the exact one. Department subtotals are sums of the printed figures,
 * so they add up too (each proposal is within one unit of its exact value; a subtotal is the sum).
 */
import { decimalOf, decimalToNumber, exactSum, roundTable } from "../core";
import { adoptedAmounts, departmentsOf, type Negotiation } from "../negotiation/model";
import { UNIT_EXPONENT, type SheetUnit } from "../negotiation/words";
import type { Text } from "../text/text";
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

export function buildAnnexTable(n: Negotiation, options: AnnexOptions): AnnexTable {
  const scenario = n.scenarios.findIndex((s) => s.trim().toLowerCase() === options.scenario.trim().toLowerCase());
  if (scenario < 0)
    throw new AnnexProblem({
      da: `Forliget "${options.scenario}" findes ikke på forhandlingsarket. Vælg et af: ${n.scenarios.join(", ")}.`,
      en: `The scenario "${options.scenario}" is not on the negotiation sheet. Choose one of: ${n.scenarios.join(", ")}.`,
    });
  const rows: { department: string; title: string; amounts: number[] }[] = [];
  for (const department of departmentsOf(n))
    for (const p of n.proposals.filter((q) => q.department === department)) {
      const amounts = adoptedAmounts(p, scenario).map((v) => convertUnit(v, n.unit, options.unit));
      if (amounts.some((v) => v !== 0)) rows.push({ department, title: p.title, amounts });
    }
  if (rows.length === 0)
    throw new AnnexProblem({
      da: `${n.scenarios[scenario]} har ingen vedtagne forslag endnu. Sæt status til Vedtaget eller Delvis på forhandlingsarket.`,
      en: `${n.scenarios[scenario]} adopts no proposal yet. Set a status to Adopted or Partial on the negotiation sheet.`,
    });
  const rounded = roundTable(
    rows.map((r) => r.amounts),
    options.decimals,
  );
  const departments: AnnexDepartment[] = [];
  rows.forEach((r, i) => {
    let d = departments[departments.length - 1];
    if (!d || d.name !== r.department) {
      d = { name: r.department, proposals: [], subtotal: [], total: 0 };
      departments.push(d);
    }
    d.proposals.push({ title: r.title, cells: rounded.cells[i] as number[], total: rounded.rowTotals[i] as number });
  });
  for (const d of departments) {
    d.subtotal = n.years.map((_, y) => exactSum(d.proposals.map((p) => p.cells[y] as number)));
    d.total = exactSum(d.proposals.map((p) => p.total));
  }
  return {
    scenario: n.scenarios[scenario] as string,
    unit: options.unit,
    decimals: options.decimals,
    years: n.years,
    departments,
    yearTotals: rounded.columnTotals,
    grandTotal: rounded.grandTotal,
  };
}
