/**
 * In the playground the grid shows one sheet at a time; a write to another sheet would go unseen.
 * This wraps the workbook API so the grid turns to what a wizard wrote, and selects it, as a person
 * watching Excel would look there next. Writes to the hidden log sheet are left alone.
 */
import { parseRange } from "../sheet/address";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import type { WorkbookApi } from "../sheet/types";

export function followWrites(api: WorkbookApi, workbook: MemoryWorkbook): WorkbookApi {
  return {
    ...api,
    async writeBlock(topLeft, block) {
      const address = await api.writeBlock(topLeft, block);
      const range = parseRange(address);
      if (range?.sheet && !workbook.sheet(range.sheet)?.hidden) {
        workbook.selection = range;
        workbook.touch();
      }
      return address;
    },
  };
}
