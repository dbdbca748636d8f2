/** WorkbookApi over a MemoryWorkbook: what jest, the e2e tests and the playground hand to the wizards. */
import {
  fitsInSheet,
  formatRange,
  parseCell,
  parseRange,
  rangeFrom,
  splitSheet,
  type RangeRef,
} from "../../sheet/address";
import { unknownRange, WorkbookError } from "../../sheet/errors";
import {
  LOG_SHEET,
  type CellInput,
  type CellValue,
  type RangeLayout,
  type LogEntry,
  type PageSetup,
  type RangeData,
  type WorkbookApi,
  type WriteBlock,
} from "../../sheet/types";
import { LOG_COLUMNS, logHeader, logRow, parseLogRow } from "../../sheet/log";
import { checkLayout, LAYOUT_PARTS } from "../../sheet/blockLayout";
import { shownText } from "../../sheet/textCell";
import { FormulaError } from "./formula/values";
import type { MemoryWorkbook } from "./memoryWorkbook";
import { clearValidations, validationsIn } from "./validations";

export interface MemoryApiOptions {
  /**
   * Milliseconds a call waits, to make a slow Excel visible (progress indicators) in the playground.
   * Only the first call of a burst waits (see BURST_MS): Excel's own latency is per batch, and a
   * write of a dozen calls that each waited made the playground's writes take seconds.
   */
  delayMs?: number;
  /**
   * Told of each workbook openWorkbook would open in a new Excel window: there is no second window
   * here, so the playground shows a notice and tests assert on what arrived. A throw is Excel
   * refusing the file. Without it the API has no openWorkbook, like an Excel before ExcelApi 1.8.
   */
  onOpen?: (opened: OpenedWorkbook) => void;
}

/** A workbook handed to openWorkbook. */
export interface OpenedWorkbook {
  name: string;
  bytes: Uint8Array;
}

/** The first cell of a typed address ("Ark1!B2", or "Ark1!B2:C3" as written), with the sheet it names. */
function typedTopLeft(text: string): Pick<RangeRef, "sheet" | "start"> | undefined {
  const { sheet, local } = splitSheet(text);
  const start = parseCell(local.split(":")[0] ?? "");
  return start && { sheet, start };
}

/**
 * What Office.js's Range.formulas gives for a cell: its formula, else its value ("If a cell has no
 * formula, its value is returned instead"). Excel keeps the quote prefix apart from the text (VBA's
 * Range.PrefixCharacter; Office.js has no way to read it), so the text typed as "'6,8" reads as
 * "6,8" here as there: a reader that saw the apostrophe here would miss that Excel never shows it.
 */
function typedAsExcelReadsIt(input: CellInput): CellInput {
  return typeof input === "string" ? shownText(input) : input;
}

/** A call starting within this long after the previous one is part of the same operation. */
const BURST_MS = 250;

