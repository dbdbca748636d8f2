/**
 * The user's answers to the table reader's questions that shaped a write, for the log: an auditor
 * must see that a row was counted as a total, or a hidden row left out, because the user said so.
 * The session keeps every answer given (some are about tables no longer read); the log takes only
 * those the read looked up, under their question ids, which name the cells they apply to.
 */
import type { Answers } from "../../sheet/tableShape";

/** Answers for a read, and afterwards the ones it looked up. */
export function recordingAnswers(answers: Answers): { answers: Answers; used: () => Record<string, string> } {
  const used: Record<string, string> = {};
  const watched = new Proxy(answers, {
    get(target, key) {
      const answer: unknown = Reflect.get(target, key);
      if (typeof key === "string" && typeof answer === "string" && Object.prototype.hasOwnProperty.call(target, key))
        used[key] = answer;
      return answer;
    },
  });
  return { answers: watched, used: () => ({ ...used }) };
}

/** The write's inputs with the answers that shaped it (as codes, under `answers`); unchanged when none did. */
export function withAnswers(inputs: unknown, used: Readonly<Record<string, string>>): unknown {
  if (Object.keys(used).length === 0) return inputs;
  if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) return { inputs, answers: used };
  return { ...(inputs as Record<string, unknown>), answers: used };
}
