/**
 * Which formula's array result covers which empty cell of one sheet, found in time linear in the
 * sheet. A cell shows a spill from a formula above or to the left of it, so the formulas are kept
 * per column in row order with a cursor: reading a cell evaluates the formulas above-left of it
 * that no earlier read has evaluated, and each result that spills records the cells it covers.
 * The index is made again after every change to the workbook (results may change with any cell).
 */
import type { CellRef } from "../../sheet/address";
import type { Matrix } from "./formula/values";

interface FormulaColumn {
  column: number;
  /** Rows of the formula cells in this column, ascending. */
  rows: number[];
  /** How many of them have been evaluated (or are being evaluated). */
  next: number;
}

interface StoredInput {
  input?: unknown;
}

const key = (row: number, column: number): string => `${row}:${column}`;

export class SpillIndex {
  /** Columns holding formulas, left to right. */
  private readonly columns: FormulaColumn[];
  private readonly owners = new Map<string, CellRef>();
  private readonly blockedAt = new Map<string, boolean>();

  constructor(private readonly cells: ReadonlyMap<string, StoredInput>) {
    const byColumn = new Map<number, number[]>();
    for (const [k, cell] of cells) {
      if (typeof cell.input !== "string" || !cell.input.startsWith("=")) continue;
      const [row, column] = k.split(":").map(Number) as [number, number];
      const rows = byColumn.get(column);
      if (rows) rows.push(row);
      else byColumn.set(column, [row]);
    }
    this.columns = [...byColumn.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, rows]) => ({ column, rows: rows.sort((a, b) => a - b), next: 0 }));
  }

  /** Evaluates (through `evaluate`) every formula at or above `row` in columns at or left of `column` not yet evaluated. */
  evaluateUpTo(row: number, column: number, evaluate: (row: number, column: number) => void): void {
    for (const formulas of this.columns) {
      if (formulas.column > column) break;
      // The cursor moves before the call: evaluating one formula may read cells that move it further.
      while (formulas.next < formulas.rows.length && (formulas.rows[formulas.next] as number) <= row)
        evaluate(formulas.rows[formulas.next++] as number, formulas.column);
    }
  }

  /** Records the cells a formula's multi-cell result covers, unless a typed cell blocks it (#SPILL!). */
  register(row: number, column: number, result: Matrix): void {
    if (this.blocked(row, column, result)) return;
    const anchor = { row, column };
    result.forEach((cells, r) =>
      cells.forEach((_, c) => {
        const k = key(row + r, column + c);
        // The first formula to claim a cell keeps it, as a cell can show only one spill.
        if ((r > 0 || c > 0) && !this.owners.has(k)) this.owners.set(k, anchor);
      }),
    );
  }

  /** The formula whose result covers an empty cell, once the formulas above-left of it were evaluated. */
  ownerOf(row: number, column: number): CellRef | undefined {
    return this.owners.get(key(row, column));
  }

  /** Whether a typed cell stands where a formula's result would spill. */
  blocked(row: number, column: number, result: Matrix): boolean {
    const k = key(row, column);
    let found = this.blockedAt.get(k);
    if (found === undefined) {
      found = false;
      for (let r = 0; r < result.length && !found; r++)
        for (let c = 0; c < (result[0]?.length ?? 0); c++)
          if ((r > 0 || c > 0) && this.cells.get(key(row + r, column + c))?.input !== undefined) {
            found = true;
            break;
          }
      this.blockedAt.set(k, found);
    }
    return found;
  }
}
