/**
 * WorkbookApi over Office.js: the only place that calls Excel.run. Each method is one batch
 * (queue, sync, read), so a wizard's read or write costs one or two round trips to Excel; a block
 * beyond Excel on the web's payload limits goes by parts of rows within the batch (chunks.ts).
 * Enum values are passed as their strings ("Line", "Hidden"): they mean the same to Excel and keep
 * the code independent of the Excel global's enum objects.
 */
import {
  cellName,
  columnName,
  formatRange,
  parseRange,
  rangeColumns,
  rangeRows,
  sameSheet,
  splitSheet,
  type RangeRef,
} from "../../sheet/address";
import { unknownRange, unknownSheet, WorkbookError } from "../../sheet/errors";
import { LOG_COLUMNS, logHeader, logRow, parseLogRow } from "../../sheet/log";
import {
  LOG_SHEET,
  type CellInput,
  type CellValue,
  type ChartSpec,
  type NamedItem,
  type WorkbookApi,
} from "../../sheet/types";
import { loaded } from "./loaded";
import { READ_CHUNK_CELLS, payloadTooLarge, readInChunks, sliceBlock, writeChunks } from "./chunks";
import { changeEventsSupported, changeSubscriber, type Run, type RunIn } from "./changeEvents";
import { openWorkbookSupported, workbookOpener, type CreateWorkbook } from "./openWorkbook";
import { spillParentReader, spillParentSupported } from "./spillParent";
import {
  listValidationSupported,
  listValidator,
  pageSetter,
  pageSetupReader,
  pageSetupRestorer,
  pageSetupSupported,
  validationReader,
  validationRestorer,
} from "./printSetup";
import { indentLayout, indentSupported, queueLayout, readRangeLayout } from "./rangeLayout";
import { hiddenRowsOf, mergedAreaReader, mergedAreasSupported } from "./rowsAndMerges";
import { textUnderTextFormat } from "./textUnderTextFormat";
import { checkLayout } from "../../sheet/blockLayout";
import { SERIES_COLOURS } from "../../sheet/chartColours";

/** Turns Office.js errors into WorkbookErrors the pane can explain; `subject` is what the call was about. */
function translate(error: unknown, subject: string): unknown {
  if (error instanceof WorkbookError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ItemNotFound" || code === "InvalidArgument") return unknownRange(subject);
  const message = error instanceof Error ? error.message : String(error);
  return new WorkbookError("excelFailed", subject, `Excel could not do it: ${message}`);
}

function sheetOf(context: Excel.RequestContext, sheet: string | undefined): Excel.Worksheet {
  return sheet === undefined
    ? context.workbook.worksheets.getActiveWorksheet()
    : context.workbook.worksheets.getItem(sheet);
}

/** What a call is about, for its error: the address as typed, or the range given as a value. */
function subjectOf(at: string | RangeRef): string {
  return typeof at === "string" ? at : formatRange(at);
}

/** An address, a range value, or a defined name or table (Excel keeps those apart, so both are asked for). */
async function resolveRange(context: Excel.RequestContext, addressOrName: string | RangeRef): Promise<Excel.Range> {
  if (typeof addressOrName !== "string")
    return sheetOf(context, addressOrName.sheet).getRange(formatRange({ ...addressOrName, sheet: undefined }));
  const parsed = parseRange(addressOrName);
  if (parsed) return sheetOf(context, parsed.sheet).getRange(splitSheet(addressOrName).local);
  const key = addressOrName.trim();
  const name = context.workbook.names.getItemOrNullObject(key);
  const table = context.workbook.tables.getItemOrNullObject(key);
  name.load("isNullObject,type");
  table.load("isNullObject");
  await context.sync();
  if (!loaded(name.isNullObject, "isNullObject") && loaded(name.type, "type") === "Range") return name.getRange();
  if (!loaded(table.isNullObject, "isNullObject")) return table.getRange();
  throw unknownRange(addressOrName);
}

function topLeftRange(
  context: Excel.RequestContext,
  topLeft: string | RangeRef,
  rows: number,
  columns: number,
): Excel.Range {
  let sheet: string | undefined;
  let cell: string;
  if (typeof topLeft === "string") {
    const parsed = parseRange(topLeft);
    if (!parsed) throw unknownRange(topLeft);
    sheet = parsed.sheet;
    cell = splitSheet(topLeft).local.split(":")[0] as string;
  } else {
    sheet = topLeft.sheet;
    cell = cellName(topLeft.start);
  }
  return sheetOf(context, sheet)
    .getRange(cell)
    .getResizedRange(rows - 1, columns - 1);
}

/** The range Excel says it read: its address always names the sheet, so it parses. */
function rangeRead(address: string): RangeRef {
  const range = parseRange(address);
  if (!range)
    throw new WorkbookError("excelFailed", address, `Excel returned an address that cannot be read: ${address}`);
  return range;
}

export interface OfficeWorkbookOptions {
  /** Excel.run; the default is the global one. Tests hand in office-addin-mock's. */
  run?: Run;
  /** Names charts so they can be found again for undo. */
  chartName?: () => string;
  /** Excel.run on an existing context (removing an event handler); the default is the global one. */
  runIn?: RunIn;
  /**
   * Whether worksheet change events (ExcelApi 1.9) exist. Without them the API has no onChange and the
   * previews refresh on their button. The default asks Office.context.requirements, so the API must be
   * made after Office.onReady (as the task pane does).
   */
  changeEventsSupported?: () => boolean;
  /** Quiet time after the last change event before onChange listeners are called. */
  changeDebounceMs?: number;
  /** Told when Excel refuses to add or remove the change handler; the default logs a warning. */
  onEventError?: (error: unknown) => void;
  /**
   * Whether Excel.createWorkbook (ExcelApi 1.8) exists. Without it the API has no openWorkbook and
   * the pane offers a download only. The default asks Office.context.requirements, as for events.
   */
  openWorkbookSupported?: () => boolean;
  /** Excel.createWorkbook; the default is the global one. Tests hand in a recorder. */
  createWorkbook?: CreateWorkbook;
  /** Whether data validation (ExcelApi 1.8) exists; without it there is no setListValidation. */
  listValidationSupported?: () => boolean;
  /** Whether worksheet.pageLayout (ExcelApi 1.9) exists; without it there is no setPageSetup. */
  pageSetupSupported?: () => boolean;
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) exists; without it reads carry no merges. */
  mergedAreasSupported?: () => boolean;
  /** Whether Range.getSpillParent (ExcelApi 1.12) exists; without it there is no getSpillParent. */
  spillParentSupported?: () => boolean;
  /** Whether Range.format.indentLevel (ExcelApi 1.9) exists; without it blocks are written without indents. */
  indentSupported?: () => boolean;
}

