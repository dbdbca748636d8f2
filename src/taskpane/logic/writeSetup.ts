/** What a wizard writing a table of amounts works out first: where, as formulas or values, in which unit. */
import type { RangeRef } from "../../sheet/address";
import type { Language, OutputSettings } from "../wizards/contract";
import { amountFormat } from "./numbers";
import { blockCells, writeTarget } from "./target";
import { UNIT_WORDS, type Unit } from "../../text/units";

/** A wizard's output settings with the formula-or-values choice made, and its unit. */
export type WriteSetupInput = Required<OutputSettings> & { unit: Unit };

export interface WriteSetup {
  /** The top-left cell; without a sheet when the write adds one. */
  target: RangeRef;
  /** Live formulas rather than values. */
  live: boolean;
  /** Excel's number format for the amounts, at their places. */
  format: string;
  /** The unit's label in the pane's language, for headings: "mio. kr.". */
  unit: string;
  /** A cell of the block by row and column within it, without the sheet. */
  at: (row: number, column: number) => string;
}

export function writeSetup(
  input: WriteSetupInput,
  places: number,
  language: Language,
  defaultSheet: string,
): WriteSetup {
  const target = writeTarget(input, defaultSheet);
  return {
    target,
    live: input.output === "formula",
    format: amountFormat(places),
    unit: UNIT_WORDS[input.unit][language],
    at: blockCells(target),
  };
}
