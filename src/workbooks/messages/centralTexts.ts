/**
 * What can be wrong in the central workbook (settings, department table, cross-cutting savings),
 * and the warnings of a generation. Every problem names its sheet and cell (`where`) and says how
 * to mend it. The English sentences are the ones the command line has always printed.
 */
import { formatDanish, shiftDecimal } from "../../core";
import { formatPercent } from "../../text/number";
import type { SheetValue } from "../values";
import type { Texts } from "../../text/messageCatalogue";
import { describeDa, describeIn, holdsDa } from "./words";

type Where = { where: string };
type Setting = Where & { label: string };
/** The amounts of the department table that must be numbers. */
export type AmountField = "budget" | "exempt amount" | "key share";

export interface CentralParams {
  settingsSheetMissing: { sheet: string };
  settingTwice: Setting;
  settingMissing: { sheet: string; label: string };
  settingBlank: Setting;
  settingNotNumber: Setting & { value: SheetValue };
  settingNotWhole: Setting & { value: number; low: number; high: number };
  rateNegative: Setting & { value: number };
  rateTooLarge: Setting & { value: number };
  deadlineBlank: Where;
  deadlineNotDate: Where & { value: SheetValue };
  departmentsSheetMissing: { sheet: string };
  columnMissing: Where & { column: string };
  departmentTableEmpty: Where;
  tooManyDepartments: Where & { count: number; max: number };
  amountNotNumber: Where & { field: AmountField; value: SheetValue; blankAllowed: boolean };
  codeUnusable: Where & { value: SheetValue };
  codeTwice: Where & { code: string; row: number };
  nameBlank: Where;
  keyNegative: Where & { value: number };
  keyPartlyBlank: Where;
  yearHeaderWrong: Where & { value: SheetValue; year: number };
  themeNameBlank: Where;
  savingNotNumber: Where & { value: SheetValue };
}

const FIELD_DA: Record<AmountField, string> = {
  budget: "Budgettet",
  "exempt amount": "Det undtagne beløb",
  "key share": "Nøgleandelen",
};

