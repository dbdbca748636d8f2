/** What the user fills in on the programme wizard (Effektiviseringskatalog). Texts as typed. */
import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export interface ProgrammeInput extends OutputSettings {
  /** Programmes × years of gains (positive), with names in the first column and years above. */
  gainsAddress: string;
  /** Costs of the same programmes and years, printed negative. */
  costsAddress: string;
  /** Optional: the net as the catalogue prints it, checked against gains + costs. */
  printedNetAddress: string;
  /** The target: a rate of the decentralised budgets in a column of the workbook, or typed. */
  targetFrom: "budgets" | "typed";
  budgetsAddress: string;
  /** "1 %" or "0,01". */
  targetRate: string;
  /** One amount for every year, or one per year separated by ";": "3,0; 6,0; 9,0". */
  targetTyped: string;
  unit: Unit;
  /** Places after the decimal mark in the unit, 0–3; also the printed precision the check allows for. */
  decimals: number;
  output: OutputKind;
  /** Insert a chart of the cumulative effect against the cumulative target (dashed). */
  chart: boolean;
}

export function defaultProgrammeInput(): ProgrammeInput {
  return {
    gainsAddress: "",
    costsAddress: "",
    printedNetAddress: "",
    targetFrom: "budgets",
    budgetsAddress: "",
    targetRate: "1 %",
    targetTyped: "",
    unit: "mkr",
    decimals: 1,
    output: "formula",
    chart: true,
    target: "",
    newSheet: false,
  };
}
