/**
 * The block the quota wizard writes: names, basis and quota columns, a totals row, the rounded total
 * quota and a check row. The quotas are a live =BUDGET.QUOTA(...) or its values; totals and check
 * are Excel's own formulas either way, so the sheet keeps checking itself after later edits.
 */
import { textCell } from "../../../sheet/textCell";
import { blockColumnWidths, boldRows, headingAlignment } from "../../../sheet/columnFit";
import { quotaText } from "./quotaText";
import type { CellInput } from "../../../sheet/types";
import { budgetFunction, numberLiteral, type Naming } from "../../logic/formulaText";
import { amountFormat } from "../../logic/numbers";
import { blockAddress, blockCells, emptyBlock, writeTarget } from "../../logic/target";
import { UNIT_WORDS } from "../../../text/units";
import type { Language, PlannedWrite, Text } from "../contract";
import type { QuotaInput } from "./quotaModel";
import type { QuotaPreview } from "./quotaPlan";
import type { QuotaSources } from "./quotaSources";
import { rateLabel } from "../../logic/rate";

/** The sheet a write on a new sheet adds. */
export const QUOTA_SHEET: Text = quotaText.sheetName;

/** Header, one row per department, totals, rounded total quota, check. */
const EXTRA_ROWS = 4;
const COLUMNS = 3;

/** The live quota formula as stored, or named as a language's Excel shows it (BUDGET.KVOTE in Danish). */
export function quotaFormula(sources: QuotaSources, rate: number, decimals: number, naming: Naming = "stored"): string {
  const exempt = sources.exemptAddress ?? '""';
  return `=${budgetFunction("QUOTA", naming)}(${sources.budgetsAddress},${exempt},${numberLiteral(rate)},${numberLiteral(decimals)})`;
}

/**
 * budget − exempt as Excel computes it. Excel subtracts in binary, so 4.512,3 − 350 may come out a
 * hair off; the inputs have at most `places` decimals, so rounding to those gives the exact basis.
 */
function basisFormula(sources: QuotaSources, d: number): string {
  const budget = sources.budgetCells[d] as string;
  const exempt = sources.exemptCells?.[d];
  return exempt === undefined ? `=${budget}` : `=ROUND(${budget}-${exempt},${sources.places})`;
}

export function buildQuotaWrite(
  sources: QuotaSources,
  preview: QuotaPreview,
  input: QuotaInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const target = writeTarget(input, defaultSheet);
  const n = preview.departments.length;
  const rows = n + EXTRA_ROWS;
  const format = amountFormat(input.decimals);
  const basisFormat = amountFormat(Math.max(input.decimals, sources.places));
  const unit = UNIT_WORDS[input.unit][language];
  const rate = rateLabel(preview.rate, language);
  const da = language === "da";
  // Cell names on the output sheet, relative to where the block lands (no sheet: it may be new).
  const at = blockCells(target);
  const basisRange = `${at(1, 1)}:${at(n, 1)}`;
  const quotaRange = `${at(1, 2)}:${at(n, 2)}`;

  const { formulas, numberFormats } = emptyBlock(rows, COLUMNS);
  formulas[0] = [
    da ? `Forvaltning (${unit})` : `Department (${unit})`,
    da ? "Grundlag" : "Basis",
    `${da ? "Kvote" : "Quota"} ${rate}`,
  ];
  preview.departments.forEach((name, d) => {
    const live = input.output === "formula";
    formulas[d + 1] = [
      textCell(name),
      live ? basisFormula(sources, d) : (preview.basis[d] as number),
      live ? "" : (preview.quota[d] as number),
    ];
    numberFormats[d + 1] = ["General", basisFormat, format];
  });
  if (input.output === "formula") (formulas[1] as CellInput[])[2] = quotaFormula(sources, preview.rate, input.decimals);

  const totalRow = n + 1;
  const quotaRow = n + 2;
  const positiveBases = Array.from({ length: n }, (_, d) => `MAX(0,${at(d + 1, 1)})`).join(",");
  formulas[totalRow] = [da ? "I alt" : "Total", `=SUM(${basisRange})`, `=SUM(${quotaRange})`];
  formulas[quotaRow] = [
    // Short labels: the first column is only as wide as the department names, and B is not empty.
    da ? `Samlet kvote (${rate})` : `Total quota (${rate})`,
    `=SUM(${positiveBases})`,
    `=ROUND(${numberLiteral(preview.rate)}*${at(quotaRow, 1)},${input.decimals})`,
  ];
  // Quotas are whole units of the rounding, so any real difference is at least one unit; rounding
  // one place further only removes Excel's binary noise from the subtraction.
  formulas[n + 3] = [
    da ? "Kontrol (skal være 0)" : "Check (must be 0)",
    "",
    `=ROUND(${at(totalRow, 2)}-${at(quotaRow, 2)},${input.decimals + 1})`,
  ];
  numberFormats[totalRow] = ["General", basisFormat, format];
  numberFormats[quotaRow] = ["General", basisFormat, format];
  // Shown in the table's own unit: a difference is whole units, so 0,0 beside 0,0-quotas, not 0,00.
  numberFormats[n + 3] = ["General", "General", format];

  const method: Text = quotaText.howWritten(input, quotaFormula, sources, preview);
  const bold = boldRows(formulas, [totalRow]);
  return {
    wizard: "quota",
    method,
    inputs: {
      ...input,
      table: sources.tableAddress,
      departments: sources.departments,
      budgets: sources.budgets,
      exempt: sources.exempt,
    },
    topLeft: target,
    newSheet: input.newSheet ? QUOTA_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      columnWidths: blockColumnWidths(formulas, numberFormats, [...preview.basis, ...preview.quota], bold),
      bold,
      horizontalAlignment: headingAlignment(numberFormats),
    },
  };
}

/** The address the block will cover, for the "writes to" line. */
export function quotaTargetAddress(preview: QuotaPreview, input: QuotaInput, defaultSheet: string): string {
  const target = writeTarget(input, defaultSheet);
  return blockAddress(target, preview.departments.length + EXTRA_ROWS, COLUMNS);
}
