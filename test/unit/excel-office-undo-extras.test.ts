/**
 * What undo needs from the Office.js adapter besides the cells: a range's data validation and a
 * sheet's print settings read before a write, and put back after. office-addin-mock cannot hold
 * Excel's object-valued properties (a rule, a prompt, the zoom come back as mock objects), so the
 * fake is hand-made; like Excel, it answers a property only after load() and sync().
 */
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";

const NOT_LOADED = "Error, property was not loaded";

interface Rule {
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
}

/** Excel's answer for a rule: the kind in use set, the others null. */
function asExcelAnswers(rule: Record<string, unknown>): Record<string, unknown> {
  return { custom: null, decimal: null, list: null, wholeNumber: null, ...rule };
}

function typeOf(rule: Rule | null): string {
  if (!rule) return "None";
  return rule.rule.list ? "List" : "WholeNumber";
}

function fakeExcel(cells: (Rule | null)[][]) {
  const pending: (() => void)[] = [];
  const calls: string[] = [];
  /** The validation of some cells of `cells`, as one DataValidation answers for them. */
  function validationOver(at: [number, number][]) {
    let synced = false;
    const read = () => {
      if (!synced) return undefined;
      const rules = at.map(([r, c]) => cells[r]?.[c] ?? null);
      const kinds = new Set(rules.map((x) => JSON.stringify(x)));
      return { rules, uniform: kinds.size === 1 };
    };
    const all = (set: (rule: Rule) => void) =>
      at.forEach(([r, c]) => {
        const row = cells[r] ?? [];
        const rule = row[c] ?? { rule: {}, ignoreBlanks: true, prompt: blankPrompt, errorAlert: blankAlert };
        set(rule);
        row[c] = rule;
      });
    return {
      load: () => pending.push(() => (synced = true)),
      clear: () => {
        calls.push(`clear ${at.length}`);
        at.forEach(([r, c]) => cells[r]?.splice(c, 1, null));
      },
      get type() {
        const seen = read();
        if (!seen) return NOT_LOADED;
        return seen.uniform ? typeOf(seen.rules[0] ?? null) : "Inconsistent";
      },
      get rule(): unknown {
        const seen = read();
        return seen ? asExcelAnswers((seen.uniform && seen.rules[0]?.rule) || {}) : NOT_LOADED;
      },
      set rule(rule: unknown) {
        all((x) => (x.rule = rule as Rule["rule"]));
      },
      get ignoreBlanks(): unknown {
        return read()?.rules[0]?.ignoreBlanks ?? NOT_LOADED;
      },
      set ignoreBlanks(value: unknown) {
        all((x) => (x.ignoreBlanks = value as boolean));
      },
      get prompt(): unknown {
        return read()?.rules[0]?.prompt ?? NOT_LOADED;
      },
      set prompt(value: unknown) {
        all((x) => (x.prompt = value as Rule["prompt"]));
      },
      get errorAlert(): unknown {
        return read()?.rules[0]?.errorAlert ?? NOT_LOADED;
      },
      set errorAlert(value: unknown) {
        all((x) => (x.errorAlert = value as Rule["errorAlert"]));
      },
    };
  }
  const everyCell = cells.flatMap((row, r) => row.map((_, c) => [r, c] as [number, number]));
  let sized = false;
  const range = {
    dataValidation: validationOver(everyCell),
    load: () => pending.push(() => (sized = true)),
    get rowCount() {
      return sized ? cells.length : NOT_LOADED;
    },
    get columnCount() {
      return sized ? (cells[0]?.length ?? 0) : NOT_LOADED;
    },
    getCell: (r: number, c: number) => ({ dataValidation: validationOver([[r, c]]) }),
  };
  const ranges: string[] = [];
  const context = {
    workbook: { worksheets: { getItem: () => ({ getRange: (a: string) => (ranges.push(a), range) }) } },
    sync: () => {
      pending.splice(0).forEach((apply) => apply());
      return Promise.resolve();
    },
  };
  const api = createOfficeWorkbookApi({
    run: (batch) => batch(context as never),
    listValidationSupported: () => true,
    pageSetupSupported: () => false,
  });
  return { api, calls, ranges };
}

