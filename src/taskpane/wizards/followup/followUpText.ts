/** The follow-up wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

export const followUpText = {
  title: { da: "Gevinstopfølgning", en: "Benefits follow-up" },
  description: {
    da: "Følg de realiserede gevinster mod planen: afvigelse, realiseringsgrad, akkumuleret og markering af indsatser under tærsklen – med graf.",
    en: "Follow the realised gains against the plan: deviation, realisation rate, cumulative, and programmes below the threshold flagged – with a chart.",
  },
  tablesHeading: { da: "1. Plan og realiseret", en: "1. Plan and realised" },
  plan: { da: "Planlagt netto (indsatser × år)", en: "Planned net (programmes × years)" },
  planHint: {
    da: "Navne i første kolonne, år øverst, fx Gevinster!A1:E5",
    en: "Names in the first column, years on top, e.g. Gevinster!A1:E5",
  },
  realised: { da: "Realiseret netto (samme form)", en: "Realised net (same shape)" },
  realisedHint: {
    da: "Tom celle = ikke indberettet endnu (ikke 0), fx Gevinster!A7:E11",
    en: "Blank cell = not yet reported (not 0), e.g. Gevinster!A7:E11",
  },
  thresholdHeading: { da: "2. Tærskel", en: "2. Threshold" },
  threshold: { da: "Markér indsatser, der har realiseret under", en: "Flag programmes that have realised less than" },
  thresholdHint: {
    da: "Af planen for de indberettede år, fx 80 % eller 0,8",
    en: "Of the plan for the years reported, e.g. 80 % or 0.8",
  },
  previewCaption: {
    da: "Afvigelse (realiseret − planlagt) pr. indsats og år",
    en: "Deviation (realised − planned) by programme and year",
  },
  programme: { da: "Indsats", en: "Programme" },
  rate: { da: "Realiseringsgrad", en: "Realisation rate" },
  flag: { da: "Under tærsklen", en: "Below threshold" },
  plannedTotal: { da: "Planlagt i alt", en: "Planned, total" },
  realisedTotal: { da: "Realiseret i alt", en: "Realised, total" },
  plannedCumulative: { da: "Planlagt, akkumuleret", en: "Planned, cumulative" },
  realisedCumulative: { da: "Realiseret, akkumuleret", en: "Realised, cumulative" },
  thresholdRow: { da: "Tærskel", en: "Threshold" },
  notReported: { da: "ikke indberettet", en: "not reported" },
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx Gevinster!A14", en: "Top-left cell, e.g. Gevinster!A14" },
  outputAs: common.outputAs,
  outputFormula: {
    da: "Excels egne formler (HVIS, SUM.HVISER …), der regner med – også uden Råderum",
    en: "Excel's own formulas (IF, SUMIFS …) that keep calculating – also without Råderum",
  },
  outputValues: common.outputValues,
  chart: {
    da: "Indsæt graf: akkumuleret planlagt (stiplet) mod realiseret",
    en: "Insert a chart: cumulative planned (dashed) against realised",
  },
  chartTitle: { da: "Akkumuleret planlagt mod realiseret", en: "Cumulative planned against realised" },
} satisfies Record<string, Text>;
