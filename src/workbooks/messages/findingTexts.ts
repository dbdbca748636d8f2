/**
 * What consolidation found in a returned workbook. A finding's sentence follows its file and cell
 * ("2027-MSB.xlsx, Forslag!E11: ..."), says what is wrong, what was done about it and how to mend it.
 */
import { formatDanish } from "../../core";
import { danishNumber } from "../messageFormat";
import type { SheetValue } from "../values";
import { REFUSAL_TEXTS, type RefusalParams } from "./refusalTexts";
import { renderWith, type MessageOf, type Texts } from "../../text/messageCatalogue";
import type { Language } from "../../text/language";
import { amountDa, dateDa, describeDa, describeIn, holdsDa, orListDa } from "./words";

export interface FindingParams {
  refused: { reason: MessageOf<RefusalParams> };
  identityAltered: Record<string, never>;
  lockedSheetMissing: { sheet: string };
  /** `sent` in the identification sheet's canonical form ("n:7", "s:text", "d:2026-04-10", "" for blank). */
  lockedCellChanged: { sent: string; found: SheetValue };
  formulaReplaced: { formula: string; value: SheetValue };
  formulaChanged: { formula: string; now: string };
  notAddingUp: { printed: number; sum: number; difference: number; decimals: number };
  amountAsText: { year: number; typed: string; read: number };
  /** `year` null: the FTE cell. */
  notNumber: { year: number | null; value: SheetValue };
  kindInvalid: { typed: string; kinds: string[] };
  noTitle: Record<string, never>;
  /** Rows below the table that hold something, counted (not read into the catalogue). */
  rowsBelowTable: { count: number; first: number; last: number; lastRow: number };
  /** `year` null: the FTE cell. The formula's saved result is not used. */
  formulaInAmount: { year: number | null; formula: string; value: SheetValue };
  /** A text field holding a formula: its saved result is kept, as text. */
  formulaInText: { field: TextField; formula: string; value: string };
  /** An ISO date cell (t="d") where a number belongs. */
  dateInAmount: { year: number | null; date: string };
  /** A number past the template's own validation limits (`below`: the absolute value must be below it). */
  amountOutOfRange: { year: number; value: number; below: number };
  fteOutOfRange: { value: number; min: number; max: number };
  /** More decimals than the run's; the template's validation allows `decimals`. */
  amountTooPrecise: { year: number; value: number; decimals: number };
  /** Text a spreadsheet would take as a formula (=, +, -, @, or a tab or line break before one). */
  formulaLikeText: { field: TextField; typed: string };
  /** The file's name names another department than the one its identification records. */
  nameMismatch: { named: string; code: string };
  returnedTwice: { newer: string | null; code: string };
  earlierRun: { created: string };
}

/** A locked value as it was sent, from its canonical form. */
function shownSent(value: string, language: Language): string {
  const body = value.slice(2);
  if (value.startsWith("n:")) return language === "da" ? formatDanish(Number(body)) : danishNumber(Number(body));
  if (value.startsWith("s:")) return `"${body}"`;
  if (value.startsWith("d:")) return language === "da" ? dateDa(body) : body;
  if (value === "") return language === "da" ? "tom" : "blank";
  return body;
}

/** The text fields of a returned workbook, as named in a sentence. */
export type TextField =
  "title" | "description" | "kind" | "service" | "staff" | "contactPerson" | "contactInfo" | "approvedBy";

const TEXT_FIELD: Record<TextField, { da: string; en: string }> = {
  title: { da: "titlen", en: "title" },
  description: { da: "beskrivelsen", en: "description" },
  kind: { da: "typen", en: "kind" },
  service: { da: "konsekvensen for service", en: "consequence for service" },
  staff: { da: "konsekvensen for personale", en: "consequence for staff" },
  contactPerson: { da: "kontaktpersonen", en: "contact person" },
  contactInfo: { da: "kontaktoplysningen", en: "contact information" },
  approvedBy: { da: "godkendelsen", en: "approval" },
};

/** Tabs and line breaks shown as \t, \r, \n, so a message quoting such text stays on one line. */
function visible(text: string): string {
  return text.replace(/\t/g, "\\t").replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}

