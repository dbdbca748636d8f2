/**
 * What the reader of tables as people make them tells its users: the role of every row, and in
 * codes with parameters (rendered in both languages by the pane) what it inferred and what it must
 * ask. Addresses are printed with their sheet ("Nøgle!A8") where the reader knew the range.
 */

export type RowKind =
  | "title"
  | "heading"
  | "units"
  | "data"
  | "total"
  | "subtotal"
  | "blank"
  | "label"
  | "footnote"
  /** A hidden row the user chose to leave out. */
  | "hidden";

export interface RowRole {
  kind: RowKind;
  /** The row is hidden in the sheet (by hand, a filter or a collapsed outline). */
  hidden: boolean;
  /** The row's name (the names column), trimmed; "" when it has none. */
  label: string;
  /** For a data row: the group it belongs to (a group column, a merged label, or a label row above). */
  group?: string;
}

/** Something the reader decided on its own, which the preview must say. */
export type Inference =
  | { code: "totalRowLeftOut"; row: string; label: string; bySum: boolean }
  | { code: "subtotalRowLeftOut"; row: string; label: string; bySum: boolean }
  | { code: "blankRowsLeftOut"; first: string; last: string; count: number }
  | { code: "titleRowLeftOut"; row: string; label: string }
  | { code: "headingRows"; first: string; count: number }
  | { code: "unitsRowLeftOut"; row: string; label: string }
  | { code: "footnoteLeftOut"; row: string; label: string }
  | { code: "labelRowLeftOut"; row: string; label: string }
  | { code: "blankReadAsZero"; cells: string[]; names: string[] }
  | { code: "hiddenRowsIncluded"; rows: string[] }
  | { code: "hiddenRowsLeftOut"; rows: string[] }
  | { code: "mergedGroupLabel"; cell: string; label: string; rows: number }
  | { code: "namesFromColumn"; column: string; groups: string | undefined }
  /** The data rows are not together, so a formula is given their values, not their cells. */
  | { code: "valuesNotCells"; range: string };

/** What the reader cannot decide; nothing is computed until the user answers. */
export type Question =
  | { code: "hiddenRows"; id: string; rows: string[]; labels: string[] }
  | { code: "sumRowWithName"; id: string; row: string; label: string }
  | { code: "labelOrZero"; id: string; row: string; label: string };

/** The answers a question's `id` takes. */
export const ANSWERS: Record<Question["code"], readonly string[]> = {
  hiddenRows: ["include", "leaveOut"],
  sumRowWithName: ["total", "data"],
  labelOrZero: ["zero", "label"],
};

/** The user's answers so far, by question id. */
export type Answers = Readonly<Record<string, string>>;
