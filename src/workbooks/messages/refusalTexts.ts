/**
 * Why a file cannot be read at all: not an xlsx, damaged, a zip bomb, not one of ours. Each reason
 * completes "the file is refused: " (Danish "Filen er afvist: "), so it starts in lower case.
 */
import { formatDanish } from "../../core";
import type { Texts } from "../../text/messageCatalogue";
import { megabytes } from "./words";

/**
 * What the refused file was meant to be, with its article ("et afdelingsskema", "a department
 * workbook"), named by whoever opened it; a department workbook returned for consolidation when not
 * said. Only a department workbook gets the advice to ask the department again.
 */
export interface FileNoun {
  da: string;
  en: string;
}
export const DEPARTMENT_WORKBOOK: FileNoun = { da: "et afdelingsskema", en: "a department workbook" };
type Named = { what?: FileNoun };

type Part = { part: string };
type Detail = { detail: string };
type Sizes = { size: number; max: number };

interface BareRefusalParams {
  tooLarge: Sizes;
  oldXls: Record<never, never>;
  emptyZip: Record<never, never>;
  notZip: Record<never, never>;
  damaged: Detail;
  damagedPart: Part & Detail;
  tooManyParts: { count: number; max: number };
  noSize: Part;
  partTooLarge: Part & Sizes;
  totalTooLarge: Sizes;
  bomb: Part & { cap: number };
  notWorkbook: Record<never, never>;
  unreadable: Detail;
  noIdentity: { sheet: string };
  otherTemplate: { where: string; found: string; expected: string };
  identityDamaged: { where: string; key: string; value: string };
  identityNoDepartment: { sheet: string };
  newerVersion: { version: number; supported: number };
  proposalsSheetMissing: { sheet: string };
  /** Reading stopped on something not foreseen; `cell` where it happened, when known. */
  readFailed: { cell: string | null; detail: string };
}

/** Every reason takes the noun; the ones whose wording depends on it use it. */
export type RefusalParams = { [K in keyof BareRefusalParams]: BareRefusalParams[K] & Named };

const noun = (p: Named): FileNoun => p.what ?? DEPARTMENT_WORKBOOK;
const fromDepartment = (p: Named): boolean => p.what === undefined || p.what === DEPARTMENT_WORKBOOK;
const bombEn = (p: Named) => `a zip bomb or not ${noun(p).en}.`;
const bombDa = (p: Named) => `en zip-bombe eller ikke ${noun(p).da}.`;

