/** The heading of a list of problems that stops generation, and a calculation's own reason. */
import type { ErrorKind } from "../../core";
import type { Texts } from "../../text/messageCatalogue";
import type { Text } from "../../text/bilingual";

export interface SubjectParams {
  centralUnusable: Record<string, never>;
  /** `file` null: the central workbook, unnamed. */
  cannotOpen: { file: string | null };
  spreadFailed: Record<string, never>;
  /** The core's reason in both languages; the Danish names the common case (no key at all) in the workbook's words. */
  spreadDetail: { text: Text; kind: ErrorKind };
}

export const SUBJECT_TEXTS: Texts<SubjectParams> = {
  centralUnusable: {
    en: () => "The central workbook cannot be used",
    da: () => "Det centrale regneark kan ikke bruges",
  },
  cannotOpen: {
    en: (p) => `${p.file ?? "the central workbook"} cannot be opened`,
    da: (p) => (p.file === null ? "Det centrale regneark kan ikke åbnes" : `${p.file} kan ikke åbnes`),
  },
  spreadFailed: {
    en: () => "The cross-cutting savings cannot be spread",
    da: () => "De tværgående besparelser kan ikke fordeles",
  },
  spreadDetail: {
    en: (p) => p.text.en,
    da: (p) =>
      p.kind === "divisionByZero"
        ? "Alle afdelinger har nøgleandelen 0 (eller intet kvotegrundlag), så besparelserne kan ikke fordeles. Giv mindst én afdeling en nøgleandel over 0."
        : `Beregningen kan ikke gennemføres (${p.text.da}). Ret beløbene i tabellen Tværgående.`,
  },
};
