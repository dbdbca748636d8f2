/**
 * The words of the log sheet's Guide and Indtastet columns: an auditor reads "Kilde til beløb:
 * skrevet", not "totalsFrom: typed". The JSON record in the last column keeps the codes, so the
 * pane reads a row back exactly whatever language it was written in.
 */
import { UNIT_WORDS } from "../../text/units";
import type { Language, Text } from "../wizards/contract";
import { formatDanish } from "../../core";
import { inLanguage } from "./numbers";

/** Every input name a wizard logs, also those of nested records (a hold's kind, an implementation line). */
export const INPUT_NAMES: Record<string, Text> = {
  // Shared by the wizards that write a result
  unit: { da: "Enhed", en: "Unit" },
  decimals: { da: "Decimaler", en: "Decimals" },
  output: { da: "Skrevet som", en: "Written as" },
  target: { da: "Fra cellen", en: "From cell" },
  newSheet: { da: "På et nyt ark", en: "On a new sheet" },
  firstYear: { da: "Første år", en: "First year" },
  departments: { da: "Afdelinger", en: "Departments" },
  department: { da: "Afdeling", en: "Department" },
  table: { da: "Tabel", en: "Table" },
  rate: { da: "Sats", en: "Rate" },
  // Fordel
  totalsFrom: { da: "Beløbet fra", en: "Amount from" },
  totalsAddress: { da: "Celler med beløb", en: "Cells with the amount" },
  totalsTyped: { da: "Skrevet beløb", en: "Typed amount" },
  totals: { da: "Beløb", en: "Amounts" },
  keyFrom: { da: "Nøglen fra", en: "Key from" },
  keyAddress: { da: "Nøgletabel", en: "Key table" },
  holds: { da: "Fastholdt", en: "Held" },
  kind: { da: "Behandling", en: "Treatment" },
  amount: { da: "Beløb", en: "Amount" },
  labels: { da: "Med navne, årstal og totalrække", en: "With names, years and a totals row" },
  yearsAsAmounts: { da: "Årstal bekræftet som beløb", en: "Years confirmed as amounts" },
  // Kvote
  tableAddress: { da: "Tabel", en: "Table" },
  hasExempt: { da: "Med kolonne for undtaget", en: "With an exempt column" },
  budgets: { da: "Budgetter", en: "Budgets" },
  exempt: { da: "Undtaget", en: "Exempt" },
  // PL-fremskrivning
  budgetAddress: { da: "Budgettabel", en: "Budget table" },
  hasKindColumn: { da: "Med kolonne for art", en: "With a kind column" },
  rateTableAddress: { da: "Satstabel", en: "Rate table" },
  fromYear: { da: "Fra år (PL)", en: "From year (price level)" },
  toYear: { da: "Til år (PL)", en: "To year (price level)" },
  budget: { da: "Budgettabel", en: "Budget table" },
  rateTable: { da: "Satstabel", en: "Rate table" },
  lines: { da: "Linjer", en: "Lines" },
  kinds: { da: "Arter", en: "Kinds" },
  amounts: { da: "Beløb", en: "Amounts" },
  // Demografi
  unitsAddress: { da: "Enhedsbeløb", en: "Unit amounts" },
  rateMode: { da: "Kompensation", en: "Compensation" },
  ratesAddress: { da: "Satser pr. gruppe", en: "Rates per group" },
  groups: { da: "Aldersgrupper", en: "Age groups" },
  base: { da: "Grundlag", en: "Basis" },
  forecast: { da: "Prognose", en: "Forecast" },
  unitAmounts: { da: "Enhedsbeløb", en: "Unit amounts" },
  // Effektiviseringskatalog
  gainsAddress: { da: "Gevinster", en: "Gains" },
  costsAddress: { da: "Omkostninger", en: "Costs" },
  printedNetAddress: { da: "Trykt netto", en: "Printed net" },
  targetFrom: { da: "Målet fra", en: "Target from" },
  budgetsAddress: { da: "Decentrale budgetter", en: "Decentralised budgets" },
  targetRate: { da: "Målsats", en: "Target rate" },
  targetTyped: { da: "Skrevet mål", en: "Typed target" },
  chart: { da: "Med diagram", en: "With a chart" },
  programmes: { da: "Programmer", en: "Programmes" },
  gains: { da: "Gevinster", en: "Gains" },
  costs: { da: "Omkostninger", en: "Costs" },
  // Afdelingsskemaer (the catalogue)
  files: { da: "Filer", en: "Files" },
  expectedFrom: { da: "Forventede afdelinger fra", en: "Expected departments from" },
  // Forhandling
  catalogueAddress: { da: "Katalog", en: "Catalogue" },
  scenarios: { da: "Forlig", en: "Settlements" },
  room: { da: "Råderum", en: "Room" },
  quotasAddress: { da: "Kvoter", en: "Quotas" },
  added: { da: "Tilføjet", en: "Added" },
  notInCatalogue: { da: "Ikke i kataloget", en: "Not in the catalogue" },
  // Bilag
  source: { da: "Forhandlingsark", en: "Negotiation sheet" },
  scenario: { da: "Forlig", en: "Settlement" },
  municipality: { da: "Kommune", en: "Municipality" },
  // Udmøntning
  treeAddress: { da: "Træ", en: "Tree" },
  amountsFrom: { da: "Beløbene fra", en: "Amounts from" },
  amountsAddress: { da: "Vedtagne beløb", en: "Adopted amounts" },
  amountsTyped: { da: "Skrevne beløb", en: "Typed amounts" },
  // Gevinstopfølgning
  planAddress: { da: "Plan", en: "Plan" },
  realisedAddress: { da: "Realiseret", en: "Realised" },
  threshold: { da: "Tærskel", en: "Threshold" },
  plan: { da: "Plan", en: "Plan" },
  realised: { da: "Realiseret", en: "Realised" },
  // Forklar
  cell: { da: "Celle", en: "Cell" },
  formula: { da: "Formel", en: "Formula" },
  // Every wizard that reads a table: the answers to its questions (answersUsed.ts)
  answers: { da: "Svar på spørgsmål", en: "Answers to questions" },
};

