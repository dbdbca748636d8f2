/**
 * WorkbookApi.getSpillParent over Range.getSpillParentOrNullObject (ExcelApi 1.12, above what the
 * manifest asks for): the Forklar wizard finds the formula behind any cell of a spilled result.
 */
import type { InBatch } from "./printSetup";
import { loaded } from "./loaded";
import { requirementSupported } from "./requirements";

export const SPILL_PARENT_SET = { name: "ExcelApi", version: "1.12" } as const;

/** Whether this Excel can name a spill's parent. Never throws: no Office means no. */
export function spillParentSupported(): boolean {
  return requirementSupported(SPILL_PARENT_SET);
}

export function spillParentReader(
  inBatch: InBatch,
  resolve: (context: Excel.RequestContext, address: string) => Promise<Excel.Range>,
): (address: string) => Promise<string | null> {
  return (address) =>
    inBatch(address, async (context) => {
      const cell = (await resolve(context, address)).getCell(0, 0);
      const parent = cell.getSpillParentOrNullObject();
      parent.load("isNullObject,address");
      await context.sync();
      return loaded(parent.isNullObject, "isNullObject") ? null : loaded(parent.address, "address");
    });
}