export const REFUSAL_TEXTS: Texts<RefusalParams> = {
  tooLarge: {
    en: (p) => `it is ${megabytes(p.size, "en")}; ${noun(p).en} is at most ${megabytes(p.max, "en")}.`,
    da: (p) =>
      `den fylder ${megabytes(p.size, "da")}, men ${noun(p).da} fylder højst ${megabytes(p.max, "da")}.${fromDepartment(p) ? " Bed afdelingen sende det skema, den fik tilsendt." : ""}`,
  },
  oldXls: {
    en: () =>
      "it is an old .xls workbook or a password-encrypted one. Save it as an Excel workbook (.xlsx) without a password.",
    da: () =>
      "den er en gammel .xls-fil eller krypteret med adgangskode. Gem den som Excel-projektmappe (.xlsx) uden adgangskode.",
  },
  emptyZip: {
    en: () => "it is an empty zip archive, not a workbook.",
    da: () => "den er et tomt zip-arkiv, ikke et regneark. Bed afsenderen om den rigtige fil.",
  },
  notZip: {
    en: () => "it is not an .xlsx workbook (it does not start as a zip archive does).",
    da: (p) =>
      `den er ikke et .xlsx-regneark (den begynder ikke, som et zip-arkiv gør). ${fromDepartment(p) ? "Gem skemaet som Excel-projektmappe (.xlsx), og send det igen." : "Gem den som Excel-projektmappe (.xlsx), og prøv igen."}`,
  },
  damaged: {
    en: (p) => `it is damaged or incomplete (${p.detail}). Ask the sender for the file again.`,
    da: (p) => `den er beskadiget eller ufuldstændig (${p.detail}). Bed afsenderen sende filen igen.`,
  },
  damagedPart: {
    en: (p) => `it is damaged: the part ${p.part} cannot be unpacked (${p.detail}). Ask for the file again.`,
    da: (p) => `den er beskadiget: delen ${p.part} kan ikke pakkes ud (${p.detail}). Bed om at få filen igen.`,
  },
  tooManyParts: {
    en: (p) => `it holds ${p.count} parts; a workbook has far fewer (at most ${p.max}).`,
    da: (p) =>
      `den består af ${formatDanish(p.count)} dele, men et regneark har langt færre (højst ${formatDanish(p.max)}).`,
  },
  noSize: {
    en: (p) => `its zip directory gives no size for ${p.part}.`,
    da: (p) => `dens zip-indholdsfortegnelse angiver ingen størrelse for ${p.part}. Bed om at få filen igen.`,
  },
  partTooLarge: {
    en: (p) =>
      `its part ${p.part} unpacks to ${megabytes(p.size, "en")} (at most ${megabytes(p.max, "en")} is accepted): ${bombEn(p)}`,
    da: (p) =>
      `delen ${p.part} fylder ${megabytes(p.size, "da")} udpakket (højst ${megabytes(p.max, "da")} accepteres): ${bombDa(p)}`,
  },
  totalTooLarge: {
    en: (p) =>
      `it unpacks to ${megabytes(p.size, "en")} in all (at most ${megabytes(p.max, "en")} is accepted): ${bombEn(p)}`,
    da: (p) =>
      `den fylder ${megabytes(p.size, "da")} udpakket i alt (højst ${megabytes(p.max, "da")} accepteres): ${bombDa(p)}`,
  },
  bomb: {
    en: (p) =>
      `its part ${p.part} unpacks to more than its zip directory says and more than ${megabytes(p.cap, "en")}: a zip bomb.`,
    da: (p) =>
      `delen ${p.part} fylder mere udpakket, end zip-arkivet oplyser, og mere end ${megabytes(p.cap, "da")}: en zip-bombe.`,
  },
  notWorkbook: {
    en: () => "it is a zip archive but not an Excel workbook (it has no xl/workbook.xml).",
    da: () => "den er et zip-arkiv, men ikke et Excel-regneark (den har ingen xl/workbook.xml).",
  },
  unreadable: {
    en: (p) =>
      `it cannot be read as a workbook (${p.detail}). Open it in Excel, save it as .xlsx and ${fromDepartment(p) ? "send it again" : "try again"}.`,
    da: (p) =>
      `den kan ikke læses som et regneark (${p.detail}). Åbn den i Excel, gem den som .xlsx, og ${fromDepartment(p) ? "send den igen" : "prøv igen"}.`,
  },
  noIdentity: {
    en: (p) =>
      `it is not a Råderum department workbook (it has no identification sheet "${p.sheet}"). Was it made from another template?`,
    da: (p) =>
      `den er ikke et afdelingsskema fra Råderum (den har intet identifikationsark "${p.sheet}"). Er den lavet ud fra en anden skabelon? Bed afdelingen udfylde det skema, den fik tilsendt.`,
  },
  otherTemplate: {
    en: (p) => `it was made from another template (${p.where} is "${p.found}", expected "${p.expected}")`,
    da: (p) =>
      `den er lavet ud fra en anden skabelon (${p.where} indeholder "${p.found}", men skulle indeholde "${p.expected}"). Bed afdelingen udfylde det skema, den fik tilsendt.`,
  },
  identityDamaged: {
    en: (p) => `its identification is damaged (${p.where}: ${p.key} is "${p.value}")`,
    da: (p) =>
      `dens identifikation er beskadiget (${p.where}: ${p.key} er "${p.value}"). Bed afdelingen sende skemaet igen.`,
  },
  identityNoDepartment: {
    en: (p) => `its identification is damaged (${p.sheet}: no department)`,
    da: (p) => `dens identifikation er beskadiget (${p.sheet}: ingen afdeling). Bed afdelingen sende skemaet igen.`,
  },
  newerVersion: {
    en: (p) =>
      `it was made by a newer Råderum (template version ${p.version}; this one reads up to ${p.supported}). Update Råderum.`,
    da: (p) =>
      `den er lavet af en nyere Råderum (skabelonversion ${p.version}; denne version læser op til ${p.supported}). Opdater Råderum.`,
  },
  proposalsSheetMissing: {
    en: (p) =>
      `its sheet "${p.sheet}" with the proposals is missing (deleted or renamed). Ask the department for the workbook again.`,
    da: (p) => `arket "${p.sheet}" med forslagene mangler (slettet eller omdøbt). Bed afdelingen sende skemaet igen.`,
  },
  readFailed: {
    en: (p) =>
      `it could not be read${p.cell ? ` at ${p.cell}` : ""} (${p.detail}). The other files are consolidated; check that cell, or ask the department for the workbook again.`,
    da: (p) =>
      `den kunne ikke læses${p.cell ? ` ved ${p.cell}` : ""} (${p.detail}). De andre filer er samlet; se på cellen, eller bed afdelingen sende skemaet igen.`,
  },
};
