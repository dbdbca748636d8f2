/** Stands in for the Excel windows openWorkbook would open: which files, and how large. */
import { useSyncExternalStore } from "react";
import type { OpenedWorkbooks } from "./openedWorkbooks";

export function OpenedNotice({ opened }: { opened: OpenedWorkbooks }) {
  const items = useSyncExternalStore(opened.subscribe, () => opened.items);
  if (items.length === 0) return null;
  return (
    <div className="opened" role="status" data-testid="playground-opened">
      <strong>Åbnet i nye Excel-vinduer</strong> (legepladsen har kun ét regneark, så de vises ikke):{" "}
      {items.map((item) => `${item.name} (${Math.ceil(item.bytes.length / 1024)} kB)`).join(", ")}
    </div>
  );
}
