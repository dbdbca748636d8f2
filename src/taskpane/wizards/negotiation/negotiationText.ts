/** The negotiation wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { cellAddress } from "../../../sheet/address";

import type { Negotiation } from "../../../negotiation/model";
import type { RangeRef } from "../../../sheet/address";
import type { CellValue } from "../../../sheet/types";
export const negotiationText = {
  title: { da: "Forhandling", en: "Negotiation" },
  description: {
    da: "Et forhandlingsark fra kataloget: status pr. forslag og forlig (rullemenu), løbende totaler pr. år og pr. afdeling – med Excels egne formler.",
    en: "A negotiation sheet from the catalogue: a status per proposal and settlement (drop-down), live totals per year and per department – with Excel's own formulas.",
  },
  catalogueHeading: { da: "1. Katalog", en: "1. Catalogue" },
  catalogue: { da: "Kataloget (med overskriftsrækken)", en: "The catalogue (with its heading row)" },
  catalogueHint: {
    da: "Overskrifterne Afdeling, Titel og årstal, fx Forslag!A1:F8",
    en: "Headings Department, Title and the years, e.g. Forslag!A1:F8",
  },
  settingsHeading: { da: "2. Forhandlingen", en: "2. The negotiation" },
  scenarios: { da: "Antal forlig side om side", en: "Settlements side by side" },
  room: { da: "Råderum, der skal findes (valgfri)", en: "Room to be found (optional)" },
  roomHint: {
    da: "Ét beløb for alle år, eller ét pr. år: 5,0; 8,0; 10,0; 10,0. Tomt: arkets eget beholdes.",
    en: "One amount for every year, or one per year: 5.0; 8.0; 10.0; 10.0. Blank: the sheet's own is kept.",
  },
  quotas: { da: "Kvoter (valgfri)", en: "Quotas (optional)" },
  quotasHint: {
    da: "Afdeling i første kolonne, derefter ét beløb eller ét pr. år, fx Kvoter!A2:B7",
    en: "Department in the first column, then one amount or one per year, e.g. Kvoter!A2:B7",
  },
  previewCaption: { da: "Vedtaget og mangler pr. år", en: "Adopted and missing per year" },
  row: { da: "Række", en: "Row" },
  added: { da: "Nye forslag tilføjes", en: "New proposals are added" },
  addedNone: {
    da: "Ingen nye forslag; de valgte status beholdes.",
    en: "No new proposals; the statuses chosen are kept.",
  },
  notInCatalogue: {
    da: "Står på arket, men ikke længere i kataloget (beholdes med deres status)",
    en: "On the sheet, but no longer in the catalogue (kept with their statuses)",
  },
  kept: { da: "forslag beholder deres status", en: "proposals keep their statuses" },
  noDropDown: {
    da: "Denne Excel kan ikke lave rullemenuer (kræver ExcelApi 1.8). Arket regner alligevel: skriv Vedtaget, Forkastet eller Delvis i statuscellerne.",
    en: "This Excel cannot make drop-down lists (needs ExcelApi 1.8). The sheet calculates all the same: type Adopted, Rejected or Partial in the status cells.",
  },
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx Forhandling!A1", en: "Top-left cell, e.g. Forhandling!A1" },
  rerunHint: {
    da: "Kør igen på et nyt katalog: vælg cellen A1 på det eksisterende forhandlingsark. Valgte status bevares.",
    en: "Run again on a new catalogue: choose cell A1 of the existing negotiation sheet. Chosen statuses are kept.",
  },

  // negotiationQuotas.ts
  quotasFirstRowRead: (range: RangeRef, shown: string): Text => ({
    da: `Kvoterne: første række (${cellAddress(range, 0, 0)}: ${shown}) er læst som overskrift.`,
    en: `The quotas: the first row (${cellAddress(range, 0, 0)}: ${shown}) is read as a heading.`,
  }),
  quotasNotAmountType: (range: RangeRef, r: number, bad: number, row: CellValue[]): Text => ({
    da: `Kvoterne: ${cellAddress(range, r, bad + 1)} er "${String(row[bad + 1])}", ikke et beløb. Skriv et tal, fx 1,5.`,
    en: `The quotas: ${cellAddress(range, r, bad + 1)} is "${String(row[bad + 1])}", not an amount. Type a number, e.g. 1.5.`,
  }),
  quotasMustHaveOne: (name: string, range: RangeRef, r: number, years: number): Text => ({
    da: `Kvoterne: ${name} (${cellAddress(range, r, 0)}) skal have ét beløb eller ${years} (ét pr. år).`,
    en: `The quotas: ${name} (${cellAddress(range, r, 0)}) must have one amount or ${years} (one per year).`,
  }),
  quotasWithoutDepartment: (range: RangeRef, r: number, typed: number): Text => ({
    da: `Kvoterne: ${cellAddress(range, r, typed + 1)} har et beløb, men ${cellAddress(range, r, 0)} ingen afdeling. Skriv afdelingens navn, eller fjern rækken fra markeringen.`,
    en: `The quotas: ${cellAddress(range, r, typed + 1)} holds an amount, but ${cellAddress(range, r, 0)} no department. Type the department's name, or leave the row out of the selection.`,
  }),
  quotasBlankBeforeAmount: (name: string, range: RangeRef, r: number, gap: number): Text => ({
    da: `Kvoterne: ${name} har intet beløb i ${cellAddress(range, r, gap + 1)}, men et senere. Skriv ét beløb pr. år (0 for intet), eller ét beløb i ${cellAddress(range, r, 1)} for alle år.`,
    en: `The quotas: ${name} has no amount in ${cellAddress(range, r, gap + 1)}, but a later one. Type one amount per year (0 for none), or one amount in ${cellAddress(range, r, 1)} for every year.`,
  }),
  quotasHasNoProposal: (unknown: string[]): Text => ({
    da: `Kvoterne: ${unknown.join(", ")} har ingen forslag i kataloget og får ingen række på arket. Skriv afdelingens navn, som kataloget staver det.`,
    en: `The quotas: ${unknown.join(", ")} has no proposal in the catalogue and gets no row on the sheet. Spell the department as the catalogue does.`,
  }),

  // negotiationSources.ts
  sheetHasYearsBut: (name: string, existing: Negotiation, years: string[]): Text => ({
    da: `Arket ${name} har årene ${existing.years.join(", ")}, men kataloget ${years.join(", ")}. Lav et nyt ark til et nyt budgetår.`,
    en: `The sheet ${name} has the years ${existing.years.join(", ")}, but the catalogue ${years.join(", ")}. Make a new sheet for a new budget year.`,
  }),
  roomTypeOneAmount: (text: string, years: number): Text => ({
    da: `Råderummet "${text}": skriv ét beløb for alle år, eller ${years} beløb adskilt af ";" (fx 5,0; 8,0).`,
    en: `The room "${text}": type one amount for every year, or ${years} amounts separated by ";" (e.g. 5.0; 8.0).`,
  }),
  catalogueSelectWithHeading: {
    da: 'Kataloget: vælg det med overskriftsrækken (fx Forslag!A1:F8) og klik "Brug markering", eller skriv adressen.',
    en: 'The catalogue: select it with its heading row (e.g. Forslag!A1:F8) and click "Use selection", or type the address.',
  },
  chooseNewSheetA1: {
    da: "Vælg et nyt ark, eller A1 på forhandlingsarket, der skal opdateres.",
    en: "Choose a new sheet, or A1 of the negotiation sheet to update.",
  },

  // negotiationPlan.ts
  sheetKeepsChosenStatuses: (statuses: number, formulas: number): Text => ({
    da: `Arket beholder ${statuses} valgte status, delbeløbene${formulas > 0 ? ` og ${formulas} formler, som de er skrevet` : ""}.`,
    en: `The sheet keeps ${statuses} chosen statuses, the partial amounts${formulas > 0 ? ` and ${formulas} formulas as typed` : ""}.`,
  }),
  roomReplacedWhatTyped: {
    da: "Råderummet erstattes af det, der er skrevet her.",
    en: "The room is replaced by what is typed here.",
  },
  roomSheetKept: {
    da: "Råderummet på arket beholdes.",
    en: "The room on the sheet is kept.",
  },
  quotasAreReplacedOthers: (sources: { quotas: readonly (readonly [string, readonly number[]])[] }): Text => ({
    da: `Kvoterne for ${sources.quotas.map(([d]) => d).join(", ")} erstattes; de øvrige beholdes.`,
    en: `The quotas of ${sources.quotas.map(([d]) => d).join(", ")} are replaced; the others are kept.`,
  }),
  quotasSheetAreKept: {
    da: "Kvoterne på arket beholdes.",
    en: "The quotas on the sheet are kept.",
  },
  quotasWithoutProposalsGo: (rows: string[]): Text => ({
    da: `Kvoter på arket for afdelinger uden forslag skrives ikke igen (arket får en række pr. afdeling med forslag): ${rows.join(", ")}. Skal kvoten bevares, så giv afdelingen et forslag i kataloget.`,
    en: `Quotas on the sheet for departments without proposals are not written again (the sheet gets a row per department with proposals): ${rows.join(", ")}. To keep the quota, give the department a proposal in the catalogue.`,
  }),
  yourOwnColumnsStay: (columns: string[]): Text => ({
    da: `Dine egne kolonner bliver stående med deres indhold: ${columns.join(", ")}.`,
    en: `Your own columns stay with their contents: ${columns.join(", ")}.`,
  }),

  // negotiationWrite.ts
  sheetName: {
    da: "Forhandling",
    en: "Negotiation",
  },
} satisfies Record<string, Text | ((...args: never[]) => Text)>;

/** "1 decimal", "2 decimaler". */
function decimalWord(n: number): Text {
  return { da: `${n} ${n === 1 ? "decimal" : "decimaler"}`, en: `${n} ${n === 1 ? "decimal" : "decimals"}` };
}

/**
 * What Decimaler does here: the sheet keeps the amounts as typed and prints them with the places
 * chosen, or with more where an amount has more (`places`, from the preview), so nothing is rounded.
 */
export function decimalsHint(decimals: number, places: number): Text {
  // A preview of the decimals chosen before is no less than them (placesFor): never say fewer.
  const shown = decimalWord(Math.max(decimals, places));
  if (places > decimals)
    return {
      da: `Vises med ${shown.da}: kataloget har beløb med ${places}, og de afrundes ikke.`,
      en: `Shown with ${shown.en}: the catalogue has amounts with ${places}, and they are not rounded.`,
    };
  return {
    da: `Beløbene vises med ${shown.da}; intet afrundes.`,
    en: `Amounts are shown with ${shown.en}; nothing is rounded.`,
  };
}
