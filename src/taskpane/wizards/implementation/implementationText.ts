/** The udmøntning wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { rangeColumns } from "../../../sheet/address";
import { inputErrorDetail, renderInputError } from "../../../text/inputErrors";
import { budgetFunction } from "../../logic/formulaText";
import { UNIT_WORDS } from "../../../text/units";

import type { AdoptedRow, Department } from "./implementationSources";
import type { ImplementationInput } from "./implementationModel";
import type { RangeData } from "../../../sheet/types";
import type { RangeRef } from "../../../sheet/address";
import type { TreeTable } from "./treeTable";
import type { InputError } from "../../../core";
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
  outputFormula: (): Text => ({
    da: `Formler =${budgetFunction("HIERARCHY", "da")}(…), én pr. afdeling, der regner med`,
    en: `Formulas =${budgetFunction("HIERARCHY", "en")}(…), one per department, that keep calculating`,
  }),
  outputValues: common.outputValues,
  id: { da: "Id", en: "Id" },
  name: { da: "Navn", en: "Name" },
  total: common.total,

  // treeTable.ts
  theTree: {
    da: "Træet",
    en: "The tree",
  },
  hasColumnSSelect: (TREE: Text, data: RangeData, range: RangeRef): Text => ({
    da: `${TREE.da}: ${data.address} har ${rangeColumns(range)} kolonne(r). Vælg de fire kolonner id, navn, overordnet og budget, fx Udmøntning!A1:D54.`,
    en: `${TREE.en}: ${data.address} has ${rangeColumns(range)} column(s). Select the four columns id, name, parent and budget, e.g. Udmøntning!A1:D54.`,
  }),
  hasNoRowsBelow: (TREE: Text, data: RangeData): Text => ({
    da: `${TREE.da}: ${data.address} har ingen rækker under overskriften.`,
    en: `${TREE.en}: ${data.address} has no rows below its header.`,
  }),

  // implementationSources.ts
  adoptedAmounts: {
    da: "De vedtagne beløb",
    en: "The adopted amounts",
  },
  treeUnusable: (TREE: Text, tree: TreeTable, detail: (message: string) => string, error: InputError): Text => ({
    da: `${TREE.da} ${tree.address} kan ikke bruges (rækker tælles fra første række under overskriften): ${detail(renderInputError(error, "da"))}`,
    en: `${TREE.en} ${tree.address} cannot be used (rows are counted from the first row below the header): ${detail(error.message)}`,
  }),
  selectTreeColumnsId: {
    da: 'Vælg træet (kolonnerne id, navn, overordnet og budget, fx Udmøntning!A1:D54) og klik "Brug markering", eller skriv adressen.',
    en: 'Select the tree (the columns id, name, parent and budget, e.g. Udmøntning!A1:D54) and click "Use selection", or type its address.',
  },
  typeAdoptedAmountsOne: {
    da: "Skriv de vedtagne beløb, én afdeling pr. linje, fx BUF: 2.500; 5.000",
    en: "Type the adopted amounts, one department a line, e.g. BUF: 2.500; 5.000",
  },
  amountsOf: (AMOUNTS: Text, name: string): Text => ({
    da: `${AMOUNTS.da} (${name})`,
    en: `${AMOUNTS.en} (${name})`,
  }),
  cannotReadTypeDepartment: (AMOUNTS: Text, line: string): Text => ({
    da: `${AMOUNTS.da}: "${line}" kan ikke læses. Skriv afdelingen, et kolon og beløbene pr. år, fx BUF: 2.500; 5.000`,
    en: `${AMOUNTS.en}: "${line}" cannot be read. Type the department, a colon and the amounts per year, e.g. BUF: 2.500; 5.000`,
  }),
  hasAmountsButHas: (
    AMOUNTS: Text,
    other: { name: string; amounts: number[]; argument: string },
    rows: { name: string; amounts: number[]; argument: string }[],
    years: number,
  ): Text => ({
    da: `${AMOUNTS.da}: ${other.name} har ${other.amounts.length} beløb, men ${rows[0]?.name} har ${years}. Skriv lige mange år for hver afdeling.`,
    en: `${AMOUNTS.en}: ${other.name} has ${other.amounts.length} amounts, but ${rows[0]?.name} has ${years}. Type as many years for every department.`,
  }),
  selectAdoptedAmountsDepartment: {
    da: 'Vælg de vedtagne beløb (afdeling i første kolonne, år øverst, fx Udmøntning!F1:J4) og klik "Brug markering", eller skriv adressen.',
    en: 'Select the adopted amounts (department in the first column, years on top, e.g. Udmøntning!F1:J4) and click "Use selection", or type the address.',
  },
  bothSoUnclearWhich: (AMOUNTS: Text, key: string, places: (language: "da" | "en") => string): Text => ({
    da: `${AMOUNTS.da}: "${key}" er både ${places("da")}, så det er uklart, hvilken afdeling beløbet hører til. Skriv afdelingens id i beløbenes første kolonne, eller giv afdelingerne hver sit navn.`,
    en: `${AMOUNTS.en}: "${key}" is both ${places("en")}, so it is unclear which department the amount belongs to. Use the department's id in the amounts' first column, or give the departments names of their own.`,
  }),
  notDepartmentTreeSo: (AMOUNTS: Text, list: string, known: string): Text => ({
    da: `${AMOUNTS.da}: ${list} er ikke en afdeling i træet, så beløbet kan ikke udmøntes. Træets afdelinger (øverste niveau) er ${known}. Skriv afdelingens id eller navn, som træet har det.`,
    en: `${AMOUNTS.en}: ${list} is not a department of the tree, so its amount cannot be implemented. The tree's departments (top level) are ${known}. Use the department's id or name as the tree has it.`,
  }),
  hasAmountsSeveralRows: (
    AMOUNTS: Text,
    describeDepartment: (tree: TreeTable, row: number) => string,
    tree: TreeTable,
    top: number,
    found: AdoptedRow[],
  ): Text => ({
    da: `${AMOUNTS.da}: ${describeDepartment(tree, top)} har beløb i flere rækker (${found.map((f) => f.name).join(", ")}). Saml dem i én række.`,
    en: `${AMOUNTS.en}: ${describeDepartment(tree, top)} has amounts in several rows (${found.map((f) => f.name).join(", ")}). Put them in one row.`,
  }),
  treeHasNoIds: (TREE: Text, tree: TreeTable): Text => ({
    da: `${TREE.da}: ${tree.address} har ingen id'er. Vælg tabellen med id, navn, overordnet og budget.`,
    en: `${TREE.en}: ${tree.address} has no ids. Select the table with id, name, parent and budget.`,
  }),

  // implementationPlan.ts
  departmentYear: (d: Department, year: number): Text => ({
    da: `${d.label}, år ${year + 1}`,
    en: `${d.label}, year ${year + 1}`,
  }),
  adoptedAmountsWrong: (where: Text, error: InputError): Text => ({
    da: `De vedtagne beløb: ${where.da} ${inputErrorDetail(error, "da")}`,
    en: `The adopted amounts: ${where.en} ${inputErrorDetail(error, "en")}`,
  }),
  everyCostCentreBelow: (d: Department, error: InputError): Text => ({
    da: `${d.label}: alle omkostningssteder under afdelingen har budget 0, så der er intet at fordele efter. Giv mindst ét et budget over 0. (${renderInputError(error, "da")})`,
    en: `${d.label}: every cost centre below the department has budget 0, so there is nothing to spread by. Give at least one a budget above 0. (${error.message})`,
  }),
  hasNoAdoptedAmount: (d: Department): Text => ({
    da: `${d.label} har intet vedtaget beløb, så afdelingen og alt under den får 0. Tilføj en række for ${d.label} i beløbene, hvis den skal have en del.`,
    en: `${d.label} has no adopted amount, so the department and everything below it get 0. Add a row for ${d.label} to the amounts if it should take a share.`,
  }),
  departmentRowsApart: (d: Department): Text => ({
    da: `Rækkerne under ${d.label} ligger ikke samlet i træet, så de kan ikke skrives som én formel. Sortér træet efter afdeling, eller skriv som faste værdier.`,
    en: `The rows below ${d.label} do not lie together in the tree, so they cannot be written as one formula. Sort the tree by department, or write fixed values.`,
  }),

  // implementationWrite.ts
  sheetName: {
    da: "Udmøntning",
    en: "Implementation",
  },
  formulaNeedsDepartmentS: (department: Department): Text => ({
    da: `${department.label}: en formel kræver, at afdelingen har vedtagne beløb, og at dens rækker i træet ligger samlet. Skriv værdier i stedet.`,
    en: `${department.label}: a formula needs the department's adopted amounts and its rows of the tree together. Write values instead.`,
  }),
  departmentsRowsApart: (names: string): Text => ({
    da: `Rækkerne under ${names} ligger ikke samlet i træet, så de kan ikke skrives som én formel pr. afdeling. Sortér træet efter afdeling, eller vælg "Faste værdier".`,
    en: `The rows below ${names} do not lie together in the tree, so they cannot be written as one formula per department. Sort the tree by department, or choose "Fixed values".`,
  }),
  howWritten: (live: boolean, tree: string, input: ImplementationInput): Text => ({
    da:
      (live
        ? `levende formler ${budgetFunction("HIERARCHY", "da")}, én pr. afdeling over dens rækker i ${tree}`
        : `faste værdier, regnet som ${budgetFunction("HIERARCHY", "da")} over ${tree}`) +
      `; ${input.decimals} decimal(er) i ${UNIT_WORDS[input.unit].da}; største-rest-metoden niveau for niveau`,
    en:
      (live
        ? `live formulas ${budgetFunction("HIERARCHY", "en")}, one per department over its rows of ${tree}`
        : `values from hierarchy() over ${tree}`) +
      `; ${input.decimals} decimal(s) in ${UNIT_WORDS[input.unit].en}; largest remainder level by level`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
