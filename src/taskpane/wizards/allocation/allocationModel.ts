/** What the user fills in on the allocation wizard (Fordel). Texts as typed; read and checked later. */

import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export type HoldInput = { kind: "free" } | { kind: "fixed"; amount: string } | { kind: "excluded" };

export interface AllocationInput extends OutputSettings {
  /** The total(s): from a cell or a row of yearly totals in the workbook, or typed. */
  totalsFrom: "range" | "typed";
  totalsAddress: string;
  /** One amount, or yearly amounts separated by ";": "5,0; 10,0". */
  totalsTyped: string;
  /**
   * The key: a key table (names and weights), a base column (names and e.g. spending; the key is
   * each department's share of it, to 0,1 %), or equal shares over the departments listed.
   */
  keyFrom: "table" | "base" | "equal";
  keyAddress: string;
  unit: Unit;
  /** Places after the decimal mark in the unit, 0–3. */
  decimals: number;
  /** One per department, in the key's order. Missing entries are free. */
  holds: HoldInput[];
  output: OutputKind;
  /** Write department names, year headings and a totals row around the parts. */
  labels: boolean;
  firstYear: string;
  /**
   * The totals range the user confirmed holds amounts although they look like year headings
   * (2024, 2025, …); "" until asked. Tied to the address, so pointing elsewhere asks again.
   */
  yearsAsAmounts: string;
}

export function defaultAllocationInput(): AllocationInput {
  return {
    totalsFrom: "typed",
    totalsAddress: "",
    totalsTyped: "",
    keyFrom: "table",
    keyAddress: "",
    unit: "mkr",
    decimals: 1,
    holds: [],
    output: "formula",
    labels: true,
    firstYear: "2024",
    target: "",
    newSheet: false,
    yearsAsAmounts: "",
  };
}

/** The inputs the preview depends on: where and how the result is written does not change the parts. */
export function previewKey(input: AllocationInput): string {
  const { totalsFrom, totalsAddress, totalsTyped, keyFrom, keyAddress, unit, decimals, holds, firstYear } = input;
  return JSON.stringify([
    input.yearsAsAmounts,
    totalsFrom,
    totalsAddress,
    totalsTyped,
    keyFrom,
    keyAddress,
    unit,
    decimals,
    holds,
    firstYear,
  ]);
}
