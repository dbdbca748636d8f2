/**
 * What a wizard inferred from the tables it read, said in the preview in the user's words: rows left
 * out and why, blanks read as 0, a key that did not sum to 100 %. One renderer per code, both languages.
 */
import { fractionDigits } from "../../core";
import type { CatalogueOnlyInference } from "../../negotiation/catalogueInferences";
import type { Inference } from "../../sheet/tableShape";
import { formatNumber } from "../../text/number";
import type { Text } from "../wizards/contract";

/** Inferences the wizards add to the table reader's: about the numbers rather than the rows. */
export type WizardInference =
  | Inference
  /** The negotiation catalogue's: numbers typed as text, trimmed spaces, columns not read. */
  | CatalogueOnlyInference
  /** A key that sums near but not at 100 %, spread as it is; `sum` and `off` are printed percentages. */
  | { code: "keyNotHundred"; sum: number; off: number }
  /** A key that sums far from 100 %, spread as it is after the user said so. */
  | { code: "keyFarFromHundred"; sum: number }
  /** A key of plain weights in which one row is the sum of the others, kept as a weight after the user said so. */
  | { code: "keyHoldsItsTotal"; row: string }
  /** A catalogue block's rows are apart (a blank or subtotal between): its values are written without those rows. */
  | { code: "rowsApartAsValues"; range: string }
  /** The same where live formulas were chosen: values written instead, as the user answered. */
  | { code: "valuesForRowsApart"; range: string; cell: string };

const quoted = (label: string) => (label === "" ? "" : ` "${label}"`);

function rowsText(rows: readonly string[]): string {
  return rows.length <= 5 ? rows.join(", ") : `${rows.slice(0, 5).join(", ")} … (${rows.length})`;
}

/** A number as exact as it was computed, in each language's format: 99.9 → "99,9" / "99.9". */
function shown(value: number): Text {
  const places = fractionDigits(value);
  return { da: formatNumber(value, places, "da"), en: formatNumber(value, places, "en") };
}

type InferenceTexts = { [C in WizardInference["code"]]: (inference: Extract<WizardInference, { code: C }>) => Text };

