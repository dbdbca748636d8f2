/** What the user fills in on the negotiation wizard (Forhandling). Texts as typed. */
import type { Unit } from "../../../text/units";
import type { OutputSettings } from "../contract";

export interface NegotiationInput extends OutputSettings {
  /** The catalogue with its heading row (Afdeling, Titel, years). */
  catalogueAddress: string;
  /** Scenarios side by side, 1–6; a re-run never removes one the sheet has. */
  scenarios: number;
  unit: Unit;
  /** Places shown in the amounts' number format. */
  decimals: number;
  /** "5,0; 8,0; 10,0; 10,0", one amount, or blank (keep the sheet's). */
  room: string;
  /** Optional range: department, then one quota or one per year. */
  quotasAddress: string;
}

export const MAX_SCENARIOS = 6;

export function defaultNegotiationInput(): NegotiationInput {
  return {
    catalogueAddress: "",
    scenarios: 2,
    unit: "mkr",
    decimals: 1,
    room: "",
    quotasAddress: "",
    target: "",
    newSheet: true,
  };
}
