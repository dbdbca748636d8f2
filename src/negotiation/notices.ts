/**
 * What the negotiation and annex wizards (and the CLI) say about a sheet before anything is written:
 * statuses that count nowhere, and department names that differ only in case.
 */
import type { Text } from "../text/bilingual";
import type { UnrecognisedStatus } from "./readSheet";
import { STATUS_WORDS, type SheetLanguage } from "./words";

const MAX_NAMED = 20;

function listed(items: readonly string[], language: "da" | "en"): string {
  const shown = items.slice(0, MAX_NAMED).join("; ");
  if (items.length <= MAX_NAMED) return shown;
  return `${shown}; … ${language === "da" ? `og ${items.length - MAX_NAMED} til` : `and ${items.length - MAX_NAMED} more`}`;
}

/**
 * Every status the rule does not know, named with its proposal and scenario, and the words the
 * sheet (in `sheetLanguage`) counts; undefined when there is none.
 */
export function unrecognisedText(found: readonly UnrecognisedStatus[], sheetLanguage: SheetLanguage): Text | undefined {
  if (found.length === 0) return undefined;
  const items = found.map((f) => `${f.scenario}, ${f.department}: ${f.title} "${f.text}"`);
  const words = [STATUS_WORDS.adopted, STATUS_WORDS.rejected, STATUS_WORDS.partial]
    .map((w) => w[sheetLanguage])
    .join(", ");
  return {
    da: `${found.length} status tælles hverken på arket eller i bilaget, fordi de ikke er ${words} (store eller små bogstaver og mellemrum før og efter er ligegyldige): ${listed(items, "da")}. Ret dem på forhandlingsarket.`,
    en: `${found.length} status(es) count neither on the sheet nor in the annex, as they are not ${words} (case and spaces before and after do not matter): ${listed(items, "en")}. Mend them on the negotiation sheet.`,
  };
}

/** Department names that differ only in case; undefined when there are none. */
export function caseTwinsText(twins: readonly (readonly string[])[]): Text | undefined {
  if (twins.length === 0) return undefined;
  const items = twins.map((names) => names.map((n) => `"${n}"`).join(" / "));
  return {
    da: `Afdelinger, hvis navne kun adskiller sig ved store og små bogstaver, regnes hver for sig: ${listed(items, "da")}. Er det én afdeling, så skriv navnet ens i kataloget.`,
    en: `Departments whose names differ only in case are counted apart: ${listed(items, "en")}. If they are one department, spell the name alike in the catalogue.`,
  };
}