/** One entry per code, so the compiler asks for the words of a new inference. */
const INFERENCE_TEXTS: InferenceTexts = {
  totalRowLeftOut: (inference) =>
    inference.bySum
      ? {
          da: `${inference.row}${quoted(inference.label)} er summen af rækkerne over den: læst som total og udeladt.`,
          en: `${inference.row}${quoted(inference.label)} is the sum of the rows above it: read as a total and left out.`,
        }
      : {
          da: `${inference.row}${quoted(inference.label)} er en totalrække: udeladt.`,
          en: `${inference.row}${quoted(inference.label)} is a total row: left out.`,
        },
  subtotalRowLeftOut: (inference) => ({
    da: `${inference.row}${quoted(inference.label)} er en subtotal: udeladt.`,
    en: `${inference.row}${quoted(inference.label)} is a subtotal: left out.`,
  }),
  blankRowsLeftOut: (inference) =>
    inference.count === 1
      ? { da: `${inference.first} er en tom række: udeladt.`, en: `${inference.first} is a blank row: left out.` }
      : {
          da: `${inference.count} tomme rækker (${inference.first}–${inference.last}): udeladt.`,
          en: `${inference.count} blank rows (${inference.first}–${inference.last}): left out.`,
        },
  titleRowLeftOut: (inference) => ({
    da: `${inference.row}${quoted(inference.label)} er en titel: udeladt.`,
    en: `${inference.row}${quoted(inference.label)} is a title: left out.`,
  }),
  headingRows: (inference) => ({
    da: `Overskriften står i ${inference.count} rækker fra ${inference.first}.`,
    en: `The heading spans ${inference.count} rows from ${inference.first}.`,
  }),
  unitsRowLeftOut: (inference) => ({
    da: `${inference.row} angiver enheden${quoted(inference.label)}: udeladt som række.`,
    en: `${inference.row} states the unit${quoted(inference.label)}: not read as a row.`,
  }),
  footnoteLeftOut: (inference) => ({
    da: `${inference.row}${quoted(inference.label)} er en fodnote: udeladt.`,
    en: `${inference.row}${quoted(inference.label)} is a footnote: left out.`,
  }),
  labelRowLeftOut: (inference) => ({
    da: `${inference.row}${quoted(inference.label)} har ingen beløb: læst som overskrift for rækkerne under den.`,
    en: `${inference.row}${quoted(inference.label)} has no amounts: read as a heading for the rows below it.`,
  }),
  blankReadAsZero: (inference) => ({
    da: `Tomme celler læst som 0: ${rowsText(inference.cells.map((c, i) => `${c} (${inference.names[i] ?? ""})`))}.`,
    en: `Blank cells read as 0: ${rowsText(inference.cells.map((c, i) => `${c} (${inference.names[i] ?? ""})`))}.`,
  }),
  hiddenRowsIncluded: (inference) => ({
    da: `Skjulte rækker taget med, som du valgte: ${rowsText(inference.rows)}.`,
    en: `Hidden rows included, as you chose: ${rowsText(inference.rows)}.`,
  }),
  hiddenRowsLeftOut: (inference) => ({
    da: `Skjulte rækker udeladt, som du valgte: ${rowsText(inference.rows)}.`,
    en: `Hidden rows left out, as you chose: ${rowsText(inference.rows)}.`,
  }),
  mergedGroupLabel: (inference) => ({
    da: `${inference.cell} "${inference.label}" er flettet over ${inference.rows} rækker: gruppen gælder dem alle.`,
    en: `${inference.cell} "${inference.label}" is merged over ${inference.rows} rows: the group applies to them all.`,
  }),
  namesFromColumn: (inference) =>
    inference.groups === undefined
      ? {
          da: `Navnene er læst fra kolonnen med ${inference.column}.`,
          en: `The names are read from the column of ${inference.column}.`,
        }
      : {
          da: `Navnene er læst fra kolonnen med ${inference.column}, grupperne fra kolonnen med ${inference.groups}.`,
          en: `The names are read from the column of ${inference.column}, the groups from the column of ${inference.groups}.`,
        },
  valuesNotCells: (inference) => ({
    da: `Rækkerne i ${inference.range} står ikke samlet, så formlen får de læste værdier, ikke cellerne: den følger ikke senere ændringer i tabellen.`,
    en: `The rows of ${inference.range} are not together, so the formula is given the values read, not the cells: it does not follow later changes in the table.`,
  }),
  keyNotHundred: (inference) => {
    const sum = shown(inference.sum);
    const off = shown(inference.off);
    return {
      da: `Nøglen summer til ${sum.da} %, ${off.da} procentpoint fra 100 %. Hele beløbet fordeles efter vægtenes forhold.`,
      en: `The key adds up to ${sum.en} %, ${off.en} percentage points off 100 %. The whole amount is spread in proportion to the weights.`,
    };
  },
  rowsApartAsValues: (inference) => ({
    da: `Rækkerne i ${inference.range} står ikke samlet: de læste værdier skrives uden de mellemliggende rækker.`,
    en: `The rows of ${inference.range} are not together: the values read are written without the rows between.`,
  }),
  valuesForRowsApart: (inference) => ({
    da: `${inference.cell} står mellem rækkerne i ${inference.range}, så formler kan ikke pege på dem som ét område: der skrives faste værdier, som du valgte.`,
    en: `${inference.cell} stands between the rows of ${inference.range}, so formulas cannot refer to them as one range: fixed values are written, as you chose.`,
  }),
  keyHoldsItsTotal: (inference) => ({
    da: `Nøglen: ${inference.row} er summen af de andre rækker; fordelt med den som en vægt, som du valgte.`,
    en: `The key: ${inference.row} is the sum of the other rows; spread with it as a weight, as you chose.`,
  }),
  numbersFromText: (inference) => {
    const read = (language: "da" | "en") =>
      rowsText(
        inference.cells.map(
          (c, i) => `${c} "${inference.texts[i] ?? ""}" → ${shown(inference.values[i] ?? 0)[language]}`,
        ),
      );
    return {
      da: `Beløb skrevet som tekst, læst som tal: ${read("da")}.`,
      en: `Amounts typed as text, read as numbers: ${read("en")}.`,
    };
  },
  spacesTrimmed: (inference) => {
    const cells = rowsText(inference.cells.map((c, i) => `${c} "${inference.texts[i] ?? ""}"`));
    return {
      da: `Mellemrum før eller efter teksten er fjernet: ${cells}.`,
      en: `Spaces before or after the text are removed: ${cells}.`,
    };
  },
  columnsNotRead: (inference) => {
    const cells = rowsText(inference.cells.map((c, i) => `${c}${quoted(inference.labels[i] ?? "")}`));
    return {
      da: `Kolonner, der hverken er afdeling, titel eller et år, læses ikke: ${cells}.`,
      en: `Columns that are neither department, title nor a year are not read: ${cells}.`,
    };
  },
  keyFarFromHundred: (inference) => {
    const sum = shown(inference.sum);
    return {
      da: `Nøglen summer til ${sum.da} %, langt fra 100 %; fordelt efter vægtenes forhold, som du valgte.`,
      en: `The key adds up to ${sum.en} %, far from 100 %; spread in proportion to the weights, as you chose.`,
    };
  },
};

export function inferenceText(inference: WizardInference): Text {
  return (INFERENCE_TEXTS[inference.code] as (inference: WizardInference) => Text)(inference);
}
