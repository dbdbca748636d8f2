/** The PL-fremskrivning wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

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
  outputFormula: {
    da: "Formel =BUDGET.FREMSKRIV(…), der regner med",
    en: "Formula =BUDGET.REPRICE(…) that keeps calculating",
  },
  outputValues: common.outputValues,
} satisfies Record<string, Text>;
