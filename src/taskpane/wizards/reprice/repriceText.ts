/** The PL-fremskrivning wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { budgetFunction } from "../../logic/formulaText";
import { UNIT_WORDS } from "../../../text/units";

import type { Naming } from "../../logic/formulaText";
import type { RepricePreview } from "./repricePlan";
import type { RepriceSources } from "./repriceSources";
import type { RepriceWizardInput } from "./repriceModel";
import type { RangeData } from "../../../sheet/types";
export const repriceText = {
  title: { da: "PL-fremskrivning", en: "Price level (PL)" },
  description: {
    da: "Budgettet omregnet til et nyt pris- og lønniveau med KL's satser pr. art, så hver kolonne summer præcist.",
    en: "The budget converted to a new price and wage level by KL's rates per kind, each column adding up exactly.",
  },
  budgetHeading: { da: "1. Budget", en: "1. Budget" },
  budget: { da: "Budgettabel (linje, art, ét år pr. kolonne)", en: "Budget table (line, kind, one year per column)" },
  budgetHint: { da: "Fx PL-budget!A1:E6 eller et navn", en: "E.g. PL-budget!A1:E6 or a name" },
  hasKindColumn: {
    da: "Tabellen har en kolonne med art (Løn, Priser, Overførsler) lige før årene",
    en: "The table has a kind column (Løn, Priser, Overførsler) just before the years",
  },
  kind: { da: "Art for alle linjer", en: "Kind of every line" },
  kindHint: { da: "Fx Løn; tom: satstabellens første art", en: "E.g. Løn; blank: the rate table's first kind" },
  ratesHeading: { da: "2. Satser og prisniveau", en: "2. Rates and price level" },
  rateTable: { da: "KL's satstabel (år × art)", en: "KL's rate table (year × kind)" },
  rateTableHint: {
    da: "Som indsat fra KL: År i første kolonne, satser som 3,0 %",
    en: "As pasted from KL: years in the first column, rates like 3.0 %",
  },
  fromYear: { da: "Fra prisniveau (år)", en: "From price level (year)" },
  toYear: { da: "Til prisniveau (år)", en: "To price level (year)" },
  yearHint: { da: "Fx 2024", en: "E.g. 2024" },
  factorsCaption: { da: "Faktor pr. art", en: "Factor by kind" },
  kindHeading: { da: "Art", en: "Kind" },
  factor: { da: "Faktor", en: "Factor" },
  previewCaption: { da: "Omregnet budget", en: "Converted budget" },
  line: { da: "Linje", en: "Line" },
  total: common.total,
  before: { da: "I alt før", en: "Total before" },
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx PL-budget!F1", en: "Top-left cell, e.g. PL-budget!F1" },
  outputAs: { da: "Skriv det omregnede budget som", en: "Write the converted budget as" },
  outputFormula: (): Text => ({
    da: `Formel =${budgetFunction("REPRICE", "da")}(…), der regner med`,
    en: `Formula =${budgetFunction("REPRICE", "en")}(…) that keeps calculating`,
  }),
  outputValues: common.outputValues,

  // repriceSources.ts
  budgetTable: {
    da: "Budgettabellen",
    en: "The budget table",
  },
  theRateTable: {
    da: "Satstabellen",
    en: "The rate table",
  },
  theKind: {
    da: "Arten",
    en: "The kind",
  },
  selectKlSRate: {
    da: 'Vælg KL\'s satstabel (År i første kolonne, en art pr. kolonne, fx Satser!A1:D6) og klik "Brug markering".',
    en: 'Select KL\'s rate table (years in the first column, one kind per column, e.g. Satser!A1:D6) and click "Use selection".',
  },
  selectBudgetTableLine: {
    da: 'Vælg budgettabellen (linje, art og én kolonne pr. år) og klik "Brug markering", eller vælg et navn på listen.',
    en: 'Select the budget table (line, kind and one column per year) and click "Use selection", or pick a name from the list.',
  },
  hasNoColumnKinds: (BUDGET: Text, data: RangeData): Text => ({
    da: `${BUDGET.da}: ${data.address} har ingen kolonne med arter før årene. Tag kolonnen med arterne (Løn, Priser, …) med, eller fjern fluebenet ved "Tabellen har en kolonne med art".`,
    en: `${BUDGET.en}: ${data.address} has no column of kinds before the years. Include the column of kinds (Løn, Priser, …), or untick "The table has a kind column".`,
  }),

  // repricePlan.ts
  fromPriceLevel: {
    da: "Fra prisniveau",
    en: "From price level",
  },
  priceLevel: {
    da: "Til prisniveau",
    en: "To price level",
  },
  typeYearEG: (what: Text): Text => ({
    da: `${what.da}: skriv et år, fx 2024.`,
    en: `${what.en}: type a year, e.g. 2024.`,
  }),
  notYearTypeWhole: (what: Text, typed: string): Text => ({
    da: `${what.da}: "${typed}" er ikke et år. Skriv et helt år, fx 2024.`,
    en: `${what.en}: "${typed}" is not a year. Type a whole year, e.g. 2024.`,
  }),
  notAKind: (KIND: Text, kind: string, sources: RepriceSources): Text => ({
    da: `${KIND.da}: "${kind}" er ikke en art i satstabellens overskrifter (${sources.rateTable.kinds.join(", ")}). Skriv en af dem, eller lad feltet være tomt for ${sources.rateTable.kinds[0] ?? ""}.`,
    en: `${KIND.en}: "${kind}" is not a kind in the rate table's headings (${sources.rateTable.kinds.join(", ")}). Type one of those, or leave the field blank for ${sources.rateTable.kinds[0] ?? ""}.`,
  }),

  // repriceWrite.ts
  sheetName: {
    da: "PL-fremskrivning",
    en: "Price level",
  },
  howWritten: (
    live: boolean,
    repriceFormula: (
      sources: RepriceSources,
      preview: RepricePreview,
      input: RepriceWizardInput,
      naming?: Naming,
    ) => string,
    sources: RepriceSources,
    preview: RepricePreview,
    input: RepriceWizardInput,
    levels: string,
  ): Text => ({
    da:
      (live
        ? `levende formel ${repriceFormula(sources, preview, input, "da")}`
        : `faste værdier, regnet som ${budgetFunction("REPRICE", "da")}`) +
      `; ${levels}; ${input.decimals} decimal(er) i ${UNIT_WORDS[input.unit].da}; hver kolonne summer til sin afrundede eksakte total`,
    en:
      (live ? `live formula ${repriceFormula(sources, preview, input, "en")}` : "values from reprice()") +
      `; ${levels}; ${input.decimals} decimal(s) in ${UNIT_WORDS[input.unit].en}; each column adds up to its rounded exact total`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