/** A number past any amount, in powers of ten (1e+308), rather than its 309 digits. */
function hugeOr(value: number, format: (value: number) => string): string {
  if (Math.abs(value) < 1e15) return format(value);
  const [mantissa = "", exponent = ""] = value.toExponential().split("e");
  return `${format(Number(mantissa))}e${exponent}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function rowsEn(count: number, first: number, last: number): string {
  return count === 1 ? `row ${first}` : `${danishNumber(count)} rows (${first} to ${last})`;
}

function rowsDa(count: number, first: number, last: number): string {
  return count === 1 ? `Række ${first}` : `${formatDanish(count)} rækker (${first} til ${last})`;
}

function numberField(year: number | null, language: Language): string {
  if (language === "en") return year === null ? "FTE" : `amount for ${year}`;
  return year === null ? "Årsværket" : `Beløbet for ${year}`;
}

export const FINDING_TEXTS: Texts<FindingParams> = {
  refused: {
    en: (p) => `the file is refused: ${renderWith(REFUSAL_TEXTS, p.reason, "en")}`,
    da: (p) => `Filen er afvist: ${renderWith(REFUSAL_TEXTS, p.reason, "da")}`,
  },
  identityAltered: {
    en: () =>
      "the hidden identification sheet was changed (its fingerprint does not match), so the values it records cannot be trusted. Compare the quota with the central workbook.",
    da: () =>
      "Det skjulte identifikationsark er ændret (fingeraftrykket passer ikke), så de værdier, det har gemt, kan ikke stoles på. Sammenlign kvoten med det centrale regneark.",
  },
  lockedSheetMissing: {
    en: (p) =>
      `the locked sheet "${p.sheet}" is missing (deleted or renamed); the values sent are used. Ask the department to return the workbook as it was sent, with the sheet in it.`,
    da: (p) =>
      `Det låste ark "${p.sheet}" mangler (slettet eller omdøbt); de udsendte værdier bruges. Bed afdelingen returnere skemaet, som det blev sendt, med arket i.`,
  },
  lockedCellChanged: {
    en: (p) =>
      `the locked cell was ${shownSent(p.sent, "en")} when sent and is now ${describeIn(p.found, "en")}. Locked values are set centrally; the value sent is used.`,
    da: (p) =>
      `Den låste celle var ${shownSent(p.sent, "da")} ved udsendelsen og er nu ${describeDa(p.found)}. Låste værdier fastsættes centralt, så den udsendte værdi bruges.`,
  },
  formulaReplaced: {
    en: (p) =>
      `the formula =${p.formula} was replaced by ${describeIn(p.value, "en")}. Consolidation computes the totals itself; restore the formula so the department sees them right.`,
    da: (p) =>
      `Formlen =${p.formula} er ${p.value === null ? "slettet" : `erstattet af ${describeDa(p.value)}`}. Råderum regner selv totalerne ud; sæt formlen ind igen, så afdelingen ser de rigtige tal.`,
  },
  formulaChanged: {
    en: (p) => `the formula =${p.formula} was changed to =${p.now}.`,
    da: (p) => `Formlen =${p.formula} er ændret til =${p.now}. Sæt den oprindelige formel ind igen.`,
  },
  notAddingUp: {
    en: (p) =>
      `the row's total is ${danishNumber(p.printed, p.decimals)} but its amounts add up to ${danishNumber(p.sum, p.decimals)}, ${danishNumber(Math.abs(p.difference))} ${p.difference < 0 ? "less" : "more"}. The amounts per year are used.`,
    da: (p) =>
      `Rækkens total er ${amountDa(p.printed, p.decimals)}, men beløbene giver ${amountDa(p.sum, p.decimals)} tilsammen, ${formatDanish(Math.abs(p.difference))} ${p.difference < 0 ? "mindre" : "mere"}. Beløbene pr. år bruges; sæt formlen i totalcellen ind igen.`,
  },
  amountAsText: {
    en: (p) =>
      `the amount for ${p.year} is typed as text ("${p.typed}"); it is read as ${danishNumber(p.read)}, but Excel leaves text out of the sheet's own totals. Type it as a number.`,
    da: (p) =>
      `Beløbet for ${p.year} er skrevet som tekst ("${p.typed}"). Det læses som ${formatDanish(p.read)}, men Excel regner ikke tekst med i arkets egne totaler. Skriv det som et tal.`,
  },
  notNumber: {
    en: (p) =>
      `the ${numberField(p.year, "en")} is ${describeIn(p.value, "en")}, not a number; it is left out of the totals. Type a number such as 1.234,5.`,
    da: (p) =>
      `${numberField(p.year, "da")} er ikke et tal – ${holdsDa(p.value)}. Det er ikke regnet med i totalerne. Skriv et tal, fx 1.234,5.`,
  },
  kindInvalid: {
    en: (p) => `the kind "${p.typed}" is not one of ${p.kinds.join(", ")}.`,
    da: (p) => `Typen "${p.typed}" findes ikke. Vælg ${orListDa(p.kinds)} på listen.`,
  },
  noTitle: {
    en: () => "the proposal has no title.",
    da: () => "Forslaget har ingen titel. Giv det en kort titel.",
  },
  rowsBelowTable: {
    en: (p) =>
      `${rowsEn(p.count, p.first, p.last)} below the table (which ends at row ${p.lastRow}) ${p.count === 1 ? "holds" : "hold"} something; ${p.count === 1 ? "it is" : "they are"} not in the catalogue or the totals. Move the proposals up into the table (or ask for a workbook with more rows).`,
    da: (p) =>
      `${rowsDa(p.count, p.first, p.last)} under tabellen (som slutter i række ${p.lastRow}) er udfyldt. ${p.count === 1 ? "Den" : "De"} er ikke taget med i kataloget eller totalerne. Flyt forslagene op i tabellen (eller bed om et skema med flere rækker).`,
  },
  formulaInAmount: {
    en: (p) =>
      `the ${numberField(p.year, "en")} holds the formula =${p.formula} (saved result ${describeIn(p.value, "en")}), not a number; a saved result cannot be checked, so it is left out of the totals. Type the number itself.`,
    da: (p) =>
      `${numberField(p.year, "da")} er formlen =${p.formula} (gemt resultat ${describeDa(p.value)}), ikke et tal. Et gemt resultat kan ikke efterprøves, så det er ikke regnet med i totalerne. Skriv selve tallet.`,
  },
  formulaInText: {
    en: (p) =>
      `the ${TEXT_FIELD[p.field].en} holds the formula =${p.formula}; its saved result ${describeIn(p.value, "en")} is used, as text. Type the text itself.`,
    da: (p) =>
      `${capitalised(TEXT_FIELD[p.field].da)} er formlen =${p.formula}. Det gemte resultat ${describeDa(p.value)} bruges som tekst. Skriv selve teksten.`,
  },
  dateInAmount: {
    en: (p) =>
      `the ${numberField(p.year, "en")} is the date ${p.date}, not a number; it is left out of the totals. Type the amount as a number.`,
    da: (p) =>
      `${numberField(p.year, "da")} er datoen ${dateDa(p.date)}, ikke et tal. Det er ikke regnet med i totalerne. Skriv beløbet som et tal.`,
  },
  amountOutOfRange: {
    en: (p) =>
      `the amount for ${p.year} is ${hugeOr(p.value, danishNumber)}, outside what the workbook accepts (between -${danishNumber(p.below)} and ${danishNumber(p.below)}); it is left out of the totals. Type the amount in the workbook's unit.`,
    da: (p) =>
      `Beløbet for ${p.year} er ${hugeOr(p.value, formatDanish)}, uden for det, skemaet tillader (mellem -${formatDanish(p.below)} og ${formatDanish(p.below)}). Det er ikke regnet med i totalerne. Skriv beløbet i skemaets enhed.`,
  },
  fteOutOfRange: {
    en: (p) =>
      `the FTE is ${hugeOr(p.value, danishNumber)}, outside what the workbook accepts (${danishNumber(p.min)} to ${danishNumber(p.max)}); it is left out. Type the change in full-time staff.`,
    da: (p) =>
      `Årsværket er ${hugeOr(p.value, formatDanish)}, uden for det, skemaet tillader (${formatDanish(p.min)} til ${formatDanish(p.max)}). Det er ikke taget med. Skriv ændringen i årsværk.`,
  },
  amountTooPrecise: {
    en: (p) =>
      `the amount for ${p.year} is ${danishNumber(p.value)}, with more decimals than the workbook's ${p.decimals}; it is used as typed, but the sheet's own totals round it. Type it with at most ${p.decimals} ${p.decimals === 1 ? "decimal" : "decimals"}.`,
    da: (p) =>
      `Beløbet for ${p.year} er ${formatDanish(p.value)} med flere decimaler end skemaets ${p.decimals}. Det bruges, som det er skrevet, men arkets egne totaler afrunder det. Skriv det med højst ${p.decimals} ${p.decimals === 1 ? "decimal" : "decimaler"}.`,
  },
  formulaLikeText: {
    en: (p) =>
      `the ${TEXT_FIELD[p.field].en} ${describeIn(visible(p.typed), "en")} begins as a formula would; it is kept as text, and written to the catalogue as text.`,
    da: (p) =>
      `${capitalised(TEXT_FIELD[p.field].da)} ${describeDa(visible(p.typed))} begynder, som en formel gør. Den er bevaret som tekst og skrevet som tekst i kataloget.`,
  },
  nameMismatch: {
    en: (p) =>
      `the file is named for ${p.named}, but it is ${p.code}'s workbook (by its identification); it is counted under ${p.code}. Check that ${p.named} returned its own workbook.`,
    da: (p) =>
      `Filens navn peger på ${p.named}, men det er ${p.code}s skema (ifølge identifikationen), så det tælles med under ${p.code}. Kontroller, at ${p.named} har returneret sit eget skema.`,
  },
  returnedTwice: {
    en: (p) => `${p.newer ?? "another file"} was returned for ${p.code} as well and is newer; this file is not used.`,
    da: (p) => `${p.newer ?? "En anden fil"} er også returneret for ${p.code} og er nyere, så denne fil bruges ikke.`,
  },
  earlierRun: {
    en: (p) =>
      `it comes from an earlier run (made ${p.created.slice(0, 10)}); check that its quota is the current one.`,
    da: (p) =>
      `Skemaet er fra en tidligere udsendelse (lavet ${dateDa(p.created)}). Kontroller, at kvoten er den gældende.`,
  },
};
