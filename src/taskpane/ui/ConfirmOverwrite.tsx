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
import type { ConfirmOverwrite } from "../logic/safeWriter";
import type { Language } from "../wizards/contract";
import { common, confirmMessage } from "./strings";

export interface ConfirmState {
  address: string;
  occupied: number;
  answer: (write: boolean) => void;
}

/** The question "write over these cells?" as a promise the writer can await. */
export function useConfirmOverwrite(): { ask: ConfirmOverwrite; state: ConfirmState | null } {
  const [state, setState] = useState<ConfirmState | null>(null);
  const ask = useCallback<ConfirmOverwrite>(
    (address, occupied) =>
      new Promise<boolean>((resolve) =>
        setState({
          address,
          occupied,
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

/** Names the range and waits for an explicit choice; Escape or closing counts as "no". */
export function ConfirmOverwriteDialog({ state, language }: { state: ConfirmState | null; language: Language }) {
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
            {state ? confirmMessage(state.address, state.occupied)[language] : ""}
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
