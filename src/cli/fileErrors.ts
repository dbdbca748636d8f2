/**
 * A file or folder the command line cannot read or write (no permission, read-only, a full disk,
 * a folder that is not there) is the user's to mend: said in a sentence naming the path, without
 * a stack trace.
 */
import type { Language } from "../text/language";

const REASONS: Record<string, { en: string; da: string }> = {
  EACCES: { en: "permission denied", da: "adgang nægtet" },
  EPERM: { en: "not permitted", da: "ikke tilladt" },
  EROFS: { en: "the disk is read-only", da: "disken er skrivebeskyttet" },
  ENOSPC: { en: "the disk is full", da: "disken er fuld" },
  ENOENT: { en: "no such file or folder", da: "filen eller mappen findes ikke" },
  ENOTDIR: { en: "a part of the path is a file, not a folder", da: "en del af stien er en fil, ikke en mappe" },
  EISDIR: { en: "it is a folder", da: "det er en mappe" },
  EBUSY: { en: "it is in use (open in Excel?)", da: "den er i brug (åben i Excel?)" },
  EMFILE: { en: "too many files are open", da: "for mange filer er åbne" },
};

export function isFileError(error: unknown): error is NodeJS.ErrnoException {
  // Not instanceof Error: Node's errors may come from another realm (a test runner's sandbox).
  const code = typeof error === "object" && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" && code in REASONS;
}

export function fileErrorText(error: NodeJS.ErrnoException, language: Language): string {
  const reason = REASONS[error.code ?? ""] ?? { en: error.message, da: error.message };
  const path = error.path ?? "";
  return language === "da"
    ? `Fejl: ${path} kan ikke bruges: ${reason.da}. Vælg en anden fil eller mappe, eller ret adgangen, og prøv igen.`
    : `Error: cannot use ${path}: ${reason.en}. Choose another file or folder, or mend its permissions, and try again.`;
}