export const CENTRAL_TEXTS: Texts<CentralParams> = {
  settingsSheetMissing: {
    en: (p) => `the sheet "${p.sheet}" is missing. Add it with the settings in columns A (label) and B (value).`,
    da: (p) =>
      `Arket "${p.sheet}" mangler. Tilføj det med indstillingernes navne i kolonne A og værdierne i kolonne B.`,
  },
  settingTwice: {
    en: (p) => `${p.where}: "${p.label}" is given twice; keep one of them.`,
    da: (p) => `${p.where}: "${p.label}" står der to gange. Slet den ene af rækkerne.`,
  },
  settingMissing: {
    en: (p) => `${p.sheet}: no row labelled "${p.label}" in column A. Add it with its value in column B.`,
    da: (p) => `${p.sheet}: Der er ingen række med "${p.label}" i kolonne A. Tilføj den med værdien i kolonne B.`,
  },
  settingBlank: {
    en: (p) => `${p.where}: ${p.label} is blank. Fill it in.`,
    da: (p) => `${p.where}: "${p.label}" er ikke udfyldt. Udfyld cellen.`,
  },
  settingNotNumber: {
    en: (p) => `${p.where}: ${p.label} is ${describeIn(p.value, "en")}, not a number.`,
    da: (p) => `${p.where}: "${p.label}" skal være et tal, men ${holdsDa(p.value)}. Skriv et tal.`,
  },
  settingNotWhole: {
    en: (p) => `${p.where}: ${p.label} is ${p.value}; use a whole number from ${p.low} to ${p.high}.`,
    da: (p) => `${p.where}: "${p.label}" er ${formatDanish(p.value)}. Skriv et helt tal fra ${p.low} til ${p.high}.`,
  },
  rateNegative: {
    en: (p) => `${p.where}: ${p.label} is ${p.value}; a savings rate is 0 or more, e.g. 1 %.`,
    da: (p) => `${p.where}: Satsen er ${formatDanish(p.value)}. En besparelsessats er 0 eller mere, fx 1 %.`,
  },
  rateTooLarge: {
    en: (p) =>
      `${p.where}: ${p.label} is ${p.value}; that would be ${p.value * 100} %. Write the rate as a percentage (${p.value} %) or a fraction (${p.value / 100}).`,
    da: (p) =>
      `${p.where}: Satsen er ${formatDanish(p.value)}, og det ville være ${formatDanish(shiftDecimal(p.value, 2))} %. Skriv satsen som procent (${formatDanish(p.value)} %) eller som decimaltal (${formatDanish(shiftDecimal(p.value, -2))}).`,
  },
  deadlineBlank: {
    en: (p) => `${p.where}: the deadline is blank. Type a date.`,
    da: (p) => `${p.where}: Fristen er ikke udfyldt. Skriv en dato.`,
  },
  deadlineNotDate: {
    en: (p) => `${p.where}: the deadline is ${describeIn(p.value, "en")}, not a date. Type a date such as 10-04-2026.`,
    da: (p) => `${p.where}: Fristen er ikke en dato – ${holdsDa(p.value)}. Skriv en dato, fx 10-04-2026.`,
  },
  departmentsSheetMissing: {
    en: (p) => `the sheet "${p.sheet}" is missing. Add it with the columns Kode, Navn, Budget, Undtaget, Nøgle.`,
    da: (p) => `Arket "${p.sheet}" mangler. Tilføj det med kolonnerne Kode, Navn, Budget, Undtaget og Nøgle.`,
  },
  columnMissing: {
    en: (p) => `${p.where}: no column headed "${p.column}" in the header row. Add it (see docs/workbooks.md).`,
    da: (p) =>
      `${p.where}: Overskriftsrækken har ingen kolonne med overskriften "${p.column}". Tilføj den (se docs/workbooks.md).`,
  },
  departmentTableEmpty: {
    en: (p) => `${p.where}: the department table is empty. List one department a row.`,
    da: (p) => `${p.where}: Afdelingstabellen er tom. Skriv én afdeling på hver række.`,
  },
  tooManyDepartments: {
    en: (p) => `${p.where}: ${p.count} departments; at most ${p.max} are supported.`,
    da: (p) =>
      `${p.where}: Tabellen har ${formatDanish(p.count)} afdelinger, men der kan højst være ${p.max}. Del tabellen op.`,
  },
  amountNotNumber: {
    en: (p) =>
      `${p.where}: the ${p.field} is ${describeIn(p.value, "en")}, not a number. Type an amount such as 1.234,5${p.blankAllowed ? " or leave it blank" : ""}.`,
    da: (p) =>
      `${p.where}: ${FIELD_DA[p.field]} er ikke et tal – ${holdsDa(p.value)}. ${p.field === "key share" ? "Skriv en andel, fx 28,4 %" : "Skriv et beløb, fx 1.234,5"}${p.blankAllowed ? ", eller lad cellen stå tom" : ""}.`,
  },
  codeUnusable: {
    en: (p) =>
      `${p.where}: the code ${describeIn(p.value, "en")} is not usable. Use 1 to 20 letters, digits, - or _ (it names the department's file).`,
    da: (p) =>
      `${p.where}: ${p.value === null ? "Koden mangler" : `Koden ${describeDa(p.value)} kan ikke bruges`}. Brug 1 til 20 bogstaver, cifre, - eller _ (koden indgår i navnet på afdelingens fil).`,
  },
  codeTwice: {
    en: (p) => `${p.where}: the code "${p.code}" is also used in row ${p.row}. Codes must differ.`,
    da: (p) => `${p.where}: Koden "${p.code}" bruges også i række ${p.row}. Hver afdeling skal have sin egen kode.`,
  },
  nameBlank: {
    en: (p) => `${p.where}: the department's name is blank. Fill it in.`,
    da: (p) => `${p.where}: Afdelingens navn er ikke udfyldt. Skriv navnet.`,
  },
  keyNegative: {
    en: (p) => `${p.where}: the key share is ${p.value}; a key share is 0 or more.`,
    da: (p) => `${p.where}: Nøgleandelen er ${formatDanish(p.value)}. En nøgleandel skal være 0 eller mere.`,
  },
  keyPartlyBlank: {
    en: (p) =>
      `${p.where}: the key share is blank while other departments have one. Give every department a share, or leave the whole column blank to derive the key from the budgets.`,
    da: (p) =>
      `${p.where}: Nøgleandelen er tom, men andre afdelinger har en. Giv alle afdelinger en andel, eller lad hele kolonnen stå tom, så nøglen beregnes ud fra budgetterne.`,
  },
  yearHeaderWrong: {
    en: (p) =>
      `${p.where}: the header is ${describeIn(p.value, "en")}; it should be the year ${p.year} (the budget year and its outline years, from the table's second column).`,
    da: (p) =>
      `${p.where}: Overskriften skal være årstallet ${p.year}, men ${typeof p.value === "number" && Number.isInteger(p.value) ? `der står ${p.value}` : holdsDa(p.value)}. Fra tabellens anden kolonne skal overskrifterne være budgetåret og overslagsårene.`,
  },
  themeNameBlank: {
    en: (p) => `${p.where}: the theme's name is blank. Fill it in.`,
    da: (p) => `${p.where}: Temaets navn er ikke udfyldt. Skriv navnet.`,
  },
  savingNotNumber: {
    en: (p) =>
      `${p.where}: the saving is ${describeIn(p.value, "en")}, not a number. Type an amount such as 5,0 or leave it blank.`,
    da: (p) =>
      `${p.where}: Besparelsen er ikke et tal – ${holdsDa(p.value)}. Skriv et beløb, fx 5,0, eller lad cellen stå tom.`,
  },
};

/** Worth knowing before generating, not a reason to stop. */
export interface WarningParams {
  keyNotHundred: { total: number };
  keyFromBasis: Record<string, never>;
}

export const WARNING_TEXTS: Texts<WarningParams> = {
  keyNotHundred: {
    en: (p) =>
      `The administrative key adds up to ${formatPercent(p.total, 10, "da", true)}, not 100 %. The cross-cutting savings are spread in proportion to it all the same.`,
    da: (p) =>
      `Den administrative nøgle giver ${formatPercent(p.total, 10, "da", true)} tilsammen, ikke 100 %. De tværgående besparelser fordeles alligevel forholdsmæssigt efter den. Ret nøglen, hvis det ikke er meningen.`,
  },
  keyFromBasis: {
    en: () =>
      "No administrative key was given: the cross-cutting savings are spread by each department's share of the quota basis (to 0,1 %).",
    da: () =>
      "Der er ingen administrativ nøgle, så de tværgående besparelser fordeles efter hver afdelings andel af kvotegrundlaget (afrundet til 0,1 %). Udfyld kolonnen Nøgle for at bruge en anden fordeling.",
  },
};
