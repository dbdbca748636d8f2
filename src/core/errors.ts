/** The Excel error a user-caused problem shows as. */
export type ErrorKind = "invalidValue" | "divisionByZero" | "notAvailable";

/** What a node is called: a text or a number, as typed in its cell. */
export type Id = string | number;

/**
 * Where in a range a message points: a 1-based row and column, 0 where not named (a column has
 * only rows, a row only columns). An id names the node of a tree's row. Kept as numbers so that
 * each language names the cell in its own words.
 */
export type Place = readonly [row: number, column?: number, id?: Id | null];

/**
 * The one error type for anything a user can cause. It is a code and its parameters: `text` is
 * the English sentence's renderer (src/core/messages.ts), and that renderer's identity is the code,
 * so the Danish catalogue (src/text/inputErrors.ts) finds its own sentence without a code string
 * in the functions bundle. The message is the English one the cells show: the argument, the place
 * when there is one, and the sentence that says how to mend it.
 */
class CodedInputError extends Error {
  constructor(
    readonly argument: string,
    /** The English renderer, typed loosely here; the constructor's signature below ties it to the params. */
    readonly text: (...params: never) => string,
    readonly params: readonly unknown[],
    readonly at?: Place,
    readonly kind: ErrorKind = "invalidValue",
  ) {
    super(`${argument}: ${at ? `${placeText(at)} ` : ""}${(text as (...p: readonly unknown[]) => string)(...params)}`);
    this.name = "InputError";
  }
}

/** `new InputError(argument, renderer, params, at?, kind?)`, where params must be the renderer's parameters. */
interface InputErrorConstructor {
  new <P extends readonly unknown[]>(
    argument: string,
    text: (...params: P) => string,
    params: P,
    at?: Place,
    kind?: ErrorKind,
  ): CodedInputError;
  readonly prototype: CodedInputError;
}

export type InputError = CodedInputError;
export const InputError = CodedInputError as InputErrorConstructor;

/** How an id is shown in a message: 4711, or "Skoler" in quotes. */
export function shownId(id: Id): string {
  return typeof id === "number" ? String(id) : `"${id.trim()}"`;
}

/** "row 3", "column 2", "row 3, column 2", `row 3 ("Skoler")`: a place in English. */
export function placeText([row, column, id]: Place): string {
  const cell = row ? (column ? `row ${row}, column ${column}` : `row ${row}`) : `column ${column}`;
  return id == null ? cell : `${cell} (${shownId(id)})`;
}

/** The place of a cell given the shape of its range: none in a single cell, else its row and/or column. */
export function cellLabel(rows: number, columns: number, row: number, column: number): Place | undefined {
  if (rows === 1 && columns === 1) return undefined;
  return columns === 1 ? [row] : rows === 1 ? [0, column] : [row, column];
}

/** Where cell i of a vector sits: its row in a column, its column in a row. */
export function vectorLabel(layout: "row" | "column", length: number, index: number): Place | undefined {
  return layout === "column" ? cellLabel(length, 1, index + 1, 1) : cellLabel(1, length, 1, index + 1);
}