export function createMemoryWorkbookApi(workbook: MemoryWorkbook, options: MemoryApiOptions = {}): WorkbookApi {
  let lastCall = -Infinity;
  const pause = async (): Promise<void> => {
    if (!options.delayMs) return;
    const quiet = performance.now() - lastCall >= BURST_MS;
    lastCall = performance.now();
    if (!quiet) return;
    await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    lastCall = performance.now();
  };

  function resolve(addressOrName: string | RangeRef): RangeRef {
    const parsed = typeof addressOrName === "string" ? parseRange(addressOrName) : addressOrName;
    if (parsed) {
      const sheet = workbook.requireSheet(parsed.sheet ?? workbook.activeSheet()).name;
      return { ...parsed, sheet };
    }
    const named = workbook.resolveName((addressOrName as string).trim());
    if (named) return named;
    throw unknownRange(addressOrName as string);
  }

  function read(range: RangeRef): RangeData {
    const sheet = range.sheet as string;
    const values: CellValue[][] = [];
    const formulas: RangeData["formulas"] = [];
    const numberFormats: string[][] = [];
    for (let r = range.start.row; r <= range.end.row; r++) {
      const valueRow: CellValue[] = [];
      const formulaRow: RangeData["formulas"][number] = [];
      const formatRow: string[] = [];
      for (let c = range.start.column; c <= range.end.column; c++) {
        const value = workbook.value(sheet, r, c);
        valueRow.push(value instanceof FormulaError ? value.code : value);
        formulaRow.push(typedAsExcelReadsIt(workbook.input(sheet, r, c)));
        formatRow.push(workbook.format(sheet, r, c));
      }
      values.push(valueRow);
      formulas.push(formulaRow);
      numberFormats.push(formatRow);
    }
    const hiddenRows: boolean[] = [];
    for (let r = range.start.row; r <= range.end.row; r++) hiddenRows.push(workbook.rowHidden(sheet, r));
    // Relative to the range's top-left, as Office.js addresses them from the range read.
    const merges = workbook.mergesIn(sheet, range).map((m) => ({
      ...m,
      row: m.row - range.start.row,
      column: m.column - range.start.column,
    }));
    return { address: formatRange(range), range, values, formulas, numberFormats, hiddenRows, merges };
  }

  function write(at: string | RangeRef, block: WriteBlock): string {
    const topLeft = typeof at === "string" ? at : formatRange({ ...at, end: at.start });
    const start = typeof at === "string" ? typedTopLeft(at) : at;
    if (!start) throw unknownRange(topLeft);
    const cell = start.start;
    const sheet = workbook.requireSheet(start.sheet ?? workbook.activeSheet()).name;
    const rows = block.formulas.length;
    const columns = block.formulas[0]?.length ?? 0;
    const range = rangeFrom(cell, rows, columns, sheet);
    if (rows === 0 || columns === 0 || !fitsInSheet(range)) throw new WorkbookError("tooLarge", topLeft);
    checkLayout(block);
    workbook.batch(() => {
      block.formulas.forEach((row, r) =>
        row.forEach((input, c) =>
          workbook.setInput(sheet, cell.row + r, cell.column + c, input, block.numberFormats?.[r]?.[c]),
        ),
      );
      block.bold?.forEach((row, r) =>
        row.forEach((bold, c) => workbook.setBold(sheet, cell.row + r, cell.column + c, bold)),
      );
      block.columnWidths?.forEach((points, c) => workbook.setColumnWidth(sheet, cell.column + c, points));
      block.rowHeights?.forEach((points, r) => points !== null && workbook.setRowHeight(sheet, cell.row + r, points));
      block.formulas.forEach((row, r) =>
        row.forEach((_, c) =>
          workbook.setStyle(sheet, cell.row + r, cell.column + c, {
            alignment: block.horizontalAlignment?.[r]?.[c],
            bottomBorder: block.bottomBorder?.[r]?.[c],
            fontSize: block.fontSize?.[r]?.[c],
            indentLevel: block.indentLevel?.[r]?.[c],
            wrapText: block.wrapText?.[r]?.[c],
          }),
        ),
      );
    });
    return formatRange(range);
  }

  function logSheet(): string {
    const existing = workbook.sheet(LOG_SHEET);
    if (existing) return existing.name;
    const sheet = workbook.addSheet(LOG_SHEET);
    sheet.hidden = true;
    write(`'${sheet.name}'!A1`, { formulas: [logHeader()] });
    return sheet.name;
  }

  function openWith(onOpen: (opened: OpenedWorkbook) => void) {
    return async (bytes: Uint8Array, name: string): Promise<void> => {
      await pause();
      // A copy: Excel reads the file once, so a caller reusing its buffer must not change what was opened.
      onOpen({ name, bytes: bytes.slice() });
    };
  }

  return {
    async getSelection() {
      await pause();
      const selection = workbook.selection;
      return formatRange({ ...selection, sheet: selection.sheet ?? workbook.activeSheet() });
    },
    async readRange(addressOrName) {
      await pause();
      return read(resolve(addressOrName));
    },
    async getSpillParent(address) {
      await pause();
      const range = resolve(address);
      const sheet = workbook.requireSheet(range.sheet as string).name;
      const anchor = workbook.spillParent(sheet, range.start.row, range.start.column);
      return anchor ? formatRange({ sheet, start: anchor, end: anchor }) : null;
    },
    async select(address) {
      await pause();
      const range = resolve(address);
      workbook.selection = range;
      workbook.touch();
    },
    async listNames() {
      await pause();
      return workbook.namedItems();
    },
    async listSheets() {
      await pause();
      return workbook.sheets.filter((s) => !s.hidden).map((s) => s.name);
    },
    async addSheet(name) {
      await pause();
      return workbook.addSheet(name).name;
    },
    async deleteSheet(name) {
      await pause();
      workbook.deleteSheet(name);
    },
    async writeBlock(topLeft, block) {
      await pause();
      return write(topLeft, block);
    },
    async readLayout(at, parts = LAYOUT_PARTS) {
      await pause();
      const range = resolve(at);
      const sheet = range.sheet as string;
      const grid = <T>(read: (row: number, column: number) => T): T[][] => {
        const rows: T[][] = [];
        for (let r = range.start.row; r <= range.end.row; r++) {
          const row: T[] = [];
          for (let c = range.start.column; c <= range.end.column; c++) row.push(read(r, c));
          rows.push(row);
        }
        return rows;
      };
      const columnWidths: number[] = [];
      for (let c = range.start.column; c <= range.end.column; c++) columnWidths.push(workbook.columnWidth(sheet, c));
      const all = {
        bold: () => grid((r, c) => workbook.bold(sheet, r, c)),
        columnWidths: () => columnWidths,
        horizontalAlignment: () => grid((r, c) => workbook.alignment(sheet, r, c)),
        bottomBorder: () => grid((r, c) => workbook.bottomBorder(sheet, r, c)),
        fontSize: () => grid((r, c) => workbook.fontSize(sheet, r, c)),
        indentLevel: () => grid((r, c) => workbook.indentLevel(sheet, r, c)),
        wrapText: () => grid((r, c) => workbook.wrapText(sheet, r, c)),
        rowHeights: () => {
          const heights: number[] = [];
          for (let r = range.start.row; r <= range.end.row; r++) heights.push(workbook.rowHeight(sheet, r));
          return heights;
        },
      };
      const layout: RangeLayout = {};
      for (const part of parts) Object.assign(layout, { [part]: all[part]() });
      return layout;
    },
    async setListValidation({ address, choices }) {
      await pause();
      const range = resolve(address);
      const sheet = workbook.requireSheet(range.sheet ?? workbook.activeSheet());
      // As in Excel, the new list replaces whatever validation the cells had.
      clearValidations(sheet, range);
      sheet.validations.push({ range: { ...range, sheet: sheet.name }, choices: [...choices] });
      workbook.touch();
    },
    async readValidation(address) {
      await pause();
      const range = resolve(address);
      const sheet = workbook.requireSheet(range.sheet ?? workbook.activeSheet());
      return { address, state: validationsIn(sheet, range) };
    },
    async restoreValidation({ address, state }) {
      await pause();
      const range = resolve(address);
      const sheet = workbook.requireSheet(range.sheet ?? workbook.activeSheet());
      clearValidations(sheet, range);
      sheet.validations.push(...structuredClone(state as ReturnType<typeof validationsIn>));
      workbook.touch();
    },
    async setPageSetup(sheet, setup) {
      await pause();
      workbook.requireSheet(sheet).pageSetup = structuredClone(setup);
      workbook.touch();
    },
    async readPageSetup(sheet) {
      await pause();
      return { sheet, state: structuredClone(workbook.requireSheet(sheet).pageSetup) };
    },
    async restorePageSetup({ sheet, state }) {
      await pause();
      workbook.requireSheet(sheet).pageSetup = structuredClone(state as PageSetup | undefined);
      workbook.touch();
    },
    async addChart(spec) {
      await pause();
      return workbook.addChart(spec).id;
    },
    async removeChart(sheet, id) {
      await pause();
      workbook.removeChart(sheet, id);
    },
    async appendLog(entry: LogEntry) {
      await pause();
      const sheet = logSheet();
      write(`'${sheet}'!A${workbook.requireSheet(sheet).extent().rows + 1}`, { formulas: [logRow(entry)] });
    },
    onChange(listener) {
      return workbook.subscribe(listener);
    },
    ...(options.onOpen ? { openWorkbook: openWith(options.onOpen) } : {}),
    async readLog() {
      await pause();
      const sheet = workbook.sheet(LOG_SHEET);
      if (!sheet) return [];
      const { rows } = sheet.extent();
      const data = read({
        sheet: sheet.name,
        start: { row: 1, column: 0 },
        end: { row: Math.max(rows - 1, 1), column: LOG_COLUMNS - 1 },
      });
      return data.formulas.map(parseLogRow).filter((e): e is LogEntry => e !== undefined);
    },
  };
}
