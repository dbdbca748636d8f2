/**
 * The follow-up's threshold: the share of its plan a programme must have realised not to be
 * flagged. Read as a rate, but a share above 100 % gets words of its own: the rate's advice ("did
 * you mean 1,5 %?") answers a quota typed as 150 %, not a threshold.
 */
import { decimalOf, formatDanish, parseNumberText } from "../../../core";
import { readRate } from "../../logic/rate";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";

const THRESHOLD: Text = { da: "Tærsklen", en: "The threshold" };

export function readThreshold(text: string): number {
  const typed = text.trim();
  const value = parseNumberText(typed);
  if (value !== undefined && value > 1) {
    // "150 %" is read as 1,5; a plain 80 is 8.000 %, and the rate's message rightly offers 80 %.
    const percent = /%$/.test(typed);
    if (percent || value > 100) {
      const { coef, exp } = decimalOf(value);
      const hundredfold = formatDanish({ coef, exp: exp + 2 });
      throw new UserError({
        da: `${THRESHOLD.da}: ${percent ? `${typed} er` : `${typed} betyder ${hundredfold} %,`} over 100 %. Et program markeres, når det har realiseret mindre end tærsklen af sin plan, så over 100 % ville også markere programmer, der har nået hele planen. Skriv en tærskel fra 0 % til 100 %, fx 80 %.`,
        en: `${THRESHOLD.en}: ${percent ? `${typed} is` : `${typed} means ${hundredfold} %,`} above 100 %. A programme is flagged when it has realised less than the threshold of its plan, so above 100 % would flag programmes that reached their whole plan too. Type a threshold from 0 % to 100 %, e.g. 80 %.`,
      });
    }
  }
  return readRate(text, THRESHOLD);
}
