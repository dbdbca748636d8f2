/**
 * "Åbn projektmappe …": the user's own .xlsx opened into the playground's workbook, so the wizards
 * can be tried on real tables without Excel. The limits are stated beside the button; a refusal
 * names the file, the limit or the danger, and what to do, in the language the pane is switched to.
 */
import { useRef, useState } from "react";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import type { Language } from "../text/language";
import type { Text } from "../text/bilingual";
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

const LABEL: Text = { da: "Åbn projektmappe …", en: "Open workbook …" };
const INPUT_LABEL: Text = { da: "Åbn projektmappe (.xlsx)", en: "Open workbook (.xlsx)" };
const OPENING: Text = { da: "Åbner", en: "Opening" };

export function OpenWorkbookButton({ workbook, language }: { workbook: MemoryWorkbook; language: Language }) {
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
        {LABEL[language]}
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={INPUT_LABEL[language]}
        data-testid="open-workbook"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Emptied, so choosing the same file again opens it again.
          event.target.value = "";
          if (file) void open(file);
        }}
      />
      <span className="limits">{LIMITS_TEXT[language]}</span>
      {status?.kind === "busy" && (
        <span role="status">
          {OPENING[language]} {language === "da" ? `«${status.name}»` : `"${status.name}"`} …
        </span>
      )}
      {status && status.kind !== "busy" && (
        <div
          className={status.kind === "refused" ? "refused" : "opened-file"}
          role={status.kind === "refused" ? "alert" : "status"}
          data-testid="open-workbook-status"
        >
          {status.text[language]}
        </div>
      )}
    </div>
  );
}
