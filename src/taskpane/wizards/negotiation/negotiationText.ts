/** The negotiation wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

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
} satisfies Record<string, Text>;

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
