/**
 * What the wizards asked Excel to open in new windows. The playground has one workbook only, so it
 * keeps a list and shows it (OpenedNotice); the browser tests read the list from window.raaderum.
 */
import type { OpenedWorkbook } from "../excel/memory/memoryApi";

export class OpenedWorkbooks {
  /** Replaced, not pushed to, on each open: useSyncExternalStore needs a new snapshot to re-render. */
  items: readonly OpenedWorkbook[] = [];
  private readonly listeners = new Set<() => void>();

  readonly record = (opened: OpenedWorkbook): void => {
    this.items = [...this.items, opened];
    this.listeners.forEach((listener) => listener());
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