const blankPrompt = { message: "", showPrompt: false, title: "" };
const blankAlert = { message: "", showAlert: true, style: "Stop", title: "" };
const yesNo: Rule = {
  rule: { list: { inCellDropDown: true, source: "Ja,Nej" } },
  ignoreBlanks: true,
  prompt: { message: "Vælg", showPrompt: true, title: "Status" },
  errorAlert: blankAlert,
};
const whole: Rule = {
  rule: { wholeNumber: { formula1: 0, formula2: 9, operator: "Between" } },
  ignoreBlanks: false,
  prompt: blankPrompt,
  errorAlert: { message: "0–9", showAlert: true, style: "Warning", title: "" },
};
const statuses = { address: "Forhandling!G4:G5", choices: ["Vedtaget", "Forkastet", "Delvis"] };

describe("Office.js adapter: validations read before a write and put back on undo", () => {
  test("a range without validation is read as none and left without", async () => {
    const cells: (Rule | null)[][] = [[null], [null]];
    const { api, calls } = fakeExcel(cells);
    const saved = await api.readValidation?.(statuses.address);
    await api.setListValidation?.(statuses);
    expect(typeOf(cells[0]?.[0] ?? null)).toBe("List");
    await api.restoreValidation?.(saved!);
    expect(cells).toEqual([[null], [null]]);
    expect(calls).toEqual(["clear 2", "clear 2"]);
  });

  test("one list on the whole range comes back with its prompt, the other kinds Excel answers as null left out", async () => {
    const cells: (Rule | null)[][] = [[yesNo], [yesNo]];
    const { api } = fakeExcel(cells);
    const saved = await api.readValidation?.(statuses.address);
    await api.setListValidation?.(statuses);
    await api.restoreValidation?.(saved!);
    expect(cells).toEqual([[yesNo], [yesNo]]);
  });

  test("cells with different rules, or none, are read cell by cell and each set back", async () => {
    const cells: (Rule | null)[][] = [[yesNo], [whole], [null]];
    const { api, ranges } = fakeExcel(cells);
    const saved = await api.readValidation?.("Forhandling!G4:G6");
    await api.setListValidation?.({ ...statuses, address: "Forhandling!G4:G6" });
    expect(cells.map((row) => typeOf(row[0] ?? null))).toEqual(["List", "List", "List"]);
    await api.restoreValidation?.(saved!);
    expect(cells).toEqual([[yesNo], [whole], [null]]);
    expect(ranges).toEqual(["G4:G6", "G4:G6", "G4:G6"]);
  });
});

