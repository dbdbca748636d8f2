import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { UndoRecord } from "../logic/safeWriter";
import { messageOf } from "../logic/errorMessages";
import type { Language } from "../wizards/contract";
import { Notice } from "./Status";
import { common, undoneText, writtenBy } from "./strings";
import { useFollowedUndoDesk } from "./undoDesk";

/**
 * The outcome of a write, beside the button that made it: where it went and which wizard wrote it,
 * with "Fortryd" right there while it is the last write (the bar at the top is then out of view
 * in a long pane); once undone, whichever "Fortryd" did it, it says what was undone instead.
 */
export function WrittenNotice(props: { address: string; record: UndoRecord | undefined; language: Language }) {
  const { address, record, language } = props;
  const desk = useFollowedUndoDesk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const undoable = desk !== null && record !== undefined && desk.last() === record && !desk.wasUndone(record);
  useEffect(() => (undoable && record ? desk.offer(record) : undefined), [undoable, desk, record]);

  if (!desk || !record)
    return <Notice intent="success" text={`${common.written[language]} ${address}`} testId="write-notice" />;
  const wizard = desk.titleOf(record.wizard);
  if (desk.wasUndone(record))
    return <Notice intent="info" text={undoneText(wizard, record)[language]} testId="undo-notice" />;

  async function undo(): Promise<void> {
    if (!desk) return;
    setBusy(true);
    setError(undefined);
    try {
      await desk.undo();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Notice
        intent="success"
        text={writtenBy(wizard, address)[language]}
        testId="write-notice"
        action={
          undoable && (
            <Button size="small" onClick={() => void undo()} disabled={busy} data-testid="write-undo">
              {common.undo[language]}
            </Button>
          )
        }
      />
      {error !== undefined && <Notice intent="error" text={messageOf(error, language)} testId="undo-notice" />}
    </>
  );
}
