/**
 * The chart the programme wizard inserts, as Office.js is told to make it: a line chart with the
 * target dashed, each line in its role's colour, gridlines on the value axis, and the years below
 * the plot area.
 */
import { createOfficeWorkbookApi } from "../../src/excel/office/officeWorkbook";
import type { ChartSpec } from "../../src/sheet/types";
import { SERIES_COLOURS } from "../../src/sheet/chartColours";

interface FakeSeries {
  name: string;
  values?: string;
  categories?: string;
  format: { line: { lineStyle: string; color?: string } };
}

function fakeExcel() {
  const made: { type?: string; source?: string; series: FakeSeries[]; chart?: Record<string, unknown> } = {
    series: [],
  };
  const newSeries = (name = ""): FakeSeries => {
    const series: FakeSeries = {
      name,
      format: { line: { lineStyle: "Continuous" } },
    };
    made.series.push(series);
    return series;
  };
  const seriesApi = (s: FakeSeries) =>
    Object.assign(s, {
      setValues: (range: { address: string }) => (s.values = range.address),
      setXAxisValues: (range: { address: string }) => (s.categories = range.address),
    });
  const chart = {
    name: "",
    title: { text: "" },
    legend: { position: "Right" },
    position: "",
    axes: {
      valueAxis: { majorGridlines: { visible: false } },
      categoryAxis: { tickLabelPosition: "NextToAxis" },
    },
    series: {
      getItemAt: () => seriesApi(newSeries()),
      add: (name: string) => seriesApi(newSeries(name)),
    },
    setPosition(anchor: string) {
      chart.position = anchor;
    },
  };
  made.chart = chart;
  const sheet = {
    getRange: (address: string) => ({ address }),
    charts: {
      add(type: string, source: { address: string }) {
        made.type = type;
        made.source = source.address;
        return chart;
      },
    },
  };
  const context = { workbook: { worksheets: { getItem: () => sheet } }, sync: () => Promise.resolve() };
  return { made, chart, run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as never) };
}

const SPEC: ChartSpec = {
  sheet: "Katalog",
  title: "Akkumuleret effekt",
  categories: "C1:F1",
  series: [
    { name: "Akkumuleret", values: "C12:F12", role: "plan" },
    { name: "Mål", values: "C14:F14", role: "target", dashed: true },
  ],
  anchor: "H2",
};

describe("Office.js adapter: the catalogue chart", () => {
  test("a line chart, the target dashed, the colours by role, gridlines, the years below the plot area", async () => {
    const { made, chart, run } = fakeExcel();
    const api = createOfficeWorkbookApi({ run, chartName: () => "Råderum 1" });
    await expect(api.addChart(SPEC)).resolves.toBe("Råderum 1");
    expect(made.type).toBe("Line");
    expect(made.series.map((s) => [s.name, s.values, s.categories, s.format.line.lineStyle])).toEqual([
      ["Akkumuleret", "C12:F12", "C1:F1", "Continuous"],
      ["Mål", "C14:F14", "C1:F1", "Dash"],
    ]);
    // Each line in its role's colour, not Excel's colour by position.
    expect(made.series.map((s) => s.format.line.color)).toEqual([SERIES_COLOURS.plan, SERIES_COLOURS.target]);
    expect(chart.axes.valueAxis.majorGridlines.visible).toBe(true);
    expect(chart.axes.categoryAxis.tickLabelPosition).toBe("Low");
    expect(chart.legend.position).toBe("Bottom");
    expect(chart.position).toBe("H2");
  });
});
