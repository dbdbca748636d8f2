import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { UndoRecord } from "../logic/safeWriter";
import { messageOf } from "../logic/errorMessages";
import type { Language } from "../wizards/contract";
import { Notice } from "./Status";
import { common, lastWriteBy, undoneText } from "./strings";
import { useFollowedUndoDesk } from "./undoDesk";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
});

/**
 * "Fortryd" at the top of the pane: puts the last write back exactly, naming the wizard that made it
 * and the range, whichever wizard is open. Left out while the notice beside that write offers it.
 */
export function UndoBar({ language }: { language: Language }) {
  const styles = useStyles();
  const desk = useFollowedUndoDesk();
  const [busy, setBusy] = useState(false);
  // The text is built at render time so it follows a language switch; `shownWith` is the last
  // write at the moment of the undo, so the notice goes away once something new is written.
  const [message, setMessage] = useState<{
    intent: "info" | "error";
    text: (language: Language) => string;
    shownWith: UndoRecord | undefined;
  } | null>(null);
  const last = desk?.last();
  // Once anything is written after the undo, its notice no longer describes the workbook; it goes for good.
  useEffect(() => {
    if (message && message.shownWith !== last) setMessage(null);
  }, [message, last]);
  if (!desk) return null;

  async function undo(): Promise<void> {
    if (!desk) return;
    setBusy(true);
    try {
      const record = await desk.undo();
      if (record) {
        const wizard = desk.titleOf(record.wizard);
        setMessage({ intent: "info", text: (l) => undoneText(wizard, record)[l], shownWith: desk.last() });
      }
    } catch (error) {
      setMessage({ intent: "error", text: (l) => messageOf(error, l), shownWith: desk.last() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {last && !desk.isOffered(last) && (
        <div className={styles.bar} data-testid="undo-bar">
          <span className={styles.text}>{lastWriteBy(desk.titleOf(last.wizard), last.address)[language]}</span>
          <Button size="small" onClick={() => void undo()} disabled={busy} data-testid="undo">
            {common.undo[language]}
          </Button>
        </div>
      )}
      {message && message.shownWith === last && (
        <Notice intent={message.intent} text={message.text(language)} testId="undo-notice" />
      )}
    </>
  );
}
