/** What the user fills in on the follow-up wizard (Gevinstopfølgning). Texts as typed. */
import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export interface FollowUpInput extends OutputSettings {
  /** Programmes × years of planned net gains, names in the first column and years on top. */
  planAddress: string;
  /** The realised net gains of the same programmes and years; a blank cell is not yet reported. */
  realisedAddress: string;
  /** Programmes realising less than this share of their plan are flagged: "80 %" or "0,8". */
  threshold: string;
  unit: Unit;
  /** Places shown after the decimal mark in the unit, 0–3. */
  decimals: number;
  output: OutputKind;
  /** Insert a chart of cumulative planned (dashed) against cumulative realised. */
  chart: boolean;
}

export function defaultFollowUpInput(): FollowUpInput {
  return {
    planAddress: "",
    realisedAddress: "",
    threshold: "80 %",
    unit: "mkr",
    decimals: 1,
    output: "formula",
    chart: true,
    target: "",
    newSheet: false,
  };
}

/** What the numbers depend on: where and how the result is written does not change them. */
export function followUpPreviewKey(input: FollowUpInput): string {
  const { planAddress, realisedAddress, threshold, unit, decimals } = input;
  return JSON.stringify([planAddress, realisedAddress, threshold, unit, decimals]);
}
