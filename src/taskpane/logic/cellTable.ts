/**
 * A table the user pointed at, read as an economist lays it out: an optional header row, an
 * optional first column of names, then columns of numbers. Every cell that should be a number and
 * is not is reported with its own address (Nøgle!B4), so the user can find and mend it.
 */
import { InputError } from "../../core";
import { isBlank, readNumber } from "../../functions/cells";
import { cellAddress, rangeColumns, subRange, formatRange } from "../../sheet/address";
import type { CellValue, RangeData } from "../../sheet/types";
import type { Text } from "../wizards/contract";
import { UserError } from "./text";

export interface ReadTable {
  /** The header row's texts, when the first row is a header. */
  header: string[] | undefined;
  /** One per data row: the first column's text, or "1", "2", … when the table has no name column. */
  names: string[];
  /** One array per number column, one entry per data row; blank is null. */
  columns: (number | null)[][];
  /** Address of each number column without its header, e.g. "Nøgle!B2:B7". */
  columnAddresses: string[];
  /** Address of the name column without its header, when there is one. */
  namesAddress: string | undefined;
}

function isNumberLike(value: CellValue): boolean {
  if (typeof value === "number") return true;
  try {
    return typeof value === "string" && !isBlank(value) && readNumber(value, "x") !== null;
  } catch {
    return false;
  }
}

function describe(value: CellValue): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A cell read as a number (null when blank), or a UserError naming the input and the cell. */
export function readCellNumber(value: CellValue, what: Text, address: string): number | null {
  try {
    return readNumber(value, "value");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new UserError({
      da: `${what.da}: ${address} indeholder ${describe(value)}, som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.`,
      en: `${what.en}: ${address} holds ${describe(value)}, which is not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.`,
    });
  }
}

/**
 * Reads `numberColumns` columns of numbers; a column before them, when the range is wider, holds the
 * names. The first row is a header when none of its number cells holds a number but some holds text.
 */
export function readTable(data: RangeData, numberColumns: number, what: readonly Text[]): ReadTable {
  const range = data.range;
  const width = rangeColumns(range);
  if (width < numberColumns) {
    throw new UserError({
      da: `${what[0]?.da ?? "Tabellen"}: ${data.address} har ${width} kolonne(r); der skal være ${numberColumns} med tal, gerne med navne i kolonnen før.`,
      en: `${what[0]?.en ?? "The table"}: ${data.address} has ${width} column(s); it needs ${numberColumns} of numbers, preferably with names in the column before.`,
    });
  }
  const hasNames = width > numberColumns;
  const first = hasNames ? 1 : 0;
  const firstRow = data.values[0] ?? [];
  const numberCells = firstRow.slice(first, first + numberColumns);
  const hasHeader =
    data.values.length > 1 &&
    numberCells.every((v) => !isNumberLike(v)) &&
    numberCells.some((v) => typeof v === "string" && v.trim() !== "");
  const top = hasHeader ? 1 : 0;
  const rows = data.values.length - top;
  if (rows < 1) {
    throw new UserError({
      da: `${what[0]?.da ?? "Tabellen"}: ${data.address} har ingen rækker under overskriften.`,
      en: `${what[0]?.en ?? "The table"}: ${data.address} has no rows below its header.`,
    });
  }
  const names: string[] = [];
  const columns: (number | null)[][] = Array.from({ length: numberColumns }, () => []);
  for (let r = top; r < data.values.length; r++) {
    const row = data.values[r] ?? [];
    names.push(hasNames ? String(row[0] ?? "").trim() || String(r - top + 1) : String(r - top + 1));
    for (let c = 0; c < numberColumns; c++) {
      const value = row[first + c] ?? "";
      const label = what[c] ?? what[0] ?? { da: "Tabellen", en: "The table" };
      (columns[c] as (number | null)[]).push(readCellNumber(value, label, cellAddress(range, r, first + c)));
    }
  }
  return {
    header: hasHeader ? firstRow.map((v) => String(v)) : undefined,
    names,
    columns,
    columnAddresses: columns.map((_, c) => formatRange(subRange(range, top, first + c, rows, 1))),
    namesAddress: hasNames ? formatRange(subRange(range, top, 0, rows, 1)) : undefined,
  };
}
