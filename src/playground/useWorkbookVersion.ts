import { useCallback, useSyncExternalStore } from "react";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";

/**
 * The workbook's version, for a view that draws the workbook. A wizard's write is a chain of calls
 * (the block, the log, drop-downs, print settings, the selection), each a change; told at once, the
 * grid drew itself again after every one of them, which was most of a write's time. Told after the
 * chain has run (a task later), it draws once.
 */
export function useWorkbookVersion(workbook: MemoryWorkbook): number {
  // The same function from render to render: a new one would subscribe anew each time.
  const subscribe = useCallback(
    (listener: () => void) => {
      let pending: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = workbook.subscribe(() => {
        pending ??= setTimeout(() => {
          pending = undefined;
          listener();
        }, 0);
      });
      return () => {
        clearTimeout(pending);
        unsubscribe();
      };
    },
    [workbook],
  );
  return useSyncExternalStore(subscribe, () => workbook.version);
}
