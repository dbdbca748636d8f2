/**
 * WorkbookApi.openWorkbook over Excel.createWorkbook: a generated workbook opened in a new Excel
 * window, for desktop Excel where a task pane's file download may be blocked or land out of sight.
 *
 * - createWorkbook came with ExcelApi 1.8, above what the manifest asks for, so support is asked at
 *   run time; without it the adapter has no openWorkbook and the pane offers the download only.
 * - It takes the .xlsx as Base64 text. Department workbooks run to megabytes, and a spread of one
 *   byte per argument into String.fromCharCode overflows the call stack, so the bytes go in chunks.
 */
import { WorkbookError } from "../../sheet/errors";
import { requirementSupported } from "./requirements";

/** The requirement set that brought `Excel.createWorkbook`. */
export const OPEN_WORKBOOK_SET = { name: "ExcelApi", version: "1.8" } as const;

/** Excel.createWorkbook's shape: an .xlsx as Base64 in, a new window out. */
export type CreateWorkbook = (base64File: string) => Promise<void>;

/** Whether this Excel can open a workbook from bytes. Never throws: no Office means no. */
export function openWorkbookSupported(): boolean {
  return requirementSupported(OPEN_WORKBOOK_SET);
}

/**
 * Bytes per String.fromCharCode call: well below where engines run out of stack for arguments (node 20
 * overflows between 125 000 and 200 000). Any size works, as the chunks are joined before encoding.
 */
const CHUNK = 0x8000;

/** Standard Base64 (RFC 4648, with padding), as createWorkbook expects. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK)
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  // btoa takes a "binary string" (one char per byte); every char here is below 256, so it never throws.
  return btoa(parts.join(""));
}

/**
 * Makes the adapter's openWorkbook. Excel's refusal (a policy, a file it cannot read) comes out as a
 * WorkbookError about `name`, carrying Excel's own words, which Excel gives in the user's language.
 */
export function workbookOpener(create: CreateWorkbook): (bytes: Uint8Array, name: string) => Promise<void> {
  return async (bytes, name) => {
    try {
      await create(bytesToBase64(bytes));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new WorkbookError("excelFailed", name, message);
    }
  };
}
