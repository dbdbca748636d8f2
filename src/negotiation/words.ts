/**
 * The negotiation sheet's words, in the two languages it is written in. Reading a sheet back
 * accepts either language, so a sheet written in English can be updated from a Danish pane.
 */
import type { Language } from "../text/language";
import type { Text } from "../text/bilingual";
import { UNIT_WORDS, type Unit } from "../text/units";

/** The sheet is written in the pane's language. */
export type SheetLanguage = Language;
export type Words = Text;

export type Status = "adopted" | "rejected" | "partial";

export const STATUS_WORDS: Record<Status, Words> = {
  adopted: { da: "Vedtaget", en: "Adopted" },
  rejected: { da: "Forkastet", en: "Rejected" },
  partial: { da: "Delvis", en: "Partial" },
};

export const STATUSES: readonly Status[] = ["adopted", "rejected", "partial"];

// The pane's units and their words: the sheet names its unit as the pane does.
export type SheetUnit = Unit;
export { UNIT_WORDS };

/** Powers of ten from kroner: converting between units moves the decimal point only. */
export const UNIT_EXPONENT: Record<SheetUnit, number> = { kr: 0, tkr: 3, mkr: 6 };

export const W = {
  title: { da: "Forhandling", en: "Negotiation" },
  unit: { da: "Beløb i", en: "Amounts in" },
  department: { da: "Afdeling", en: "Department" },
  proposal: { da: "Forslag", en: "Proposal" },
  status: { da: "Status", en: "Status" },
  partial: { da: "Delvis", en: "Partial" },
  adopted: { da: "Vedtaget", en: "Adopted" },
  total: { da: "I alt", en: "Total" },
  perYear: { da: "Pr. år", en: "Per year" },
  room: { da: "Råderum, der skal findes", en: "Room to be found" },
  missing: { da: "mangler", en: "missing" },
  quota: { da: "Kvote", en: "Quota" },
  scenario: { da: "Forlig", en: "Settlement" },
  noQuota: {
    da: '– i "mangler": ingen kvote angivet; skriv den under "Kvote"',
    en: '– under "missing": no quota given; type it under "Quota"',
  },
} satisfies Record<string, Words>;

/** "Forlig A", "Forlig B", …: the n-th scenario's default name (0-based). */
export function scenarioName(n: number, language: SheetLanguage): string {
  return `${W.scenario[language]} ${String.fromCharCode(65 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ""}`;
}

/** Excel's TRIM: spaces (U+0020 only, not tabs or line breaks) off both ends, and runs of them inside made one. */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/**
 * The one status rule, the sheet's formulas' too (TRIM(cell)="Vedtaget", which Excel and LibreOffice
 * compare without regard to case): the cell's text, trimmed as Excel trims, is one of the sheet's
 * own words in any case. "Vedtaget " and "vedtaget" count; "Vedtaget." or "Adopted" on a Danish sheet
 * do not, on the sheet or in the annex. Undefined for a blank cell or any other text.
 */
export function statusOf(value: unknown, language: SheetLanguage): Status | undefined {
  if (typeof value !== "string") return undefined;
  const t = excelTrim(value).toUpperCase();
  return STATUSES.find((s) => STATUS_WORDS[s][language].toUpperCase() === t);
}

/** The sheet's language, told by its title in A1 (the words it was written in). */
export function sheetLanguageOf(title: unknown): SheetLanguage | undefined {
  if (typeof title !== "string") return undefined;
  const t = title.trim();
  return t === W.title.da ? "da" : t === W.title.en ? "en" : undefined;
}

export function isWord(text: unknown, words: Words): boolean {
  return typeof text === "string" && (text.trim() === words.da || text.trim() === words.en);
}
