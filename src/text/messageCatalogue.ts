/**
 * The message catalogues' plumbing. A message is a code and its parameters (file, sheet, cell,
 * amounts), never a finished sentence, so the same finding can be shown in Danish in the task pane
 * and in English on the command line; each code has one renderer per language.
 */
import type { Language } from "./language";

export type { Language };

/** One message's sentence in each language, from its parameters. */
export type Entry<P> = Record<Language, (params: P) => string>;

/** Renderers for every code of a parameter map. */
export type Texts<M> = { [K in keyof M]: Entry<M[K]> };

/** A message of the codes K of a parameter map M: the code together with exactly its parameters. */
export type MessageOf<M, K extends keyof M = keyof M> = { [P in K]: { code: P; params: M[P] } }[K];

/** The sentence of a message in a language. */
export function renderWith<M, K extends keyof M>(
  texts: Texts<M>,
  message: MessageOf<M, K>,
  language: Language,
): string {
  return texts[message.code][language](message.params);
}
