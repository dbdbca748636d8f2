/** What the user fills in on the PL-fremskrivning wizard. Texts as typed; read and checked later. */
import type { Unit } from "../../../text/units";
import type { OutputKind, OutputSettings } from "../contract";

export interface RepriceWizardInput extends OutputSettings {
  /** Budget lines × years (line name, optionally a kind column, then one column per year). */
  budgetAddress: string;
  /** Whether the text column just before the years holds each line's kind (Løn, Priser, …). */
  hasKindColumn: boolean;
  /** Without a kind column: the one kind of every line; blank is the rate table's first kind. */
  kind: string;
  /** KL's rate table as pasted: years down, kinds across, rates as percent cells or texts. */
  rateTableAddress: string;
  fromYear: string;
  toYear: string;
  unit: Unit;
  decimals: number;
  output: OutputKind;
}

export function defaultRepriceInput(): RepriceWizardInput {
  return {
    budgetAddress: "",
    hasKindColumn: true,
    kind: "",
    rateTableAddress: "",
    fromYear: "",
    toYear: "",
    unit: "tkr",
    decimals: 0,
    output: "formula",
    target: "",
    newSheet: false,
  };
}
