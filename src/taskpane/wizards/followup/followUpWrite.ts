/**
 * The block the follow-up wizard writes: deviation per programme and year, realisation rate and
 * flag per programme, planned and realised totals and their running sums, and the threshold in a
 * cell of its own. As formulas it is Excel's own functions over the plan and the realisation, so the
 * sheet keeps working without the add-in and a new report flows through:
 *   deviation  =IF(COUNT(r)=0,"",r-p)                      (not reported: no deviation)
 *   rate       =IF(reported>0,SUM(R)/reported,"")  with reported = SUMIFS(P,R,">=0")+SUMIFS(P,R,"<0"),
 *              the plan of the years with a number reported (SUMIFS's "<>" and ISBLANK would count a
 *              formula that returns "" as reported, where the preview reads it as not yet reported)
 *   flag       =IF(rate="","",IF(ROUND(rate,10)<threshold,"Under tærsklen",""))
 *   realised   =IF(COUNT(column)=0,"",SUM(column));  cumulative realised NA() from a year nobody
 *              reported, so Excel's line stops there instead of falling to 0.
 *
 * Why #I/T stays in the printed table: a line chart plots "" and an empty formula result as 0 (the
 * line would dive to the axis in the years to come), and skips only #I/T; a chart row of its own
 * would print #I/T all the same (a hidden row drops out of the chart), and Excel has no number
 * format for an error value. So the running total keeps NA(), which is what the economist's own
 * Excel charts do, stands right-aligned where the figure will come, and the row says at its end
 * what #I/T means there, so a printout reads it as "not reported yet" and not as a broken formula.
 * ROUND(rate,10) drops binary division noise (2,4/3 is 0,7999…), as the preview decides exactly.
 */
import { textCell } from "../../../sheet/textCell";
import { blockColumnWidths, headingAlignment } from "../../../sheet/columnFit";
import { formatDanish } from "../../../core";
import { cellAddress, cellName, formatRange, subRange } from "../../../sheet/address";
import type { CellInput, ChartSpec } from "../../../sheet/types";
import { numberLiteral } from "../../logic/formulaText";
import { emptyBlock, targetAddressOf } from "../../logic/target";
import { writeSetup } from "../../logic/writeSetup";
import type { Language, PlannedWrite, Text } from "../contract";
import { percentPlaces } from "../../logic/rate";
import { percentFormat } from "../../../text/number";
import type { FollowUpInput } from "./followUpModel";
import type { FollowUpPreview } from "./followUpPlan";
import type { FollowUpSources } from "./followUpSources";
import { followUpText as t } from "./followUpText";
import { headingCell } from "../../logic/yearHeadings";

/** The sheet a write on a new sheet adds. */
export const FOLLOW_UP_SHEET: Text = t.sheetName;

export interface FollowUpLayout {
  rows: number;
  columns: number;
  plannedTotal: number;
  realisedTotal: number;
  plannedCumulative: number;
  realisedCumulative: number;
  threshold: number;
  rateColumn: number;
  flagColumn: number;
}

export function followUpLayout(preview: FollowUpPreview): FollowUpLayout {
  const p = preview.programmes.length;
  const years = preview.yearHeadings.length;
  return {
    rows: p + 6,
    columns: years + 3,
    plannedTotal: p + 1,
    realisedTotal: p + 2,
    plannedCumulative: p + 3,
    realisedCumulative: p + 4,
    threshold: p + 5,
    rateColumn: years + 1,
    flagColumn: years + 2,
  };
}

