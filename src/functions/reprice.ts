import { InputError, readRateTable, reprice, shapeOf } from "../core";
import type { RepriceInput } from "../core/reprice";
import { typesShape } from "../core/messages";
import { asGrid, isBlank, numbersAsGiven, readGridOrZero, readScalar } from "./cells";
import { isOmitted } from "./grid";
import { refuseOversizedShape } from "./payload";

/** The kind of each line, beside amounts; null where blank (the first kind). */
function readTypes(types: unknown, rows: number): (string | null)[] | null {
  if (isOmitted(types)) return null;
  const grid = asGrid(types);
  const shape = shapeOf(grid);
  if (shape.columns !== 1 || shape.rows !== rows) throw new InputError("types", typesShape, [shape, rows]);
  return grid.map((row) => (isBlank(row[0]) ? null : String(row[0])));
}

/** REPRICE's arguments read as the function reads them (the Forklar wizard reads them so too). */
export function readRepriceInput(
  amounts: unknown,
  fromYear: unknown,
  toYear: unknown,
  index: unknown,
  types: unknown,
  decimals: unknown,
): RepriceInput {
  const grid = asGrid(amounts);
  const { rows, columns } = shapeOf(grid);
  refuseOversizedShape(rows, columns);
  return {
    amounts: numbersAsGiven(grid) ?? readGridOrZero(grid, "amounts"),
    fromYear: readScalar(fromYear, "fromYear"),
    toYear: readScalar(toYear, "toYear"),
    index: readRateTable(asGrid(index), "index"),
    types: readTypes(types, rows),
    decimals: readScalar(decimals, "decimals", 0),
  };
}

/** REPRICE: the amounts at toYear's price level, each column adding up exactly. */
export function repriceCells(
  amounts: unknown,
  fromYear: unknown,
  toYear: unknown,
  index: unknown,
  types: unknown,
  decimals: unknown,
): number[][] {
  return reprice(readRepriceInput(amounts, fromYear, toYear, index, types, decimals));
}