/**
 * The answers to the table reader's questions, by the kind of question (its id up to the first
 * ":") and the answer's code; `where` is the rest of the id: the cells the answer applies to (or,
 * for a typed total, the text typed).
 */
const ANSWER_WORDS: Record<string, Record<string, (where: string) => Text>> = {
  hidden: {
    include: (rows) => ({ da: `Skjulte rækker ${rows}: taget med`, en: `Hidden rows ${rows}: included` }),
    leaveOut: (rows) => ({ da: `Skjulte rækker ${rows}: udeladt`, en: `Hidden rows ${rows}: left out` }),
  },
  sum: {
    total: (cell) => ({
      da: `${cell}, summen af rækkerne over den: en total, udeladt`,
      en: `${cell}, the sum of the rows above it: a total, left out`,
    }),
    data: (cell) => ({
      da: `${cell}, summen af rækkerne over den: en række som de andre`,
      en: `${cell}, the sum of the rows above it: a row like the others`,
    }),
  },
  zero: {
    zero: (cell) => ({ da: `${cell} uden beløb: en række med 0`, en: `${cell} without amounts: a row of 0` }),
    label: (cell) => ({
      da: `${cell} uden beløb: en overskrift, udeladt`,
      en: `${cell} without amounts: a heading, left out`,
    }),
  },
  together: {
    values: (range) => ({
      da: `Rækkerne i ${range} står ikke samlet: faste værdier i stedet for formler`,
      en: `The rows of ${range} are not together: fixed values instead of formulas`,
    }),
  },
  keySum: {
    spread: (range) => ({
      da: `Nøglen i ${range} summer ikke til 100 %: fordelt efter vægtenes forhold`,
      en: `The key in ${range} does not add up to 100 %: spread in proportion to the weights`,
    }),
  },
  percentTotal: {
    number: (typed) => ({
      da: `Det skrevne beløb "${typed}": læst som tal, ikke som procent`,
      en: `The typed amount "${typed}": read as a number, not a percentage`,
    }),
  },
};

