/**
 * One sheet "Bilag" for office-addin-mock whose every range is the same 2 × 3 range, answering
 * format questions from the rows, columns and cells given: what the layout tests of the Office.js
 * adapter (bold and widths; alignment, borders and font size; indents; wrap and row heights) read and
 * write through.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";

export type MockData = Record<string, unknown>;

export interface SheetParts {
  /** By row index. */
  rows: MockData;
  /** By column index. */
  columns: MockData;
  /** By "row_column". */
  cells: MockData;
}

export interface SheetRecorder {
  /** Cells the adapter asked for one by one, as "row_column". */
  cellsAsked: string[];
  /** Addresses the adapter asked the sheet for. */
  requested?: string[];
}

export function bilagSheetMock(
  { rows, columns, cells }: SheetParts,
  recorder: SheetRecorder,
  options: { indentSupported?: boolean; rangeFormat?: MockData } = {},
) {
  const data: MockData = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: {
              address: "Bilag!A1:C2",
              formulas: [],
              numberFormat: [],
              rows,
              columns,
              cells,
              ...(options.rangeFormat ? { format: options.rangeFormat } : {}),
              getResizedRange(this: MockData) {
                return this;
              },
              getRow(this: { rows: MockData }, r: number) {
                return this.rows[r];
              },
              getColumn(this: { columns: MockData }, c: number) {
                return this.columns[c];
              },
              getCell(this: { cells: MockData }, r: number, c: number) {
                recorder.cellsAsked.push(`${r}_${c}`);
                return this.cells[`${r}_${c}`];
              },
            },
            getRange(this: MockData, address: string) {
              recorder.requested?.push(address);
              return this.range;
            },
          },
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
  const root = new OfficeMockObject(data) as unknown as MockData & {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  const api = createOfficeWorkbookApi({
    run: (batch) => root.run(batch),
    changeEventsSupported: () => false,
    indentSupported: () => options.indentSupported ?? false,
  });
  const sheet = (((root.context as MockData).workbook as MockData).worksheets as MockData).sheet as MockData;
  return { api, range: sheet.range as MockData };
}
