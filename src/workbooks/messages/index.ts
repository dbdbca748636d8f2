/**
 * The bilingual message catalogue of the department workbooks: problems in the central workbook,
 * warnings, refusals of returned files and consolidation findings, each a code with parameters,
 * rendered in Danish or English. English is the wording the command line has always printed.
 */
import { CENTRAL_TEXTS, WARNING_TEXTS, type CentralParams, type WarningParams } from "./centralTexts";
import { FINDING_TEXTS, type FindingParams } from "./findingTexts";
import { REFUSAL_TEXTS, type FileNoun, type RefusalParams } from "./refusalTexts";
import { SUBJECT_TEXTS, type SubjectParams } from "./subjectTexts";
import { renderWith, type MessageOf, type Texts } from "../../text/messageCatalogue";
import type { Language } from "../../text/language";

export interface MessageParams extends CentralParams, WarningParams, RefusalParams, FindingParams, SubjectParams {}
export type MessageCode = keyof MessageParams;

/** A message: its code and exactly that code's parameters. */
export type Message<K extends MessageCode = MessageCode> = MessageOf<MessageParams, K>;
export type CentralProblem = Message<keyof CentralParams>;
export type GenerationWarning = Message<keyof WarningParams>;
export type RefusalReason = Message<keyof RefusalParams>;
export type FindingText = Message<keyof FindingParams>;
export type ProblemsSubject = Message<"centralUnusable" | "cannotOpen" | "spreadFailed">;
/** Anything listed under a subject: a problem in the central workbook, why it cannot be opened, why it cannot be spread. */
export type Problem = CentralProblem | RefusalReason | Message<"spreadDetail">;

const TEXTS: Texts<MessageParams> = {
  ...CENTRAL_TEXTS,
  ...WARNING_TEXTS,
  ...REFUSAL_TEXTS,
  ...FINDING_TEXTS,
  ...SUBJECT_TEXTS,
};

/** The message's sentence in the language. */
export function render(message: Message, language: Language): string {
  return renderWith(TEXTS, message, language);
}

/** A refusal told about a file meant to be `what`: the opener refuses bytes without knowing whose. */
export function refusalAbout(reason: RefusalReason, what: FileNoun): RefusalReason {
  return { ...reason, params: { ...reason.params, what } } as RefusalReason;
}

/** A message with its parameters; a shorthand that checks the parameters against the code. */
export function message<K extends MessageCode>(code: K, params: MessageParams[K]): Message<K> {
  return { code, params };
}

export type { Language } from "../../text/language";
export type { AmountField } from "./centralTexts";
export { DEPARTMENT_WORKBOOK, type FileNoun } from "./refusalTexts";
