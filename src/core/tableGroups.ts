/**
 * ROUNDTABLE's `groups`: one label per row of the table (e.g. each proposal's department), read
 * into runs of rows that each get a subtotal row. Labels are matched as HIERARCHY matches ids
 * (trimmed, case ignored, the number 4711 and the text "4711" alike). A blank label keeps the
 * group above, because a department written once over its rows, or merged down them (Excel
 * keeps a merged cell's value in its first cell only), reads as blanks below the first row.
 */
import { InputError, type Id } from "./errors";
import { firstLabelBlank, groupReturns, groupsShape, notALabel } from "./messages";
import type { RowGroups } from "./tableParts";
import { idKey } from "./tree";

const ARGUMENT = "groups";

/** The groups in order: each one's label as first given and its rows [first, end). */
export interface TableGroups extends RowGroups {
  labels: Id[];
  first: number[];
  end: number[];
}

function isBlankLabel(label: unknown): boolean {
  return label === null || label === undefined || (typeof label === "string" && label.trim() === "");
}

/** The labels of a table's `rows` rows read into groups; an InputError names the row that breaks the rules. */
export function readGroups(labels: readonly (Id | null | undefined)[], rows: number): TableGroups {
  if (labels.length !== rows) throw new InputError(ARGUMENT, groupsShape, [{ rows: labels.length, columns: 1 }, rows]);
  const of = new Int32Array(rows);
  const out: TableGroups = { of, count: 0, labels: [], first: [], end: [] };
  const seen = new Map<string, number>();
  let current = "";
  labels.forEach((label, r) => {
    if (isBlankLabel(label)) {
      if (r === 0) throw new InputError(ARGUMENT, firstLabelBlank, [], [1]);
      of[r] = out.count - 1;
      return;
    }
    if (!(typeof label === "string" || (typeof label === "number" && Number.isFinite(label)))) {
      throw new InputError(ARGUMENT, notALabel, [label], [r + 1]);
    }
    const key = idKey(label);
    if (r > 0 && key === current) {
      of[r] = out.count - 1;
      return;
    }
    const before = seen.get(key);
    if (before !== undefined) {
      const between = out.labels[out.count - 1] as Id;
      throw new InputError(ARGUMENT, groupReturns, [out.end[before] as number, between], [r + 1, 0, label]);
    }
    if (out.count > 0) out.end[out.count - 1] = r;
    seen.set(key, out.count);
    out.labels.push(typeof label === "string" ? label.trim() : label);
    out.first.push(r);
    out.end.push(rows);
    of[r] = out.count;
    out.count++;
    current = key;
  });
  return out;
}
