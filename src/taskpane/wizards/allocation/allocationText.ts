/** The allocation wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";
import { budgetFunction } from "../../logic/formulaText";
import { renderInputError } from "../../../text/inputErrors";

import type { AllocationInput } from "./allocationModel";
import type { InputError } from "../../../core";
import type { RangeData } from "../../../sheet/types";
import type { ReadTable } from "../../logic/cellTable";
export const allocationText = {
  title: { da: "Fordel", en: "Allocate" },
  description: {
    da: "Fordel en besparelse på afdelingerne efter en nøgle, så delene summer præcist.",
    en: "Spread a saving over the departments by a key, with parts that add up exactly.",
  },
  totalHeading: { da: "1. Beløb", en: "1. Amount" },
  totalFrom: { da: "Beløbet, der skal fordeles", en: "The amount to spread" },
  totalTyped: { da: "Skriv beløbet", en: "Type the amount" },
  totalRange: { da: "Fra en celle eller en række med år", en: "From a cell or a row of years" },
  totalAmount: { da: "Beløb", en: "Amount" },
  totalAmountHint: { da: "Fx 5,0 – flere år: 5,0; 10,0; 12,5", en: "E.g. 5.0 – several years: 5.0; 10.0; 12.5" },
  totalCells: { da: "Celle eller række med beløb pr. år", en: "Cell or row with an amount per year" },
  totalCellsHint: { da: "Fx Besparelser!B2:E2", en: "E.g. Besparelser!B2:E2" },
  yearsAreAmounts: { da: "Det er beløb – fordel dem", en: "These are amounts – spread them" },
  keyHeading: { da: "2. Fordelingsnøgle", en: "2. Distribution key" },
  keyFrom: { da: "Nøglen kommer fra", en: "The key comes from" },
  keyTable: { da: "En nøgletabel (navn og andel)", en: "A key table (name and share)" },
  keyBase: { da: "Et grundlag (fx forbrug) – nøglen beregnes", en: "A base (e.g. spending) – the key is derived" },
  keyEqual: { da: "Lige store andele", en: "Equal shares" },
  keyRange: { da: "Nøgletabel", en: "Key table" },
  baseRange: { da: "Tabel med navn og grundlag", en: "Table with name and base" },
  equalRange: { da: "Afdelingernes navne", en: "The departments' names" },
  keyHint: { da: "Fx Nøgle!A1:B7 eller et navn", en: "E.g. Nøgle!A1:B7 or a name" },
  // Where the sample keeps each: the key table, spending to derive a key from, and the names alone.
  baseHint: { da: "Fx Nøgle!D1:E7 (møbler 2023) eller et navn", en: "E.g. Nøgle!D1:E7 (furniture 2023) or a name" },
  equalHint: { da: "Fx Nøgle!A2:A7 eller et navn", en: "E.g. Nøgle!A2:A7 or a name" },
  firstYear: { da: "Første år (overskrift)", en: "First year (heading)" },
  holdsToggle: { da: "Fasthold enkelte afdelinger", en: "Hold some departments" },
  holdFor: { da: "Behandling af", en: "Treatment of" },
  holdAmount: { da: "Fast beløb for", en: "Fixed amount for" },
  holdFree: { da: "Fordeles efter nøglen", en: "Spread by the key" },
  holdFixed: { da: "Fast beløb", en: "Fixed amount" },
  holdExcluded: { da: "Undtaget (0)", en: "Excluded (0)" },
  heldMark: { da: "(fast)", en: "(held)" },
  excludedMark: { da: "(undtaget)", en: "(excluded)" },
  previewCaption: { da: "Fordeling pr. afdeling og år", en: "Allocation by department and year" },
  department: { da: "Afdeling", en: "Department" },
  key: { da: "Nøgle", en: "Key" },
  sumOfParts: { da: "Sum af dele", en: "Sum of parts" },
  roundedTotal: { da: "Total, afrundet", en: "Total, rounded" },
  outputHeading: common.outputHeading,
  outputAs: common.outputAs,
  // Under the namespace the pane writes (BUDGETDEV in the development add-in), so asked when it renders.
  outputFormula: (): Text => ({
    da: `Formel =${budgetFunction("DISTRIBUTE", "da")}(…), der regner med`,
    en: `Formula =${budgetFunction("DISTRIBUTE", "en")}(…) that keeps calculating`,
  }),
  outputValues: common.outputValues,
  labels: { da: "Med navne, årstal og totalrække", en: "With names, years and a totals row" },

  // keySum.ts
  keyAddsUpFar: (address: string, shown: Text): Text => ({
    da: `Nøglen: ${address} summer til ${shown.da} %, langt fra 100 %. Er en totalrække eller en afdeling taget med to gange? Vælg tabellen uden den, eller fordel efter vægtenes forhold alligevel.`,
    en: `The key: ${address} adds up to ${shown.en} %, far from 100 %. Was a total row or a department taken in twice? Select the table without it, or spread in proportion to the weights anyway.`,
  }),
  keyAddsUpSum: (address: string, sumShown: Text, row: string): Text => ({
    da: `Nøglen: ${address} summer til ${sumShown.da}, og ${row} er summen af alle de andre rækker. Er en totalrække taget med? Vælg tabellen uden den, eller fordel med den som en vægt alligevel.`,
    en: `The key: ${address} adds up to ${sumShown.en}, and ${row} is the sum of all the other rows. Was a total row taken in? Select the table without it, or spread with it as a weight anyway.`,
  }),

  // allocationSources.ts
  total: {
    da: "Totalen",
    en: "The total",
  },
  theKey: {
    da: "Nøglen",
    en: "The key",
  },
  base: {
    da: "Grundlaget",
    en: "The base",
  },
  typeTotalEG: {
    da: "Skriv totalen, fx 5,0.",
    en: "Type the total, e.g. 5.0.",
  },
  selectCellRowWith: {
    da: 'Vælg cellen eller rækken med totalen og klik "Brug markering", eller skriv adressen.',
    en: 'Select the cell or row with the total and click "Use selection", or type its address.',
  },
  totalSpansSeveralRows: (data: RangeData): Text => ({
    da: `Totalen: ${data.address} er flere rækker. Vælg én celle eller én række med et beløb pr. år.`,
    en: `The total: ${data.address} spans several rows. Select one cell, or one row with an amount per year.`,
  }),
  totalEmptyTypeAmount: (address: string): Text => ({
    da: `Totalen: ${address} er tom. Skriv beløbet, der skal fordeles.`,
    en: `The total: ${address} is empty. Type the amount to spread.`,
  }),
  totalTypedWithBut: (input: AllocationInput, shown: Text): Text => ({
    da: `Totalen: "${input.totalsTyped.trim()}" er skrevet med %, men her skal stå et beløb. Skriv beløbet uden %, eller læs det som ${shown.da}.`,
    en: `The total: "${input.totalsTyped.trim()}" is typed with %, but an amount goes here. Type the amount without %, or read it as ${shown.en}.`,
  }),
  totalHoldsWhichLook: (address: string, list: string): Text => ({
    da: `Totalen: ${address} indeholder ${list}, som ligner årstal i en overskrift. Vælg rækken med beløbene under dem, eller bekræft at det er beløb.`,
    en: `The total: ${address} holds ${list}, which look like year headings. Select the row of amounts below them, or confirm that these are amounts.`,
  }),
  selectKeyTableNames: {
    da: 'Vælg nøgletabellen (navne og tal) og klik "Brug markering", eller vælg et navn på listen.',
    en: 'Select the key table (names and numbers) and click "Use selection", or pick a name from the list.',
  },
  weightsMust0More: (
    what: Text,
    cell: string,
    table: ReadTable,
    i: number,
    shownWeight: (weight: number, percent: boolean, language: "da" | "en") => string,
    w: number,
  ): Text => ({
    da: `${what.da}: ${cell} (${table.names[i]}) er ${shownWeight(w, table.percent, "da")}; vægte skal være 0 eller mere. Ret cellen, eller fasthold afdelingen med et fast beløb.`,
    en: `${what.en}: ${cell} (${table.names[i]}) is ${shownWeight(w, table.percent, "en")}; weights must be 0 or more. Mend the cell, or hold the department at a fixed amount.`,
  }),
  base0EverywhereSo: (address: string): Text => ({
    da: `Grundlaget: ${address} er 0 overalt, så der er ingen andele at regne. Giv mindst én afdeling et grundlag over 0.`,
    en: `The base: ${address} is 0 everywhere, so there are no shares to take. Give at least one department a base above 0.`,
  }),
  keyHasNoDepartments: {
    da: "Nøglen har ingen afdelinger.",
    en: "The key has no departments.",
  },

  // allocationPlan.ts
  heldAmountNotNumber: (name: string, hold: { kind: "fixed"; amount: string }): Text => ({
    da: `Fastholdt beløb for ${name}: "${hold.amount}" er ikke et tal. Skriv fx 1,0 eller 0.`,
    en: `Held amount for ${name}: "${hold.amount}" is not a number. Type e.g. 1.0 or 0.`,
  }),
  heldAmountsExceedTotal: (error: InputError): Text => ({
    da: `De fastholdte beløb er større end totalen. Sænk dem eller hæv totalen. (${renderInputError(error, "da")})`,
    en: `The held amounts exceed the total. Lower them or raise the total. (${error.message})`,
  }),
  everyDepartmentThatNot: {
    da: "Alle afdelinger, der ikke er fastholdt, har vægt 0, så der er intet at fordele efter. Giv mindst én en vægt over 0, eller fjern en fastholdelse.",
    en: "Every department that is not held has weight 0, so there is nothing to spread by. Give at least one a weight above 0, or remove a hold.",
  },

  // allocationWrite.ts
  sheetName: {
    da: "Fordeling",
    en: "Allocation",
  },
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
