/**
 * The playground: the task pane next to an in-memory workbook with a sample municipality, so the
 * wizards can be tried without Excel. No Office.js is loaded here.
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { createMemoryWorkbookApi } from "../excel/memory/memoryApi";
import { App } from "../taskpane/App";
import { followWrites } from "./followWrites";
import { OpenedNotice } from "./OpenedNotice";
import { OpenedWorkbooks } from "./openedWorkbooks";
import { OpenWorkbookButton } from "./OpenWorkbookButton";
import { createSampleMunicipality } from "../sample/sampleMunicipality";
import { SheetView } from "./SheetView";
import { playgroundWords } from "./playgroundWords";
import type { MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import type { Language } from "../text/language";

declare global {
  interface Window {
    /** For people poking at the playground from the console, and for the browser tests. */
    raaderum?: { workbook: MemoryWorkbook; opened: OpenedWorkbooks };
  }
}

const workbook = createSampleMunicipality();
// Recording the opens gives the playground an "Open in Excel" button, as Excel from ExcelApi 1.8 has.
const opened = new OpenedWorkbooks();
// A short pause per call lets the progress indicators show, as they would with a real Excel.
const api = followWrites(createMemoryWorkbookApi(workbook, { delayMs: 60, onOpen: opened.record }), workbook);
window.raaderum = { workbook, opened };

/** The pane beside the grid; the grid shows formulas, and the opener speaks, in the pane's language. */
function Playground() {
  const [language, setLanguage] = useState<Language>("da");
  return (
    <div className="playground">
      <aside className="pane" aria-label="Råderum">
        <App workbook={api} initialLanguage={language} onLanguageChange={setLanguage} />
      </aside>
      <section className="workbook" aria-label={playgroundWords.workbook[language]}>
        <OpenWorkbookButton workbook={workbook} language={language} />
        <OpenedNotice opened={opened} />
        <SheetView workbook={workbook} language={language} />
      </section>
    </div>
  );
}

const element = document.getElementById("root");
if (element) createRoot(element).render(<Playground />);
