import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { parseRange } from "../../sheet/address";
import type { WorkbookApi } from "../../sheet/types";
import { messageOf } from "../logic/errorMessages";
import type { Language, WriteOutcome } from "../wizards/contract";
import { Notice } from "./Status";
import { common } from "./strings";
import { useUndoDesk } from "./undoDesk";
import { WrittenNotice } from "./WrittenNotice";

/** What a wizard's write step came to. */
export type WriteStep = { kind: "none" } | { kind: "stale" } | { kind: "outcome"; outcome: WriteOutcome };

/** The sheet of the user's selection: where a target typed without a sheet goes. */
export async function selectedSheet(workbook: WorkbookApi): Promise<string> {
  return parseRange(await workbook.getSelection())?.sheet ?? "";
}

/** Runs a wizard's write with a busy flag and leaves a notice of how it went. */
export function useWriteAction(language: Language): {
  busy: boolean;
  notice: ReactNode;
  run: (step: () => Promise<WriteStep>) => Promise<void>;
  /** Forgets the last notice: once the inputs change, "written to …" no longer describes them. */
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const desk = useUndoDesk();
  // Kept as a renderer, not as built text, so the notice follows a language switch.
  const [notice, setNotice] = useState<((language: Language) => ReactNode) | null>(null);
  const show = (render: (language: Language) => ReactNode) => setNotice(() => render);

  async function run(step: () => Promise<WriteStep>): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      const result = await step();
      if (result.kind === "stale")
        show((l) => <Notice intent="warning" text={common.stale[l]} testId="write-notice" />);
      else if (result.kind === "outcome" && result.outcome.status === "written") {
        const address = result.outcome.address;
        // The record this write left, for the notice's own Fortryd and for saying it was undone.
        const last = desk?.last();
        const record = last?.address === address ? last : undefined;
        show((l) => <WrittenNotice address={address} record={record} language={l} />);
      } else if (result.kind === "outcome")
        show((l) => <Notice intent="info" text={common.cancelled[l]} testId="write-notice" />);
    } catch (error) {
      show((l) => <Notice intent="error" text={messageOf(error, l)} testId="write-notice" />);
    } finally {
      setBusy(false);
    }
  }

  const clear = useCallback(() => setNotice(null), []);
  // The outcome must be seen: a long pane would otherwise leave it below the fold after a write.
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) place.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);
  const shown = notice ? <div ref={place}>{notice(language)}</div> : null;
  return { busy, notice: shown, run, clear };
}
