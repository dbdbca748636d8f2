/** The quota wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { UNIT_WORDS } from "../../../text/units";
import { budgetFunction } from "../../logic/formulaText";
import { rateLabel } from "../../logic/rate";

import type { Naming } from "../../logic/formulaText";
import type { QuotaInput } from "./quotaModel";
import type { QuotaPreview } from "./quotaPlan";
import type { QuotaSources } from "./quotaSources";
import type { RangeData } from "../../../sheet/types";
export const quotaText = {
  title: { da: "Kvote", en: "Quota" },
  description: {
    da: "Hver forvaltnings andel af besparelsen: en sats af budgettet minus det undtagne, så kvoterne summer præcist.",
    en: "Each department's share of the saving: a rate of its budget less exempt items, with quotas that add up exactly.",
  },
  tableHeading: { da: "1. Forvaltninger", en: "1. Departments" },
  table: { da: "Tabel med navn, budget og undtaget", en: "Table with name, budget and exempt" },
  tableHint: { da: "Fx Budget!A1:C7 eller et navn", en: "E.g. Budget!A1:C7 or a name" },
  hasExempt: {
    da: "Tabellen har en kolonne med undtagne beløb (fx beredskab og rammebeløb)",
    en: "The table has a column of exempt amounts (e.g. emergency services, framework amounts)",
  },
  rateHeading: { da: "2. Sats og afrunding", en: "2. Rate and rounding" },
  rate: { da: "Sats", en: "Rate" },
  rateHint: { da: "Fx 1,5 % eller 0,015", en: "E.g. 1.5 % or 0.015" },
  previewCaption: { da: "Kvote pr. forvaltning", en: "Quota by department" },
  department: { da: "Forvaltning", en: "Department" },
  basis: { da: "Grundlag", en: "Basis" },
  quota: { da: "Kvote", en: "Quota" },
  total: common.total,
  totalQuota: { da: "Samlet kvote, afrundet", en: "Total quota, rounded" },
  nothingLeft: { da: "(intet grundlag)", en: "(no basis)" },
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx Budget!F1", en: "Top-left cell, e.g. Budget!F1" },
  outputAs: { da: "Skriv kvoterne som", en: "Write the quotas as" },
  outputFormula: (): Text => ({
    da: `Formel =${budgetFunction("QUOTA", "da")}(…), der regner med`,
    en: `Formula =${budgetFunction("QUOTA", "en")}(…) that keeps calculating`,
  }),
  outputValues: common.outputValues,
  summary: { da: "Samlet kvote", en: "Total quota" },
  of: { da: "af positivt grundlag", en: "of the positive basis" },

  // quotaSources.ts
  budget: {
    da: "Budgettet",
    en: "The budget",
  },
  exemptAmount: {
    da: "Det undtagne",
    en: "The exempt amount",
  },
  tableHasButWith: (address: string, columns: number): Text => ({
    da: `Tabellen: ${address} har ${columns} ${columns === 1 ? "kolonne" : "kolonner"}, men med undtagne beløb skal den have 3: afdeling, budget og undtaget. Tag kolonnen med de undtagne beløb med, eller fjern krydset ved "Tabellen har en kolonne med undtagne beløb".`,
    en: `The table: ${address} has ${columns} ${columns === 1 ? "column" : "columns"}, but with exempt amounts it needs 3: department, budget and exempt. Include the column of exempt amounts, or untick "The table has a column of exempt amounts".`,
  }),
  selectDepartmentTableName: {
    da: 'Vælg forvaltningstabellen (navn, budget, undtaget) og klik "Brug markering", eller vælg et navn på listen.',
    en: 'Select the department table (name, budget, exempt) and click "Use selection", or pick a name from the list.',
  },
  tableHasNoColumn: (data: RangeData): Text => ({
    da: `Tabellen: ${data.address} har ingen kolonne med navne. Tag kolonnen med forvaltningernes navne med, fx Budget!A1:C7.`,
    en: `The table: ${data.address} has no column of names. Include the column with the departments' names, e.g. Budget!A1:C7.`,
  }),
  tableHasColumnsOnly: (width: number, input: QuotaInput, used: number): Text => ({
    da: `Tabellen har ${width} kolonner; kun navn, budget${input.hasExempt ? " og undtaget" : ""} (de første ${used}) bruges.`,
    en: `The table has ${width} columns; only name, budget${input.hasExempt ? " and exempt" : ""} (the first ${used}) are used.`,
  }),

  // quotaPlan.ts
  theRate: {
    da: "Satsen",
    en: "The rate",
  },
  wholeBudget: {
    da: "hele budgettet",
    en: "the whole budget",
  },
  quotaCannotComputedDecimals: (input: QuotaInput): Text => ({
    da: `Kvoten kan ikke regnes med ${input.decimals} decimaler: tallene bliver for store til Excels 15 cifre. Vælg færre decimaler, eller angiv budgetterne i 1.000 kr.`,
    en: `The quota cannot be computed at ${input.decimals} decimals: the numbers need more than Excel's 15 digits. Choose fewer decimals, or state the budgets in ${UNIT_WORDS.tkr.en}.`,
  }),

  // quotaWrite.ts
  sheetName: {
    da: "Kvoter",
    en: "Quotas",
  },
  howWritten: (
    input: QuotaInput,
    quotaFormula: (sources: QuotaSources, rate: number, decimals: number, naming?: Naming) => string,
    sources: QuotaSources,
    preview: QuotaPreview,
  ): Text => ({
    da:
      (input.output === "formula"
        ? `levende formel ${quotaFormula(sources, preview.rate, input.decimals, "da")}`
        : `faste værdier, regnet som ${budgetFunction("QUOTA", "da")}`) +
      `; sats ${rateLabel(preview.rate, "da")}; ${input.decimals} decimal(er) i ${UNIT_WORDS[input.unit].da}; største-rest-metoden`,
    en:
      (input.output === "formula"
        ? `live formula ${quotaFormula(sources, preview.rate, input.decimals, "en")}`
        : "values from quotaPerDepartment()") +
      `; rate ${preview.rate}; ${input.decimals} decimal(s) in ${UNIT_WORDS[input.unit].en}; largest remainder`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
