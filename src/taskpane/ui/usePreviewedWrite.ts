import { useEffect } from "react";
import type { WorkbookApi } from "../../excel/types";
import { describeTarget } from "../logic/target";
import type { Language, PlannedWrite, Text, Writer } from "../wizards/contract";
import { useLivePreview, type LivePreview } from "./useLivePreview";
import { selectedSheet, useWriteAction } from "./useWriteAction";

/** What a wizard read from the workbook and what it computed from that: the preview. */
export interface Computed<Sources, Preview> {
  sources: Sources;
  preview: Preview;
}

export interface PreviewedWriteOptions<Input extends TargetSettings, Sources, Preview> {
  workbook: WorkbookApi;
  writer: Writer;
  language: Language;
  input: Input;
  /** What the numbers depend on: only a change here reads the workbook again. */
  previewKey: string;
  read: (workbook: WorkbookApi, input: Input) => Promise<Sources>;
  plan: (sources: Sources, input: Input) => Preview;
  build: (sources: Sources, preview: Preview, input: Input, language: Language, sheet: string) => PlannedWrite;
  /** The range the write will cover; "…" stands for the sheet of the selection, not known until then. */
  targetAddress: (preview: Preview, input: Input, defaultSheet: string) => string;
  /** The sheet the write adds when the user asks for a new sheet. */
  newSheetName: Text;
}

/** The fields of every writing wizard's input that say where it writes. */
export interface TargetSettings {
  target: string;
  newSheet: boolean;
}

/**
 * The flow the writing wizards share: a live preview of the inputs, and a write that reads the
 * workbook once more and refuses ("stale") when the numbers moved since the user looked at them, so
 * what is written is always what was previewed.
 */
export function usePreviewedWrite<Input extends TargetSettings, Sources, Preview>(
  options: PreviewedWriteOptions<Input, Sources, Preview>,
): {
  live: LivePreview<Computed<Sources, Preview>>;
  preview: Preview | undefined;
  action: ReturnType<typeof useWriteAction>;
  write: () => Promise<void>;
  /** Where the write will go, as the user should read it; "" while it is not known. */
  targetText: string;
} {
  const { workbook, writer, language, input } = options;
  const live = useLivePreview<Computed<Sources, Preview>>(
    async () => {
      const sources = await options.read(workbook, input);
      return { sources, preview: options.plan(sources, input) };
    },
    options.previewKey,
    undefined,
    workbook,
  );
  const action = useWriteAction(language);
  // "Written to …" describes the inputs it was written with; a change makes it misleading.
  const { clear } = action;
  const settings = JSON.stringify(input);
  useEffect(() => clear(), [settings, clear]);
  const preview = live.result?.preview;

  async function write(): Promise<void> {
    await action.run(async () => {
      const fresh = await live.refresh();
      if (!fresh) return { kind: "none" };
      if (JSON.stringify(fresh.preview) !== JSON.stringify(preview)) return { kind: "stale" };
      const plan = options.build(fresh.sources, fresh.preview, input, language, await selectedSheet(workbook));
      const outcome = await writer.write(plan);
      if (outcome.status === "written") await showWritten(workbook, outcome.address);
      return { kind: "outcome", outcome };
    });
  }

  let targetText = "";
  if (preview !== undefined && (input.newSheet || input.target.trim())) {
    try {
      const address = options.targetAddress(preview, input, "…");
      targetText = input.newSheet ? describeTarget(address, options.newSheetName, language) : address;
    } catch {
      // A target that is not a cell is told when the user writes; here it only leaves the line out.
      targetText = "";
    }
  }

  return { live, preview, action, write, targetText };
}

/** Selects what was written, so the user sees it; a host that cannot select still has the notice. */
async function showWritten(workbook: WorkbookApi, address: string): Promise<void> {
  try {
    await workbook.select?.(address);
  } catch {
    // The write succeeded; failing to select it is no reason to tell the user otherwise.
  }
}
