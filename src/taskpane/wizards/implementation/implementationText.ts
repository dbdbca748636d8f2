/** The udmøntning wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

export const implementationText = {
  title: { da: "Udmøntning", en: "Implementation" },
  description: {
    da: "Udmønt de vedtagne besparelser fra afdeling til område og omkostningssted efter budget, så hvert niveau summer præcist til niveauet over.",
    en: "Spread the adopted savings from department to area and cost centre by budget, with every level adding up exactly to the one above.",
  },
  treeHeading: { da: "1. Organisationen", en: "1. The organisation" },
  tree: { da: "Træet: id, navn, overordnet, budget", en: "The tree: id, name, parent, budget" },
  treeHint: {
    da: "Fx Udmøntning!A1:D54 – som kontoplanens udtræk, afdelinger uden overordnet",
    en: "E.g. Udmøntning!A1:D54 – as the chart of accounts exports it, departments without a parent",
  },
  amountsHeading: { da: "2. Vedtagne beløb", en: "2. Adopted amounts" },
  amountsFrom: { da: "Beløbet pr. afdeling og år", en: "The amount per department and year" },
  amountsRange: { da: "Fra regnearket", en: "From the workbook" },
  amountsTypedChoice: { da: "Skriv dem", en: "Type them" },
  amounts: { da: "Afdeling og beløb pr. år", en: "Department and amount per year" },
  amountsHint: {
    da: "Afdelingens id eller navn i første kolonne, år øverst, fx Udmøntning!F1:J4",
    en: "The department's id or name in the first column, years on top, e.g. Udmøntning!F1:J4",
  },
  amountsTyped: { da: "Én afdeling pr. linje", en: "One department a line" },
  amountsTypedHint: { da: "Fx BUF: 2.500; 5.000", en: "E.g. BUF: 2.500; 5.000" },
  firstYear: { da: "Første år (når beløbene ikke har årstal)", en: "First year (when the amounts have no years)" },
  previewCaption: { da: "Udmøntning pr. niveau og år", en: "Implementation by level and year" },
  node: { da: "Enhed", en: "Unit" },
  adopted: { da: "Vedtaget, afrundet", en: "Adopted, rounded" },
  departments: { da: "Afdelinger i alt", en: "Departments, total" },
  childrenAddUp: { da: "Under-niveau summer", en: "Level below adds up" },
  levelTop: { da: "Afdelingerne = det vedtagne", en: "The departments = the adopted amounts" },
  levelBelow: { da: "Niveau {n} summer til niveau {m}", en: "Level {n} adds up to level {m}" },
  outputHeading: common.outputHeading,
  targetHint: { da: "Øverste venstre celle, fx Udmøntning!L1", en: "Top-left cell, e.g. Udmøntning!L1" },
  outputAs: common.outputAs,
  outputFormula: {
    da: "Formler =BUDGET.FORDEL.HIERARKI(…), én pr. afdeling, der regner med",
    en: "Formulas =BUDGET.HIERARCHY(…), one per department, that keep calculating",
  },
  outputValues: common.outputValues,
  id: { da: "Id", en: "Id" },
  name: { da: "Navn", en: "Name" },
  total: common.total,
} satisfies Record<string, Text>;
