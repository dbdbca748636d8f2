/**
 * The task pane inside Excel. Where Office.js is missing or the host is not Excel, the page shows a
 * short notice instead of the pane.
 */
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/office/officeHost";
import { createOfficeWorkbookApi } from "../excel/office/officeWorkbook";
import { ADDIN_NAMESPACE } from "./addinNamespace";
import { App } from "./App";
import { belongToNamespace } from "./logic/functionNamespace";
import { NoOffice } from "./ui/NoOffice";

// Before anything renders: every formula this pane writes calls its own add-in's functions.
belongToNamespace(ADDIN_NAMESPACE);

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  void officeHost().then((host) =>
    root.render(host === "excel" ? <App workbook={createOfficeWorkbookApi()} /> : <NoOffice />),
  );
}
