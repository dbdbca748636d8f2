import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookApi } from "../../sheet/types";

export interface LivePreview<T> {
  result: T | undefined;
  error: unknown;
  busy: boolean;
  /** Reads again now (after the user changed the sheet). Resolves to the new result, if any. */
  refresh: () => Promise<T | undefined>;
}

/**
 * Recomputes a preview shortly after its inputs stop changing, and after the cells of `watch`
 * change when it can tell. Only the latest computation may set the result, so a slow read for an
 * old input never overwrites the preview of a newer one.
 */
export function useLivePreview<T>(
  compute: () => Promise<T>,
  key: string,
  delayMs = 350,
  watch?: WorkbookApi,
): LivePreview<T> {
  const [state, setState] = useState<{ result: T | undefined; error: unknown; busy: boolean }>({
    result: undefined,
    error: undefined,
    busy: false,
  });
  const generation = useRef(0);
  const computeRef = useRef(compute);
  computeRef.current = compute;

  const run = useCallback(async (): Promise<T | undefined> => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, busy: true }));
    try {
      const result = await computeRef.current();
      if (mine === generation.current) setState({ result, error: undefined, busy: false });
      return result;
    } catch (error) {
      if (mine === generation.current) setState({ result: undefined, error, busy: false });
      return undefined;
    }
  }, []);

  // A change in the sheet counts as a new input: the debounce below then reads it once.
  const [changes, setChanges] = useState(0);
  useEffect(() => watch?.onChange?.(() => setChanges((n) => n + 1)), [watch]);

  useEffect(() => {
    const timer = setTimeout(() => void run(), delayMs);
    return () => clearTimeout(timer);
  }, [key, changes, delayMs, run]);

  return { ...state, refresh: run };
}
