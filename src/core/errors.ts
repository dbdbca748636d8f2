/** The Excel error a user-caused problem shows as. */
export type ErrorKind = "invalidValue" | "divisionByZero" | "notAvailable";

/** What a range that is not a filled rectangle, or a cell that is not finite, is told. */
export const EMPTY_RANGE = "is empty. Select at least one cell.";
export const RAGGED_RANGE = "has rows of different lengths. Select a rectangular range.";
export const NOT_FINITE = "not a usable number. Type a finite number.";

/** 1-based position of a cell inside the range that was passed as an argument. */
export interface CellPosition {
  row: number;
  column: number;
}

/**
 * The one error type for anything a user can cause. The message is complete and user-facing:
 * it starts with the argument name, names the cell where there is one, and says how to mend it.
 */
export class InputError extends Error {
  readonly argument: string;
  readonly cell: CellPosition | undefined;
  readonly kind: ErrorKind;

  constructor(
    argument: string,
    detail: string,
    options: { cell?: CellPosition; where?: string; kind?: ErrorKind } = {},
  ) {
    const where = options.where ? `${options.where} ` : "";
    super(`${argument}: ${where}${detail}`);
    this.name = "InputError";
    this.argument = argument;
    this.cell = options.cell;
    this.kind = options.kind ?? "invalidValue";
  }
}

/** How a cell is named in a message, given the shape of its range: "row 3", "column 2", "row 3, column 2". */
export function cellLabel(rows: number, columns: number, row: number, column: number): string {
  if (rows === 1 && columns === 1) return "";
  if (columns === 1) return `row ${row}`;
  if (rows === 1) return `column ${column}`;
  return `row ${row}, column ${column}`;
}

/** Where cell i of a vector sits, for messages: "row 3" in a column, "column 3" in a row. */
export function vectorLabel(layout: "row" | "column", length: number, index: number): string {
  return layout === "column" ? cellLabel(length, 1, index + 1, 1) : cellLabel(1, length, 1, index + 1);
}
