/**
 * The Forklar wizard's sentences (DOMAIN.md "Explaining a number"): each a code and its parameters,
 * numbers as exact decimals (a fraction cut short says so with "…"), and one renderer per language,
 * so the pane and the written sheet say the same in Danish and English.
 */
import { formatDanish } from "../core";
import type { Decimal } from "../core/decimal";
import type { Language } from "./language";
import { inLanguage } from "./number";
import { renderWith, type MessageOf, type Texts } from "./messageCatalogue";

/** An exact decimal as shown; `cut` when the fraction goes on beyond the shown places. */
export interface Shown {
  value: Decimal;
  cut?: boolean;
  /** Decimal places always shown, as a printed amount at the result's decimals shows them (5,0). */
  places?: number;
}

/** A sum of ROUNDTABLE's result, by what it adds up. */
export interface SumName {
  kind: "row" | "column" | "groupColumn" | "groupRow" | "groupRows" | "totalsRow" | "totalsColumn";
  /** The input row or column, 1-based; the group's label for the group sums. */
  index: number;
  /** groupColumn: the 1-based column. */
  column: number;
  group: string;
}

export interface TablePlace {
  row: number;
  column: number;
  printed: Shown;
}

export interface ChainStep {
  year: number;
  /** 1 + the year's rate. */
  factor: Shown;
}

export interface ExplanationParams {
  total: { decimals: number; rounded: Shown };
  quotaTotal: { rate: Shown; exact: Shown; rounded: Shown };
  held: { held: { name: string; amount: Shown }[]; left: Shown };
  spreadRule: { unit: Shown; leftover: number };
  partHeld: { name: string; amount: Shown };
  partShare: { name: string; weight: Shown; share: Shown; exact: Shown; floor: Shown; rest: Shown };
  rankGot: { rank: number; of: number; leftover: number };
  rankMissed: { rank: number; of: number; leftover: number };
  tieWeight: { other: string };
  tiePosition: { other: string };
  tieAmount: { other: string };
  tieEarlierRow: { other: string };
  result: { amount: Shown };
  hierarchyRule: Record<string, never>;
  hierarchyLevel: {
    parent: string;
    parentAmount: Shown;
    node: string;
    share: Shown;
    exact: Shown;
    floor: Shown;
    /** 0 without a remainder. */
    rank: number;
    extra: boolean;
    result: Shown;
  };
  tableRule: { unit: Shown };
  tableFigure: { exact: Shown; nearest: Shown; printed: Shown };
  tableHalf: Record<string, never>;
  tableRequired: { sum: SumName; units: number; tooMany: boolean };
  tableKept: { sum: SumName; partners: TablePlace[] };
  repriceRule: { from: number; to: number; back: boolean };
  repriceChain: { kind: string; steps: ChainStep[]; product: Shown };
  repriceBack: { kind: string; product: Shown; factor: Shown };
  repriceLine: { name: string; kind: string; amount: Shown; factor: Shown; back: boolean; exact: Shown };
  demographyRule: Record<string, never>;
  demographyTerm: {
    name: string;
    forecast: Shown;
    base: Shown;
    change: Shown;
    unit: Shown;
    rate: Shown;
    exact: Shown;
  };
  columnRule: { exact: Shown; total: Shown; unit: Shown; leftover: number };
  columnCell: { name: string; exact: Shown; floor: Shown; rest: Shown };
  columnTotal: { exact: Shown; total: Shown };
}

export type ExplanationCode = keyof ExplanationParams;
export type ExplanationMessage = MessageOf<ExplanationParams>;

/** A decimal in the language's separators (da 1.234,5; en 1,234.5), "…" where cut. */
export function shownIn(x: Shown, l: Language): string {
  let da = formatDanish(x.value);
  const places = x.places ?? 0;
  if (places > 0) {
    const comma = da.indexOf(",");
    const have = comma < 0 ? 0 : da.length - comma - 1;
    da = (comma < 0 ? `${da},` : da) + "0".repeat(Math.max(0, places - have));
  }
  da += x.cut ? "…" : "";
  return inLanguage(da, l);
}

const percent = (x: Shown, l: Language): string => `${shownIn(x, l)} %`;

function sumName(s: SumName, l: Language): string {
  const da = l === "da";
  switch (s.kind) {
    case "row":
      return da ? `række ${s.index}` : `row ${s.index}`;
    case "column":
      return da ? `kolonne ${s.index}` : `column ${s.index}`;
    case "groupColumn":
      return da ? `${s.group}s subtotal i kolonne ${s.column}` : `${s.group}'s subtotal in column ${s.column}`;
    case "groupRow":
    case "groupRows":
      return da ? `${s.group}s total` : `${s.group}'s total`;
    case "totalsRow":
      return da ? "totalrækken" : "the totals row";
    default:
      return da ? "totalkolonnen" : "the totals column";
  }
}

