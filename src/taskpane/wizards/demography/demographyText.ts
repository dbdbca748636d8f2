/** The Demografi wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { budgetFunction } from "../../logic/formulaText";
import { UNIT_WORDS } from "../../../text/units";

import type { DemographyPreview } from "./demographyPlan";
import type { DemographySources } from "./demographySources";
import type { DemographyWizardInput } from "./demographyModel";
import type { Language } from "../contract";
import type { Naming } from "../../logic/formulaText";
import type { ReadTable } from "../../logic/cellTable";
import type { RangeData } from "../../../sheet/types";
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
  outputFormula: (): Text => ({
    da: `Formel =${budgetFunction("DEMOGRAPHY", "da")}(…), der regner med`,
    en: `Formula =${budgetFunction("DEMOGRAPHY", "en")}(…) that keeps calculating`,
  }),
  outputValues: common.outputValues,

  // demographySources.ts
  populationTable: {
    da: "Befolkningstabellen",
    en: "The population table",
  },
  unitAmounts: {
    da: "Enhedsbeløbene",
    en: "The unit amounts",
  },
  compensationRates: {
    da: "Kompensationsgraderne",
    en: "The compensation rates",
  },
  blankTypeNumber: (what: Text, cell: string, table: ReadTable, r: number): Text => ({
    da: `${what.da}: ${cell} er tom. Skriv tallet for ${table.names[r] ?? ""}.`,
    en: `${what.en}: ${cell} is blank. Type the number for ${table.names[r] ?? ""}.`,
  }),
  rowsAreNotTogether: (what: Text): Text => ({
    da: `${what.da}: rækkerne står ikke samlet (der er rækker imellem, der ikke er aldersgrupper). Flyt dem, så aldersgrupperne står lige under hinanden.`,
    en: `${what.en}: the rows are not together (rows between them are not age groups). Move them so the age groups stand one below the other.`,
  }),
  hasNumbersButPopulation: (what: Text, data: RangeData, values: number[], groups: number): Text => ({
    da: `${what.da}: ${data.address} har ${values.length} tal, men befolkningstabellen har ${groups} aldersgrupper. Vælg én celle pr. aldersgruppe i samme rækkefølge.`,
    en: `${what.en}: ${data.address} has ${values.length} numbers, but the population table has ${groups} age groups. Select one cell per age group, in the same order.`,
  }),
  selectPopulationTableAge: {
    da: 'Vælg befolkningstabellen (aldersgruppe, basis og ét prognoseår pr. kolonne) og klik "Brug markering".',
    en: 'Select the population table (age group, basis and one forecast year per column) and click "Use selection".',
  },
  needsBasisColumnLeast: (POPULATION: Text, data: RangeData): Text => ({
    da: `${POPULATION.da}: ${data.address} skal have en kolonne med basis og mindst ét prognoseår efter aldersgrupperne.`,
    en: `${POPULATION.en}: ${data.address} needs a basis column and at least one forecast year after the age groups.`,
  }),
  selectColumnUnitAmounts: {
    da: 'Vælg kolonnen med enhedsbeløb (ét pr. aldersgruppe) og klik "Brug markering".',
    en: 'Select the column of unit amounts (one per age group) and click "Use selection".',
  },
  selectColumnCompensationRates: {
    da: 'Vælg kolonnen med kompensationsgrader (én pr. aldersgruppe, fx 100 % og 75 %) og klik "Brug markering".',
    en: 'Select the column of compensation rates (one per age group, e.g. 100 % and 75 %) and click "Use selection".',
  },

  // demographyPlan.ts
  compensationRate: {
    da: "Kompensationsgraden",
    en: "The compensation rate",
  },

  // demographyWrite.ts
  sheetName: {
    da: "Demografi",
    en: "Demography",
  },
  howWritten: (
    live: boolean,
    demographyFormula: (
      sources: DemographySources,
      preview: DemographyPreview,
      input: DemographyWizardInput,
      naming?: Naming,
    ) => string,
    sources: DemographySources,
    preview: DemographyPreview,
    input: DemographyWizardInput,
    rateWords: (preview: DemographyPreview, language: Language) => string,
  ): Text => ({
    da:
      (live
        ? `levende formel ${demographyFormula(sources, preview, input, "da")}`
        : `faste værdier, regnet som ${budgetFunction("DEMOGRAPHY", "da")}`) +
      `; ${rateWords(preview, "da")}; ${input.decimals} decimal(er) i ${UNIT_WORDS[input.unit].da}; hvert år summer til sin afrundede eksakte total`,
    en:
      (live ? `live formula ${demographyFormula(sources, preview, input, "en")}` : "values from demography()") +
      `; ${rateWords(preview, "en")}; ${input.decimals} decimal(s) in ${UNIT_WORDS[input.unit].en}; each year adds up to its rounded exact total`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
