/**
 * The catalogue as one block for the writer: the status per department, every proposal (with its
 * total row) and every finding, one table under the other. It is rebuilt from the files each time,
 * so writing it again to the same place replaces it and never duplicates a proposal.
 */
import type { CellInput } from "../../../sheet/types";
import { largest } from "../../../sheet/extremes";
import type { Consolidation, Language as TableLanguage, Table, TableCell } from "../../../workbooks";
import { textCell } from "../../../sheet/textCell";
import { headingCell } from "../../logic/yearHeadings";
import { amountFormat } from "../../logic/numbers";
import { writeTarget } from "../../logic/target";
import type { Language, PlannedWrite } from "../contract";
import type { WorkbooksModule } from "./loadWorkbooks";
import { workbooksText as t } from "./workbooksText";

export interface CatalogueTarget {
  newSheet: boolean;
  target: string;
}

function cell(value: TableCell): CellInput {
  if (value === null) return "";
  return typeof value === "string" ? textCell(value) : value;
}

function tableRows(table: Table, totals: Map<number, number> | undefined, format: string, language: Language) {
  const amounts = new Set(table.amountColumns);
  const formats = (length: number, titleRow = false) =>
    Array.from({ length }, (_, c) => (!titleRow && amounts.has(c) ? format : "General"));
  const rows: { cells: CellInput[]; formats: string[] }[] = [
    { cells: [textCell(table.name)], formats: ["General"] },
    { cells: table.headers.map(headingCell), formats: formats(table.headers.length, true) },
    ...table.rows.map((row) => ({ cells: row.map(cell), formats: formats(row.length) })),
  ];
  if (totals) {
    const total: CellInput[] = table.headers.map((_, c) => totals.get(c) ?? "");
    total[0] = language === "da" ? "I alt" : "Total";
    rows.push({ cells: total, formats: formats(total.length) });
  }
  return rows;
}

export function buildCatalogueWrite(
  consolidation: Consolidation,
  workbooks: WorkbooksModule,
  language: Language,
  where: CatalogueTarget,
  defaultSheet: string,
): PlannedWrite {
  const tableLanguage: TableLanguage = language;
  const format = amountFormat(consolidation.decimals);
  const catalogue = workbooks.catalogueTable(consolidation, tableLanguage);
  const parts = [
    tableRows(workbooks.statusTable(consolidation, tableLanguage), undefined, format, language),
    tableRows(catalogue, workbooks.columnTotals(catalogue), format, language),
    tableRows(workbooks.findingsTable(consolidation, tableLanguage), undefined, format, language),
  ];
  const width = largest(
    parts.flat().map((row) => row.cells.length),
    0,
  );
  const formulas: CellInput[][] = [];
  const numberFormats: string[][] = [];
  parts.forEach((rows, i) => {
    if (i > 0) rows.unshift({ cells: [], formats: [] });
    for (const row of rows) {
      formulas.push(Array.from({ length: width }, (_, c) => row.cells[c] ?? ""));
      numberFormats.push(Array.from({ length: width }, (_, c) => row.formats[c] ?? "General"));
    }
  });
  const target = writeTarget(where, defaultSheet);
  return {
    wizard: "workbooks",
    method: {
      da: "samlet fra afdelingernes returnerede skemaer; beløb læst som decimaltal, summer eksakte",
      en: "consolidated returned department workbooks (src/workbooks consolidate); amounts read as decimals, sums exact",
    },
    inputs: {
      files: consolidation.departments.flatMap((d) => (d.file ? [d.file] : [])),
      expectedFrom: consolidation.expectedFrom,
    },
    topLeft: target,
    ...(where.newSheet ? { newSheet: t.catalogueSheet[language] } : {}),
    block: { formulas, numberFormats },
  };
}
