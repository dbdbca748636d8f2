/**
 * The follow-up's threshold: the share of its plan a programme must have realised not to be
 * flagged. Read as a rate, but a share above 100 % gets words of its own: the rate's advice ("did
 * you mean 1,5 %?") answers a quota typed as 150 %, not a threshold.
 */
import { decimalOf, formatDanish, parseNumberText } from "../../../core";
import { followUpText } from "./followUpText";
import { readRate } from "../../logic/rate";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";

const THRESHOLD: Text = followUpText.theThreshold;

export function readThreshold(text: string): number {
  const typed = text.trim();
  const value = parseNumberText(typed);
  if (value !== undefined && value > 1) {
    // "150 %" is read as 1,5; a plain 80 is 8.000 %, and the rate's message rightly offers 80 %.
    const percent = /%$/.test(typed);
    if (percent || value > 100) {
      const { coef, exp } = decimalOf(value);
      const hundredfold = formatDanish({ coef, exp: exp + 2 });
      throw new UserError(followUpText.meansAbove100Programme(THRESHOLD, percent, typed, hundredfold));
    }
  }
  return readRate(text, THRESHOLD);
}
