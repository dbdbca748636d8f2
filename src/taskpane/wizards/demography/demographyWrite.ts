/**
 * The block the Demografi wizard writes: age group and the adjustment per year, the last row each
 * year's total, as BUDGET.DEMOGRAPHY returns it (a live formula that spills, or its values), then
 * a check row of Excel's own SUM against that total.
 */
import { textCell } from "../../../sheet/textCell";
import { blockColumnWidths, boldRows, headingAlignment } from "../../../sheet/columnFit";
import { demographyText } from "./demographyText";
import { headingCell } from "../../logic/yearHeadings";
import type { CellInput } from "../../../sheet/types";
import { UNIT_WORDS } from "../../../text/units";
import { budgetFunction, numberLiteral, type Naming } from "../../logic/formulaText";
import { amountFormat } from "../../logic/numbers";
import { rateLabel } from "../../logic/rate";
import { blockAddress, blockCells, emptyBlock, writeTarget } from "../../logic/target";
import type { Language, PlannedWrite, Text } from "../contract";
import type { DemographyWizardInput } from "./demographyModel";
import type { DemographyPreview } from "./demographyPlan";
import type { DemographySources } from "./demographySources";

export const DEMOGRAPHY_SHEET: Text = demographyText.sheetName;

/** Header, totals (the function's last row) and check. */
const EXTRA_ROWS = 3;

export function demographyFormula(
  sources: DemographySources,
  preview: DemographyPreview,
  input: DemographyWizardInput,
  naming: Naming = "stored",
): string {
  const rate = sources.rates
    ? sources.rates.argument
    : numberLiteral(typeof preview.rate === "number" ? preview.rate : 1);
  const args = [
    sources.base.argument,
    sources.forecastArgument,
    sources.units.argument,
    rate,
    numberLiteral(input.decimals),
  ];
  return `=${budgetFunction("DEMOGRAPHY", naming)}(${args.join(",")})`;
}

function rateWords(preview: DemographyPreview, language: Language): string {
  if (typeof preview.rate === "number") return rateLabel(preview.rate, language);
  return language === "da" ? "kompensationsgrad pr. aldersgruppe" : "a rate per age group";
}

export function buildDemographyWrite(
  sources: DemographySources,
  preview: DemographyPreview,
  input: DemographyWizardInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const target = writeTarget(input, defaultSheet);
  const g = preview.groups.length;
  const columns = 1 + preview.years.length;
  const format = amountFormat(input.decimals);
  const unit = UNIT_WORDS[input.unit][language];
  const da = language === "da";
  const at = blockCells(target);
  const live = input.output === "formula";
  const { formulas, numberFormats } = emptyBlock(g + EXTRA_ROWS, columns);
  formulas[0] = [da ? `Aldersgruppe (${unit})` : `Age group (${unit})`, ...preview.years.map(headingCell)];
  preview.groups.forEach((group, r) => {
    const values = preview.adjustments[r] as number[];
    formulas[r + 1] = [textCell(group), ...values.map((v) => (live ? "" : v))];
    numberFormats[r + 1] = ["General", ...values.map(() => format)];
  });
  formulas[g + 1] = [da ? "I alt" : "Total", ...preview.totals.map((v) => (live ? "" : v))];
  numberFormats[g + 1] = ["General", ...preview.years.map(() => format)];
  if (live) (formulas[1] as CellInput[])[1] = demographyFormula(sources, preview, input);
  // The groups are whole units of the rounding, so one place further only removes binary noise.
  formulas[g + 2] = [
    da ? "Kontrol (skal være 0)" : "Check (must be 0)",
    ...preview.years.map(
      (_, y) => `=ROUND(SUM(${at(1, 1 + y)}:${at(g, 1 + y)})-${at(g + 1, 1 + y)},${input.decimals + 1})`,
    ),
  ];
  numberFormats[g + 2] = ["General", ...preview.years.map(() => format)];

  const method: Text = demographyText.howWritten(live, demographyFormula, sources, preview, input, rateWords);
  const bold = boldRows(formulas, [g + 1]);
  return {
    wizard: "demography",
    method,
    inputs: {
      ...input,
      table: sources.tableAddress,
      groups: sources.groups,
      base: sources.base.values,
      forecast: sources.forecast,
      unitAmounts: sources.units.values,
      rate: preview.rate,
    },
    topLeft: target,
    newSheet: input.newSheet ? DEMOGRAPHY_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      columnWidths: blockColumnWidths(
        formulas,
        numberFormats,
        [...preview.adjustments.flat(), ...preview.totals],
        bold,
      ),
      bold,
      horizontalAlignment: headingAlignment(numberFormats),
    },
  };
}

export function demographyTargetAddress(
  preview: DemographyPreview,
  input: DemographyWizardInput,
  defaultSheet: string,
): string {
  return blockAddress(writeTarget(input, defaultSheet), preview.groups.length + EXTRA_ROWS, 1 + preview.years.length);
}
