/** A1 addresses: parsing, printing and small arithmetic on them. Rows and columns are 0-based here. */

export interface CellRef {
  row: number;
  column: number;
}

export interface RangeRef {
  /** undefined when the text named no sheet. */
  sheet: string | undefined;
  start: CellRef;
  end: CellRef;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(text: string): CellRef | undefined {
  const match = CELL.exec(text.trim());
  if (!match) return undefined;
  const column = columnIndex(match[1] as string);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return undefined;
  return { row, column };
}

/** Splits "Sheet!A1:B2" or "'My sheet'!A1" into the sheet name (unquoted) and the rest. */
export function splitSheet(text: string): { sheet: string | undefined; local: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < trimmed.length) {
      const ch = trimmed[i] as string;
      if (ch === "'") {
        if (trimmed[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (trimmed[i + 1] !== "!") return { sheet: undefined, local: trimmed };
    return { sheet: name, local: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, local: trimmed };
  return { sheet: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
}

/** Parses "A1", "$B$2:C7", "Nøgle!B2:B7", "'Min plan'!A1"; undefined for anything else (e.g. a name). */
export function parseRange(text: string): RangeRef | undefined {
  const { sheet, local } = splitSheet(text);
  const parts = local.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0] ?? "");
  const b = parts.length === 2 ? parseCell(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  return {
    sheet,
    start: { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) },
    end: { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) },
  };
}

/** A sheet name as a formula or address needs it: quoted unless it is a plain word. */
export function quoteSheet(sheet: string): string {
  const plain = /^[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F.]*$/.test(sheet) && !parseCell(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellName(cell: CellRef): string {
  return `${columnName(cell.column)}${cell.row + 1}`;
}

export function formatRange(range: RangeRef): string {
  const local =
    range.start.row === range.end.row && range.start.column === range.end.column
      ? cellName(range.start)
      : `${cellName(range.start)}:${cellName(range.end)}`;
  return range.sheet === undefined ? local : `${quoteSheet(range.sheet)}!${local}`;
}

/** The address of one cell inside a range, e.g. the cell a message must name. */
export function cellAddress(range: RangeRef, rowOffset: number, columnOffset: number): string {
  const cell = { row: range.start.row + rowOffset, column: range.start.column + columnOffset };
  return formatRange({ sheet: range.sheet, start: cell, end: cell });
}

/** The range of `rows` × `columns` cells whose top-left cell is `topLeft`. */
export function rangeFrom(topLeft: CellRef, rows: number, columns: number, sheet: string | undefined): RangeRef {
  return {
    sheet,
    start: topLeft,
    end: { row: topLeft.row + rows - 1, column: topLeft.column + columns - 1 },
  };
}

/** A part of a range, by 0-based offsets within it. */
export function subRange(
  range: RangeRef,
  rowOffset: number,
  columnOffset: number,
  rows: number,
  columns: number,
): RangeRef {
  return rangeFrom(
    { row: range.start.row + rowOffset, column: range.start.column + columnOffset },
    rows,
    columns,
    range.sheet,
  );
}

export function rangeRows(range: RangeRef): number {
  return range.end.row - range.start.row + 1;
}

export function rangeColumns(range: RangeRef): number {
  return range.end.column - range.start.column + 1;
}

export function fitsInSheet(range: RangeRef): boolean {
  return range.start.row >= 0 && range.start.column >= 0 && range.end.row < MAX_ROWS && range.end.column < MAX_COLUMNS;
}

/** The same sheet name, whether or not one side was quoted or typed in another case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("da") === b.toLocaleLowerCase("da");
}
