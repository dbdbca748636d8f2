/**
 * WorkbookApi.onChange over Excel's worksheet change events, so a wizard's live preview follows the
 * sheet in real Excel as it does in the in-memory workbook.
 *
 * - Excel only has `worksheets.onChanged` from ExcelApi 1.9, and the manifest asks for less (it must
 *   load on older Excel for the custom functions), so support is asked at run time; without it the
 *   adapter has no onChange and the previews keep their refresh button.
 * - A paste or a fill fires one event per changed area, and a preview reads several ranges per
 *   recalculation, so events are gathered until the sheet has been quiet for a moment.
 * - The hidden log sheet changes on every write the add-in makes; no preview reads it, so its events
 *   would only cost a second recalculation after each write.
 */
import { sameSheet } from "../../sheet/address";
import { LOG_SHEET } from "../../sheet/types";
import { loaded } from "./loaded";
import { requirementSupported } from "./requirements";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
/** Excel.run with a fresh context. */
export type Run = <T>(batch: Batch<T>) => Promise<T>;
/** Excel.run on an existing context: a handler can only be removed through the context that added it. */
export type RunIn = <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>) => Promise<T>;

/** The requirement set that brought `WorksheetCollection.onChanged`. */
export const CHANGE_EVENTS_SET = { name: "ExcelApi", version: "1.9" } as const;

/** Whether this Excel has workbook-wide change events. Never throws: no Office means no events. */
export function changeEventsSupported(): boolean {
  return requirementSupported(CHANGE_EVENTS_SET);
}

export interface ChangeEventOptions {
  run: Run;
  runIn: RunIn;
  /** How long the sheet must be quiet before the listener is called. */
  debounceMs: number;
  /** Told when Excel refuses to add or remove the handler; the preview still has its refresh button. */
  onError: (error: unknown) => void;
}

/** Makes the onChange of the Office.js adapter. */
export function changeSubscriber(options: ChangeEventOptions): (listener: () => void) => () => void {
  const { run, runIn, debounceMs, onError } = options;

  // Events name the sheet by id only. Whether an id is the log sheet is asked once per id (a promise,
  // so the many events of one paste share one round trip); sheet ids never come back after a delete.
  const isLogSheet = new Map<string, Promise<boolean>>();
  function logSheet(worksheetId: string): Promise<boolean> {
    let answer = isLogSheet.get(worksheetId);
    if (answer === undefined) {
      answer = run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(worksheetId);
        sheet.load("isNullObject,name");
        await context.sync();
        return !loaded(sheet.isNullObject, "isNullObject") && sameSheet(loaded(sheet.name, "name"), LOG_SHEET);
      })
        // When in doubt it is a sheet the user sees: a needless recalculation is cheap, a missed one is the bug.
        .catch(() => false);
      isLogSheet.set(worksheetId, answer);
    }
    return answer;
  }

  return (listener) => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    function settle(): void {
      timer = undefined;
      if (active) listener();
    }

    async function changed(args: Excel.WorksheetChangedEventArgs): Promise<void> {
      if (!active || (await logSheet(args.worksheetId))) return;
      // Re-checked: the lookup above may have outlived the subscription.
      if (!active) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(settle, debounceMs);
    }

    // onChange must answer at once, but Excel registers the handler asynchronously: the unsubscribe
    // waits for the registration, so a pane closed quickly still removes its handler.
    const registration = run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(changed);
      await context.sync();
      return result;
    }).catch((error: unknown) => {
      onError(error);
      return undefined;
    });

    return () => {
      if (!active) return;
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      void registration
        .then(async (result) => {
          if (!result) return;
          await runIn(result.context, async (context) => {
            result.remove();
            await context.sync();
          });
        })
        .catch(onError);
    };
  };
}
