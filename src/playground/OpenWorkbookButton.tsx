/**
 * "Åbn projektmappe …": the user's own .xlsx opened into the playground's workbook, so the wizards
 * can be tried on real tables without Excel. The limits are stated beside the button; a refusal
 * names the file, the limit or the danger, and what to do, in Danish with the English below (the
 * playground's own controls are Danish; the language switch belongs to the pane).
 */
import { useRef, useState } from "react";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import type { Text } from "../text/text";
import { checkFileSize, LIMITS_TEXT, OpenRefused } from "./openLimits";

type Status = { kind: "busy"; name: string } | { kind: "opened"; text: Text } | { kind: "refused"; text: Text };

function failure(name: string, error: unknown): Text {
  if (error instanceof OpenRefused) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    da: `Projektmappen «${name}» kunne ikke åbnes (${detail}). Åbn og gem den i Excel, og prøv igen.`,
    en: `The workbook "${name}" could not be opened (${detail}). Open and save it in Excel, and try again.`,
  };
}

export function OpenWorkbookButton({ workbook }: { workbook: MemoryWorkbook }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status | null>(null);

  async function open(file: File): Promise<void> {
    try {
      checkFileSize(file.name, file.size);
      setStatus({ kind: "busy", name: file.name });
      // Loaded on first use: the opener brings exceljs, which the playground does not need until then.
      const { openXlsx } = await import("./openXlsx");
      const opened = await openXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      const sheets = opened.sheets.length;
      workbook.replaceWith(opened);
      setStatus({
        kind: "opened",
        text: {
          da: `«${file.name}» er åbnet (${sheets} ark) i stedet for eksempelkommunen. Genindlæs siden for at få den tilbage.`,
          en: `"${file.name}" is open (${sheets} sheets) in place of the sample municipality. Reload the page to get it back.`,
        },
      });
    } catch (error) {
      setStatus({ kind: "refused", text: failure(file.name, error) });
    }
  }

  return (
    <div className="open-workbook">
      <button type="button" onClick={() => input.current?.click()} disabled={status?.kind === "busy"}>
        Åbn projektmappe …
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Åbn projektmappe (.xlsx)"
        data-testid="open-workbook"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Emptied, so choosing the same file again opens it again.
          event.target.value = "";
          if (file) void open(file);
        }}
      />
      <span className="limits" title={LIMITS_TEXT.en}>
        {LIMITS_TEXT.da}
      </span>
      {status?.kind === "busy" && <span role="status">Åbner «{status.name}» …</span>}
      {status && status.kind !== "busy" && (
        <div
          className={status.kind === "refused" ? "refused" : "opened-file"}
          role={status.kind === "refused" ? "alert" : "status"}
          data-testid="open-workbook-status"
        >
          {status.text.da}
          <span className="english" lang="en">
            {status.text.en}
          </span>
        </div>
      )}
    </div>
  );
}
