/**
 * InputError in Danish: one renderer per code of src/core/messages.ts (where the English ones are,
 * inside the functions bundle). The code of an error is the identity of its English renderer, so
 * the bundle carries no code strings; `Danish` below makes a missing Danish sentence a compile
 * error. Numbers are written as in the English messages (formatDanish: 1.234,5), places and range
 * shapes in Danish words, and argument names as the Danish parameter names (src/functions/registry.json).
 */
import { formatDanish, type InputError, type Id, type Place } from "../core";
import type { Decimal } from "../core/decimal";
import * as english from "../core/messages";
import type { Shape } from "../core/shape";
import type { Language } from "./language";

/** The codes of InputError: the names of the English renderers. */
export type InputErrorCode = keyof typeof english;

type Danish = { [C in InputErrorCode]: (...params: Parameters<(typeof english)[C]>) => string };

/**
 * The functions' parameter names in Danish, as the registry names them (the first function's name
 * where two differ). Written out because src/text sits below the doors and does not read their
 * registry; a test holds the two equal.
 */
export const DANISH_ARGUMENTS: Readonly<Record<string, string>> = {
  total: "beløb",
  weights: "nøgle",
  decimals: "decimaler",
  holds: "fastholdte",
  budgets: "budgetter",
  exempt: "undtaget",
  rate: "sats",
  base: "grundlag",
  gains: "gevinster",
  costs: "omkostninger",
  flows: "beløb",
  fullEffect: "fuld_effekt",
  profile: "profil",
  target: "mål",
  identified: "identificeret",
  amount: "beløb",
  averageSalary: "gennemsnitsløn",
  hours: "timer",
  normHours: "normtimer",
  parts: "dele",
  printedTotal: "trykt_total",
  values: "tabel",
  nodes: "noder",
  groups: "grupper",
  parents: "overordnede",
  result: "resultatet",
  value: "værdien",
  amounts: "beløb",
  fromYear: "fra_år",
  toYear: "til_år",
  index: "satser",
  types: "arter",
  forecast: "prognose",
  unitAmounts: "enhedsbeløb",
};

const argument = (name: string): string => DANISH_ARGUMENTS[name] ?? name;
const f = formatDanish;
const count = (n: number, one: string, many: string): string => `${f(n)} ${n === 1 ? one : many}`;
const shape = ({ rows, columns }: Shape): string =>
  `${count(rows, "række", "rækker")} × ${count(columns, "kolonne", "kolonner")}`;
const inYear = (year: number): string => (year ? ` i år ${year}` : "");
const at = (place: Place | undefined): string => (place ? ` i ${placeDanish(place)}` : "");
const places = (decimals: number): string => `afrundet til ${f(decimals)} decimaler`;
const fifteen = "kræver mere end de 15 cifre, Excel gemmer";
const fewerDigits = `${fifteen}. Brug færre decimaler, eller angiv beløbene i 1.000 kr.`;
const beyond = "er over ±1,79E+308, det største tal en celle kan rumme.";
const farSmaller = "virker altid; budgetbeløb er langt mindre, så se efter en tastefejl.";
const amounts = `Beløb inden for ±1E+307 ${farSmaller}`;
const budgetAmounts = `Budgetter og undtagne beløb inden for ±1E+300 ${farSmaller}`;

/** An id as typed: 4711 (an id is a name, not an amount, so whole ids are not grouped), or "Skoler". */
function shownId(id: Id): string {
  if (typeof id === "number") return Number.isInteger(id) ? String(id) : f(id);
  return `"${id.trim()}"`;
}

/** "række 3", "kolonne 2", "række 3, kolonne 2", `række 3 ("Skoler")`. */
export function placeDanish([row, column, id]: Place): string {
  const cell = row ? (column ? `række ${row}, kolonne ${column}` : `række ${row}`) : `kolonne ${column ?? 0}`;
  return id == null ? cell : `${cell} (${shownId(id)})`;
}

function cell(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "boolean") return value ? "SAND" : "FALSK";
  if (typeof value === "number") return f(value);
  return "en fejlværdi";
}

const other = { weights: "nøgle", budgets: "budgetter", gains: "gevinster" } as const;

