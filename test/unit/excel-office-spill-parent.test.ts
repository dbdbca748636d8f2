/**
 * WorkbookApi.getSpillParent over Office.js (src/excel/office/spillParent.ts) against
 * office-addin-mock: behind the ExcelApi 1.12 requirement check. Without the set the API has no
 * getSpillParent and Forklar asks for the formula's first cell; with it, the parent's address is
 * asked of the selected cell's first cell, and Forklar follows the parent's formula. The mock fails
 * a property read without load()+sync(), as Excel would.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import { SPILL_PARENT_SET, spillParentSupported } from "../../src/excel/office/spillParent";
import { findExplanation, refusalText } from "../../src/taskpane/wizards/explain/explainFinding";
import { explainView } from "../../src/taskpane/wizards/explain/explainView";

type MockData = Record<string, unknown>;

const KEY: [string, number][] = [
  ["MSB", 0.284],
  ["MTM", 0.081],
  ["MSO", 0.135],
  ["MKB", 0.068],
  ["MBU", 0.279],
  ["BA", 0.153],
];

/** A range of the sheet "Fordel": its values, and formulas where given. */
function range(address: string, values: unknown[][], formulas = values, parent: string | null = null): MockData {
  return {
    address: `Fordel!${address}`,
    values,
    formulas,
    numberFormat: values.map((row) => row.map(() => "General")),
    rowHidden: false,
    getCell(this: MockData) {
      return this;
    },
    spillParent: { isNullObject: parent === null, address: parent ?? "" },
    getSpillParentOrNullObject(this: MockData) {
      return this.spillParent;
    },
  };
}

/** The README's Fordel example in Excel: =BUDGET.FORDEL(B1,B2:B7,1) in D2 spilling to D7, MSO's 0,7 in D4 selected. */
function fordelExcel(supported: boolean): { api: ReturnType<typeof createOfficeWorkbookApi>; asked: string[] } {
  const asked: string[] = [];
  const ranges: MockData = {
    D4: range("D4", [[0.7]], [[0.7]], "Fordel!D2"),
    D5: range("D5", [["tekst"]], [["tekst"]], null),
    D2: range("D2", [[1.4]], [["=BUDGET.FORDEL(B1,B2:B7,1)"]]),
    B1: range("B1", [[5]]),
    "B2:B7": range(
      "B2:B7",
      KEY.map(([, w]) => [w]),
    ),
    "C2:C7": range(
      "C2:C7",
      KEY.map(([name]) => [name]),
    ),
  };
  const sheet: MockData = {
    ranges,
    getRange(this: MockData, address: string) {
      asked.push(address);
      return (this.ranges as MockData)[address];
    },
  };
  const data: MockData = {
    context: {
      workbook: {
        selected: { address: "Fordel!D4" },
        getSelectedRange(this: MockData) {
          return this.selected;
        },
        worksheets: {
          sheet,
          getItem(this: MockData) {
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const root = new OfficeMockObject(data) as unknown as {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  const api = createOfficeWorkbookApi({ run: (batch) => root.run(batch), spillParentSupported: () => supported });
  return { api, asked };
}

describe("getSpillParent over Office.js (ExcelApi 1.12)", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("the requirement check asks for ExcelApi 1.12 and says no without Office", () => {
    expect(spillParentSupported()).toBe(false);
    const askedFor: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            askedFor.push(`${name} ${version}`);
            return version === "1.12";
          },
        },
      },
    };
    expect(spillParentSupported()).toBe(true);
    expect(askedFor).toEqual(["ExcelApi 1.12"]);
    expect(SPILL_PARENT_SET).toEqual({ name: "ExcelApi", version: "1.12" });
  });

  test("absent: no getSpillParent, and Forklar asks for the formula's first cell", async () => {
    const { api } = fordelExcel(false);
    expect("getSpillParent" in api).toBe(false);
    const found = await findExplanation(api);
    expect(found).toEqual({ refusal: { code: "noSpillParent" } });
    if (!("refusal" in found)) throw new Error("explained without a spill parent");
    expect(refusalText(found.refusal, "da")).toMatch(/Markér formlens første celle\.$/);
    expect(refusalText(found.refusal, "en")).toMatch(/Select the formula's first cell\.$/);
  });

  test("present: the parent's address of the cell's first cell, null outside a spill", async () => {
    const { api, asked } = fordelExcel(true);
    if (!api.getSpillParent) throw new Error("getSpillParent missing where ExcelApi 1.12 is");
    await expect(api.getSpillParent("Fordel!D4")).resolves.toBe("Fordel!D2");
    expect(asked).toEqual(["D4"]);
    await expect(api.getSpillParent("Fordel!D5")).resolves.toBeNull();
  });

  test("present: Forklar follows the parent's formula to MSO's 0,7", async () => {
    const { api } = fordelExcel(true);
    const found = await findExplanation(api);
    if (!("explained" in found)) throw new Error(JSON.stringify(found));
    expect(found.sources.anchor).toBe("Fordel!D2");
    expect(found.sources.formula).toBe("=BUDGET.FORDEL(B1,B2:B7,1)");
    expect([found.sources.row, found.sources.column]).toEqual([2, 0]);
    // 5,0 × 0,135 = 0,675: floor 0,6, remainder 0,075, rank 2 of 6; 3 tenths left over: 0,7.
    const lines = explainView(found.explained, found.labels, "da").lines;
    expect(lines).toContain("MSO vejer 0,135, 13,5 % af nøglen: præcist 0,675, rundet ned 0,6, rest 0,075.");
    expect(lines[lines.length - 1]).toBe("Resultat: 0,7.");
  });
});
