/**
 * One message of every code, with real values from the sample municipality, and its Danish
 * sentence. The mapped type makes a new code without a case here a compile error.
 */
import type { Message, MessageCode } from "../../src/workbooks/messages";

type Cases = { [K in MessageCode]: [Message<K>, string] };

export const CASES: Cases = {
  settingsSheetMissing: [
    { code: "settingsSheetMissing", params: { sheet: "Indstillinger" } },
    'Arket "Indstillinger" mangler. Tilføj det med indstillingernes navne i kolonne A og værdierne i kolonne B.',
  ],
  settingTwice: [
    { code: "settingTwice", params: { where: "Indstillinger!B9", label: "Frist" } },
    'Indstillinger!B9: "Frist" står der to gange. Slet den ene af rækkerne.',
  ],
  settingMissing: [
    { code: "settingMissing", params: { sheet: "Indstillinger", label: "budgetår" } },
    'Indstillinger: Der er ingen række med "budgetår" i kolonne A. Tilføj den med værdien i kolonne B.',
  ],
  settingBlank: [
    { code: "settingBlank", params: { where: "Indstillinger!B2", label: "kommune" } },
    'Indstillinger!B2: "kommune" er ikke udfyldt. Udfyld cellen.',
  ],
  settingNotNumber: [
    { code: "settingNotNumber", params: { where: "Indstillinger!B3", label: "budgetår", value: "næste år" } },
    'Indstillinger!B3: "budgetår" skal være et tal, men der står "næste år". Skriv et tal.',
  ],
  settingNotWhole: [
    {
      code: "settingNotWhole",
      params: { where: "Indstillinger!B4", label: "antal overslagsår", value: 2.5, low: 0, high: 5 },
    },
    'Indstillinger!B4: "antal overslagsår" er 2,5. Skriv et helt tal fra 0 til 5.',
  ],
  rateNegative: [
    { code: "rateNegative", params: { where: "Indstillinger!B5", label: "sats", value: -0.01 } },
    "Indstillinger!B5: Satsen er -0,01. En besparelsessats er 0 eller mere, fx 1 %.",
  ],
  rateTooLarge: [
    { code: "rateTooLarge", params: { where: "Indstillinger!B5", label: "sats", value: 1.5 } },
    "Indstillinger!B5: Satsen er 1,5, og det ville være 150 %. Skriv satsen som procent (1,5 %) eller som decimaltal (0,015).",
  ],
  deadlineBlank: [
    { code: "deadlineBlank", params: { where: "Indstillinger!B8" } },
    "Indstillinger!B8: Fristen er ikke udfyldt. Skriv en dato.",
  ],
  deadlineNotDate: [
    { code: "deadlineNotDate", params: { where: "Indstillinger!B8", value: "snarest" } },
    'Indstillinger!B8: Fristen er ikke en dato – der står "snarest". Skriv en dato, fx 10-04-2026.',
  ],
  departmentsSheetMissing: [
    { code: "departmentsSheetMissing", params: { sheet: "Afdelinger" } },
    'Arket "Afdelinger" mangler. Tilføj det med kolonnerne Kode, Navn, Budget, Undtaget og Nøgle.',
  ],
  columnMissing: [
    { code: "columnMissing", params: { where: "Afdelinger!A1", column: "budget" } },
    'Afdelinger!A1: Overskriftsrækken har ingen kolonne med overskriften "budget". Tilføj den (se docs/workbooks.md).',
  ],
  departmentTableEmpty: [
    { code: "departmentTableEmpty", params: { where: "Afdelinger!A2" } },
    "Afdelinger!A2: Afdelingstabellen er tom. Skriv én afdeling på hver række.",
  ],
  tooManyDepartments: [
    { code: "tooManyDepartments", params: { where: "Afdelinger!A1", count: 612, max: 500 } },
    "Afdelinger!A1: Tabellen har 612 afdelinger, men der kan højst være 500. Del tabellen op.",
  ],
  amountNotNumber: [
    {
      code: "amountNotNumber",
      params: { where: "Afdelinger!C4", field: "budget", value: "ca. 3,9 mia.", blankAllowed: false },
    },
    'Afdelinger!C4: Budgettet er ikke et tal – der står "ca. 3,9 mia.". Skriv et beløb, fx 1.234,5.',
  ],
  codeUnusable: [
    { code: "codeUnusable", params: { where: "Afdelinger!A5", value: "Teknik & Miljø" } },
    'Afdelinger!A5: Koden "Teknik & Miljø" kan ikke bruges. Brug 1 til 20 bogstaver, cifre, - eller _ (koden indgår i navnet på afdelingens fil).',
  ],
  codeTwice: [
    { code: "codeTwice", params: { where: "Afdelinger!A7", code: "MSB", row: 2 } },
    'Afdelinger!A7: Koden "MSB" bruges også i række 2. Hver afdeling skal have sin egen kode.',
  ],
  nameBlank: [
    { code: "nameBlank", params: { where: "Afdelinger!B3" } },
    "Afdelinger!B3: Afdelingens navn er ikke udfyldt. Skriv navnet.",
  ],
  keyNegative: [
    { code: "keyNegative", params: { where: "Afdelinger!E6", value: -2.5 } },
    "Afdelinger!E6: Nøgleandelen er -2,5. En nøgleandel skal være 0 eller mere.",
  ],
  keyPartlyBlank: [
    { code: "keyPartlyBlank", params: { where: "Afdelinger!E4" } },
    "Afdelinger!E4: Nøgleandelen er tom, men andre afdelinger har en. Giv alle afdelinger en andel, eller lad hele kolonnen stå tom, så nøglen beregnes ud fra budgetterne.",
  ],
  yearHeaderWrong: [
    { code: "yearHeaderWrong", params: { where: "Tværgående!C1", value: 2029, year: 2028 } },
    "Tværgående!C1: Overskriften skal være årstallet 2028, men der står 2029. Fra tabellens anden kolonne skal overskrifterne være budgetåret og overslagsårene.",
  ],
  themeNameBlank: [
    { code: "themeNameBlank", params: { where: "Tværgående!A3" } },
    "Tværgående!A3: Temaets navn er ikke udfyldt. Skriv navnet.",
  ],
  savingNotNumber: [
    { code: "savingNotNumber", params: { where: "Tværgående!D2", value: "mange" } },
    'Tværgående!D2: Besparelsen er ikke et tal – der står "mange". Skriv et beløb, fx 5,0, eller lad cellen stå tom.',
  ],
  keyNotHundred: [
    { code: "keyNotHundred", params: { total: 0.984 } },
    "Den administrative nøgle giver 98,4 % tilsammen, ikke 100 %. De tværgående besparelser fordeles alligevel forholdsmæssigt efter den. Ret nøglen, hvis det ikke er meningen.",
  ],
  keyFromBasis: [
    { code: "keyFromBasis", params: {} },
    "Der er ingen administrativ nøgle, så de tværgående besparelser fordeles efter hver afdelings andel af kvotegrundlaget (afrundet til 0,1 %). Udfyld kolonnen Nøgle for at bruge en anden fordeling.",
  ],
  tooLarge: [
    { code: "tooLarge", params: { size: 26_214_400, max: 20_971_520 } },
    "den fylder 25,0 MB, men et afdelingsskema fylder højst 20,0 MB. Bed afdelingen sende det skema, den fik tilsendt.",
  ],
  oldXls: [
    { code: "oldXls", params: {} },
    "den er en gammel .xls-fil eller krypteret med adgangskode. Gem den som Excel-projektmappe (.xlsx) uden adgangskode.",
  ],
  emptyZip: [
    { code: "emptyZip", params: {} },
    "den er et tomt zip-arkiv, ikke et regneark. Bed afsenderen om den rigtige fil.",
  ],
  notZip: [
    { code: "notZip", params: {} },
    "den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem skemaet som Excel-projektmappe (.xlsx), og send det igen.",
  ],
  damaged: [
    { code: "damaged", params: { detail: "End of data reached" } },
    "den er beskadiget eller ufuldstændig (End of data reached). Bed afsenderen sende filen igen.",
  ],
  damagedPart: [
    { code: "damagedPart", params: { part: "xl/worksheets/sheet2.xml", detail: "invalid distance" } },
    "den er beskadiget: delen xl/worksheets/sheet2.xml kan ikke pakkes ud (invalid distance). Bed om at få filen igen.",
  ],
  tooManyParts: [
    { code: "tooManyParts", params: { count: 4000, max: 1000 } },
    "den består af 4.000 dele, men et regneark har langt færre (højst 1.000).",
  ],
  noSize: [
    { code: "noSize", params: { part: "xl/sharedStrings.xml" } },
    "dens zip-indholdsfortegnelse angiver ingen størrelse for xl/sharedStrings.xml. Bed om at få filen igen.",
  ],
  partTooLarge: [
    { code: "partTooLarge", params: { part: "xl/worksheets/sheet1.xml", size: 41_943_040, max: 31_457_280 } },
    "delen xl/worksheets/sheet1.xml fylder 40,0 MB udpakket (højst 30,0 MB accepteres): en zip-bombe eller ikke et afdelingsskema.",
  ],
  totalTooLarge: [
    { code: "totalTooLarge", params: { size: 94_371_840, max: 83_886_080 } },
    "den fylder 90,0 MB udpakket i alt (højst 80,0 MB accepteres): en zip-bombe eller ikke et afdelingsskema.",
  ],
  bomb: [
    { code: "bomb", params: { part: "xl/sharedStrings.xml", cap: 31_457_280 } },
    "delen xl/sharedStrings.xml fylder mere udpakket, end zip-arkivet oplyser, og mere end 30,0 MB: en zip-bombe.",
  ],
  notWorkbook: [
    { code: "notWorkbook", params: {} },
    "den er et zip-arkiv, men ikke et Excel-regneark (den har ingen xl/workbook.xml).",
  ],
  unreadable: [
    { code: "unreadable", params: { detail: "Unexpected close tag" } },
    "den kan ikke læses som et regneark (Unexpected close tag). Åbn den i Excel, gem den som .xlsx, og send den igen.",
  ],
  noIdentity: [
    { code: "noIdentity", params: { sheet: "Råderum-id" } },
    'den er ikke et afdelingsskema fra Råderum (den har intet identifikationsark "Råderum-id"). Er den lavet ud fra en anden skabelon? Bed afdelingen udfylde det skema, den fik tilsendt.',
  ],
  otherTemplate: [
    {
      code: "otherTemplate",
      params: { where: "Råderum-id!B3", found: "kommunens-skabelon", expected: "raaderum-afdelingsskema" },
    },
    'den er lavet ud fra en anden skabelon (Råderum-id!B3 indeholder "kommunens-skabelon", men skulle indeholde "raaderum-afdelingsskema"). Bed afdelingen udfylde det skema, den fik tilsendt.',
  ],
  identityDamaged: [
    { code: "identityDamaged", params: { where: "Råderum-id!B7", key: "yearCount", value: "fire" } },
    'dens identifikation er beskadiget (Råderum-id!B7: yearCount er "fire"). Bed afdelingen sende skemaet igen.',
  ],
  identityNoDepartment: [
    { code: "identityNoDepartment", params: { sheet: "Råderum-id" } },
    "dens identifikation er beskadiget (Råderum-id: ingen afdeling). Bed afdelingen sende skemaet igen.",
  ],
  newerVersion: [
    { code: "newerVersion", params: { version: 3, supported: 1 } },
    "den er lavet af en nyere Råderum (skabelonversion 3; denne version læser op til 1). Opdater Råderum.",
  ],
  proposalsSheetMissing: [
    { code: "proposalsSheetMissing", params: { sheet: "Forslag" } },
    'arket "Forslag" med forslagene mangler (slettet eller omdøbt). Bed afdelingen sende skemaet igen.',
  ],
  readFailed: [
    { code: "readFailed", params: { cell: "Forslag!12:12", detail: "Cannot convert Infinity to a BigInt" } },
    "den kunne ikke læses ved Forslag!12:12 (Cannot convert Infinity to a BigInt). De andre filer er samlet; se på cellen, eller bed afdelingen sende skemaet igen.",
  ],
  refused: [
    { code: "refused", params: { reason: { code: "notZip", params: {} } } },
    "Filen er afvist: den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). Gem skemaet som Excel-projektmappe (.xlsx), og send det igen.",
  ],
  identityAltered: [
    { code: "identityAltered", params: {} },
    "Det skjulte identifikationsark er ændret (fingeraftrykket passer ikke), så de værdier, det har gemt, kan ikke stoles på. Sammenlign kvoten med det centrale regneark.",
  ],
  lockedSheetMissing: [
    { code: "lockedSheetMissing", params: { sheet: "Kvote" } },
    'Det låste ark "Kvote" mangler (slettet eller omdøbt); de udsendte værdier bruges. Bed afdelingen returnere skemaet, som det blev sendt, med arket i.',
  ],
  lockedCellChanged: [
    { code: "lockedCellChanged", params: { sent: "n:1234.5", found: 5 } },
    "Den låste celle var 1.234,5 ved udsendelsen og er nu 5. Låste værdier fastsættes centralt, så den udsendte værdi bruges.",
  ],
  formulaReplaced: [
    { code: "formulaReplaced", params: { formula: "ROUND(SUM(E11:E50),1)", value: 39.5 } },
    "Formlen =ROUND(SUM(E11:E50),1) er erstattet af 39,5. Råderum regner selv totalerne ud; sæt formlen ind igen, så afdelingen ser de rigtige tal.",
  ],
  formulaChanged: [
    { code: "formulaChanged", params: { formula: "ROUND(SUM(E11:E50),1)", now: "ROUND(SUM(E11:E20),1)" } },
    "Formlen =ROUND(SUM(E11:E50),1) er ændret til =ROUND(SUM(E11:E20),1). Sæt den oprindelige formel ind igen.",
  ],
  notAddingUp: [
    { code: "notAddingUp", params: { printed: 12, sum: 10, difference: -2, decimals: 1 } },
    "Rækkens total er 12,0, men beløbene giver 10,0 tilsammen, 2 mindre. Beløbene pr. år bruges; sæt formlen i totalcellen ind igen.",
  ],
  amountAsText: [
    { code: "amountAsText", params: { year: 2027, typed: "10,5", read: 10.5 } },
    'Beløbet for 2027 er skrevet som tekst ("10,5"). Det læses som 10,5, men Excel regner ikke tekst med i arkets egne totaler. Skriv det som et tal.',
  ],
  notNumber: [
    { code: "notNumber", params: { year: 2027, value: "cirka 2 mio." } },
    'Beløbet for 2027 er ikke et tal – der står "cirka 2 mio.". Det er ikke regnet med i totalerne. Skriv et tal, fx 1.234,5.',
  ],
  kindInvalid: [
    { code: "kindInvalid", params: { typed: "Besparelse", kinds: ["Effektivisering", "Reduktion", "Indtægt"] } },
    'Typen "Besparelse" findes ikke. Vælg Effektivisering, Reduktion eller Indtægt på listen.',
  ],
  noTitle: [{ code: "noTitle", params: {} }, "Forslaget har ingen titel. Giv det en kort titel."],
  rowsBelowTable: [
    { code: "rowsBelowTable", params: { count: 299950, first: 51, last: 300000, lastRow: 50 } },
    "299.950 rækker (51 til 300000) under tabellen (som slutter i række 50) er udfyldt. De er ikke taget med i kataloget eller totalerne. Flyt forslagene op i tabellen (eller bed om et skema med flere rækker).",
  ],
  formulaInAmount: [
    { code: "formulaInAmount", params: { year: 2027, formula: "1+1", value: 5 } },
    "Beløbet for 2027 er formlen =1+1 (gemt resultat 5), ikke et tal. Et gemt resultat kan ikke efterprøves, så det er ikke regnet med i totalerne. Skriv selve tallet.",
  ],
  formulaInText: [
    { code: "formulaInText", params: { field: "title", formula: "A1", value: "Færre biler" } },
    'Titlen er formlen =A1. Det gemte resultat "Færre biler" bruges som tekst. Skriv selve teksten.',
  ],
  dateInAmount: [
    { code: "dateInAmount", params: { year: 2028, date: "2030-06-15" } },
    "Beløbet for 2028 er datoen 15-06-2030, ikke et tal. Det er ikke regnet med i totalerne. Skriv beløbet som et tal.",
  ],
  amountOutOfRange: [
    { code: "amountOutOfRange", params: { year: 2027, value: 1e20, below: 1e9 } },
    "Beløbet for 2027 er 1e+20, uden for det, skemaet tillader (mellem -1.000.000.000 og 1.000.000.000). Det er ikke regnet med i totalerne. Skriv beløbet i skemaets enhed.",
  ],
  fteOutOfRange: [
    { code: "fteOutOfRange", params: { value: -250000, min: -100000, max: 100000 } },
    "Årsværket er -250.000, uden for det, skemaet tillader (-100.000 til 100.000). Det er ikke taget med. Skriv ændringen i årsværk.",
  ],
  amountTooPrecise: [
    { code: "amountTooPrecise", params: { year: 2027, value: 10.55, decimals: 1 } },
    "Beløbet for 2027 er 10,55 med flere decimaler end skemaets 1. Det bruges, som det er skrevet, men arkets egne totaler afrunder det. Skriv det med højst 1 decimal.",
  ],
  formulaLikeText: [
    { code: "formulaLikeText", params: { field: "service", typed: '\t=HYPERLINK("http://x")' } },
    'Konsekvensen for service "\\t=HYPERLINK("http://x")" begynder, som en formel gør. Den er bevaret som tekst og skrevet som tekst i kataloget.',
  ],
  nameMismatch: [
    { code: "nameMismatch", params: { named: "MSB", code: "MTM" } },
    "Filens navn peger på MSB, men det er MTMs skema (ifølge identifikationen), så det tælles med under MTM. Kontroller, at MSB har returneret sit eget skema.",
  ],
  returnedTwice: [
    { code: "returnedTwice", params: { newer: "2027-MSB (2).xlsx", code: "MSB" } },
    "2027-MSB (2).xlsx er også returneret for MSB og er nyere, så denne fil bruges ikke.",
  ],
  earlierRun: [
    { code: "earlierRun", params: { created: "2026-02-03T09:15:00.000Z" } },
    "Skemaet er fra en tidligere udsendelse (lavet 03-02-2026). Kontroller, at kvoten er den gældende.",
  ],
  centralUnusable: [{ code: "centralUnusable", params: {} }, "Det centrale regneark kan ikke bruges"],
  cannotOpen: [{ code: "cannotOpen", params: { file: "central.xlsx" } }, "central.xlsx kan ikke åbnes"],
  spreadFailed: [{ code: "spreadFailed", params: {} }, "De tværgående besparelser kan ikke fordeles"],
  spreadDetail: [
    {
      code: "spreadDetail",
      params: {
        text: {
          en: "weights: every weight that is not held is 0, so nothing can take the 5 left to spread in year 1. Give at least one part a weight above 0.",
          da: "nøgle: alle vægte, der ikke er fastholdt, er 0, så intet kan tage de 5, der er tilbage i år 1. Giv mindst én del en vægt over 0.",
        },
        kind: "divisionByZero",
      },
    },
    "Alle afdelinger har nøgleandelen 0 (eller intet kvotegrundlag), så besparelserne kan ikke fordeles. Giv mindst én afdeling en nøgleandel over 0.",
  ],
};
