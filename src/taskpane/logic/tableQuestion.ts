/**
 * A question the wizard asks before it computes anything: the table could mean two things (a
 * hidden row, a named row that is the sum of those above, a key summing to 200 %). The preview shows
 * the question with one button per answer; the answer is kept under the question's id, which names
 * the cells it is about, so pointing at another table asks again.
 */
import type { Question } from "../../sheet/tableShape";
import type { Text } from "../wizards/contract";
import { UserError } from "./errorMessages";

export interface Choice {
  answer: string;
  label: Text;
}

export class TableQuestion extends UserError {
  constructor(
    readonly id: string,
    text: Text,
    readonly choices: readonly Choice[],
  ) {
    super(text);
    this.name = "TableQuestion";
  }
}

function list(items: readonly string[]): string {
  return items.length <= 4 ? items.join(", ") : `${items.slice(0, 4).join(", ")} …`;
}

/** The reader's question in the user's words, naming what it is about. */
export function tableQuestion(question: Question, what: Text): TableQuestion {
  switch (question.code) {
    case "hiddenRows": {
      const rows = question.rows.map((row, i) => `${row}${question.labels[i] ? ` (${question.labels[i]})` : ""}`);
      return new TableQuestion(
        question.id,
        {
          da: `${what.da}: ${rows.length === 1 ? "rækken" : "rækkerne"} ${list(rows)} er skjult i arket. Hører ${rows.length === 1 ? "den" : "de"} med til tabellen?`,
          en: `${what.en}: ${rows.length === 1 ? "the row" : "the rows"} ${list(rows)} ${rows.length === 1 ? "is" : "are"} hidden in the sheet. ${rows.length === 1 ? "Is it" : "Are they"} part of the table?`,
        },
        [
          { answer: "include", label: { da: "Ja, tag dem med", en: "Yes, include them" } },
          { answer: "leaveOut", label: { da: "Nej, udelad dem", en: "No, leave them out" } },
        ],
      );
    }
    case "sumRowWithName":
      return new TableQuestion(
        question.id,
        {
          da: `${what.da}: ${question.row} "${question.label}" er summen af rækkerne over den. Er det en total (udelades) eller en række som de andre?`,
          en: `${what.en}: ${question.row} "${question.label}" is the sum of the rows above it. Is it a total (left out) or a row like the others?`,
        },
        [
          { answer: "total", label: { da: "En total – udelad den", en: "A total – leave it out" } },
          { answer: "data", label: { da: "En række som de andre", en: "A row like the others" } },
        ],
      );
    case "labelOrZero":
      return new TableQuestion(
        question.id,
        {
          da: `${what.da}: ${question.row} "${question.label}" har intet beløb. Er det en række med 0, eller en overskrift for rækkerne under den?`,
          en: `${what.en}: ${question.row} "${question.label}" has no amount. Is it a row of 0, or a heading for the rows below it?`,
        },
        [
          { answer: "zero", label: { da: "En række med 0", en: "A row of 0" } },
          { answer: "label", label: { da: "En overskrift – udelad den", en: "A heading – leave it out" } },
        ],
      );
  }
}
