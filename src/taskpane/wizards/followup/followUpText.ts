/** The follow-up wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { formatPercent } from "../../logic/numbers";
import { rateLabel } from "../../logic/rate";

import type { CatalogueBlock } from "../../logic/catalogueTable";
import type { FollowUpPreview } from "./followUpPlan";
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
  // Beside the running realised total, where Excel shows NA() from the first year nobody reported.
  notReportedMark: {
    da: "#I/T = ikke indberettet endnu, så grafens linje stopper",
    en: "#N/A = not reported yet, so the chart's line stops",
  },
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

  // followUpThreshold.ts
  theThreshold: {
    da: "Tærsklen",
    en: "The threshold",
  },
  meansAbove100Programme: (THRESHOLD: Text, percent: boolean, typed: string, hundredfold: string): Text => ({
    da: `${THRESHOLD.da}: ${percent ? `${typed} er` : `${typed} betyder ${hundredfold} %,`} over 100 %. Et program markeres, når det har realiseret mindre end tærsklen af sin plan, så over 100 % ville også markere programmer, der har nået hele planen. Skriv en tærskel fra 0 % til 100 %, fx 80 %.`,
    en: `${THRESHOLD.en}: ${percent ? `${typed} is` : `${typed} means ${hundredfold} %,`} above 100 %. A programme is flagged when it has realised less than the threshold of its plan, so above 100 % would flag programmes that reached their whole plan too. Type a threshold from 0 % to 100 %, e.g. 80 %.`,
  }),

  // followUpSources.ts
  thePlan: {
    da: "Planen",
    en: "The plan",
  },
  theRealised: {
    da: "Det realiserede",
    en: "The realised",
  },
  hasProgrammesYearsBut: (
    REALISED: Text,
    realised: CatalogueBlock,
    rows: number,
    years: number,
    plan: CatalogueBlock,
    planRows: number,
    planYears: number,
  ): Text => ({
    da: `${REALISED.da}: ${realised.address} har ${rows} indsatser × ${years} år, men planen ${plan.address} har ${planRows} × ${planYears}. Vælg de samme indsatser og år.`,
    en: `${REALISED.en}: ${realised.address} has ${rows} programmes × ${years} years, but the plan ${plan.address} has ${planRows} × ${planYears}. Select the same programmes and years.`,
  }),
  namesRealisedDifferFrom: (realised: CatalogueBlock): Text => ({
    da: `Navnene i det realiserede (${realised.names.join(", ")}) er ikke de samme som i planen; rækkerne parres i rækkefølge.`,
    en: `The names in the realised (${realised.names.join(", ")}) differ from the plan; rows are paired in order.`,
  }),
  yearsRealisedDifferFrom: (realised: { years: readonly string[] }): Text => ({
    da: `Årene i det realiserede (${realised.years.join(", ")}) er ikke de samme som i planen; kolonnerne parres i rækkefølge.`,
    en: `The years in the realised (${realised.years.join(", ")}) differ from the plan; columns are paired in order.`,
  }),

  // followUpWrite.ts
  sheetName: {
    da: "Gevinstopfølgning",
    en: "Benefits follow-up",
  },

  // FollowUpWizard.tsx
  hasRealisedPlanYears: (name: string, rate: number, preview: FollowUpPreview): Text => ({
    da: `${name} har realiseret ${formatPercent(rate, 1, "da")} af planen for de indberettede år – under tærsklen på ${rateLabel(preview.threshold, "da")}.`,
    en: `${name} has realised ${formatPercent(rate, 1, "en")} of its plan for the years reported – below the threshold of ${rateLabel(preview.threshold, "en")}.`,
  }),
  notReportedYetBlank: (list: string): Text => ({
    da: `Ikke indberettet endnu: ${list}. Tomme celler tæller ikke som 0; realiseringsgraden regnes over de indberettede år.`,
    en: `Not reported yet: ${list}. Blank cells do not count as 0; the realisation rate is taken over the years reported.`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
