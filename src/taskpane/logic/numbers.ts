/**
 * Numbers as the user reads and types them. Display only: every amount shown here was computed by
 * src/core; this module never does arithmetic on money.
 */
import { parseNumberText, shiftDecimal } from "../../core";
import type { Text } from "../wizards/contract";
import { logicText } from "./logicText";

// The pane's wizards print and format amounts and shares with the one formatter of src/text.
export { amountFormat, formatNumber, formatPercent, inLanguage } from "../../text/number";

/**
 * A list of typed numbers: "5,0; 10,0; 12,5" (";" or white space between them, as "," is the
 * Danish decimal mark). With ";" an empty entry between two keeps its place: "5,0;;12,5" is refused
 * naming position 2 (`bad` "" at `position`), never read as two years. `percentAt` lists the
 * positions (from 1) typed with a %, which a reader of amounts must ask about, not take as 0,05.
 */
export function parseTypedList(
  text: string,
): { values: number[]; percentAt: number[] } | { bad: string; position: number } {
  const joined = text.replace(/\s+%/g, "%");
  let entries = joined.includes(";")
    ? joined.split(";").map((e) => e.trim())
    : joined.split(/\s+/).filter((e) => e !== "");
  // One ";" at the end (or the start) is a habit, not an empty year.
  if (entries.length > 1 && entries[entries.length - 1] === "") entries = entries.slice(0, -1);
  if (entries.length > 1 && entries[0] === "" && joined.includes(";")) entries = entries.slice(1);
  if (entries.length === 1 && entries[0] === "") entries = [];
  const values: number[] = [];
  const percentAt: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as string;
    const value = entry === "" ? undefined : parseNumberText(entry);
    if (value === undefined) return { bad: entry, position: i + 1 };
    if (entry.endsWith("%")) percentAt.push(i + 1);
    values.push(value);
  }
  return { values, percentAt };
}

/** Why a typed list was refused, naming the entry and its place. */
export function typedListProblem(parsed: { bad: string; position: number }, what: Text, example: string): Text {
  return parsed.bad === ""
    ? logicText.listPlaceEmpty(what, parsed.position, example)
    : logicText.listPlaceNotANumber(what, parsed.bad, parsed.position, example);
}

/** A share of 1 as the number before its %: 0.05 → 5, exactly (the decimal point moved). */
export function percentNumber(share: number): number {
  return shiftDecimal(share, 2);
}
