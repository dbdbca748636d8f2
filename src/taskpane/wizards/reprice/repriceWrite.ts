/**
 * The block the PL-fremskrivning wizard writes: line, kind and the converted years, then a totals
 * row of Excel's own SUMs. The amounts are a live =BUDGET.REPRICE(...) that spills, or its values.
 */
import { textCell } from "../../../sheet/textCell";
import { blockColumnWidths, boldRows, headingAlignment } from "../../../sheet/columnFit";
import { repriceText } from "./repriceText";
import { headingCell } from "../../logic/yearHeadings";
import type { CellInput } from "../../../sheet/types";
import { UNIT_WORDS } from "../../../text/units";
import { budgetFunction, numberLiteral, type Naming } from "../../logic/formulaText";
import { amountFormat } from "../../logic/numbers";
import { blockAddress, blockCells, emptyBlock, writeTarget } from "../../logic/target";
import type { Language, PlannedWrite, Text } from "../contract";
import type { RepriceWizardInput } from "./repriceModel";
import type { RepricePreview } from "./repricePlan";
import { stringLiteral, type RepriceSources } from "./repriceSources";

export const REPRICE_SHEET: Text = repriceText.sheetName;

/** Header and totals. */
const EXTRA_ROWS = 2;
/** Line and kind before the years. */
const LEAD_COLUMNS = 2;

/** The kinds argument: the kind column, nothing for the table's first kind, or the chosen kind per line. */
function kindsArgument(sources: RepriceSources, input: RepriceWizardInput): string {
  if (input.hasKindColumn) return sources.kindsArgument ?? '""';
  const kind = input.kind.trim();
  const firstKind = (sources.rateTable.kinds[0] ?? "").toLowerCase();
  if (kind === "" || kind.toLowerCase() === firstKind) return '""';
  return `{${sources.lines.map(() => stringLiteral(kind)).join(";")}}`;
}

/** The live formula as stored, or named as a language's Excel shows it (BUDGET.FREMSKRIV in Danish). */
export function repriceFormula(
  sources: RepriceSources,
  preview: RepricePreview,
  input: RepriceWizardInput,
  naming: Naming = "stored",
): string {
  const args = [
    sources.amountsArgument,
    numberLiteral(preview.fromYear),
    numberLiteral(preview.toYear),
    sources.rateTableAddress,
    kindsArgument(sources, input),
    numberLiteral(input.decimals),
  ];
  return `=${budgetFunction("REPRICE", naming)}(${args.join(",")})`;
}

export function buildRepriceWrite(
  sources: RepriceSources,
  preview: RepricePreview,
  input: RepriceWizardInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const target = writeTarget(input, defaultSheet);
  const n = preview.lines.length;
  const columns = LEAD_COLUMNS + preview.years.length;
  const format = amountFormat(input.decimals);
  const unit = UNIT_WORDS[input.unit][language];
  const da = language === "da";
  const at = blockCells(target);
  const live = input.output === "formula";
  const { formulas, numberFormats } = emptyBlock(n + EXTRA_ROWS, columns);
  formulas[0] = [
    da ? `Linje (${unit}, ${preview.toYear}-PL)` : `Line (${unit}, ${preview.toYear} prices)`,
    da ? "Art" : "Kind",
    ...preview.years.map(headingCell),
  ];
  preview.lines.forEach((line, r) => {
    const values = preview.converted[r] as number[];
    formulas[r + 1] = [textCell(line), textCell(preview.lineKinds[r] as string), ...values.map((v) => (live ? "" : v))];
    numberFormats[r + 1] = ["General", "General", ...values.map(() => format)];
  });
  if (live) (formulas[1] as CellInput[])[LEAD_COLUMNS] = repriceFormula(sources, preview, input);
  formulas[n + 1] = [
    da ? "I alt" : "Total",
    "",
    ...preview.years.map((_, c) => `=SUM(${at(1, LEAD_COLUMNS + c)}:${at(n, LEAD_COLUMNS + c)})`),
  ];
  numberFormats[n + 1] = ["General", "General", ...preview.years.map(() => format)];

  const levels = `${preview.fromYear}-PL → ${preview.toYear}-PL`;
  const method: Text = repriceText.howWritten(live, repriceFormula, sources, preview, input, levels);
  const bold = boldRows(formulas, [n + 1]);
  return {
    wizard: "reprice",
    method,
    inputs: {
      ...input,
      budget: sources.budgetAddress,
      rateTable: sources.rateTableAddress,
      lines: sources.lines,
      kinds: preview.lineKinds,
      amounts: sources.amounts,
    },
    topLeft: target,
    newSheet: input.newSheet ? REPRICE_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      columnWidths: blockColumnWidths(formulas, numberFormats, preview.converted.flat(), bold),
      bold,
      horizontalAlignment: headingAlignment(numberFormats),
    },
  };
}

export function repriceTargetAddress(preview: RepricePreview, input: RepriceWizardInput, defaultSheet: string): string {
  return blockAddress(
    writeTarget(input, defaultSheet),
    preview.lines.length + EXTRA_ROWS,
    LEAD_COLUMNS + preview.years.length,
  );
}
