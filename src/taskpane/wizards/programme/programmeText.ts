/** The programme wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

export const programmeText = {
  title: { da: "Effektiviseringskatalog", en: "Efficiency catalogue" },
  description: {
    da: "Indsatsernes gevinster og omkostninger bliver til netto, i alt, akkumuleret, mål og manglende beløb – med graf og markering af rækker, der ikke stemmer.",
    en: "The programmes' gains and costs become net, totals, cumulative, target and gap – with a chart, and rows that do not add up flagged.",
  },
  catalogueHeading: { da: "1. Katalog", en: "1. Catalogue" },
  gains: { da: "Gevinster (indsatser × år)", en: "Gains (programmes × years)" },
  gainsHint: {
    da: "Navne i første kolonne, år øverst, fx Katalog!A1:E4",
    en: "Names in the first column, years on top, e.g. Katalog!A1:E4",
  },
  costs: { da: "Omkostninger (negative)", en: "Costs (negative)" },
  costsHint: { da: "Samme indsatser og år, fx Katalog!A6:E9", en: "Same programmes and years, e.g. Katalog!A6:E9" },
  printedNet: { da: "Trykt netto (valgfri, kontrolleres)", en: "Printed net (optional, checked)" },
  printedNetHint: { da: "Fx Katalog!A11:E14", en: "E.g. Katalog!A11:E14" },
  targetHeading: { da: "2. Mål", en: "2. Target" },
  targetFrom: { da: "Målet pr. år", en: "The target per year" },
  targetBudgets: { da: "En sats af de decentrale budgetter", en: "A rate of the decentralised budgets" },
  targetTyped: { da: "Skriv målet", en: "Type the target" },
  budgets: { da: "Kolonne med decentrale budgetter", en: "Column of decentralised budgets" },
  budgetsHint: { da: "Fx Budget!D1:D7", en: "E.g. Budget!D1:D7" },
  rate: { da: "Sats", en: "Rate" },
  rateHint: { da: "Fx 1 % eller 0,01", en: "E.g. 1 % or 0.01" },
  amount: { da: "Mål", en: "Target" },
  amountHint: {
    da: "Ét beløb for alle år, eller ét pr. år: 3,0; 6,0; 9,0; 12,0",
    en: "One amount for every year, or one per year: 3.0; 6.0; 9.0; 12.0",
  },
  previewCaption: { da: "Nettoeffekt pr. indsats og år", en: "Net effect by programme and year" },
  programme: { da: "Indsats", en: "Programme" },
  payback: { da: "Tjent ind (løbende netto når 0)", en: "Pays back (running net reaches 0)" },
  never: { da: "aldrig", en: "never" },
  total: common.total,
  cumulative: { da: "Akkumuleret", en: "Cumulative" },
  target: { da: "Mål", en: "Target" },
  targetCumulative: { da: "Mål, akkumuleret", en: "Target, cumulative" },
  // Target minus the year's net effect: per year, beside cumulative rows and a cumulative chart.
  gap: { da: "Mangler til mål pr. år", en: "Gap to target per year" },
  printedOk: { da: "Trykt netto stemmer", en: "Printed net adds up" },
  flaggedMark: { da: "✗", en: "✗" },
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx Katalog!A17", en: "Top-left cell, e.g. Katalog!A17" },
  outputAs: common.outputAs,
  outputFormula: {
    da: "Formler =BUDGET.NETTOEFFEKT, AKKUMULERET og MANGLER, der regner med",
    en: "Formulas =BUDGET.NETEFFECT, CUMULATIVE and GAP that keep calculating",
  },
  outputValues: common.outputValues,
  chart: {
    da: "Indsæt graf: akkumuleret effekt mod målet (stiplet)",
    en: "Insert a chart: cumulative effect against the target (dashed)",
  },
  chartTitle: { da: "Akkumuleret effekt mod mål", en: "Cumulative effect against target" },
  // The catalogue's net effect is what the programmes plan; what they realise is Gevinstopfølgning's.
  planned: { da: "Planlagt effekt, akkumuleret", en: "Planned effect, cumulative" },
  checkColumn: { da: "Trykt netto", en: "Printed net" },
} satisfies Record<string, Text>;
