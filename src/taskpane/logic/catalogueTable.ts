/**
 * A block of a catalogue as economists lay it out: programme names in the first column, years in
 * the first row (the top-left cell often holds a title such as "Gevinster"), amounts below. Every
 * cell that should be an amount and is not is reported with its own address.
 */
import { cellAddress, formatRange, rangeColumns, rangeRows, subRange, type RangeRef } from "../../sheet/address";
import type { CellValue, RangeData } from "../../sheet/types";
import { readCellNumber } from "./cellTable";
import { parseNumberText } from "../../core";
import { UserError } from "./text";
import type { Text } from "../wizards/contract";

export interface CatalogueBlock {
  address: string;
  names: string[];
  /** The year headings when the block has a heading row. */
  years: string[] | undefined;
  /** Programmes × years; blank is 0. */
  cells: number[][];
  /** Programmes × years as given; blank is null (a realisation not yet reported is not 0). */
  given: (number | null)[][];
  /** The amounts without names and headings: what a live formula refers to. */
  amounts: RangeRef;
  /** The same, printed: "Katalog!B2:E4". */
  amountsAddress: string;
  /** Address of amount (programme, year), for messages. */
  cellAt: (programme: number, year: number) => string;
}

function isText(value: CellValue | undefined): boolean {
  return typeof value === "string" && value.trim() !== "" && parseNumberText(value) === undefined;
}

/** Consecutive whole years such as 2024 2025 2026: a heading row, although its cells are numbers. */
function isYearRow(cells: readonly CellValue[]): boolean {
  const years = cells.map((v) => (typeof v === "number" ? v : typeof v === "string" ? parseNumberText(v) : undefined));
  return (
    years.length > 0 &&
    years.every(
      (y, i) =>
        y !== undefined &&
        Number.isInteger(y) &&
        y >= 1900 &&
        y <= 2200 &&
        (i === 0 || y === (years[i - 1] as number) + 1),
    )
  );
}

export function readCatalogueBlock(data: RangeData, what: Text): CatalogueBlock {
  const range = data.range;
  const rows = rangeRows(range);
  const hasNames = data.values.slice(rows > 1 ? 1 : 0).some((row) => isText(row[0]));
  const first = hasNames ? 1 : 0;
  const firstRow = (data.values[0] ?? []).slice(first);
  const hasHeader = rows > 1 && (firstRow.some(isText) || isYearRow(firstRow));
  const top = hasHeader ? 1 : 0;
  const years = rangeColumns(range) - first;
  if (years < 1 || rows - top < 1)
    throw new UserError({
      da: `${what.da}: ${data.address} har ingen beløb. Vælg indsatserne med navne i første kolonne og årstal øverst, fx Katalog!A1:E4.`,
      en: `${what.en}: ${data.address} holds no amounts. Select the programmes with names in the first column and years at the top, e.g. Katalog!A1:E4.`,
    });
  const cellAt = (p: number, y: number) => cellAddress(range, top + p, first + y);
  const given = data.values
    .slice(top)
    .map((row, p) => Array.from({ length: years }, (_, y) => readCellNumber(row[first + y] ?? "", what, cellAt(p, y))));
  const cells = given.map((row) => row.map((v) => v ?? 0));
  const amounts = subRange(range, top, first, rows - top, years);
  return {
    address: data.address,
    names: data.values.slice(top).map((row, p) => (hasNames ? String(row[0] ?? "").trim() : "") || String(p + 1)),
    years: hasHeader ? firstRow.map((v) => String(v)) : undefined,
    cells,
    given,
    amounts,
    amountsAddress: formatRange(amounts),
    cellAt,
  };
}