/** A count of units, singular or plural. */
const units = (n: number, l: Language): string =>
  l === "da" ? `${n} ${n === 1 ? "enhed" : "enheder"}` : `${n} ${n === 1 ? "unit" : "units"}`;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const place = (p: TablePlace, l: Language): string =>
  l === "da"
    ? `række ${p.row}, kolonne ${p.column} (${shownIn(p.printed, l)})`
    : `row ${p.row}, column ${p.column} (${shownIn(p.printed, l)})`;

const chain = (steps: ChainStep[], l: Language): string =>
  steps.map((s) => `${shownIn(s.factor, l)} (${s.year})`).join(" × ");

export const EXPLANATION_TEXTS: Texts<ExplanationParams> = {
  total: {
    da: (p) =>
      `Beløbet afrundet til ${p.decimals} ${p.decimals === 1 ? "decimal" : "decimaler"}: ${shownIn(p.rounded, "da")}.`,
    en: (p) =>
      `The total rounded to ${p.decimals} ${p.decimals === 1 ? "decimal" : "decimals"}: ${shownIn(p.rounded, "en")}.`,
  },
  quotaTotal: {
    da: (p) =>
      `Kvoten i alt er satsen ${percent(p.rate, "da")} gange de positive grundlag: præcist ${shownIn(p.exact, "da")}, afrundet ${shownIn(p.rounded, "da")}.`,
    en: (p) =>
      `The total quota is the rate ${percent(p.rate, "en")} times the positive bases: exactly ${shownIn(p.exact, "en")}, rounded ${shownIn(p.rounded, "en")}.`,
  },
  held: {
    da: (p) =>
      `Holdt: ${p.held.map((h) => `${h.name} ${shownIn(h.amount, "da")}`).join(", ")}. Tilbage at fordele efter nøglen: ${shownIn(p.left, "da")}.`,
    en: (p) =>
      `Held: ${p.held.map((h) => `${h.name} ${shownIn(h.amount, "en")}`).join(", ")}. Left to spread by the key: ${shownIn(p.left, "en")}.`,
  },
  spreadRule: {
    da: (p) =>
      `Reglen: hver del får sin andel rundet ned til hele ${shownIn(p.unit, "da")}; ${p.leftover === 1 ? "den ene enhed, der mangler, går" : `de ${p.leftover} enheder, der mangler, går`} én ad gangen til de største rester (ved samme rest først den største vægt, så den tidligere række).`,
    en: (p) =>
      `The rule: each part gets its share rounded down to whole units of ${shownIn(p.unit, "en")}; ${p.leftover === 1 ? "the one unit still missing goes" : `the ${p.leftover} units still missing go`} one at a time to the largest remainders (on equal remainders the larger weight first, then the earlier row).`,
  },
  partHeld: {
    da: (p) => `${p.name} er holdt: ${shownIn(p.amount, "da")}.`,
    en: (p) => `${p.name} is held: ${shownIn(p.amount, "en")}.`,
  },
  partShare: {
    da: (p) =>
      `${p.name} vejer ${shownIn(p.weight, "da")}, ${percent(p.share, "da")} af nøglen: præcist ${shownIn(p.exact, "da")}, rundet ned ${shownIn(p.floor, "da")}, rest ${shownIn(p.rest, "da")}.`,
    en: (p) =>
      `${p.name} weighs ${shownIn(p.weight, "en")}, ${percent(p.share, "en")} of the key: exactly ${shownIn(p.exact, "en")}, floor ${shownIn(p.floor, "en")}, remainder ${shownIn(p.rest, "en")}.`,
  },
  rankGot: {
    da: (p) =>
      `Resten er nr. ${p.rank} af ${p.of}: ${p.leftover === 1 ? "den fik den ene enhed, der manglede" : `den fik en af de ${p.leftover} enheder`}.`,
    en: (p) =>
      `Its remainder ranks ${p.rank} of ${p.of}: ${p.leftover === 1 ? "it got the one unit missing" : `it got one of the ${p.leftover} units`}.`,
  },
  rankMissed: {
    da: (p) => `Resten er nr. ${p.rank} af ${p.of}: der var kun ${units(p.leftover, "da")} at give.`,
    en: (p) =>
      `Its remainder ranks ${p.rank} of ${p.of}: there ${p.leftover === 1 ? "was" : "were"} only ${units(p.leftover, "en")} to give.`,
  },
  tieWeight: {
    da: (p) => `Samme rest som ${p.other}; den største vægt går først.`,
    en: (p) => `Same remainder as ${p.other}; the larger weight goes first.`,
  },
  tiePosition: {
    da: (p) => `Samme rest og vægt som ${p.other}; den tidligere række går først.`,
    en: (p) => `Same remainder and weight as ${p.other}; the earlier row goes first.`,
  },
  tieAmount: {
    da: (p) => `Samme rest som ${p.other}; det største beløb går først.`,
    en: (p) => `Same remainder as ${p.other}; the larger amount goes first.`,
  },
  tieEarlierRow: {
    da: (p) => `Samme rest og beløb som ${p.other}; den tidligere række går først.`,
    en: (p) => `Same remainder and amount as ${p.other}; the earlier row goes first.`,
  },
  result: {
    da: (p) => `Resultat: ${shownIn(p.amount, "da")}.`,
    en: (p) => `Result: ${shownIn(p.amount, "en")}.`,
  },
  hierarchyRule: {
    da: () =>
      "Fordelt ned gennem træet: på hvert niveau får hver enhed sin andel af niveauet over, rundet efter den største rest.",
    en: () =>
      "Spread down the tree: at each level each node gets its share of the level above, rounded by the largest remainder.",
  },
  hierarchyLevel: {
    da: (p) =>
      `${p.parent} ${shownIn(p.parentAmount, "da")} → ${p.node}: ${percent(p.share, "da")}, præcist ${shownIn(p.exact, "da")}, rundet ned ${shownIn(p.floor, "da")}${p.rank > 0 ? `, rest nr. ${p.rank}` : ""}${p.extra ? " (fik en enhed)" : ""} = ${shownIn(p.result, "da")}.`,
    en: (p) =>
      `${p.parent} ${shownIn(p.parentAmount, "en")} → ${p.node}: ${percent(p.share, "en")}, exactly ${shownIn(p.exact, "en")}, floor ${shownIn(p.floor, "en")}${p.rank > 0 ? `, remainder ranks ${p.rank}` : ""}${p.extra ? " (got a unit)" : ""} = ${shownIn(p.result, "en")}.`,
  },
  tableRule: {
    da: (p) =>
      `Hvert tal rundes op eller ned til nærmeste multiplum af ${shownIn(p.unit, "da")}, så alle rækker, kolonner og totaler summer; så få som muligt rundes væk fra deres nærmeste værdi.`,
    en: (p) =>
      `Every figure is rounded up or down to a multiple of ${shownIn(p.unit, "en")} so that all rows, columns and totals add up, with as few as possible rounded away from their nearest value.`,
  },
  tableFigure: {
    da: (p) =>
      `Præcist ${shownIn(p.exact, "da")}; nærmeste afrunding ${shownIn(p.nearest, "da")}; trykt ${shownIn(p.printed, "da")}.`,
    en: (p) =>
      `Exactly ${shownIn(p.exact, "en")}; nearest rounding ${shownIn(p.nearest, "en")}; printed ${shownIn(p.printed, "en")}.`,
  },
  tableHalf: {
    da: () => "Værdien ligger præcis midt imellem: begge veje er lige nær.",
    en: () => "The value lies exactly halfway: both ways are as near.",
  },
  tableRequired: {
    da: (p) =>
      `${capital(sumName(p.sum, "da"))} krævede det: tallene rundet hver for sig til nærmeste giver ${p.units} enhed(er) ${p.tooMany ? "for meget" : "for lidt"} mod dens egen afrunding.`,
    en: (p) =>
      `${capital(sumName(p.sum, "en"))} required it: its figures each at their nearest come to ${p.units} unit(s) ${p.tooMany ? "too many" : "too few"} against its own rounding.`,
  },
  tableKept: {
    da: (p) =>
      `${capital(sumName(p.sum, "da"))} holdes: ${p.partners.map((x) => place(x, "da")).join("; ")} blev rundet den anden vej.`,
    en: (p) =>
      `${capital(sumName(p.sum, "en"))} is kept whole: ${p.partners.map((x) => place(x, "en")).join("; ")} went the other way.`,
  },
  repriceRule: {
    da: (p) =>
      p.back
        ? `Beløbene i ${p.from}-PL regnes tilbage til ${p.to}-PL: hver linje divideres med produktet af (1 + satsen) for årene efter ${p.to} til og med ${p.from}, efter linjens art.`
        : `Beløbene i ${p.from}-PL regnes frem til ${p.to}-PL: hver linje ganges med produktet af (1 + satsen) for årene efter ${p.from} til og med ${p.to}, efter linjens art.`,
    en: (p) =>
      p.back
        ? `The amounts at ${p.from} prices are taken back to ${p.to} prices: each line is divided by the product of (1 + the rate) over the years after ${p.to} up to ${p.from}, by the line's kind.`
        : `The amounts at ${p.from} prices are taken to ${p.to} prices: each line is multiplied by the product of (1 + the rate) over the years after ${p.from} up to ${p.to}, by the line's kind.`,
  },
  repriceChain: {
    da: (p) =>
      p.steps.length === 0
        ? `${p.kind}: samme prisniveau, faktor 1.`
        : `${p.kind}: ${chain(p.steps, "da")} = ${shownIn(p.product, "da")}.`,
    en: (p) =>
      p.steps.length === 0
        ? `${p.kind}: the same price level, factor 1.`
        : `${p.kind}: ${chain(p.steps, "en")} = ${shownIn(p.product, "en")}.`,
  },
  repriceBack: {
    da: (p) =>
      `${p.kind}: at dividere med ${shownIn(p.product, "da")} er at gange med 1 / ${shownIn(p.product, "da")} = ${shownIn(p.factor, "da")}.`,
    en: (p) =>
      `${p.kind}: dividing by ${shownIn(p.product, "en")} is multiplying by 1 / ${shownIn(p.product, "en")} = ${shownIn(p.factor, "en")}.`,
  },
  repriceLine: {
    da: (p) =>
      `${p.name} (${p.kind}): ${shownIn(p.amount, "da")} ${p.back ? "/" : "×"} ${shownIn(p.factor, "da")} = præcist ${shownIn(p.exact, "da")}.`,
    en: (p) =>
      `${p.name} (${p.kind}): ${shownIn(p.amount, "en")} ${p.back ? "/" : "×"} ${shownIn(p.factor, "en")} = exactly ${shownIn(p.exact, "en")}.`,
  },
  demographyRule: {
    da: () =>
      "Hver aldersgruppe reguleres med (prognose − grundlag) × enhedsbeløb × kompensationssats for året; totalrækken er årets sum.",
    en: () =>
      "Each age group is adjusted by (forecast − base) × unit amount × compensation rate for the year; the totals row is the year's sum.",
  },
  demographyTerm: {
    da: (p) =>
      `${p.name}: (${shownIn(p.forecast, "da")} − ${shownIn(p.base, "da")}) = ${shownIn(p.change, "da")} borgere × ${shownIn(p.unit, "da")} × ${percent(p.rate, "da")} = præcist ${shownIn(p.exact, "da")}.`,
    en: (p) =>
      `${p.name}: (${shownIn(p.forecast, "en")} − ${shownIn(p.base, "en")}) = ${shownIn(p.change, "en")} citizens × ${shownIn(p.unit, "en")} × ${percent(p.rate, "en")} = exactly ${shownIn(p.exact, "en")}.`,
  },
  columnRule: {
    da: (p) =>
      `Kolonnen summer præcist til ${shownIn(p.exact, "da")}, afrundet ${shownIn(p.total, "da")}. Hver celle rundes ned til hele ${shownIn(p.unit, "da")}; ${p.leftover === 1 ? "den ene enhed, der mangler, går" : `de ${p.leftover} enheder, der mangler, går`} én ad gangen til de største rester (ved samme rest først det største beløb, så den tidligere række).`,
    en: (p) =>
      `The column adds up to exactly ${shownIn(p.exact, "en")}, rounded ${shownIn(p.total, "en")}. Each cell is rounded down to whole units of ${shownIn(p.unit, "en")}; ${p.leftover === 1 ? "the one unit still missing goes" : `the ${p.leftover} units still missing go`} one at a time to the largest remainders (on equal remainders the larger amount first, then the earlier row).`,
  },
  columnCell: {
    da: (p) =>
      `${p.name}: præcist ${shownIn(p.exact, "da")}, rundet ned ${shownIn(p.floor, "da")}, rest ${shownIn(p.rest, "da")}.`,
    en: (p) =>
      `${p.name}: exactly ${shownIn(p.exact, "en")}, floor ${shownIn(p.floor, "en")}, remainder ${shownIn(p.rest, "en")}.`,
  },
  columnTotal: {
    da: (p) =>
      `Totalen er kolonnens præcise sum ${shownIn(p.exact, "da")}, afrundet til nærmeste (præcis midt imellem væk fra nul): ${shownIn(p.total, "da")}. Cellerne over er rundet, så de summer til den.`,
    en: (p) =>
      `The total is the column's exact sum ${shownIn(p.exact, "en")}, rounded to the nearest (exactly halfway away from zero): ${shownIn(p.total, "en")}. The cells above are rounded so that they add up to it.`,
  },
};

/** An explanation's sentence in a language. */
export function explanationIn(message: ExplanationMessage, language: Language): string {
  return renderWith(EXPLANATION_TEXTS, message, language);
}
