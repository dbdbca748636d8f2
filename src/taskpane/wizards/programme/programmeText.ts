/** The programme wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { danishName } from "../../../functions/registry";
import { budgetFunction } from "../../logic/formulaText";
import { rateLabel } from "../../logic/rate";
import { formatNumber } from "../../logic/numbers";

import type { CatalogueBlock } from "../../logic/catalogueTable";
import type { ChartSpec } from "../../../sheet/types";
import type { Language } from "../contract";
import type { NetMismatch, ProgrammePreview } from "./programmePlan";
import type { ProgrammeInput } from "./programmeModel";
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
  outputFormula: (): Text => ({
    da: `Formler =${budgetFunction("NETEFFECT", "da")}, ${danishName("CUMULATIVE")} og ${danishName("GAP")}, der regner med`,
    en: `Formulas =${budgetFunction("NETEFFECT", "en")}, CUMULATIVE and GAP that keep calculating`,
  }),
  outputValues: common.outputValues,
  chart: {
    da: "Indsæt graf: akkumuleret effekt mod målet (stiplet)",
    en: "Insert a chart: cumulative effect against the target (dashed)",
  },
  chartTitle: { da: "Akkumuleret effekt mod mål", en: "Cumulative effect against target" },
  // The catalogue's net effect is what the programmes plan; what they realise is Gevinstopfølgning's.
  planned: { da: "Planlagt effekt, akkumuleret", en: "Planned effect, cumulative" },
  checkColumn: { da: "Trykt netto", en: "Printed net" },

  // programmeSources.ts
  theGains: {
    da: "Gevinsterne",
    en: "The gains",
  },
  theCosts: {
    da: "Omkostningerne",
    en: "The costs",
  },
  thePrintedNet: {
    da: "Trykt netto",
    en: "The printed net",
  },
  decentralisedBudgets: {
    da: "De decentrale budgetter",
    en: "The decentralised budgets",
  },
  hasProgrammesYearsBut: (
    what: Text,
    other: CatalogueBlock,
    rows: number,
    years: number,
    gains: CatalogueBlock,
    gainRows: number,
    gainYears: number,
  ): Text => ({
    da: `${what.da}: ${other.address} har ${rows} indsatser × ${years} år, men gevinsterne ${gains.address} har ${gainRows} × ${gainYears}. Vælg de samme indsatser og år.`,
    en: `${what.en}: ${other.address} has ${rows} programmes × ${years} years, but the gains ${gains.address} have ${gainRows} × ${gainYears}. Select the same programmes and years.`,
  }),
  costsAreNormallyNegative: (cells: string): Text => ({
    da: `Omkostninger står normalt negative, men ${cells} er positiv. Netto = gevinster + omkostninger regnes som skrevet; ret fortegnet, hvis det er en omkostning.`,
    en: `Costs are normally negative, but ${cells} is positive. Net = gains + costs is computed as written; change the sign if it is a cost.`,
  }),
  targetSelectColumnDecentralised: {
    da: 'Målet: vælg kolonnen med de decentrale budgetter (fx Budget!D1:D7) og klik "Brug markering", eller skriv målet.',
    en: 'The target: select the column of decentralised budgets (e.g. Budget!D1:D7) and click "Use selection", or type the target.',
  },
  namesCostsDifferFrom: (costs: CatalogueBlock): Text => ({
    da: `Navnene i omkostningerne (${costs.names.join(", ")}) er ikke de samme som i gevinsterne; rækkerne parres i rækkefølge.`,
    en: `The names in the costs (${costs.names.join(", ")}) differ from the gains; rows are paired in order.`,
  }),

  // programmePlan.ts
  targetSRate: {
    da: "Målets sats",
    en: "The target's rate",
  },
  theTarget: {
    da: "Målet",
    en: "The target",
  },
  targetTypedWithBut: (input: ProgrammeInput): Text => ({
    da: `Målet: "${input.targetTyped.trim()}" er skrevet med %, men her skal stå et beløb. Skriv beløbet uden %, eller vælg målet som en andel af de decentrale budgetter.`,
    en: `The target: "${input.targetTyped.trim()}" is typed with %, but an amount goes here. Type the amount without %, or choose the target as a rate of the decentralised budgets.`,
  }),
  typeTargetEG: {
    da: "Skriv målet, fx 12,0.",
    en: "Type the target, e.g. 12.0.",
  },
  targetHasAmountsBut: (parsed: { values: number[]; percentAt: number[] }, years: number): Text => ({
    da: `Målet har ${parsed.values.length} beløb, men kataloget har ${years} år. Skriv ét beløb for alle år eller ${years} beløb adskilt af semikolon.`,
    en: `The target has ${parsed.values.length} amounts, but the catalogue has ${years} years. Type one amount for every year, or ${years} amounts separated by semicolons.`,
  }),

  // programmeWrite.ts
  sheetName: {
    da: "Katalog-resultat",
    en: "Catalogue result",
  },
  howWritten: (
    live: boolean,
    named: (inLanguage: Language) => string,
    rate: number | undefined,
    budgets: { values: number[]; sum: number; address: string } | undefined,
    flagged: number,
    chart: ChartSpec | undefined,
  ): Text => ({
    da:
      (live ? `levende formler ${named("da")}` : `faste værdier, regnet som ${named("da")}`) +
      `; mål ${rate === undefined ? "indtastet" : `${rateLabel(rate, "da")} × ${budgets?.address ?? ""}`}` +
      `; ${flagged} markeret(e) række(r)` +
      (chart ? "; diagram indsat" : ""),
    en:
      (live ? `live formulas ${named("en")}` : "values from netEffect(), cumulative(), gap()") +
      `; target ${rate === undefined ? "typed" : `${rate} × ${budgets?.address ?? ""}`}` +
      `; ${flagged} flagged row(s)` +
      (chart ? "; chart inserted" : ""),
  }),

  // ProgrammeWizard.tsx
  printedNetButGains: (name: string, preview: ProgrammePreview, m: NetMismatch): Text => ({
    da: `${name} ${preview.yearHeadings[m.year]}: trykt netto ${formatNumber(m.printed, preview.places, "da")} i ${m.cell}, men gevinster + omkostninger er ${formatNumber(m.computed, preview.places, "da")}. Ret tallet i kataloget, eller tjek gevinst og omkostning.`,
    en: `${name} ${preview.yearHeadings[m.year]}: printed net ${formatNumber(m.printed, preview.places, "en")} in ${m.cell}, but gains + costs are ${formatNumber(m.computed, preview.places, "en")}. Mend the figure in the catalogue, or check the gain and the cost.`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
