/** The Demografi wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

export const demographyText = {
  title: { da: "Demografi", en: "Demography" },
  description: {
    da: "Demografireguleringen: ændringen i hver aldersgruppe gange enhedsbeløb og kompensationsgrad, så hvert år summer præcist.",
    en: "The demographic adjustment: each age group's change times its unit amount and compensation rate, each year adding up exactly.",
  },
  guidance: {
    da: "Efterregulering er den samme beregning: vælg sidste års prognose som basis og det faktiske antal borgere som prognose.",
    en: "Efterregulering (the correction) is the same computation: take last year's forecast as the basis and the actual count as the forecast.",
  },
  populationHeading: { da: "1. Befolkning", en: "1. Population" },
  table: {
    da: "Aldersgruppe, basis og prognose (ét år pr. kolonne)",
    en: "Age group, basis and forecast (one year per column)",
  },
  tableHint: { da: "Fx Demografi!A1:F6 eller et navn", en: "E.g. Demografi!A1:F6 or a name" },
  amountsHeading: { da: "2. Enhedsbeløb og kompensation", en: "2. Unit amounts and compensation" },
  units: { da: "Enhedsbeløb (ét pr. aldersgruppe)", en: "Unit amounts (one per age group)" },
  unitsHint: { da: "Fx Demografi!G1:G6, i resultatets enhed", en: "E.g. Demografi!G1:G6, in the result's unit" },
  rateMode: { da: "Kompensationsgrad", en: "Compensation rate" },
  rateOne: { da: "Én for alle aldersgrupper", en: "One for all age groups" },
  ratePerGroup: { da: "Én pr. aldersgruppe (en kolonne)", en: "One per age group (a column)" },
  rate: { da: "Kompensationsgrad for alle", en: "Compensation rate for all" },
  rateHint: { da: "Fx 75 %; tom: 100 %", en: "E.g. 75 %; blank: 100 %" },
  rates: { da: "Kompensationsgrader", en: "Compensation rates" },
  ratesHint: { da: "Fx Demografi!H1:H6", en: "E.g. Demografi!H1:H6" },
  previewCaption: { da: "Regulering pr. aldersgruppe og år", en: "Adjustment by age group and year" },
  group: { da: "Aldersgruppe", en: "Age group" },
  total: common.total,
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx Demografi!A9", en: "Top-left cell, e.g. Demografi!A9" },
  outputAs: { da: "Skriv reguleringen som", en: "Write the adjustment as" },
  outputFormula: {
    da: "Formel =BUDGET.DEMOGRAFI(…), der regner med",
    en: "Formula =BUDGET.DEMOGRAPHY(…) that keeps calculating",
  },
  outputValues: common.outputValues,
} satisfies Record<string, Text>;