/** Sheet "Ark"'s print settings; Excel keeps title rows and columns in its name "Print_Titles". */
function fakePage(start: {
  orientation: string;
  paperSize: string;
  zoom: object;
  rows: string | null;
  columns: string | null;
}) {
  const pending: (() => void)[] = [];
  const state = { ...start, headers: { leftHeader: "Egen", centerHeader: "", rightHeader: "&D" } };
  const loadable = <T extends object>(answer: () => T) => {
    let synced = false;
    return {
      load: () => pending.push(() => (synced = true)),
      get: (key: keyof T) => (synced ? answer()[key] : NOT_LOADED),
    };
  };
  const titles = (which: "rows" | "columns") => () => {
    const l = loadable(() => ({ isNullObject: state[which] === null, address: `Ark!${state[which]}` }));
    return {
      load: l.load,
      get isNullObject() {
        return l.get("isNullObject");
      },
      get address() {
        return l.get("address");
      },
    };
  };
  const layoutLoad = loadable(() => state);
  const headerLoad = loadable(() => state.headers);
  const pageLayout = {
    load: layoutLoad.load,
    get orientation() {
      return layoutLoad.get("orientation");
    },
    set orientation(v) {
      state.orientation = v as string;
    },
    get paperSize() {
      return layoutLoad.get("paperSize");
    },
    set paperSize(v) {
      state.paperSize = v as string;
    },
    get zoom() {
      return layoutLoad.get("zoom");
    },
    set zoom(v) {
      state.zoom = v as object;
    },
    getPrintTitleRowsOrNullObject: titles("rows"),
    getPrintTitleColumnsOrNullObject: titles("columns"),
    setPrintTitleRows: (rows: string) => (state.rows = rows),
    setPrintTitleColumns: (columns: string) => (state.columns = columns),
    headersFooters: {
      defaultForAllPages: {
        load: headerLoad.load,
        get leftHeader() {
          return headerLoad.get("leftHeader");
        },
        set leftHeader(v) {
          state.headers.leftHeader = v;
        },
        get centerHeader() {
          return headerLoad.get("centerHeader");
        },
        set centerHeader(v) {
          state.headers.centerHeader = v;
        },
        get rightHeader() {
          return headerLoad.get("rightHeader");
        },
        set rightHeader(v) {
          state.headers.rightHeader = v;
        },
      },
    },
  };
  const names = {
    getItemOrNullObject: (name: string) => {
      const l = loadable(() => ({ isNullObject: name !== "Print_Titles" || (state.rows ?? state.columns) === null }));
      return {
        load: l.load,
        get isNullObject() {
          return l.get("isNullObject");
        },
        delete: () => {
          state.rows = null;
          state.columns = null;
        },
      };
    },
  };
  const context = {
    workbook: { worksheets: { getItem: () => ({ pageLayout, names }) } },
    sync: () => {
      pending.splice(0).forEach((apply) => apply());
      return Promise.resolve();
    },
  };
  const api = createOfficeWorkbookApi({
    run: (batch) => batch(context as never),
    listValidationSupported: () => false,
    pageSetupSupported: () => true,
  });
  return { api, state };
}

const annexSetup = {
  orientation: "landscape",
  paper: "A4",
  titleRows: [1, 3],
  header: { left: "Eksempel Kommune", right: "30.11.2026" },
  fitToWidth: true,
} as const;

describe("Office.js adapter: page setup read before a write and put back on undo", () => {
  test("portrait, Letter, 80 % and title rows 1–2: all back as they were", async () => {
    const { api, state } = fakePage({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 80, horizontalFitToPages: null, verticalFitToPages: null },
      rows: "$1:$2",
      columns: "$A:$A",
    });
    const before = structuredClone(state);
    const saved = await api.readPageSetup?.("Ark");
    await api.setPageSetup?.("Ark", { ...annexSetup, titleRows: [1, 3] });
    expect(state).toMatchObject({ orientation: "Landscape", paperSize: "A4", rows: "$1:$3" });
    await api.restorePageSetup?.(saved!);
    expect(state).toEqual({ ...before, zoom: { scale: 80 } });
  });

  test("a sheet without title rows loses the annex's, and keeps its title columns", async () => {
    const { api, state } = fakePage({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 2 },
      rows: null,
      columns: "$A:$B",
    });
    const saved = await api.readPageSetup?.("Ark");
    await api.setPageSetup?.("Ark", { ...annexSetup, titleRows: [1, 3] });
    expect(state.rows).toBe("$1:$3");
    await api.restorePageSetup?.(saved!);
    expect(state).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 2 },
      rows: null,
      columns: "$A:$B",
      headers: { leftHeader: "Egen", centerHeader: "", rightHeader: "&D" },
    });
  });

  test("without the requirement sets there is nothing to read or restore", () => {
    const api = createOfficeWorkbookApi({
      run: (batch) => batch({} as never),
      listValidationSupported: () => false,
      pageSetupSupported: () => false,
    });
    for (const method of ["readValidation", "restoreValidation", "readPageSetup", "restorePageSetup"])
      expect(method in api).toBe(false);
  });
});
