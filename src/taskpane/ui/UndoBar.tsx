import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SafeWriter, UndoRecord } from "../logic/safeWriter";
import { messageOf } from "../logic/errorMessages";
import type { Language } from "../wizards/contract";
import { Notice } from "./Status";
import { common } from "./strings";

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

/** "Fortryd": puts the last write back exactly; shown while there is something to undo. */
export function UndoBar({ writer, language }: { writer: SafeWriter; language: Language }) {
  const styles = useStyles();
  const [last, setLast] = useState<UndoRecord | undefined>(() => writer.last());
  const [busy, setBusy] = useState(false);
  // The text is built at render time so it follows a language switch; `shownWith` is the last
  // write at the moment of the undo, so the notice goes away once something new is written.
  const [message, setMessage] = useState<{
    intent: "success" | "error";
    text: (language: Language) => string;
    shownWith: UndoRecord | undefined;
  } | null>(null);

  useEffect(() => {
    setLast(writer.last());
    return writer.subscribe(() => setLast(writer.last()));
  }, [writer]);

  async function undo(): Promise<void> {
    setBusy(true);
    try {
      const record = await writer.undo();
      if (record)
        setMessage({
          intent: "success",
          text: (l) => `${common.undone[l]}: ${record.address}`,
          shownWith: writer.last(),
        });
    } catch (error) {
      setMessage({ intent: "error", text: (l) => messageOf(error, l), shownWith: writer.last() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {last && (
        <div className={styles.bar} data-testid="undo-bar">
          <span className={styles.text}>{`${common.lastWrite[language]}: ${last.address}`}</span>
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
