/** Words the whole pane shares, in Danish and English. */
import type { Overwrite } from "../logic/overwrite";
import type { UndoRecord } from "../logic/safeWriter";
import type { Text } from "../wizards/contract";

export const common = {
  appTitle: { da: "Råderum", en: "Råderum" },
  english: { da: "English", en: "English" },
  wizard: { da: "Guide", en: "Wizard" },
  useSelection: { da: "Brug markering", en: "Use selection" },
  tableReadAs: { da: "Sådan er tabellen læst:", en: "How the table was read:" },
  names: { da: "Navne og tabeller", en: "Names and tables" },
  pickName: { da: "Vælg et navn …", en: "Pick a name …" },
  reading: { da: "Læser regnearket …", en: "Reading the workbook …" },
  writing: { da: "Skriver …", en: "Writing …" },
  refresh: { da: "Opdater forhåndsvisning", en: "Refresh preview" },
  preview: { da: "Forhåndsvisning", en: "Preview" },
  write: { da: "Skriv til regnearket", en: "Write to the workbook" },
  writesTo: { da: "Skriver til", en: "Writes to" },
  written: { da: "Skrevet til", en: "Written to" },
  cancelled: { da: "Intet er skrevet.", en: "Nothing was written." },
  target: { da: "Skriv resultatet fra cellen", en: "Write the result from cell" },
  targetHint: { da: "Øverste venstre celle, fx Fordeling!A1", en: "Top-left cell, e.g. Fordeling!A1" },
  newSheet: { da: "På et nyt ark", en: "On a new sheet" },
  unit: { da: "Beløb i", en: "Amounts in" },
  decimals: { da: "Decimaler", en: "Decimals" },
  roundedTo: { da: "Afrundes til", en: "Rounded to" },
  roundedToWhole: { da: "Afrundes til hele", en: "Rounded to whole" },
  total: { da: "I alt", en: "Total" },
  check: { da: "Stemmer", en: "Adds up" },
  addsUp: { da: "✓ summer præcist", en: "✓ adds up exactly" },
  doesNotAddUp: { da: "✗ summer ikke", en: "✗ does not add up" },
  stale: {
    da: "Tallene i regnearket er ændret siden forhåndsvisningen. Se den nye forhåndsvisning, og skriv igen.",
    en: "The numbers in the workbook changed since the preview. Look at the new preview and write again.",
  },
  outputHeading: { da: "3. Resultat", en: "3. Result" },
  outputAs: { da: "Skriv som", en: "Write as" },
  outputValues: { da: "Faste værdier", en: "Fixed values" },
  undo: { da: "Fortryd", en: "Undo" },
  confirmTitle: { da: "Skriv over data?", en: "Write over data?" },
  confirmWrite: { da: "Skriv over", en: "Write over" },
  confirmCancel: { da: "Annuller", en: "Cancel" },
  noOffice: {
    da: "Råderum kører i Excel. Uden for Excel kan guiderne prøves i legepladsen (playground.html).",
    en: "Råderum runs inside Excel. Outside Excel the wizards can be tried in the playground (playground.html).",
  },
} satisfies Record<string, Text>;

/**
 * Before a write over filled cells: how many, how many of them formulas and what replaces them,
 * whether a wizard wrote them earlier in this session (`earlier`: its title), and that undo puts
 * them back. Short sentences, as the dialog is 320 px wide.
 */
