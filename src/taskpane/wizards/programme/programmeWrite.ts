/**
 * The block the programme wizard writes: net per programme and year, totals, cumulative, target,
 * cumulative target and gap, a column that flags printed nets that do not add up, and the chart.
 * As formulas, the rows refer to the catalogue and to each other, so a corrected figure flows through.
 */
import { textCell } from "../../../sheet/textCell";
import { blockColumnWidths, boldRows, headingAlignment } from "../../../sheet/columnFit";
import type { CellInput, ChartSpec } from "../../../sheet/types";
import { budgetFunction, numberLiteral } from "../../logic/formulaText";
import { formatNumber } from "../../logic/numbers";
import { emptyBlock, targetAddressOf } from "../../logic/target";
import { writeSetup } from "../../logic/writeSetup";
import type { Language, PlannedWrite, Text } from "../contract";
import { rateLabel } from "../../logic/rate";
import type { ProgrammeInput } from "./programmeModel";
import type { NetMismatch, ProgrammePreview } from "./programmePlan";
import type { ProgrammeSources } from "./programmeSources";
import { programmeText as t } from "./programmeText";
import { headingCell } from "../../logic/yearHeadings";

/** The sheet a write on a new sheet adds. */
export const PROGRAMME_SHEET: Text = t.sheetName;

/** Rows after the programmes: total, cumulative, target, cumulative target, gap. */
const SUMMARY_ROWS = 5;

/** Where each row of the block sits, relative to its top-left cell. */
export interface ProgrammeLayout {
  rows: number;
  columns: number;
  total: number;
  cumulative: number;
  target: number;
  cumulativeTarget: number;
  gap: number;
}

export function programmeLayout(preview: ProgrammePreview): ProgrammeLayout {
  const p = preview.programmes.length;
  const checkColumn = preview.printedOk ? 1 : 0;
  return {
    rows: p + 1 + SUMMARY_ROWS,
    columns: preview.yearHeadings.length + 1 + checkColumn,
    total: p + 1,
    cumulative: p + 2,
    target: p + 3,
    cumulativeTarget: p + 4,
    gap: p + 5,
  };
}

function checkText(mismatches: readonly NetMismatch[], preview: ProgrammePreview, language: Language): string {
  if (mismatches.length === 0) return "✓";
  const number = (v: number) => formatNumber(v, preview.places, language);
  const parts = mismatches.map((m) =>
    language === "da"
      ? `${preview.yearHeadings[m.year]}: trykt ${number(m.printed)}, beregnet ${number(m.computed)}`
      : `${preview.yearHeadings[m.year]}: printed ${number(m.printed)}, computed ${number(m.computed)}`,
  );
  return `✗ ${parts.join("; ")}`;
}

