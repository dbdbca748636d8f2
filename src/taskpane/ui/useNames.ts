import { useEffect, useState } from "react";
import type { NamedItem, WorkbookApi } from "../../sheet/types";

/** The workbook's defined names and tables, for the range pickers; empty until read (or if reading fails). */
export function useNames(workbook: WorkbookApi): NamedItem[] {
  const [names, setNames] = useState<NamedItem[]>([]);
  useEffect(() => {
    let live = true;
    workbook.listNames().then(
      (items) => live && setNames(items),
      () => live && setNames([]),
    );
    return () => {
      live = false;
    };
  }, [workbook]);
  return names;
}