const RANGE_READ = ["address", "values", "formulas", "numberFormat", "rowHidden"];
/** What a large range's read asks first, to know its size before reading it by parts. */
const RANGE_HEAD = ["address", "rowHidden"];

/** The cells of a range given as an address or range value; Infinity for a name or table, whose size Excel knows. */
function knownCells(at: string | RangeRef): number {
  const range = typeof at === "string" ? parseRange(at) : at;
  return range ? rangeRows(range) * rangeColumns(range) : Infinity;
}

const LAST_LOG_COLUMN = columnName(LOG_COLUMNS - 1);

/**
 * The axes every Råderum chart has (the playground's drawing follows the same settings): gridlines
 * at the value axis's automatic steps, each step labelled, and the years below the plot area. Excel
 * puts category labels where the value axis crosses 0 by default, so a negative first year (an
 * investment) would print its value on top of "2024". (tickLabelPosition is ExcelApi 1.7, which the
 * manifest requires.)
 */
function chartAxes(chart: Excel.Chart): void {
  chart.axes.valueAxis.majorGridlines.visible = true;
  chart.axes.categoryAxis.tickLabelPosition = "Low";
}

/** Long enough to gather the events of one paste or fill, short enough to feel live. */
const CHANGE_DEBOUNCE_MS = 200;

