/** What the user fills in on the udmøntning wizard. Texts as typed; read and checked later. */
import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export interface ImplementationInput extends OutputSettings {
  /** The tree as a chart-of-accounts export lists it: id, name, parent, budget (a header row is allowed). */
  treeAddress: string;
  /** The adopted amounts per department and year: from the workbook, or typed. */
  amountsFrom: "range" | "typed";
  /** Departments (id or name) in the first column, an amount per year beside them, years on top. */
  amountsAddress: string;
  /** One line per department: "BUF: 2.500; 5.000". */
  amountsTyped: string;
  /** The first year's heading when the amounts carry none. */
  firstYear: string;
  unit: Unit;
  /** Places after the decimal mark in the unit, 0–3. */
  decimals: number;
  output: OutputKind;
}

export function defaultImplementationInput(): ImplementationInput {
  return {
    treeAddress: "",
    amountsFrom: "range",
    amountsAddress: "",
    amountsTyped: "",
    firstYear: "2025",
    unit: "tkr",
    decimals: 0,
    output: "formula",
    target: "",
    newSheet: false,
  };
}

/** The inputs the preview depends on: where and how the result is written does not change it. */
export function implementationPreviewKey(input: ImplementationInput): string {
  const { treeAddress, amountsFrom, amountsAddress, amountsTyped, firstYear, unit, decimals } = input;
  return JSON.stringify([treeAddress, amountsFrom, amountsAddress, amountsTyped, firstYear, unit, decimals]);
}
