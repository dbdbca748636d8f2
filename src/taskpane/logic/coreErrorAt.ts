/**
 * The core's InputError said in the pane's words: the field the user filled in and the cell the
 * core pointed at, so the user goes straight to it instead of reading "row 3, column 2".
 */
import type { InputError, Place } from "../../core";
import { inputErrorDetail } from "../../text/inputErrors";
import type { Text } from "../wizards/contract";
import { UserError } from "./errorMessages";
import { logicText } from "./logicText";

export function coreErrorAt(error: InputError, what: Text, cell: string | undefined): UserError {
  const at = cell === undefined ? "" : ` ${cell}`;
  const detail = { da: inputErrorDetail(error, "da"), en: inputErrorDetail(error, "en") };
  return new UserError(logicText.coreError(what, at, detail));
}

/** The 0-based row of a core place (1-based, 0 where it names only a column). */
export function placeRow(place: Place | undefined): number | undefined {
  return place === undefined || place[0] === 0 ? undefined : place[0] - 1;
}
