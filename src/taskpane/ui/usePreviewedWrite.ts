import { useEffect } from "react";
import type { Answers } from "../../sheet/tableShape";
import type { WorkbookApi } from "../../sheet/types";
import { recordingAnswers, withAnswers } from "../logic/answersUsed";
import { describeTarget } from "../logic/target";
import type { Language, PlannedWrite, Text, Writer } from "../wizards/contract";
import type { PreviewFrame } from "./PreviewSection";
import type { OutputSettings } from "../wizards/contract";
import type { ResultFrame, ResultTexts } from "./ResultSection";
import { useLivePreview, type LivePreview } from "./useLivePreview";
import { useSessionState } from "./useSessionState";
import { selectedSheet, useWriteAction } from "./useWriteAction";

/** What a wizard read from the workbook and what it computed from that: the preview. */
export interface Computed<Sources, Preview> {
  sources: Sources;
  preview: Preview;
  /** The answers to the reader's questions that this read looked up, by question id: logged with the write. */
  answered: Record<string, string>;
}

export interface PreviewedWriteOptions<Input extends OutputSettings, Sources, Preview> {
  /** Prefix of the wizard's element ids and test ids, e.g. "alloc". */
  idPrefix: string;
  workbook: WorkbookApi;
  writer: Writer;
  language: Language;
  input: Input;
  /** What the numbers depend on: only a change here reads the workbook again. */
  previewKey: string;
  /** Reads the workbook; `answers` are the user's answers to the questions the read asked (TableQuestion). */
  read: (workbook: WorkbookApi, input: Input, answers: Answers) => Promise<Sources>;
  plan: (sources: Sources, input: Input) => Preview;
  build: (sources: Sources, preview: Preview, input: Input, language: Language, sheet: string) => PlannedWrite;
  /** The range the write will cover; "…" stands for the sheet of the selection, not known until then. */
  targetAddress: (preview: Preview, input: Input, defaultSheet: string) => string;
  /** The sheet the write adds when the user asks for a new sheet. */
  newSheetName: Text;
  /** The wizard's words for the result step (its text table). */
  texts: ResultTexts;
  /** Changes some fields of the input: the result step sets where and how to write. */
  set: (changes: Partial<Input>) => void;
}

/** A writing wizard's preview and write, and the props of its two shared sections. */
export interface PreviewedWrite<Sources, Preview> {
  live: LivePreview<Computed<Sources, Preview>>;
  preview: Preview | undefined;
  /** Spread into PreviewSection. */
  previewProps: PreviewFrame;
  /** Spread into ResultSection: the target, where the write goes ("" while not known), the button. */
  resultProps: ResultFrame;
}

/**
 * The flow the writing wizards share: a live preview of the inputs, and a write that reads the
 * workbook once more and refuses ("stale") when the numbers moved since the user looked at them, so
 * what is written is always what was previewed.
 */
export function usePreviewedWrite<Input extends OutputSettings, Sources, Preview>(
  options: PreviewedWriteOptions<Input, Sources, Preview>,
): PreviewedWrite<Sources, Preview> {
  const { idPrefix, workbook, writer, language, input } = options;
  // Kept beside the input, not in it: every wizard that reads a table may ask, and the ids name the cells.
  const [answers, setAnswers] = useSessionState<Answers>(`${idPrefix}.answers`, {});
  const live = useLivePreview<Computed<Sources, Preview>>(
    async () => {
      const recorded = recordingAnswers(answers);
      const sources = await options.read(workbook, input, recorded.answers);
      return { sources, preview: options.plan(sources, input), answered: recorded.used() };
    },
    JSON.stringify([options.previewKey, answers]),
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
      const outcome = await writer.write({ ...plan, inputs: withAnswers(plan.inputs, fresh.answered) });
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

  return {
    live,
    preview,
    previewProps: {
      idPrefix,
      language,
      live,
      onAnswer: (id: string, answer: string) => setAnswers((current) => ({ ...current, [id]: answer })),
    },
    resultProps: {
      idPrefix,
      language,
      texts: options.texts,
      settings: input,
      // The section changes only output, target and newSheet, which are fields of every Input here.
      onSettings: options.set as (changes: Partial<OutputSettings>) => void,
      workbook,
      targetText,
      canWrite: preview !== undefined,
      onWrite: () => void write(),
      action,
    },
  };
}

/** Selects what was written, so the user sees it; a host that cannot select still has the notice. */
async function showWritten(workbook: WorkbookApi, address: string): Promise<void> {
  try {
    await workbook.select?.(address);
  } catch {
    // The write succeeded; failing to select it is no reason to tell the user otherwise.
  }
}