const DANISH: Danish = {
  notFinite: (value) => `er ${cell(value)}, som ikke er et brugbart tal. Skriv et endeligt tal.`,
  notANumber: (value) =>
    `er ${cell(value)}, som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.`,
  emptyRange: () => "er tom. Markér mindst én celle.",
  raggedRange: () => "har rækker af forskellig længde. Markér et rektangulært område.",
  notAVector: (rows, columns) => `er ${shape({ rows, columns })}. Markér en enkelt række eller en enkelt kolonne.`,
  notASingle: (rows, columns) => `er et område på ${f(rows)} × ${f(columns)} celler. Angiv ét tal.`,
  blankNumber: () => "er tom. Skriv et tal.",
  shapeMismatch: (given, name, otherShape, years = 0) =>
    `er ${shape(given)}, men ${other[name]} er ${shape(otherShape)}. ${
      name === "weights"
        ? `Markér fastholdte i samme form som nøglen${years > 1 ? ` eller ${shape({ rows: otherShape.rows, columns: years })} (én kolonne pr. år)` : ""}, og lad de dele, der følger nøglen, være tomme.`
        : name === "budgets"
          ? "Markér undtagne beløb i samme form som budgetterne, eller lad undtaget være tomt."
          : "Markér gevinster og omkostninger i samme form (programmer × år)."
    }`,
  totalShape: (given) => `er ${shape(given)}. Angiv ét beløb, eller en række med et beløb pr. år (én kolonne pr. år).`,
  weightsRow: (years) =>
    `er en række, men beløb har ${f(years)} årsbeløb. Markér nøglen som en kolonne (én række pr. del); resultatet får så én kolonne pr. år.`,
  idsEmpty: () => "er tom. Markér én kolonne med én række pr. node.",
  idsShape: (given) => `er ${shape(given)}. Markér en enkelt kolonne med én række pr. node.`,
  notAnId: (value) => `er ${cell(value)}, som ikke er et id. Skriv id'et som tekst eller et tal.`,
  noPayback: (periods) =>
    `når ikke op på 0 eller mere inden for disse ${f(periods)} perioder: investeringen tjener sig ikke hjem. Tilføj senere års gevinster, eller tjek fortegnene (omkostninger negative, gevinster positive).`,
  fullEffectShape: (given) =>
    `er ${shape(given)}. Angiv ét tal, eller en kolonne med fulde effekter (én pr. program) og profilen som en række (én andel pr. år).`,
  targetShape: (given, years) =>
    `er ${shape(given)}, men identificeret har ${count(years, "kolonne", "kolonner")} (år). Angiv ét tal, eller en række med ${f(years)} årlige mål.`,
  tooLarge: (rows, columns) =>
    `${f(rows * columns)} celler (${f(rows)} rækker × ${f(columns)} kolonner) er mere end de 5 MB, Excel modtager fra én funktion. Del området op: kald funktionen på færre rækker eller færre år ad gangen.`,
  badDecimals: (decimals) =>
    `er ${f(decimals)}. Brug et helt tal fra -9 til 10: 0 for hele beløb, 1 eller 2 for decimaler, -3 for tusinder.`,
  tooManyDigits: (x, decimals) => `er ${f(x)}; ${places(decimals)} ${fewerDigits}`,
  negativeWeight: (weight) => `er ${f(weight)}, en negativ vægt. En nøgles vægte er 0 eller mere.`,
  holdsBeyondTotal: (held, year, total) =>
    `summer til ${f(held)}${inYear(year)}, mere end totalen ${f(total)}. Sænk de fastholdte beløb, eller hæv totalen.`,
  leftBeyondDigits: (left, year, decimals) =>
    `efterlader ${f(left)} at fordele${inYear(year)}, og ${places(decimals)} ${fifteen}. Sænk de fastholdte beløb, brug færre decimaler, eller angiv beløbene i 1.000 kr.`,
  nothingToSpread: (left, year) =>
    `alle vægte, der ikke er fastholdt, er 0, så intet kan tage de ${f(left)}, der er tilbage at fordele${inYear(year)}. Giv mindst én del en vægt over 0.`,
  baseZero: () => "er 0 overalt, så der er ingen andele at tage. Giv mindst én del et grundlag over 0.",
  salaryNotPositive: (salary) => `er ${f(salary)}. En gennemsnitsløn er over 0, fx 450.000 kr. om året.`,
  normNotPositive: (norm) =>
    `er ${f(norm)}. Timerne i et fuldtidsår er over 0; lad feltet være tomt for den danske norm på 1.924.`,
  fteOverflow: (amount, salary) =>
    `beløb / gennemsnitsløn, ${f(amount)} / ${f(salary)}, ${beyond} Brug en gennemsnitsløn på mindst 1 kr. om året (fx 450.000) og beløb inden for ±1E+300.`,
  hoursOverflow: (hours, norm) =>
    `timer / normtimer, ${f(hours)} / ${f(norm)}, ${beyond} Brug en norm på mindst 1 time (den danske norm er 1.924; lad feltet være tomt for den) og timer inden for ±1E+300.`,
  rateAsPercent: (typed: Decimal) =>
    `er ${f(typed)}, hvilket ville være ${f({ coef: typed.coef, exp: typed.exp + 2 })} %. Mente du ${f(typed)} %, så skriv det med %-tegnet eller som brøken ${f({ coef: typed.coef, exp: typed.exp - 2 })}.`,
  rateNegative: (rate) => `er ${f(rate)}. En sparesats er 0 eller mere, fx 1,5 % eller 0,015.`,
  quotaDigits: (decimals) =>
    `giver en samlet kvote, der ${fifteen}, med ${f(decimals)} decimaler. Brug færre decimaler, eller angiv budgetterne i 1.000 kr.`,
  basisOverflow: (budget, exempt, place) =>
    `budget − undtaget, ${f(budget)} − ${f(exempt)},${at(place)} ${beyond} ${budgetAmounts}`,
  basesOverflow: () => `summen af grundlagene ${beyond} ${budgetAmounts}`,
  netOverflow: (gain, cost, place) =>
    `gevinster + omkostninger, ${f(gain)} + ${f(cost)},${at(place)} ${beyond} ${amounts}`,
  runningSumOverflow: (place) => `den løbende sum${at(place)} ${beyond} ${amounts}`,
  phaseOverflow: (fullEffect, share) =>
    `fuld_effekt × andel, ${f(fullEffect)} × ${f(share)}, ${beyond} Fulde effekter inden for ±1E+300 med andele på højst 100 (10.000 %) virker altid; se efter en tastefejl.`,
  phaseDigits: (fullEffect, decimals) =>
    `er ${f(fullEffect)}; indfaset med ${f(decimals)} decimaler ${fifteen}. Brug færre decimaler.`,
  gapOverflow: (place) => `målet minus de identificerede besparelser${at(place)} ${beyond} ${amounts}`,
  checkOverflow: () =>
    `forskellen mellem delenes sum og trykt_total ${beyond} Beløb inden for ±1E+307 virker altid; trykte budgettal er langt mindre, så se efter en tastefejl.`,
  tableDigits: (decimals, place, value, total) =>
    `${
      total === "grand"
        ? "hovedtotalen"
        : total
          ? `summen af ${placeDanish(place as Place)}`
          : place
            ? value === undefined
              ? placeDanish(place)
              : `${placeDanish(place)} (${f(value)})`
            : value === undefined
              ? "værdien"
              : f(value)
    }, ${places(decimals)}, ${fewerDigits}`,
  groupsShape: (given, rows) =>
    `er ${shape(given)}, men tabel har ${count(rows, "række", "rækker")}. Markér en enkelt kolonne ud for tabellen med hver rækkes gruppe (fx dens forvaltning).`,
  notALabel: (value) =>
    `er ${cell(value)}, som ikke er en gruppebetegnelse. Skriv betegnelsen som tekst eller et tal, eller lad cellen være tom for at blive i gruppen ovenfor.`,
  firstLabelBlank: () => "er tom, og der er ingen gruppe ovenfor at blive i. Skriv første rækkes gruppe.",
  groupReturns: (ended, between) =>
    `vender tilbage til en gruppe, der sluttede i række ${f(ended)}, efter ${shownId(between)}. Rækkerne i en gruppe skal stå samlet: sortér rækkerne efter gruppe, eller giv disse rækker deres egen betegnelse.`,
  subtotalDigits: (decimals, label, column) =>
    `${column ? `subtotalen i kolonne ${f(column)}` : "totalen"} for gruppen ${shownId(label)}, ${places(decimals)}, ${fewerDigits}`,
  nodesEmpty: () => "er tom. Markér kolonnen med nodernes id.",
  lengthMismatch: (name, length, rows) =>
    `har ${count(length, "række", "rækker")}, men noder har ${f(rows)}. Markér ${argument(name)} ved siden af noder, med én række pr. node.`,
  negativeNodeWeight: (weight) => `er ${f(weight)}, en negativ vægt. En nodes vægt er 0 eller mere.`,
  noIds: () => "har ingen id'er: hver række er tom. Markér kolonnen med nodernes id.",
  weightNotLeafSum: (given, sum) =>
    `er ${f(given)}, men bladene under denne node vejer ${f(sum)} tilsammen. Lad vægten for en node med børn være tom, eller gør den til summen af dens blade.`,
  leavesZero: (below, amount, year) =>
    `hvert blad ${below ? `under ${placeDanish(below)}` : "i træet"} vejer 0, så intet kan tage de ${f(amount)}, der skal fordeles${inYear(year)}. Giv mindst ét blad en vægt over 0.`,
  blankNode: () => "er tom, men rækken har en overordnet eller en vægt. Giv noden et id, eller ryd hele rækken.",
  repeatedId: (first) => `gentager id'et fra ${placeDanish(first)}. Hver node skal have sit eget id: omdøb en af dem.`,
  unknownParent: (id) =>
    `nævner ${shownId(id)}, som ikke er et id i noder. Ret den overordnede, tilføj noden, eller lad cellen være tom for en node på øverste niveau.`,
  parentCycle: (rows) => {
    const names = rows.map((row) => (row ? placeDanish(row) : "…"));
    return rows.length === 1
      ? `${names[0] ?? ""} nævner sig selv som sin overordnede. Ret den overordnede, eller lad den være tom for en node på øverste niveau.`
      : `${names.join(" → ")} → ${names[0] ?? ""} går i ring (hver rækkes overordnede er den næste), så disse noder ligger under sig selv. Ret en af de overordnede, så kæden ender ved en node på øverste niveau (tom overordnet).`;
  },
  yearNotWhole: (value) => `er ${String(value).replace(".", ",")}, som ikke er et år. Skriv et helt år som 2025.`,
  indexTooSmall: () =>
    "skal have en overskriftsrække (År og så én art pr. kolonne, fx Løn, Priser) og mindst én række med et år og dets satser. Markér KL's satstabel med overskrifter.",
  indexYear: (value) => `er ${cell(value)}, som ikke er et år. Satstabellens første kolonne rummer hele år som 2025.`,
  indexYearRepeated: (year) => `gentager året ${year}. Hav én række pr. år i satstabellen.`,
  indexHeading: () => "er en tom overskrift over satser. Giv hver kolonne med satser sin art, fx Løn eller Priser.",
  indexYearMissing: (year, fromYear, toYear) =>
    `har ingen række for ${year}, som omregningen fra ${fromYear}-PL til ${toYear}-PL kræver. Tilføj satserne for ${year} til tabellen.`,
  indexRateBlank: (year, kind) =>
    `har ingen sats for ${year}, ${kind}. Skriv ændringen fra året før, fx 3 % eller 0,03.`,
  indexRateAsPercent: (year, kind, typed) =>
    `er ${f(typed)} (${year}, ${kind}): en sats på ${f({ coef: typed.coef, exp: typed.exp + 2 })} %? Skriv ${f(typed)} % eller ${f({ coef: typed.coef, exp: typed.exp - 2 })}.`,
  unknownKind: (kind, kinds) =>
    `er "${kind}", som ikke er en art i satstabellens overskrifter (${kinds.join(", ")}). Brug en af dem, eller lad cellen være tom for ${kinds[0] ?? ""}.`,
  typesShape: (given, rows) =>
    `er ${shape(given)}, men beløb har ${count(rows, "række", "rækker")}. Markér én kolonne med arter ud for beløbene, eller udelad arter.`,
  demographyShape: (given, expected) =>
    `er ${shape(given)}, men der skal være ${shape(expected)}: én række pr. aldersgruppe som i prognose${expected.columns > 1 ? " (én kolonne pr. år)" : ""}.`,
  countNotWhole: (value) => `er ${f(value)}, som ikke er et antal borgere. Et antal er et helt tal, 0 eller mere.`,
  compensationNegative: (rate) =>
    `er ${f(rate)}. En kompensationsgrad er fra 0 til 100 %, fx 75 % eller 0,75; lad feltet være tomt for 100 %.`,
  rateShape: (given, groups) =>
    `er ${shape(given)}. Angiv én sats for alle, eller en kolonne med ${f(groups)} satser, én pr. aldersgruppe.`,
};

/** The code of an error: the name under which its English renderer is exported. */
export function inputErrorCode(error: InputError): InputErrorCode | undefined {
  return (Object.keys(english) as InputErrorCode[]).find((code) => english[code] === error.text);
}

/** The sentence after "argument: place" in a language, for a message of one's own around it. */
export function inputErrorDetail(error: InputError, language: Language): string {
  const code = inputErrorCode(error);
  const render = (language === "en" || code === undefined ? error.text : DANISH[code]) as (
    ...params: readonly unknown[]
  ) => string;
  return render(...error.params);
}

/** The whole message, as the cells show it in English: argument, place and what to do. */
export function renderInputError(error: InputError, language: Language): string {
  if (language === "en") return error.message;
  const place = error.at ? `${placeDanish(error.at)} ` : "";
  return `${argument(error.argument)}: ${place}${inputErrorDetail(error, language)}`;
}