export function createOfficeWorkbookApi(options: OfficeWorkbookOptions = {}): WorkbookApi {
  const run: Run = options.run ?? (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
  let charts = 0;
  const chartName = options.chartName ?? (() => `Råderum ${Date.now()}-${++charts}`);
  const runIn: RunIn =
    options.runIn ??
    (<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>) =>
      Excel.run(context, batch));
  const onChange = (options.changeEventsSupported ?? changeEventsSupported)()
    ? changeSubscriber({
        run,
        runIn,
        debounceMs: options.changeDebounceMs ?? CHANGE_DEBOUNCE_MS,
        onError: options.onEventError ?? ((error) => console.warn("Råderum: no live updates from Excel", error)),
      })
    : undefined;

  const openWorkbook = (options.openWorkbookSupported ?? openWorkbookSupported)()
    ? workbookOpener(options.createWorkbook ?? ((base64) => Excel.createWorkbook(base64)))
    : undefined;

  // Each setter comes with the reader and restorer undo needs, under the same check.
  const validations = (options.listValidationSupported ?? listValidationSupported)()
    ? {
        setListValidation: listValidator(guarded, resolveRange),
        readValidation: validationReader(guarded, resolveRange),
        restoreValidation: validationRestorer(guarded, resolveRange),
      }
    : {};
  const pageSetup = (options.pageSetupSupported ?? pageSetupSupported)()
    ? {
        setPageSetup: pageSetter(guarded),
        readPageSetup: pageSetupReader(guarded),
        restorePageSetup: pageSetupRestorer(guarded),
      }
    : {};

  const readMerges = (options.mergedAreasSupported ?? mergedAreasSupported)() ? mergedAreaReader() : undefined;
  // Where Excel has no indents (before ExcelApi 1.9) blocks are written without them.
  const indent = (options.indentSupported ?? indentSupported)() ? indentLayout() : undefined;

  async function guarded<T>(subject: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await run(batch);
    } catch (error) {
      throw translate(error, subject);
    }
  }

  async function logSheet(context: Excel.RequestContext): Promise<Excel.Worksheet> {
    const existing = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
    existing.load("isNullObject");
    await context.sync();
    if (!loaded(existing.isNullObject, "isNullObject")) return existing;
    const sheet = context.workbook.worksheets.add(LOG_SHEET);
    sheet.visibility = "Hidden";
    sheet.getRange(`A1:${LAST_LOG_COLUMN}1`).values = [logHeader()];
    return sheet;
  }

  return {
    // Only present where Excel can tell: the interface says a missing onChange means "refresh on request".
    ...(onChange ? { onChange } : {}),
    // Likewise: a missing openWorkbook tells the pane to hand files over as a download only.
    ...(openWorkbook ? { openWorkbook } : {}),
    ...validations,
    ...pageSetup,
    ...((options.spillParentSupported ?? spillParentSupported)()
      ? { getSpillParent: spillParentReader(guarded, resolveRange) }
      : {}),

    getSelection: () =>
      guarded("selection", async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return loaded(range.address, "address");
      }),

    readRange: (addressOrName) =>
      guarded(subjectOf(addressOrName), async (context) => {
        const range = await resolveRange(context, addressOrName);
        // A range known to be small is read in one round trip; any other is measured first, then read by parts.
        let whole = knownCells(addressOrName) <= READ_CHUNK_CELLS;
        let merges = readMerges?.(range);
        const loadHead = async () => {
          range.load(whole ? RANGE_READ : RANGE_HEAD);
          try {
            await context.sync();
          } catch (error) {
            if (!merges || payloadTooLarge(error)) throw error;
            // Excel refuses the merged areas of a range with more than 512: read it without them.
            merges = undefined;
            range.load(whole ? RANGE_READ : RANGE_HEAD);
            await context.sync();
          }
        };
        try {
          await loadHead();
        } catch (error) {
          // Few cells, long texts: read by parts after all.
          if (!whole || !payloadTooLarge(error)) throw error;
          whole = false;
          merges = readMerges?.(range);
          await loadHead();
        }
        const address = loaded(range.address, "address");
        const read = rangeRead(address);
        const grids = whole
          ? {
              values: loaded(range.values, "values"),
              formulas: loaded(range.formulas, "formulas"),
              numberFormats: loaded(range.numberFormat, "numberFormat"),
            }
          : await readInChunks(context, range, rangeRows(read), rangeColumns(read));
        const values = grids.values as CellValue[][];
        const hidden = loaded(range.rowHidden, "rowHidden") as boolean | null;
        return {
          address,
          range: read,
          values,
          formulas: grids.formulas as CellInput[][],
          numberFormats: grids.numberFormats as string[][],
          hiddenRows: await hiddenRowsOf(context, range, values.length, hidden),
          ...(merges ? { merges: merges(read) } : {}),
        };
      }),

    select: (address) =>
      guarded(address, async (context) => {
        const range = await resolveRange(context, address);
        range.worksheet.activate();
        range.select();
        await context.sync();
      }),

    listNames: () =>
      guarded("names", async (context) => {
        const names = context.workbook.names;
        names.load("items/name,items/type,items/formula");
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const tableRanges = loaded(tables.items, "tables").map((table) => {
          const range = table.getRange();
          range.load("address");
          return { table, range };
        });
        await context.sync();
        const items: NamedItem[] = loaded(names.items, "names")
          .filter((n) => loaded(n.type, "type") === "Range")
          .map((n) => ({ name: loaded(n.name, "name"), kind: "name", address: String(n.formula).replace(/^=/, "") }));
        for (const { table, range } of tableRanges)
          items.push({ name: loaded(table.name, "name"), kind: "table", address: loaded(range.address, "address") });
        return items;
      }),

    listSheets: () =>
      guarded("sheets", async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await context.sync();
        return loaded(sheets.items, "worksheets")
          .filter((s) => loaded(s.visibility, "visibility") === "Visible")
          .map((s) => loaded(s.name, "name"));
      }),

    addSheet: (name) =>
      guarded(name, async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const taken = loaded(sheets.items, "worksheets").map((s) => loaded(s.name, "name"));
        let unique = name;
        for (let n = 2; taken.some((t) => sameSheet(t, unique)); n++) unique = `${name} (${n})`;
        const sheet = sheets.add(unique);
        sheet.load("name");
        await context.sync();
        return loaded(sheet.name, "name");
      }),

    deleteSheet: (name) =>
      guarded(name, async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("isNullObject");
        await context.sync();
        if (loaded(sheet.isNullObject, "isNullObject")) throw unknownSheet(name);
        sheet.delete();
        await context.sync();
      }),

    writeBlock: async (topLeft, block) => {
      // Outside the batch: a mis-shaped block is Råderum's fault, not something Excel refused.
      checkLayout(block);
      return guarded(subjectOf(topLeft), async (context) => {
        const rows = block.formulas.length;
        const columns = block.formulas[0]?.length ?? 0;
        const range = topLeftRange(context, topLeft, rows, columns);
        const chunks = writeChunks(block);
        range.load("address");
        for (const chunk of chunks) {
          const part =
            chunks.length === 1 ? range : range.getCell(chunk.first, 0).getResizedRange(chunk.count - 1, columns - 1);
          const rowsOf = sliceBlock(block, chunk);
          const text = block.restoring ? textUnderTextFormat(rowsOf) : undefined;
          if (text) {
            // Text under "@" first, then the cells' own formats (textUnderTextFormat.ts).
            part.numberFormat = text.before;
            part.formulas = text.formulas;
            part.numberFormat = rowsOf.numberFormats as string[][];
          } else {
            // Formats first: a number typed into a cell formatted as text would stay text.
            if (rowsOf.numberFormats) part.numberFormat = rowsOf.numberFormats;
            part.formulas = rowsOf.formulas;
          }
          queueLayout(part, rowsOf, indent);
          // One sync per part: a refused part leaves the earlier ones written, which SafeWriter puts back.
          await context.sync();
        }
        return loaded(range.address, "address");
      });
    },

    readLayout: (at, parts) =>
      guarded(subjectOf(at), async (context) => {
        const range = await resolveRange(context, at);
        const rows = at.end.row - at.start.row + 1;
        return readRangeLayout(context, range, rows, at.end.column - at.start.column + 1, parts, indent);
      }),

    addChart: (spec: ChartSpec) =>
      guarded(spec.sheet, async (context) => {
        const sheet = context.workbook.worksheets.getItem(spec.sheet);
        const first = spec.series[0];
        if (!first) throw new WorkbookError("emptyChart", spec.sheet);
        const chart = sheet.charts.add("Line", sheet.getRange(first.values), "Auto");
        const name = chartName();
        chart.name = name;
        chart.title.text = spec.title;
        chart.legend.position = "Bottom";
        const categories = sheet.getRange(spec.categories);
        spec.series.forEach((s, i) => {
          const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
          series.name = s.name;
          series.setValues(sheet.getRange(s.values));
          series.setXAxisValues(categories);
          if (s.dashed) series.format.line.lineStyle = "Dash";
          // Not Excel's colour by position: the plan and the result keep theirs in every chart.
          series.format.line.color = SERIES_COLOURS[s.role];
        });
        chartAxes(chart);
        chart.setPosition(spec.anchor);
        await context.sync();
        return name;
      }),

    removeChart: (sheetName, id) =>
      guarded(sheetName, async (context) => {
        context.workbook.worksheets.getItem(sheetName).charts.getItem(id).delete();
        await context.sync();
      }),

    appendLog: (entry) =>
      guarded(LOG_SHEET, async (context) => {
        const sheet = await logSheet(context);
        const used = sheet.getUsedRange(true);
        used.load(["rowIndex", "rowCount"]);
        await context.sync();
        const next = loaded(used.rowIndex, "rowIndex") + loaded(used.rowCount, "rowCount") + 1;
        sheet.getRange(`A${next}:${LAST_LOG_COLUMN}${next}`).values = [logRow(entry)];
        await context.sync();
      }),

    readLog: () =>
      guarded(LOG_SHEET, async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
        sheet.load("isNullObject");
        await context.sync();
        if (loaded(sheet.isNullObject, "isNullObject")) return [];
        const used = sheet.getUsedRange(true);
        used.load("values");
        await context.sync();
        return (loaded(used.values, "values") as CellInput[][])
          .slice(1)
          .map(parseLogRow)
          .filter((e) => e !== undefined);
      }),
  };
}