export function confirmMessage(address: string, overwrite: Overwrite, earlier: Text | undefined): Text {
  const { occupied: n, formulas: f } = overwrite;
  const one = n === 1;
  const cells: Text = one ? { da: "1 celle", en: "1 cell" } : { da: `${n} celler`, en: `${n} cells` };
  const ofThem: Text | undefined =
    f === 0
      ? undefined
      : one
        ? { da: ", en formel", en: ", a formula" }
        : {
            da: `, heraf ${f} ${f === 1 ? "formel" : "formler"}`,
            en: `, ${f} of them ${f === 1 ? "a formula" : "formulas"}`,
          };
  const replaced = formulasReplaced(overwrite);
  const wrote: Text | undefined =
    earlier === undefined
      ? undefined
      : overwrite.earlier?.all
        ? {
            da: ` Guiden ${earlier.da} skrev ${one ? "den" : "dem"} tidligere i denne session.`,
            en: ` The ${earlier.en} wizard wrote ${one ? "it" : "them"} earlier in this session.`,
          }
        : {
            da: ` Guiden ${earlier.da} skrev nogle af dem tidligere i denne session.`,
            en: ` The ${earlier.en} wizard wrote some of them earlier in this session.`,
          };
  return {
    da: `${address} har indhold i ${cells.da}${ofThem?.da ?? ""}.${replaced?.da ?? ""}${wrote?.da ?? ""} "Fortryd" kan sætte ${one ? "den" : "dem"} tilbage bagefter.`,
    en: `${address} holds data in ${cells.en}${ofThem?.en ?? ""}.${replaced?.en ?? ""}${wrote?.en ?? ""} "Undo" can put ${one ? "it" : "them"} back afterwards.`,
  };
}

/** What takes the place of the formulas written over: values, Råderum's formulas, or both. */
function formulasReplaced({ formulas: f, formulasBecome }: Overwrite): Text | undefined {
  const the: Text = f === 1 ? { da: "Formlen", en: "The formula is" } : { da: "Formlerne", en: "The formulas are" };
  if (formulasBecome === undefined) return undefined;
  if (formulasBecome === "both")
    return {
      da: ` ${the.da} erstattes af Råderums formler og faste værdier.`,
      en: ` ${the.en} replaced by Råderum's formulas and values.`,
    };
  if (formulasBecome === "values")
    return f === 1
      ? { da: ` ${the.da} erstattes af en fast værdi.`, en: ` ${the.en} replaced by a value.` }
      : { da: ` ${the.da} erstattes af faste værdier.`, en: ` ${the.en} replaced by values.` };
  return f === 1
    ? { da: ` ${the.da} erstattes af en formel fra Råderum.`, en: ` ${the.en} replaced by a Råderum formula.` }
    : { da: ` ${the.da} erstattes af Råderums formler.`, en: ` ${the.en} replaced by Råderum's formulas.` };
}

/** Above a preview wider than the pane: which columns are out of view to the right, and a way to them. */
export function columnsRight(headings: readonly string[]): Text {
  const named = headings.join(", ");
  return {
    da: `Flere kolonner til højre: ${named} →`,
    en: `More columns to the right: ${named} →`,
  };
}

/** The same for the columns scrolled past, to the left of what is in view. */
export function columnsLeft(headings: readonly string[]): Text {
  const named = headings.join(", ");
  return {
    da: `← Kolonner til venstre: ${named}`,
    en: `← Columns to the left: ${named}`,
  };
}

/** Beside the write button after a write: where, and which wizard (the same record is offered for undo elsewhere). */
export function writtenBy(wizard: Text, address: string): Text {
  return {
    da: `Skrevet til ${address} af guiden ${wizard.da}.`,
    en: `Written to ${address} by the ${wizard.en} wizard.`,
  };
}

/** The bar at the top of the pane offering to undo the last write, whichever wizard made it. */
export function lastWriteBy(wizard: Text, address: string): Text {
  return {
    da: `Seneste skrivning: guiden ${wizard.da} skrev i ${address}.`,
    en: `Last write: the ${wizard.en} wizard wrote to ${address}.`,
  };
}

/** After "Fortryd": what was undone, and what the workbook looks like now. */
export function undoneText(wizard: Text, record: UndoRecord): Text {
  if (record.addedSheet !== undefined)
    return {
      da: `Fortrudt: det, guiden ${wizard.da} skrev på det nye ark "${record.addedSheet}". Arket er fjernet igen.`,
      en: `Undone: what the ${wizard.en} wizard wrote on the new sheet "${record.addedSheet}". The sheet is removed again.`,
    };
  const chart = record.chart !== undefined;
  return {
    da: `Fortrudt: det, guiden ${wizard.da} skrev i ${record.address}. Cellerne har igen deres tidligere indhold${chart ? ", og diagrammet er fjernet" : ""}.`,
    en: `Undone: what the ${wizard.en} wizard wrote to ${record.address}. The cells hold their earlier contents again${chart ? ", and the chart is removed" : ""}.`,
  };
}
