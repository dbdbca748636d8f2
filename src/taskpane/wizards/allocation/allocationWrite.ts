/** The block the allocation wizard writes: a live =BUDGET.DISTRIBUTE(...) or its values, with labels and a totals row. */
import { textCell } from "../../../sheet/textCell";
import { blockColumnWidths, boldRows, headingAlignment } from "../../../sheet/columnFit";
import { allocationText } from "./allocationText";
import { cellName } from "../../../sheet/address";
import type { CellInput } from "../../../sheet/types";
import { budgetFunction, columnConstant, numberLiteral, type Naming } from "../../logic/formulaText";
import { amountFormat } from "../../logic/numbers";
import type { Language, PlannedWrite, Text } from "../contract";
import { UNIT_WORDS } from "../../../text/units";
import type { AllocationInput } from "./allocationModel";
import type { AllocationPreview } from "./allocationPlan";
import type { AllocationSources } from "./allocationSources";
import { blockAddress, emptyBlock, writeTarget } from "../../logic/target";
import { headingCell } from "../../logic/yearHeadings";

/** The sheet a write on a new sheet adds. */
export const ALLOCATION_SHEET: Text = allocationText.sheetName;

export function distributeFormula(
  sources: AllocationSources,
  preview: AllocationPreview,
  decimals: number,
  naming: Naming = "stored",
): string {
  const weights = sources.weightsFromBase
    ? `${budgetFunction("KEY", naming)}(${sources.weightsArgument})`
    : sources.weightsArgument;
  const args = [sources.totalsArgument, weights, numberLiteral(decimals)];
  if (preview.holds.some((h) => h !== null)) args.push(columnConstant(preview.holds));
  return `=${budgetFunction("DISTRIBUTE", naming)}(${args.join(",")})`;
}

export function buildAllocationWrite(
  sources: AllocationSources,
  preview: AllocationPreview,
  input: AllocationInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const target = writeTarget(input, defaultSheet);
  const departments = preview.departments.length;
  const years = preview.roundedTotals.length;
  const format = amountFormat(input.decimals);
  const offset = input.labels ? 1 : 0;
  const rows = departments + (input.labels ? 2 : 0);
  const columns = years + offset;

  const { formulas, numberFormats } = emptyBlock(rows, columns);
  for (let d = 0; d < departments; d++)
    for (let y = 0; y < years; y++) {
      const row = formulas[d + offset] as CellInput[];
      row[y + offset] = input.output === "values" ? (preview.parts[d]?.[y] as number) : "";
      (numberFormats[d + offset] as string[])[y + offset] = format;
    }
  if (input.output === "formula")
    (formulas[offset] as CellInput[])[offset] = distributeFormula(sources, preview, input.decimals);

  if (input.labels) {
    const unit = UNIT_WORDS[input.unit][language];
    const header = formulas[0] as CellInput[];
    header[0] = language === "da" ? `Afdeling (${unit})` : `Department (${unit})`;
    preview.yearHeadings.forEach((heading, y) => (header[y + 1] = headingCell(heading)));
    preview.departments.forEach((name, d) => ((formulas[d + 1] as CellInput[])[0] = textCell(name)));
    const totals = formulas[rows - 1] as CellInput[];
    totals[0] = language === "da" ? "I alt" : "Total";
    for (let y = 0; y < years; y++) {
      // The totals row is Excel's own SUM over the parts, so the sheet keeps checking itself.
      const column = target.start.column + y + 1;
      const first = cellName({ row: target.start.row + 1, column });
      const last = cellName({ row: target.start.row + departments, column });
      totals[y + 1] = `=SUM(${first}:${last})`;
      (numberFormats[rows - 1] as string[])[y + 1] = format;
    }
  }

  // The totals row, written with the labels.
  const bold = boldRows(formulas, input.labels ? [rows - 1] : []);
  return {
    wizard: "allocation",
    method: {
      da:
        (input.output === "formula"
          ? "levende formel " + distributeFormula(sources, preview, input.decimals, "da")
          : `faste værdier, regnet som ${budgetFunction("DISTRIBUTE", "da")}`) +
        `; ${sources.keySource.da}; ${input.decimals} decimal(er) i ${UNIT_WORDS[input.unit].da}; største-rest-metoden`,
      en:
        (input.output === "formula"
          ? "live formula " + distributeFormula(sources, preview, input.decimals, "en")
          : "values from distribute()") +
        `; ${sources.keySource.en}; ${input.decimals} decimal(s) in ${UNIT_WORDS[input.unit].en}; largest remainder`,
    },
    inputs: { ...input, totals: sources.totals, departments: sources.departments },
    topLeft: target,
    newSheet: input.newSheet ? ALLOCATION_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      columnWidths: blockColumnWidths(
        formulas,
        numberFormats,
        [...preview.parts.flat(), ...preview.roundedTotals],
        bold,
      ),
      ...(input.labels ? { bold, horizontalAlignment: headingAlignment(numberFormats) } : {}),
    },
  };
}

/** The address the block will cover, for the preview's "will write to" line. */
export function allocationTargetAddress(
  preview: AllocationPreview,
  input: AllocationInput,
  defaultSheet: string,
): string {
  const target = writeTarget(input, defaultSheet);
  const rows = preview.departments.length + (input.labels ? 2 : 0);
  const columns = preview.roundedTotals.length + (input.labels ? 1 : 0);
  return blockAddress(target, rows, columns);
}
