/** The quota wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

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
  outputFormula: {
    da: "Formel =BUDGET.KVOTE(…), der regner med",
    en: "Formula =BUDGET.QUOTA(…) that keeps calculating",
  },
  outputValues: common.outputValues,
  summary: { da: "Samlet kvote", en: "Total quota" },
  of: { da: "af positivt grundlag", en: "of the positive basis" },
} satisfies Record<string, Text>;
