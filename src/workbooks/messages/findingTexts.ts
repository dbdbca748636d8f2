/**
 * What consolidation found in a returned workbook. A finding's sentence follows its file and cell
 * ("2027-MSB.xlsx, Forslag!E11: ..."), says what is wrong, what was done about it and how to mend it.
 */
import { formatDanish } from "../../core";
import { danishNumber } from "../format";
import type { SheetValue } from "../values";
import { REFUSAL_TEXTS, type RefusalParams } from "./refusalTexts";
import { renderWith, type MessageOf, type Texts } from "./types";
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
  belowTable: { lastRow: number };
  returnedTwice: { newer: string | null; code: string };
  earlierRun: { created: string };
}

/** A locked value as it was sent, from its canonical form. */
function shownSent(value: string, language: "da" | "en"): string {
  const body = value.slice(2);
  if (value.startsWith("n:")) return language === "da" ? formatDanish(Number(body)) : danishNumber(Number(body));
  if (value.startsWith("s:")) return `"${body}"`;
  if (value.startsWith("d:")) return language === "da" ? dateDa(body) : body;
  if (value === "") return language === "da" ? "tom" : "blank";
  return body;
}

function numberField(year: number | null, language: "da" | "en"): string {
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
  belowTable: {
    en: (p) => `the proposal is below the table (which ends at row ${p.lastRow}).`,
    da: (p) =>
      `Forslaget står under tabellen (som slutter i række ${p.lastRow}). Det er taget med; flyt det op i tabellen, så arkets egne totaler også tæller det.`,
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
