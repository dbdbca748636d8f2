/**
 * A small SVG line chart of a MemoryChart, so the playground shows what the wizard inserted in Excel,
 * drawn with the same settings the Office.js adapter gives Excel's line chart: gridlines and a label
 * at every automatic step of the value axis, the years below the plot area (tick labels "Low"), each
 * year in the middle of its band, the legend at the bottom, the target dashed, and each line in its
 * role's colour (SERIES_COLOURS), as the adapter colours Excel's.
 */
import { parseRange } from "../sheet/address";
import { SERIES_COLOURS } from "../sheet/chartColours";
import type { MemoryChart, MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import { valueAxis } from "./axis";
import { cellText } from "./cellText";

const WIDTH = 420;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 28, bottom: 44 };

function vector(workbook: MemoryWorkbook, sheet: string, address: string): (number | string)[] {
  const range = parseRange(address);
  if (!range) return [];
  const out: (number | string)[] = [];
  for (let r = range.start.row; r <= range.end.row; r++)
    for (let c = range.start.column; c <= range.end.column; c++) {
      const v = workbook.value(range.sheet ?? sheet, r, c);
      out.push(typeof v === "number" ? v : String(v));
    }
  return out;
}

export function ChartView({ workbook, chart }: { workbook: MemoryWorkbook; chart: MemoryChart }) {
  const categories = vector(workbook, chart.sheet, chart.categories).map((c) =>
    typeof c === "number" ? cellText(c, "0") : c,
  );
  const series = chart.series.map((s) => ({
    ...s,
    // A cell that is not a number (#N/A, blank) is no point, as in Excel's line chart: the line stops.
    points: vector(workbook, chart.sheet, s.values).map((v) => (typeof v === "number" ? v : undefined)),
  }));
  const { min, max, ticks } = valueAxis(series.flatMap((s) => s.points.filter((v) => v !== undefined)));
  const span = max - min || 1;
  const band = (WIDTH - PAD.left - PAD.right) / Math.max(categories.length, 1);
  const x = (i: number) => PAD.left + (i + 0.5) * band;
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / span;

  return (
    <figure className="chart" data-testid={`chart-${chart.id}`}>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={chart.title}>
        <text x={WIDTH / 2} y={16} textAnchor="middle" fontWeight="600" fontSize="13">
          {chart.title}
        </text>
        {ticks.map((v) => (
          <g key={`tick-${v}`} data-testid="chart-tick">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? "#999" : "#e1e1e1"} />
            <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" fontSize="10">
              {cellText(v, "#,##0.0")}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <text key={i} x={x(i)} y={y(min) + 14} textAnchor="middle" fontSize="10" data-testid="chart-category">
            {c}
          </text>
        ))}
        {series.map((s) => (
          <polyline
            key={s.name}
            fill="none"
            stroke={SERIES_COLOURS[s.role]}
            strokeWidth={2}
            strokeDasharray={s.dashed ? "6 4" : undefined}
            points={s.points.flatMap((v, i) => (v === undefined ? [] : [`${x(i)},${y(v)}`])).join(" ")}
          />
        ))}
        {series.map((s, k) => (
          <g key={`legend-${s.name}`} transform={`translate(${PAD.left + k * 170}, ${HEIGHT - 12})`}>
            <line
              x1={0}
              x2={22}
              y1={-4}
              y2={-4}
              stroke={SERIES_COLOURS[s.role]}
              strokeWidth={2}
              strokeDasharray={s.dashed ? "6 4" : undefined}
            />
            <text x={28} y={0} fontSize="11">
              {s.name}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
