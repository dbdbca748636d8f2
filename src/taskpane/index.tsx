/**
 * The task pane inside Excel. Office.js comes from Microsoft's CDN; when it is missing (a plain
 * browser, a blocked network) the page shows a short notice instead of crashing (TOOLCHAIN pitfall 7).
 */
import { createRoot } from "react-dom/client";
import { createOfficeWorkbookApi } from "../excel/office/officeWorkbook";
import { App } from "./App";
import { NoOffice } from "./ui/NoOffice";

function officeLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  if (!officeLoaded()) root.render(<NoOffice />);
  else
    void Office.onReady((info) => {
      root.render(String(info.host) === "Excel" ? <App workbook={createOfficeWorkbookApi()} /> : <NoOffice />);
    });
}