export function buildProgrammeWrite(
  sources: ProgrammeSources,
  preview: ProgrammePreview,
  input: ProgrammeInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const setup = writeSetup(input, preview.places, language, defaultSheet);
  const { target, format, unit, at } = setup;
  // Rows apart in a block: the user was asked and chose values (said in the preview).
  const live = setup.live && sources.gains.together && sources.costs.together;
  const layout = programmeLayout(preview);
  const years = preview.yearHeadings.length;
  const p = preview.programmes.length;
  const rowRange = (row: number): string => `${at(row, 1)}:${at(row, years)}`;
  const netBlock = `${at(1, 1)}:${at(p, years)}`;
  const fn = (id: "NETEFFECT" | "CUMULATIVE" | "GAP") => budgetFunction(id);

  const { formulas, numberFormats } = emptyBlock(layout.rows, layout.columns);
  const setRow = (row: number, label: string, values: readonly CellInput[]) => {
    const cells = formulas[row] as CellInput[];
    cells[0] = label;
    values.forEach((v, y) => {
      cells[y + 1] = v;
      (numberFormats[row] as string[])[y + 1] = format;
    });
  };
  const blanks = (): CellInput[] => new Array<CellInput>(years).fill("");
  const spill = (formula: string): CellInput[] => [formula, ...blanks().slice(1)];

  const header = formulas[0] as CellInput[];
  header[0] = language === "da" ? `Nettoeffekt (${unit})` : `Net effect (${unit})`;
  preview.yearHeadings.forEach((heading, y) => (header[y + 1] = headingCell(heading)));
  if (preview.printedOk) header[years + 1] = t.checkColumn[language];

  preview.programmes.forEach((name, r) => {
    setRow(
      r + 1,
      textCell(name),
      live
        ? r === 0
          ? spill(`=${fn("NETEFFECT")}(${sources.gains.amountsAddress},${sources.costs.amountsAddress})`)
          : blanks()
        : (preview.net[r] as number[]),
    );
    if (preview.printedOk)
      (formulas[r + 1] as CellInput[])[years + 1] = checkText(preview.mismatches[r] ?? [], preview, language);
  });
  // The totals row is Excel's own SUM in both modes, so the sheet keeps checking itself.
  setRow(
    layout.total,
    t.total[language],
    Array.from({ length: years }, (_, y) => `=SUM(${at(1, y + 1)}:${at(p, y + 1)})`),
  );
  setRow(
    layout.cumulative,
    t.cumulative[language],
    live ? spill(`=${fn("CUMULATIVE")}(${rowRange(layout.total)})`) : preview.cumulativeTotals,
  );
  const targetLabel =
    preview.targetRate === undefined
      ? t.target[language]
      : `${t.target[language]} (${rateLabel(preview.targetRate, language)})`;
  const budgets = sources.budgets;
  setRow(
    layout.target,
    targetLabel,
    live && budgets && preview.targetRate !== undefined
      ? preview.targets.map(
          () => `=ROUND(${numberLiteral(preview.targetRate as number)}*SUM(${budgets.address}),${input.decimals})`,
        )
      : preview.targets,
  );
  setRow(
    layout.cumulativeTarget,
    t.targetCumulative[language],
    live ? spill(`=${fn("CUMULATIVE")}(${rowRange(layout.target)})`) : preview.cumulativeTargets,
  );
  setRow(
    layout.gap,
    t.gap[language],
    live ? spill(`=${fn("GAP")}(${rowRange(layout.target)},${netBlock})`) : preview.gaps,
  );

  const chart: ChartSpec | undefined = input.chart
    ? {
        sheet: target.sheet ?? "",
        title: `${t.chartTitle[language]} (${unit})`,
        categories: rowRange(0),
        series: [
          // The catalogue's planned net effect: the plan's colour, as in the follow-up chart.
          { name: t.planned[language], values: rowRange(layout.cumulative), role: "plan" },
          {
            name: t.targetCumulative[language],
            values: rowRange(layout.cumulativeTarget),
            role: "target",
            dashed: true,
          },
        ],
        anchor: at(layout.rows + 1, 0),
      }
    : undefined;

  const named = (inLanguage: Language) =>
    (["NETEFFECT", "CUMULATIVE", "GAP"] as const).map((id) => budgetFunction(id, inLanguage)).join(", ");
  const flagged = preview.mismatches.filter((m) => m.length > 0).length;
  const rate = preview.targetRate;
  const method: Text = t.howWritten(live, named, rate, budgets, flagged, chart);
  const bold = boldRows(formulas, [layout.total, layout.cumulative]);
  return {
    wizard: "programme",
    method,
    inputs: { ...input, programmes: preview.programmes, gains: sources.gains.cells, costs: sources.costs.cells },
    topLeft: target,
    newSheet: input.newSheet ? PROGRAMME_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      columnWidths: blockColumnWidths(
        formulas,
        numberFormats,
        [
          ...preview.net.flat(),
          ...preview.cumulativeTotals,
          ...preview.targets,
          ...preview.cumulativeTargets,
          ...preview.gaps,
        ],
        bold,
      ),
      // The totals and their running sum, the rows the target is read against.
      bold,
      horizontalAlignment: headingAlignment(numberFormats),
    },
    chart,
  };
}

/** The address the block will cover, for the "writes to" line. */
export const programmeTargetAddress = targetAddressOf(programmeLayout);
