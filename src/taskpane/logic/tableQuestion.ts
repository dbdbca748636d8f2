/**
 * A question the wizard asks before it computes anything: the table could mean two things (a
 * hidden row, a named row that is the sum of those above, a key summing to 200 %). The preview shows
 * the question with one button per answer; the answer is kept under the question's id, which names
 * the cells it is about, so pointing at another table asks again.
 */
import type { Question } from "../../sheet/tableShape";
import type { Text } from "../wizards/contract";
import { UserError } from "./errorMessages";
import { logicText } from "./logicText";

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
      return new TableQuestion(question.id, logicText.hiddenRows(what, list(rows), rows.length === 1), [
        { answer: "include", label: logicText.includeHidden },
        { answer: "leaveOut", label: logicText.leaveOutHidden },
      ]);
    }
    case "sumRowWithName":
      return new TableQuestion(question.id, logicText.sumRowWithName(what, question.row, question.label), [
        { answer: "total", label: logicText.aTotal },
        { answer: "data", label: logicText.aRowLikeTheOthers },
      ]);
    case "labelOrZero":
      return new TableQuestion(question.id, logicText.labelOrZero(what, question.row, question.label), [
        { answer: "zero", label: logicText.aRowOfZero },
        { answer: "label", label: logicText.aHeading },
      ]);
  }
}
