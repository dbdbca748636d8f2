/** The department workbooks wizard's words. */
import { common } from "../../ui/strings";
import type { Language, Text } from "../contract";

export const workbooksText = {
  title: { da: "Afdelingsskemaer", en: "Department workbooks" },
  description: {
    da: "Lav et skema til hver afdeling ud fra afdelingstabellen, og saml de returnerede skemaer i et katalog.",
    en: "Make a workbook for each department from the department table, and consolidate the returned ones into a catalogue.",
  },
  generateHeading: { da: "1. Lav afdelingsskemaer", en: "1. Make department workbooks" },
  departmentTable: { da: "Afdelingstabel", en: "Department table" },
  departmentTableHint: {
    da: "Overskrifter Kode (eller Afdeling), Navn, Budget, Undtaget, Nøgle – fx Afdelinger!A1:E7, et navn eller arket Afdelinger",
    en: "Headings Kode (or Afdeling), Navn, Budget, Undtaget, Nøgle – e.g. Afdelinger!A1:E7, a name or the sheet Afdelinger",
  },
  themeTable: { da: "Tværgående besparelser (valgfri)", en: "Cross-cutting savings (optional)" },
  themeTableHint: {
    da: "Tema i første kolonne, årene som overskrifter – fx Tværgående!A1:E3",
    en: "Theme in the first column, the years as headings – e.g. Tværgående!A1:E3",
  },
  settingsHeading: { da: "Indstillinger", en: "Settings" },
  settingsFromSheet: {
    da: "Udfyldt fra arket Indstillinger.",
    en: "Filled in from the sheet Indstillinger.",
  },
  municipality: { da: "Kommune", en: "Municipality" },
  budgetYear: { da: "Budgetår", en: "Budget year" },
  outlineYears: { da: "Antal overslagsår", en: "Outline years" },
  rate: { da: "Satsen", en: "The rate" },
  rateLabel: { da: "Sats, fx 1,5 %", en: "Rate, e.g. 1.5 %" },
  deadlineLabel: { da: "Afleveringsfrist (dd-mm-åååå)", en: "Deadline (dd-mm-yyyy)" },
  decimals: common.decimals,
  unit: common.unit,
  deadline: { da: "Afleveringsfrist", en: "Deadline" },
  contact: { da: "Kontakt i økonomiafdelingen", en: "Contact in the finance department" },
  proposalRows: { da: "Forslagsrækker pr. skema", en: "Proposal rows per workbook" },
  password: { da: "Adgangskode til arkbeskyttelse (valgfri)", en: "Sheet protection password (optional)" },
  previewCaption: { da: "Kvote pr. afdeling og år", en: "Quota per department and year" },
  department: { da: "Afdeling", en: "Department" },
  basis: { da: "Grundlag", en: "Basis" },
  quota: { da: "Kvote", en: "Quota" },
  shares: { da: "Tværgående", en: "Cross-cutting" },
  totalQuota: common.total,
  generate: { da: "Lav skemaer og hent zip-fil", en: "Make workbooks and download a zip" },
  generating: { da: "Laver skemaer", en: "Making workbooks" },
  generated: { da: "Hentet", en: "Downloaded" },
  openInExcel: { da: "Åbn i Excel", en: "Open in Excel" },
  openHint: {
    da: "Åbn i Excel laver de samme skemaer og åbner hvert i et nyt Excel-vindue uden at gemme det; gem dem selv under de viste navne.",
    en: "Open in Excel makes the same workbooks and opens each in a new Excel window without saving it; save them yourself under the names shown.",
  },
  opening: { da: "Åbner skemaer i Excel", en: "Opening workbooks in Excel" },
  generatedFiles: { da: "skemaer i", en: "workbooks in" },
  consolidateHeading: { da: "2. Saml returnerede skemaer", en: "2. Consolidate returned workbooks" },
  chooseFiles: { da: "Vælg filer …", en: "Choose files …" },
  noFilesChosen: { da: "Ingen filer valgt", en: "No files chosen" },
  filesChosen: { da: "filer valgt", en: "files chosen" },
  pickFiles: { da: "Vælg de returnerede skemaer (.xlsx)", en: "Choose the returned workbooks (.xlsx)" },
  reading: { da: "Læser skemaer", en: "Reading workbooks" },
  statusCaption: { da: "Status pr. afdeling", en: "Status per department" },
  proposals: { da: "Forslag", en: "Proposals" },
  status: { da: "Status", en: "Status" },
  findings: { da: "fund", en: "findings" },
  expectedFromTable: {
    da: "Afdelingerne, der er spurgt, er taget fra afdelingstabellen.",
    en: "The departments asked are taken from the department table.",
  },
  expectedFromFiles: {
    da: "Afdelingstabellen kunne ikke læses; afdelingerne, der er spurgt, er taget fra skemaerne selv.",
    en: "The department table could not be read; the departments asked are taken from the workbooks themselves.",
  },
  writeCatalogue: { da: "Skriv katalog til regnearket", en: "Write the catalogue to the workbook" },
  catalogueSheet: { da: "Forslagskatalog", en: "Proposal catalogue" },
  catalogueTarget: {
    da: "Øverste venstre celle på et ark med plads, fx Forslagskatalog!A1",
    en: "Top-left cell of a sheet with room, e.g. 'Proposal catalogue'!A1",
  },
  rerunNote: {
    da: "Katalogets indhold bygges forfra af filerne hver gang; skriv det samme sted igen for at opdatere uden dubletter.",
    en: "The catalogue is rebuilt from the files each time; write it to the same place again to update it without duplicates.",
  },

  // centralSources.ts
  cannotReadTypeAddress: (text: string): Text => ({
    da: `"${text}" kan ikke læses. Skriv en adresse som Afdelinger!A1:E7, et navn eller et arks navn.`,
    en: `"${text}" cannot be read. Type an address such as Afdelinger!A1:E7, a name or a sheet's name.`,
  }),
  selectDepartmentTableCode: {
    da: 'Vælg afdelingstabellen (kode, navn, budget) og klik "Brug markering", eller skriv adressen.',
    en: 'Select the department table (code, name, budget) and click "Use selection", or type its address.',
  },
  tablesCannotUsedYet: (list: Text): Text => ({
    da: `Tabellerne kan ikke bruges endnu:\n${list.da}`,
    en: `The tables cannot be used yet:\n${list.en}`,
  }),

  // settingsForm.ts: a field that cannot be used is named before what is wrong with it.
  fieldSays: (field: Text, da: string, en: string): Text => ({ da: `${field.da}: ${da}`, en: `${field.en}: ${en}` }),
  notAWholeNumber: (text: string, low: number, high: number): Text => ({
    da: `"${text}" kan ikke bruges. Skriv et helt tal fra ${low} til ${high}.`,
    en: `"${text}" cannot be used. Type a whole number from ${low} to ${high}.`,
  }),
  fieldBlank: { da: "feltet er tomt. Udfyld det.", en: "the field is blank. Fill it in." },
  wholeBudget: { da: "hele budgettet", en: "the whole budget" },
  notADate: (text: string): Text => ({
    da: `"${text}" er ikke en dato. Skriv fx 10-04-2026.`,
    en: `"${text}" is not a date. Type e.g. 10-04-2026.`,
  }),
  fillInToSeeQuotas: (field: Text): Text => ({
    da: `Udfyld ${field.da}, så vises kvoterne her.`,
    en: `Fill in ${field.en} to see the quotas here.`,
  }),
  fillInTheseToSeeQuotas: (fields: readonly Text[]): Text => ({
    da: ["Udfyld disse felter, så vises kvoterne her:", ...fields.map((f) => `• ${f.da}`)].join("\n"),
    en: ["Fill in these fields to see the quotas here:", ...fields.map((f) => `• ${f.en}`)].join("\n"),
  }),
  fillInOrMend: (problems: readonly Text[]): Text => ({
    da: ["Udfyld eller ret disse felter:", ...problems.map((p) => `• ${p.da}`)].join("\n"),
    en: ["Fill in or mend these fields:", ...problems.map((p) => `• ${p.en}`)].join("\n"),
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;

/** Words with numbers or file names in them. */
export const workbooksMessages = {
  openedAll: {
    da: (n: number) =>
      n === 1 ? "Åbnet 1 skema i et nyt Excel-vindue." : `Åbnet ${n} skemaer i Excel, hvert i sit eget vindue.`,
    en: (n: number) =>
      n === 1 ? "Opened 1 workbook in a new Excel window." : `Opened ${n} workbooks in Excel, each in its own window.`,
  },
  saveEach: {
    da: (n: number, example: string) =>
      n === 1
        ? `Det er ikke gemt endnu: gem det under filnavnet ${example}.`
        : `De er ikke gemt endnu: gem hvert under sit filnavn, fx ${example}.`,
    en: (n: number, example: string) =>
      n === 1
        ? `It is not saved yet: save it under the file name ${example}.`
        : `They are not saved yet: save each under its file name, e.g. ${example}.`,
  },
  openedSome: {
    da: (opened: number, total: number) => `Excel åbnede ${opened} af ${total} skemaer. Disse afviste Excel:`,
    en: (opened: number, total: number) => `Excel opened ${opened} of ${total} workbooks. It refused these:`,
  },
  refusedFile: {
    da: (name: string, reason: string) =>
      reason ? `${name}: Excel svarede "${reason}"` : `${name}: Excel gav ingen grund`,
    en: (name: string, reason: string) =>
      reason ? `${name}: Excel said "${reason}"` : `${name}: Excel gave no reason`,
  },
  refusedHelp: {
    da: "Hent zip-filen i stedet, og åbn de afviste skemaer derfra.",
    en: "Download the zip instead, and open the refused workbooks from there.",
  },
} satisfies Record<string, Record<Language, string | ((...args: never[]) => string)>>;
