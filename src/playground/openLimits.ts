/**
 * What the playground opens at most, and how a refusal is told. Apart from the opener itself
 * (openXlsx.ts, which brings exceljs and is loaded only when a file is chosen), so the page can
 * state the limits and refuse a file too large before reading it into memory.
 */
import { formatDanish } from "../core";
import type { Text } from "../text/bilingual";

export const OPEN_LIMITS = {
  /** The file on disk. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Rows per sheet (also the bound of the safe opener, src/workbooks/file/safeOpen.ts). */
  maxRows: 5000,
  /** Cells holding a value or formula, over all sheets: the grid draws every one. */
  maxCells: 200_000,
  /** Merged areas per sheet. */
  maxMerges: 2_000,
};

/** Why a file was not opened, in both languages, naming the file and what to do. */
export class OpenRefused extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "OpenRefused";
  }
}

export function megabytesText(bytes: number, language: "da" | "en"): string {
  const text = (bytes / 1024 / 1024).toFixed(1);
  return `${language === "da" ? text.replace(".", ",") : text} MB`;
}

export const danishCount = (n: number): string => formatDanish(n);

export function refuse(name: string, da: string, en: string): OpenRefused {
  return new OpenRefused({
    da: `Projektmappen «${name}» er ikke åbnet: ${da}`,
    en: `The workbook "${name}" was not opened: ${en}`,
  });
}

/** The limits as the page states them beside the button. */
export const LIMITS_TEXT: Text = {
  da: `Højst ${megabytesText(OPEN_LIMITS.maxFileBytes, "da")}, ${danishCount(OPEN_LIMITS.maxRows)} rækker pr. ark og ${danishCount(OPEN_LIMITS.maxCells)} udfyldte celler. Filen åbnes kun her i browseren.`,
  en: `At most ${megabytesText(OPEN_LIMITS.maxFileBytes, "en")}, ${OPEN_LIMITS.maxRows} rows per sheet and ${OPEN_LIMITS.maxCells} cells in use. The file is opened only here in the browser.`,
};

/** The size check on its own, so a large file is refused before it is read into memory. */
export function checkFileSize(name: string, size: number): void {
  if (size > OPEN_LIMITS.maxFileBytes)
    throw refuse(
      name,
      `den fylder ${megabytesText(size, "da")}, og legepladsen åbner højst ${megabytesText(OPEN_LIMITS.maxFileBytes, "da")}. Gem en kopi med kun de ark, du vil prøve, og åbn den.`,
      `it is ${megabytesText(size, "en")}, and the playground opens at most ${megabytesText(OPEN_LIMITS.maxFileBytes, "en")}. Save a copy with only the sheets you want to try, and open that.`,
    );
}
