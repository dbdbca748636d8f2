/** The Excel error a user-caused problem shows as. */
export type ErrorKind = "invalidValue" | "divisionByZero" | "notAvailable";

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
