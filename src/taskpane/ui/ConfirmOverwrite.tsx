import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Overwrite } from "../logic/overwrite";
import type { ConfirmOverwrite } from "../logic/safeWriter";
import type { Language, Text } from "../wizards/contract";
import { common, confirmMessage } from "./strings";

export interface ConfirmState {
  address: string;
  overwrite: Overwrite;
  answer: (write: boolean) => void;
}

/** The question "write over these cells?" as a promise the writer can await. */
export function useConfirmOverwrite(): { ask: ConfirmOverwrite; state: ConfirmState | null } {
  const [state, setState] = useState<ConfirmState | null>(null);
  const ask = useCallback<ConfirmOverwrite>(
    (address, overwrite) =>
      new Promise<boolean>((resolve) =>
        setState({
          address,
          overwrite,
          answer: (write) => {
            setState(null);
            resolve(write);
          },
        }),
      ),
    [],
  );
  return { ask, state };
}

export interface ConfirmOverwriteDialogProps {
  state: ConfirmState | null;
  language: Language;
  /** A wizard's title by its id (the undo desk's), to name the one that wrote the cells earlier. */
  titleOf: (wizard: string) => Text;
}

/** Says what the write changes and waits for an explicit choice; Escape or closing counts as "no". */
export function ConfirmOverwriteDialog({ state, language, titleOf }: ConfirmOverwriteDialogProps) {
  const earlier = state?.overwrite.earlier;
  return (
    <Dialog
      open={state !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) state?.answer(false);
      }}
    >
      <DialogSurface data-testid="confirm-overwrite" aria-describedby="confirm-overwrite-text">
        <DialogBody>
          <DialogTitle>{common.confirmTitle[language]}</DialogTitle>
          <DialogContent id="confirm-overwrite-text">
            {state ? confirmMessage(state.address, state.overwrite, earlier && titleOf(earlier.wizard))[language] : ""}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => state?.answer(true)} data-testid="confirm-overwrite-yes">
              {common.confirmWrite[language]}
            </Button>
            <Button onClick={() => state?.answer(false)} data-testid="confirm-overwrite-no">
              {common.confirmCancel[language]}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