export function buildFollowUpWrite(
  sources: FollowUpSources,
  preview: FollowUpPreview,
  input: FollowUpInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const setup = writeSetup(input, preview.places, language, defaultSheet);
  const { target, format, unit, at } = setup;
  // Rows apart in a block: the user was asked and chose values (said in the preview).
  const live = setup.live && sources.plan.together && sources.realised.together;
  const layout = followUpLayout(preview);
  const years = preview.yearHeadings.length;
  const programmes = preview.programmes.length;
  const plan = sources.plan.amounts;
  const realised = sources.realised.amounts;
  const planRow = (p: number) => formatRange(subRange(plan, p, 0, 1, years));
  const realisedRow = (p: number) => formatRange(subRange(realised, p, 0, 1, years));
  const planColumn = (y: number) => formatRange(subRange(plan, 0, y, programmes, 1));
  const realisedColumn = (y: number) => formatRange(subRange(realised, 0, y, programmes, 1));

  const { formulas, numberFormats } = emptyBlock(layout.rows, layout.columns);
  const put = (row: number, column: number, value: CellInput, numberFormat = "General") => {
    (formulas[row] as CellInput[])[column] = value;
    (numberFormats[row] as string[])[column] = numberFormat;
  };
  const blankIfNull = (v: number | null): CellInput => (v === null ? "" : v);

  put(
    0,
    0,
    language === "da" ? `Afvigelse, realiseret − planlagt (${unit})` : `Deviation, realised − planned (${unit})`,
  );
  preview.yearHeadings.forEach((h, y) => put(0, y + 1, headingCell(h)));
  put(0, layout.rateColumn, t.rate[language]);
  put(0, layout.flagColumn, t.flag[language]);

  // Absolute, so a flag formula copied to another row still reads the one threshold.
  const thresholdCell = `$${cellName({ row: 0, column: target.start.column + 1 }).replace(/\d+$/, "")}$${target.start.row + layout.threshold + 1}`;
  const rateFormat = percentFormat(1, language);
  preview.programmes.forEach((name, p) => {
    const row = p + 1;
    put(row, 0, textCell(name));
    for (let y = 0; y < years; y++) {
      const r = cellAddress(realised, p, y);
      const planned = cellAddress(plan, p, y);
      put(
        row,
        y + 1,
        live ? `=IF(COUNT(${r})=0,"",${r}-${planned})` : blankIfNull(preview.deviations[p]?.[y] ?? null),
        format,
      );
    }
    const reportedPlan = `(SUMIFS(${planRow(p)},${realisedRow(p)},">=0")+SUMIFS(${planRow(p)},${realisedRow(p)},"<0"))`;
    const rate = at(row, layout.rateColumn);
    put(
      row,
      layout.rateColumn,
      live ? `=IF(${reportedPlan}>0,SUM(${realisedRow(p)})/${reportedPlan},"")` : blankIfNull(preview.rates[p] ?? null),
      rateFormat,
    );
    put(
      row,
      layout.flagColumn,
      live
        ? `=IF(${rate}="","",IF(ROUND(${rate},10)<${thresholdCell},"${t.flag[language]}",""))`
        : preview.flagged[p]
          ? t.flag[language]
          : "",
    );
  });

  put(layout.plannedTotal, 0, t.plannedTotal[language]);
  put(layout.realisedTotal, 0, t.realisedTotal[language]);
  put(layout.plannedCumulative, 0, t.plannedCumulative[language]);
  put(layout.realisedCumulative, 0, t.realisedCumulative[language]);
  for (let y = 0; y < years; y++) {
    const c = y + 1;
    put(layout.plannedTotal, c, live ? `=SUM(${planColumn(y)})` : (preview.plannedTotals[y] as number), format);
    put(
      layout.realisedTotal,
      c,
      live
        ? `=IF(COUNT(${realisedColumn(y)})=0,"",SUM(${realisedColumn(y)}))`
        : blankIfNull(preview.realisedTotals[y] ?? null),
      format,
    );
    put(
      layout.plannedCumulative,
      c,
      live
        ? `=SUM(${at(layout.plannedTotal, 1)}:${at(layout.plannedTotal, c)})`
        : (preview.cumulativePlanned[y] as number),
      format,
    );
    put(
      layout.realisedCumulative,
      c,
      live
        ? `=IF(COUNT(${realisedColumn(y)})=0,NA(),SUM(${at(layout.realisedTotal, 1)}:${at(layout.realisedTotal, c)}))`
        : blankIfNull(preview.cumulativeRealised[y] ?? null),
      format,
    );
  }
  put(layout.threshold, 0, t.thresholdRow[language]);
  put(layout.threshold, 1, preview.threshold, percentFormat(percentPlaces(preview.threshold), language));

  const known = (values: readonly (number | null)[]) => values.filter((v): v is number => v !== null);
  // Before the mark below: it runs on past the block's last column, as a note does, not widening it.
  const columnWidths = blockColumnWidths(formulas, numberFormats, [
    ...known(preview.deviations.flat()),
    ...preview.cumulativePlanned,
    ...known(preview.cumulativeRealised),
  ]);
  if (live && preview.cumulativeRealised.some((v) => v === null))
    put(layout.realisedCumulative, layout.flagColumn, t.notReportedMark[language]);
  const alignment = headingAlignment(numberFormats);
  // The running total's #I/T right-aligned like the figures it stands for (Excel centres an error).
  for (let y = 0; y < years; y++) (alignment[layout.realisedCumulative] as string[])[y + 1] = "Right";

  const rowRange = (row: number) => `${at(row, 1)}:${at(row, years)}`;
  const chart: ChartSpec | undefined = input.chart
    ? {
        sheet: target.sheet ?? "",
        title: `${t.chartTitle[language]} (${unit})`,
        categories: rowRange(0),
        series: [
          {
            name: t.plannedCumulative[language],
            values: rowRange(layout.plannedCumulative),
            role: "plan",
            dashed: true,
          },
          { name: t.realisedCumulative[language], values: rowRange(layout.realisedCumulative), role: "result" },
        ],
        anchor: at(layout.rows + 1, 0),
      }
    : undefined;

  const flaggedNames = preview.programmes.filter((_, p) => preview.flagged[p]);
  return {
    wizard: "followup",
    method: {
      // Excel's own functions by the names Danish Excel shows them.
      da:
        (live ? "levende Excel-formler HVIS, SUM.HVISER, TÆL, IKKE.TILGÆNGELIG" : "faste værdier fra opfølgningen") +
        `; tom realiseret (også en formel, der giver "") = endnu ikke indberettet; realiseringsgrad over de indberettede år; tærskel ${formatDanish(preview.threshold)}` +
        `; markeret: ${flaggedNames.length > 0 ? flaggedNames.join(", ") : "ingen"}` +
        (chart ? "; diagram indsat" : ""),
      en:
        (live ? "live Excel formulas IF, SUMIFS, COUNT, NA" : "values from the follow-up plan") +
        `; blank realised (also a formula giving "") = not yet reported; rate over reported years; threshold ${numberLiteral(preview.threshold)}` +
        `; flagged: ${flaggedNames.length > 0 ? flaggedNames.join(", ") : "none"}` +
        (chart ? "; chart inserted" : ""),
    },
    inputs: { ...input, plan: sources.plan.cells, realised: sources.realised.given },
    topLeft: target,
    newSheet: input.newSheet ? FOLLOW_UP_SHEET[language] : undefined,
    block: {
      formulas,
      numberFormats,
      columnWidths,
      horizontalAlignment: alignment,
    },
    chart,
  };
}

/** The address the block will cover, for the "writes to" line. */
export const followUpTargetAddress = targetAddressOf(followUpLayout);
