/**
 * The negotiation sheet's status drop-downs (Range.dataValidation, ExcelApi 1.8) and the annex's page
 * setup (Worksheet.pageLayout, ExcelApi 1.9), as Office.js is told to make them through a hand-made
 * fake; where Excel lacks the set, the API has no such method and the pane says so.
 */
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";

function fakeExcel() {
  const calls: string[] = [];
  const validation = {
    rule: undefined as unknown,
    clear: () => calls.push("clear"),
  };
  const headers = { leftHeader: "", centerHeader: "", rightHeader: "" };
  const pageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: undefined as unknown,
    printTitleRows: "",
    setPrintTitleRows(rows: string) {
      pageLayout.printTitleRows = rows;
    },
    headersFooters: { defaultForAllPages: headers },
  };
  const ranges: string[] = [];
  const sheets: string[] = [];
  const sheet = {
    getRange: (address: string) => {
      ranges.push(address);
      return { dataValidation: validation };
    },
    pageLayout,
  };
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          sheets.push(name);
          return sheet;
        },
      },
    },
    sync: () => Promise.resolve(),
  };
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as never);
  return { calls, validation, pageLayout, headers, ranges, sheets, run };
}

describe("Office.js adapter: drop-downs and page setup", () => {
  test("a list validation with an in-cell drop-down, any earlier rule cleared first", async () => {
    const fake = fakeExcel();
    const api = createOfficeWorkbookApi({
      run: fake.run,
      listValidationSupported: () => true,
      pageSetupSupported: () => false,
    });
    expect("setPageSetup" in api).toBe(false);
    await api.setListValidation?.({ address: "Forhandling!G4:G10", choices: ["Vedtaget", "Forkastet", "Delvis"] });
    expect(fake.sheets).toEqual(["Forhandling"]);
    expect(fake.ranges).toEqual(["G4:G10"]);
    expect(fake.calls).toEqual(["clear"]);
    expect(fake.validation.rule).toEqual({ list: { inCellDropDown: true, source: "Vedtaget,Forkastet,Delvis" } });
  });

  test("A4 landscape, one page wide, rows 1–3 repeated, municipality and date in the header (& doubled)", async () => {
    const fake = fakeExcel();
    const api = createOfficeWorkbookApi({
      run: fake.run,
      listValidationSupported: () => false,
      pageSetupSupported: () => true,
    });
    expect("setListValidation" in api).toBe(false);
    await api.setPageSetup?.("Bilag", {
      orientation: "landscape",
      paper: "A4",
      titleRows: [1, 3],
      header: { left: "Ærø & Omegn Kommune", right: "30.11.2026" },
      fitToWidth: true,
    });
    expect(fake.sheets).toEqual(["Bilag"]);
    expect(fake.pageLayout.orientation).toBe("Landscape");
    expect(fake.pageLayout.paperSize).toBe("A4");
    expect(fake.pageLayout.printTitleRows).toBe("$1:$3");
    expect(fake.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(fake.headers).toEqual({ leftHeader: "Ærø && Omegn Kommune", centerHeader: "", rightHeader: "30.11.2026" });
  });

  test("without Office (node), neither is offered: the requirement sets are asked and say no", () => {
    const api = createOfficeWorkbookApi({ run: fakeExcel().run });
    expect("setListValidation" in api).toBe(false);
    expect("setPageSetup" in api).toBe(false);
  });
});
