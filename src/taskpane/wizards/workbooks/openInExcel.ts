/**
 * Hands the generated workbooks over by opening each in its own Excel window (WorkbookApi.openWorkbook),
 * the route that works in desktop Excel where a task pane's download may be blocked or land unseen.
 *
 * One at a time, so Excel is not asked for many windows at once and the progress can say which file
 * is being opened. A refused file does not stop the others (each file is independent, and a run of
 * many departments should not be lost to one); every refusal is named in the closing message.
 */
import type { Language, Text } from "../contract";
import { workbooksMessages as m } from "./workbooksText";

export interface FileToOpen {
  name: string;
  bytes: Uint8Array;
}

export interface OpenRefusal {
  name: string;
  /** Excel's own words, or "" when it gave none. */
  reason: string;
}

export interface OpenOutcome {
  opened: string[];
  refused: OpenRefusal[];
}

export type OpenWorkbook = (bytes: Uint8Array, name: string) => Promise<void>;

/** Opens each file in turn; `onProgress(n, total, name)` is called as file n of total is about to open. */
export async function openEach(
  files: readonly FileToOpen[],
  open: OpenWorkbook,
  onProgress: (n: number, total: number, name: string) => void = () => undefined,
): Promise<OpenOutcome> {
  const outcome: OpenOutcome = { opened: [], refused: [] };
  for (const [index, file] of files.entries()) {
    onProgress(index + 1, files.length, file.name);
    try {
      await open(file.bytes, file.name);
      outcome.opened.push(file.name);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome.refused.push({ name: file.name, reason: reason.trim() });
    }
  }
  return outcome;
}

/** The closing notice: what was opened, and each file Excel refused with its reason. */
export function openOutcomeNotice(outcome: OpenOutcome): { intent: "success" | "error"; text: Text } {
  const total = outcome.opened.length + outcome.refused.length;
  const opened = outcome.opened.length;
  if (outcome.refused.length === 0) {
    const example = outcome.opened[0] ?? "";
    return {
      intent: "success",
      text: {
        da: `${m.openedAll.da(opened)} ${m.saveEach.da(opened, example)}`,
        en: `${m.openedAll.en(opened)} ${m.saveEach.en(opened, example)}`,
      },
    };
  }
  const lines = (language: Language) =>
    outcome.refused.map(({ name, reason }) => `• ${m.refusedFile[language](name, reason)}`).join("\n");
  return {
    intent: "error",
    text: {
      da: [m.openedSome.da(opened, total), lines("da"), m.refusedHelp.da].join("\n"),
      en: [m.openedSome.en(opened, total), lines("en"), m.refusedHelp.en].join("\n"),
    },
  };
}
