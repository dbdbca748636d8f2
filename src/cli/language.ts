/**
 * --language: the catalogue's language (Danish unless --language en) and the language of the
 * problems, warnings and findings printed. Those were printed in English before --language covered
 * them, so they stay English unless --language is given.
 */
import type { Language } from "../text/language";
import { stringOption, UsageError, type ParsedArgs } from "./args";

function givenLanguage(args: ParsedArgs): Language | undefined {
  const language = stringOption(args, "language");
  if (language === undefined) return undefined;
  if (language !== "da" && language !== "en") throw new UsageError("--language is da or en.");
  return language;
}

export function catalogueLanguage(args: ParsedArgs): Language {
  return givenLanguage(args) ?? "da";
}

export function printedLanguage(args: ParsedArgs): Language {
  return givenLanguage(args) ?? "en";
}
