/** What the user fills in on the Demografi wizard. Texts as typed; read and checked later. */
import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export type RateMode = "one" | "perGroup";

export interface DemographyWizardInput extends OutputSettings {
  /** Age group, the basis count, then one column of forecast counts per year. */
  tableAddress: string;
  /** A column of unit amounts (enhedsbeløb), one per age group. */
  unitsAddress: string;
  rateMode: RateMode;
  /** One compensation rate for all groups as typed ("75 %"); blank is 100 %. */
  rate: string;
  /** A column of rates, one per age group. */
  ratesAddress: string;
  unit: Unit;
  decimals: number;
  output: OutputKind;
}

export function defaultDemographyInput(): DemographyWizardInput {
  return {
    tableAddress: "",
    unitsAddress: "",
    rateMode: "one",
    rate: "",
    ratesAddress: "",
    unit: "mkr",
    decimals: 1,
    output: "formula",
    target: "",
    newSheet: false,
  };
}
