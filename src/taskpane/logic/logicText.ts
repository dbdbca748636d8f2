/**
 * The words of what the wizards share: how a missing or wrong input is told, the table reader's
 * questions and their answers, the log's word for an undo. A text with parameters is a function
 * that returns both languages; `what` is the field the user filled in, already in both.
 */
import type { Text } from "../../text/bilingual";

export const logicText = {
  // Where to write (target.ts, safeWriter.ts).
  notACell: (text: string): Text => ({
    da: `"${text}" er ikke en celle. Skriv fx Fordeling!B2, eller vælg en celle og klik "Brug markering".`,
    en: `"${text}" is not a cell. Type e.g. Fordeling!B2, or select a cell and click "Use selection".`,
  }),
  notACellWithSheet: (cell: string): Text => ({
    da: `"${cell}" er ikke en celle med ark, fx Fordeling!B2.`,
    en: `"${cell}" is not a cell with its sheet, e.g. Fordeling!B2.`,
  }),
  partlyWritten: (where: string): Text => ({
    da: `Råderum kunne ikke skrive hele blokken i ${where}, og de rækker, der nåede frem, kunne ikke fjernes igen. Luk projektmappen uden at gemme, eller ret området i hånden, og prøv igen.`,
    en: `Råderum could not write the whole block at ${where}, and the rows already written could not be removed. Close the workbook without saving, or mend the range by hand, and try again.`,
  }),
  undoMethod: {
    da: "fortryd: området blev sat tilbage, som det var",
    en: "undo (Fortryd): the range was put back as it was",
  },

  // A rate as typed (rate.ts); the numbers come printed the Danish way, as the user types them.
  rateMissing: (what: Text): Text => ({
    da: `${what.da}: skriv satsen, fx 1,5 % eller 0,015.`,
    en: `${what.en}: type the rate, e.g. 1.5 % or 0.015.`,
  }),
  notARate: (what: Text, typed: string): Text => ({
    da: `${what.da}: "${typed}" er ikke en sats. Skriv fx 1,5 % eller 0,015.`,
    en: `${what.en}: "${typed}" is not a rate. Type e.g. 1.5 % or 0.015.`,
  }),
  /** The three numbers come printed in each language's marks. */
  rateAsPercent: (what: Text, typed: string, hundredfold: Text, typedNumber: Text, fraction: Text): Text => ({
    da: `${what.da}: ${typed} betyder ${hundredfold.da} %. Mener du ${typedNumber.da} %, så skriv ${typedNumber.da} % eller ${fraction.da}.`,
    en: `${what.en}: ${typed} means ${hundredfold.en} %. If you mean ${typedNumber.en} %, type ${typedNumber.en} % or ${fraction.en}.`,
  }),
  // Typed as a percentage, so there is no other reading to offer: say why it cannot be a rate.
  rateOverWhole: (what: Text, typed: string, whole: Text | undefined): Text => ({
    da: `${what.da}: ${typed} er mere end ${whole ? `${whole.da} (100 %)` : "100 %"}. Skriv en sats fra 0 til 100 %, fx 1,5 %.`,
    en: `${what.en}: ${typed} is more than ${whole ? `${whole.en} (100 %)` : "100 %"}. Type a rate from 0 to 100 %, e.g. 1.5 %.`,
  }),
  rateNegative: (what: Text, typed: string): Text => ({
    da: `${what.da}: ${typed} er negativ. En sats er 0 eller mere, fx 1,5 %.`,
    en: `${what.en}: ${typed} is negative. A rate is 0 or more, e.g. 1.5 %.`,
  }),

  // A list of typed numbers (numbers.ts).
  listPlaceEmpty: (what: Text, position: number, example: string): Text => ({
    da: `${what.da}: plads ${position} i listen er tom. Skriv et beløb der (0, hvis der ikke er noget det år), fx ${example}.`,
    en: `${what.en}: place ${position} in the list is empty. Type an amount there (0 when there is none that year), e.g. ${example}.`,
  }),
  listPlaceNotANumber: (what: Text, bad: string, position: number, example: string): Text => ({
    da: `${what.da}: "${bad}" (plads ${position}) er ikke et tal. Skriv fx ${example}.`,
    en: `${what.en}: "${bad}" (place ${position}) is not a number. Type e.g. ${example}.`,
  }),

  // A table the user pointed at (cellTable.ts, catalogueTable.ts); `value` is the cell's content, quoted.
  theTable: { da: "Tabellen", en: "The table" },
  cellNotANumber: (what: Text, address: string, value: string): Text => ({
    da: `${what.da}: ${address} indeholder ${value}, som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.`,
    en: `${what.en}: ${address} holds ${value}, which is not a number. Type a number such as 1234.5 or 28.4 %, or leave the cell blank.`,
  }),
  tooFewColumns: (what: Text, address: string, width: number, numberColumns: number): Text => ({
    da: `${what.da}: ${address} har ${width} kolonne(r); der skal være ${numberColumns} med tal, gerne med navne i kolonnen før.`,
    en: `${what.en}: ${address} has ${width} column(s); it needs ${numberColumns} of numbers, preferably with names in the column before.`,
  }),
  noRowsOfNumbers: (what: Text, address: string): Text => ({
    da: `${what.da}: ${address} har ingen rækker med tal under overskriften.`,
    en: `${what.en}: ${address} has no rows of numbers below its header.`,
  }),
  /** The core's sentence (both languages) after the field and the cell it points at (" Nøgle!B4", or ""). */
  coreError: (what: Text, at: string, detail: Text): Text => ({
    da: `${what.da}${at} ${detail.da}`,
    en: `${what.en}${at} ${detail.en}`,
  }),
  selectCatalogue: (what: Text, example: string): Text => ({
    da: `${what.da}: vælg cellerne (indsatser × år, fx ${example}) og klik "Brug markering", eller skriv adressen.`,
    en: `${what.en}: select the cells (programmes × years, e.g. ${example}) and click "Use selection", or type the address.`,
  }),
  catalogueWithoutAmounts: (what: Text, address: string): Text => ({
    da: `${what.da}: ${address} har ingen beløb. Vælg indsatserne med navne i første kolonne og årstal øverst, fx Katalog!A1:E4.`,
    en: `${what.en}: ${address} holds no amounts. Select the programmes with names in the first column and years at the top, e.g. Katalog!A1:E4.`,
  }),

  // The table reader's questions (tableQuestion.ts, catalogueTable.ts) and their answers.
  rowsApart: (what: Text, cell: string, address: string): Text => ({
    da: `${what.da}: ${cell} står mellem rækkerne i ${address} uden at være en af dem (tom række, subtotal eller overskrift). Formlerne skal have rækkerne samlet som ét område: vælg dem uden mellemrum, flyt rækken, eller skriv faste værdier uden de mellemliggende rækker.`,
    en: `${what.en}: ${cell} stands between the rows of ${address} without being one of them (a blank row, a subtotal or a heading). The formulas need the rows together as one range: select them without gaps, move the row, or write fixed values without the rows between.`,
  }),
  writeFixedValues: { da: "Skriv faste værdier", en: "Write fixed values" },
  /** `rows` listed already ("række 4 (Skoler), række 7"); `one` when there is a single row. */
  hiddenRows: (what: Text, rows: string, one: boolean): Text => ({
    da: `${what.da}: ${one ? "rækken" : "rækkerne"} ${rows} er skjult i arket. Hører ${one ? "den" : "de"} med til tabellen?`,
    en: `${what.en}: ${one ? "the row" : "the rows"} ${rows} ${one ? "is" : "are"} hidden in the sheet. ${one ? "Is it" : "Are they"} part of the table?`,
  }),
  includeHidden: { da: "Ja, tag dem med", en: "Yes, include them" },
  leaveOutHidden: { da: "Nej, udelad dem", en: "No, leave them out" },
  sumRowWithName: (what: Text, row: string, label: string): Text => ({
    da: `${what.da}: ${row} "${label}" er summen af rækkerne over den. Er det en total (udelades) eller en række som de andre?`,
    en: `${what.en}: ${row} "${label}" is the sum of the rows above it. Is it a total (left out) or a row like the others?`,
  }),
  aTotal: { da: "En total – udelad den", en: "A total – leave it out" },
  aRowLikeTheOthers: { da: "En række som de andre", en: "A row like the others" },
  labelOrZero: (what: Text, row: string, label: string): Text => ({
    da: `${what.da}: ${row} "${label}" har intet beløb. Er det en række med 0, eller en overskrift for rækkerne under den?`,
    en: `${what.en}: ${row} "${label}" has no amount. Is it a row of 0, or a heading for the rows below it?`,
  }),
  aRowOfZero: { da: "En række med 0", en: "A row of 0" },
  aHeading: { da: "En overskrift – udelad den", en: "A heading – leave it out" },
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
