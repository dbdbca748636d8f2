import { createContext, useCallback, useContext, useState, type Dispatch, type SetStateAction } from "react";

/**
 * What the user typed into each wizard, kept for as long as the pane is open. A wizard is unmounted
 * when another tab is chosen; without this its inputs would be gone when the user comes back.
 */
export type SessionStore = Map<string, unknown>;

const SessionContext = createContext<SessionStore | null>(null);

export const SessionProvider = SessionContext.Provider;

/** Like useState, but the value outlives the component for the pane's session (under `key`). */
export function useSessionState<T>(key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const store = useContext(SessionContext);
  const [value, setValue] = useState<T>(() => {
    if (store?.has(key)) return store.get(key) as T;
    return typeof initial === "function" ? (initial as () => T)() : initial;
  });
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setValue((current) => {
        const value = typeof next === "function" ? (next as (previous: T) => T)(current) : next;
        store?.set(key, value);
        return value;
      }),
    [key, store],
  );
  return [value, set];
}

/** A wizard's input for the session, with a setter that changes the fields it is given and keeps the rest. */
export function useWizardInput<T extends object>(
  key: string,
  initial: T | (() => T),
): [T, (changes: Partial<T>) => void] {
  const [input, setInput] = useSessionState<T>(key, initial);
  const set = useCallback((changes: Partial<T>) => setInput((current) => ({ ...current, ...changes })), [setInput]);
  return [input, set];
}
