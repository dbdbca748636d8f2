/** What the user fills in on the quota wizard (Kvote). Texts as typed; read and checked later. */
import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export interface QuotaInput extends OutputSettings {
  /** The department table: names, budgets and (when `hasExempt`) exempt amounts; an address or a name. */
  tableAddress: string;
  /** Whether the table has a column of exempt amounts after the budgets. */
  hasExempt: boolean;
  /** The rate as typed: "1,5 %" or "0,015". */
  rate: string;
  unit: Unit;
  /** Places after the decimal mark in the unit, 0–3. */
  decimals: number;
  output: OutputKind;
}

export function defaultQuotaInput(): QuotaInput {
  return {
    tableAddress: "",
    hasExempt: true,
    rate: "",
    unit: "mkr",
    decimals: 1,
    output: "formula",
    target: "",
    newSheet: false,
  };
}
