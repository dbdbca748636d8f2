/**
 * The block the udmøntning wizard writes: id, name and an amount per year for every row of the tree,
 * in the tree's order, and a totals row, laid out by implementationLayout. As formulas, each department's rows are one
 * =BUDGET.HIERARCHY(...) over its own rows of the tree, spilling down beside them, so a changed
 * budget or adopted amount flows through.
 */
import { textCell } from "../../../sheet/textCell";
import { cellName, formatRange, subRange } from "../../../sheet/address";
import type { CellInput } from "../../../sheet/types";
import { budgetFunction, numberLiteral } from "../../logic/formulaText";
import { amountFormat } from "../../logic/numbers";
import { emptyBlock, targetAddressOf, writeTarget } from "../../logic/target";
import { UserError } from "../../logic/errorMessages";
import { UNIT_WORDS } from "../../../text/units";
import type { Language, PlannedWrite, Text } from "../contract";
import type { ImplementationInput } from "./implementationModel";
import type { ImplementationPreview } from "./implementationPlan";
import type { Department, ImplementationSources } from "./implementationSources";
import { implementationText as t } from "./implementationText";
import { headingCell } from "../../logic/yearHeadings";
import { implementationLayout } from "./implementationLayout";

/** The sheet a write on a new sheet adds. */
export const IMPLEMENTATION_SHEET: Text = t.sheetName;

/** Header, one row per row of the tree (blank rows kept, so every formula spills beside its rows), totals. */
function shape(preview: ImplementationPreview): { rows: number; columns: number } {
  return { rows: preview.tableRows + 2, columns: preview.yearHeadings.length + 2 };
}

/** A department's rows of the tree as one =BUDGET.HIERARCHY(total, nodes, parents, weights, decimals). */
export function hierarchyFormula(sources: ImplementationSources, department: Department, decimals: number): string {
  const block = department.block;
  if (!block || !department.adopted) throw new UserError(t.formulaNeedsDepartmentS(department));
  const rows = block.last - block.first + 1;
  const column = (c: number) => formatRange(subRange(sources.tree.data, block.first, c, rows, 1));
  const args = [department.adopted.argument, column(0), column(2), column(3), numberLiteral(decimals)];
  return `=${budgetFunction("HIERARCHY")}(${args.join(",")})`;
}

export function buildImplementationWrite(
  sources: ImplementationSources,
  preview: ImplementationPreview,
  input: ImplementationInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const target = writeTarget(input, defaultSheet);
  const live = input.output === "formula";
  const scattered = sources.departments.filter((d) => d.adopted && !d.block);
  if (live && scattered.length > 0) {
    const names = scattered.map((d) => d.label).join(", ");
    throw new UserError(t.departmentsRowsApart(names));
  }
  const { rows, columns } = shape(preview);
  const years = preview.yearHeadings.length;
  const format = amountFormat(input.decimals);
  const { formulas, numberFormats } = emptyBlock(rows, columns);
  const unit = UNIT_WORDS[input.unit][language];

  const header = formulas[0] as CellInput[];
  header[0] = t.id[language];
  header[1] = `${t.name[language]} (${unit})`;
  preview.yearHeadings.forEach((heading, y) => (header[y + 2] = headingCell(heading)));

  // An id is text, numbered or not: "2100" stays left-aligned beside "BUF", never the number 2.100.
  const ids = sources.tree.ids.map((id) => (id === null || id === undefined ? "" : String(id)));
  for (const row of preview.rows) {
    const cells = formulas[row.row + 1] as CellInput[];
    const id = ids[row.row] ?? "";
    cells[0] = id === "" ? "" : textCell(id);
    cells[1] = textCell(row.name);
    for (let y = 0; y < years; y++) {
      // Live: the department's formula fills its rows; a department without an amount gets 0s.
      const byFormula = live && sources.departments[sources.departmentOf[row.row] as number]?.adopted;
      cells[y + 2] = byFormula ? "" : (row.amounts[y] as number);
      (numberFormats[row.row + 1] as string[])[y + 2] = format;
    }
  }
  if (live)
    for (const department of sources.departments) {
      if (!department.adopted || !department.block) continue;
      const cells = formulas[department.block.first + 1] as CellInput[];
      cells[2] = hierarchyFormula(sources, department, input.decimals);
    }

  // The totals row is Excel's own sum of the departments' rows, so the sheet keeps checking itself.
  const totals = formulas[rows - 1] as CellInput[];
  totals[1] = t.total[language];
  for (let y = 0; y < years; y++) {
    const column = target.start.column + y + 2;
    const cells = sources.departments.map((d) => cellName({ row: target.start.row + 1 + d.row, column }));
    totals[y + 2] = `=SUM(${cells.join(",")})`;
    (numberFormats[rows - 1] as string[])[y + 2] = format;
  }

  const tree = sources.tree.address;
  const method: Text = t.howWritten(live, tree, input);
  return {
    wizard: "implementation",
    method,
    inputs: {
      ...input,
      departments: sources.departments.map((d) => ({ department: d.label, amounts: d.adopted?.amounts ?? null })),
    },
    topLeft: target,
    newSheet: input.newSheet ? IMPLEMENTATION_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      ...implementationLayout(
        preview,
        { id: t.id[language], name: `${t.name[language]} (${unit})` },
        ids,
        input.decimals,
        rows,
        columns,
      ),
    },
  };
}

/** The address the block will cover, for the "writes to" line. */
export const implementationTargetAddress = targetAddressOf(shape);
