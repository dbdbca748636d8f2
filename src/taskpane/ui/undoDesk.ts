import { createContext, useContext, useEffect, useState } from "react";
import type { SafeWriter, UndoRecord } from "../logic/safeWriter";
import type { Text } from "../wizards/contract";

/**
 * What the pane knows about undoing, shared by every place that offers "Fortryd": the writer that
 * can undo, the wizards' names (a record holds only the id of the wizard that wrote it), which
 * writes were undone (so their "written" notice can say so instead), and which write a notice
 * beside its write button is offering, so the bar at the top does not offer the same one twice.
 */
export class UndoDesk {
  private readonly undone = new WeakSet<UndoRecord>();
  private readonly offers = new Map<UndoRecord, number>();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly writer: SafeWriter,
    /** The wizard's title, by the id a PlannedWrite carries; the id itself for one not in the list. */
    readonly titleOf: (wizard: string) => Text,
  ) {}

  /** Undoes the last write; the record undone, or undefined when there was none. */
  async undo(): Promise<UndoRecord | undefined> {
    const record = await this.writer.undo();
    if (record) this.undone.add(record);
    this.changed();
    return record;
  }

  wasUndone(record: UndoRecord): boolean {
    return this.undone.has(record);
  }

  /** The write that "Fortryd" would undo now. */
  last(): UndoRecord | undefined {
    return this.writer.last();
  }

  /** A notice shows its own "Fortryd" for `record` until the returned function is called. */
  offer(record: UndoRecord): () => void {
    this.offers.set(record, (this.offers.get(record) ?? 0) + 1);
    this.changed();
    return () => {
      const count = (this.offers.get(record) ?? 1) - 1;
      if (count > 0) this.offers.set(record, count);
      else this.offers.delete(record);
      this.changed();
    };
  }

  isOffered(record: UndoRecord): boolean {
    return this.offers.has(record);
  }

  /** Told of every write, undo and offer. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    const unsubscribe = this.writer.subscribe(listener);
    return () => {
      this.listeners.delete(listener);
      unsubscribe();
    };
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

const UndoDeskContext = createContext<UndoDesk | null>(null);

export const UndoDeskProvider = UndoDeskContext.Provider;

/** The pane's undo desk; null outside the pane, where no undo is offered. */
export function useUndoDesk(): UndoDesk | null {
  return useContext(UndoDeskContext);
}

/** The pane's undo desk, rendering again on each of its changes: for what shows the state of undo. */
export function useFollowedUndoDesk(): UndoDesk | null {
  const desk = useUndoDesk();
  const [, setTick] = useState(0);
  useEffect(() => desk?.subscribe(() => setTick((t) => t + 1)), [desk]);
  return desk;
}
