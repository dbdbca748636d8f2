/**
 * What reading a proposal catalogue decided on its own, for the preview to say: the rows it passed
 * over (a title, blanks, totals, a units row), blanks read as 0, numbers typed as text, spaces
 * trimmed and the columns it does not read. The row codes are the table reader's, so the pane words
 * them as it words every other wizard's; the rest are the catalogue's own.
 */
import type { Inference } from "../sheet/tableShape";

/** What only the catalogue reader says; every cell is an address with its sheet ("Forslag!C5"). */
export type CatalogueOnlyInference =
  /** Amounts typed as text ("1,5", "2 %"), read as the numbers `values`. */
  | { code: "numbersFromText"; cells: string[]; texts: string[]; values: number[] }
  /** Department or title cells with spaces before or after, read without them. */
  | { code: "spacesTrimmed"; cells: string[]; texts: string[] }
  /** Heading cells that are neither department, title nor a year: their columns are not read. */
  | { code: "columnsNotRead"; cells: string[]; labels: string[] };

export type CatalogueInference = Inference | CatalogueOnlyInference;

/** Rows passed over one by one, so runs of blank rows are said as one, as the table reader says them. */
export class RowsPassedOver {
  readonly inferences: CatalogueInference[] = [];
  private blanks: string[] = [];

  blank(cell: string): void {
    this.blanks.push(cell);
  }

  /** A row that is not blank: ends a run of blanks, and says the row when it is passed over. */
  row(inference?: CatalogueInference): void {
    this.flush();
    if (inference) this.inferences.push(inference);
  }

  flush(): void {
    const [first] = this.blanks;
    if (first !== undefined)
      this.inferences.push({
        code: "blankRowsLeftOut",
        first,
        last: this.blanks[this.blanks.length - 1] as string,
        count: this.blanks.length,
      });
    this.blanks = [];
  }
}