/** One answer in words; an id of a kind this table does not know is shown as it is, code and all. */
export function answerText(id: string, answer: string, language: Language): string {
  const colon = id.indexOf(":");
  const kind = colon < 0 ? id : id.slice(0, colon);
  const where = colon < 0 ? "" : id.slice(colon + 1);
  // A hidden-rows id lists its rows with bare commas ("Nøgle!A5,Nøgle!A6").
  const shownWhere = kind === "hidden" ? where.split(",").join(", ") : where;
  return ANSWER_WORDS[kind]?.[answer]?.(shownWhere)[language] ?? `${id}: ${answer}`;
}

const FROM: Record<string, Text> = {
  range: { da: "regnearket", en: "the workbook" },
  typed: { da: "skrevet", en: "typed" },
};

/** The inputs whose values are codes, each code in words; any other value is shown as it is. */
export const VALUE_WORDS: Record<string, Record<string, Text>> = {
  totalsFrom: FROM,
  amountsFrom: FROM,
  keyFrom: {
    table: { da: "nøgletabel", en: "key table" },
    base: { da: "grundlag", en: "base" },
    equal: { da: "lige store andele", en: "equal shares" },
  },
  targetFrom: {
    budgets: { da: "sats af budgetterne", en: "rate of the budgets" },
    typed: { da: "skrevet", en: "typed" },
  },
  output: {
    formula: { da: "levende formel", en: "live formula" },
    values: { da: "faste værdier", en: "fixed values" },
  },
  kind: {
    free: { da: "efter nøglen", en: "by the key" },
    fixed: { da: "fast beløb", en: "fixed amount" },
    excluded: { da: "undtaget", en: "excluded" },
  },
  rateMode: {
    one: { da: "én sats for alle", en: "one rate for all" },
    perGroup: { da: "en sats pr. gruppe", en: "a rate per group" },
  },
  expectedFrom: {
    central: { da: "centralarket", en: "the central sheet" },
    files: { da: "de indleverede filer", en: "the returned files" },
  },
  unit: UNIT_WORDS,
};

/** A number with all its digits, the exact decimal (1.234,5 or 1,234.5), as the log has always printed it. */
function exact(value: number, language: Language): string {
  return inLanguage(formatDanish(value), language);
}

const YES_NO = { yes: { da: "ja", en: "yes" }, no: { da: "nej", en: "no" } };

function valueText(key: string, value: unknown, language: Language): string {
  if (key === "answers" && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const answers = value as Record<string, unknown>;
    return Object.keys(answers)
      .map((id) => answerText(id, String(answers[id]), language))
      .join("; ");
  }
  if (typeof value === "number") return exact(value, language);
  if (typeof value === "boolean") return (value ? YES_NO.yes : YES_NO.no)[language];
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => valueText(key, v, language)).join("; ");
  if (typeof value === "object") return fieldsText(value as Record<string, unknown>, language).join(", ");
  if (typeof value !== "string") return "";
  return VALUE_WORDS[key]?.[value]?.[language] ?? value;
}

/** Nothing given: left off the log, as the pane leaves an unused field out of the preview. */
function isBlank(value: unknown): boolean {
  return value === "" || value === undefined || (Array.isArray(value) && value.length === 0);
}

function fieldsText(record: Record<string, unknown>, language: Language): string[] {
  return Object.keys(record)
    .filter((key) => !isBlank(record[key]))
    .map((key) => `${INPUT_NAMES[key]?.[language] ?? key}: ${valueText(key, record[key], language)}`);
}

/** The inputs as the Indtastet column shows them: one "name: value" a line, in the pane's language. */
export function logInputsText(inputs: unknown, language: Language): string {
  if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) return valueText("", inputs, language);
  return fieldsText(inputs as Record<string, unknown>, language).join("\n");
}
