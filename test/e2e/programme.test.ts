/**
 * The programme wizard (Effektiviseringskatalog) in real Chromium, against the playground's sample
 * catalogue, filled in as a user would.
 *
 * Expected numbers worked out by hand (mio. kr.), not by src/core:
 *   net = gains + costs: Digital post 0,0−1,5 / 2,0−1,0 / 4,5−0,5 / 4,5−0,5 = -1,5 1,0 4,0 4,0;
 *   Fælles indkøb 1,2−0,4 / 2,4−0,2 / 3,0 / 3,0 = 0,8 2,2 3,0 3,0;
 *   Energirenovering 0,5−3,0 / 1,5−2,0 / 2,5−0,5 / 3,5−0,5 = -2,5 -0,5 2,0 3,0 — printed 3,2 in 2027,
 *   0,2 off where three printed figures allow 0,15: flagged.
 *   totals -3,2 2,7 9,0 10,0; cumulative -3,2 -0,5 8,5 18,5.
 *   target 1 % of the decentralised budgets 310+95+180+70+420+125 = 1.200 → 12,0 a year, cumulative
 *   12 24 36 48; gap 12 − totals = 15,2 9,3 3,0 2,0.
 */
import { SERIES_COLOURS } from "../../src/sheet/chartColours";
import type { Page } from "playwright-core";
import {
  formulaBar,
  openPlayground,
  pane,
  readCells,
  screenshot,
  setCell,
  type BrowserSession,
} from "../support/playground";

const NET = [
  [-1.5, 1, 4, 4],
  [0.8, 2.2, 3, 3],
  [-2.5, -0.5, 2, 3],
];

interface ChartSeen {
  title: string;
  categories: string;
  series: { name: string; values: string; role: string; dashed?: boolean }[];
}

async function charts(page: Page, sheet: string): Promise<ChartSeen[]> {
  return page.evaluate(
    (name) =>
      window.raaderum?.workbook
        .sheet(name)
        ?.charts.map((c) => ({ title: c.title, categories: c.categories, series: c.series })) ?? [],
    sheet,
  );
}

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("prog-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

describe("programme wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "Effektiviseringskatalog" });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the sample catalogue against 1 % of the decentralised budgets, live formulas and a chart with a dashed target", async () => {
    await page.getByTestId("prog-gains").fill("Katalog!A1:E4");
    await page.getByTestId("prog-costs").fill("Katalog!A6:E9");
    await page.getByTestId("prog-printed").fill("Katalog!A11:E14");
    await page.getByTestId("prog-budgets").fill("Budget!D1:D7");
    await expect(pane(page).getByRole("textbox", { name: "Sats", exact: true }).inputValue()).resolves.toBe("1 %");
    await page.getByTestId("prog-target").fill("Katalog!A17");
    await waitForPreview(page);

    const preview = page.getByTestId("prog-preview");
    await expect(preview.getByRole("row", { name: /^Digital post/ }).textContent()).resolves.toBe(
      "Digital post-1,51,04,04,0",
    );
    await expect(preview.getByRole("row", { name: /^Energirenovering ✗/ }).textContent()).resolves.toBe(
      "Energirenovering ✗-2,5-0,52,03,0",
    );
    await expect(preview.getByRole("row", { name: /^Akkumuleret/ }).textContent()).resolves.toBe(
      "Akkumuleret-3,2-0,58,518,5",
    );
    await expect(preview.getByRole("row", { name: /^Mangler til mål/ }).textContent()).resolves.toBe(
      "Mangler til mål pr. år15,29,33,02,0",
    );
    await expect(preview.getByText("✓").count()).resolves.toBe(3);
    await expect(preview.getByText("✗", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByTestId("prog-flag").textContent()).resolves.toBe(
      "Energirenovering 2027: trykt netto 3,2 i Katalog!E14, men gevinster + omkostninger er 3,0. Ret tallet i kataloget, eller tjek gevinst og omkostning.",
    );
    await expect(page.getByTestId("prog-payback").textContent()).resolves.toBe(
      "Tjent ind (løbende netto når 0): Digital post 2026, Fælles indkøb 2024, Energirenovering 2027",
    );
    await screenshot(page, "programme-preview");

    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Katalog!A17:F25" }).waitFor();

    const cells = await readCells(page, "Katalog!A17:F25");
    expect(cells.inputs[0]).toEqual(["Nettoeffekt (mio. kr.)", 2024, 2025, 2026, 2027, "Trykt netto"]);
    // Stored with the English ids, shown with the Danish names as Danish Excel shows them.
    expect(cells.inputs[1]?.[1]).toBe("=BUDGET.NETEFFECT(Katalog!B2:E4,Katalog!B7:E9)");
    expect(cells.inputs[5]?.[1]).toBe("=BUDGET.CUMULATIVE(B21:E21)");
    expect(cells.inputs[6]?.[1]).toBe("=ROUND(0.01*SUM(Budget!D2:D7),1)");
    expect(cells.inputs[8]?.[1]).toBe("=BUDGET.GAP(B23:E23,B18:E20)");
    await expect(formulaBar(page, "Katalog!B18")).resolves.toBe("=BUDGET.NETTOEFFEKT(Katalog!B2:E4,Katalog!B7:E9)");
    await expect(formulaBar(page, "Katalog!B25")).resolves.toBe("=BUDGET.MANGLER(B23:E23,B18:E20)");
    expect(cells.values.map((row) => row[0])).toEqual([
      "Nettoeffekt (mio. kr.)",
      "Digital post",
      "Fælles indkøb",
      "Energirenovering",
      "I alt",
      "Akkumuleret",
      "Mål (1 %)",
      "Mål, akkumuleret",
      "Mangler til mål pr. år",
    ]);
    // Recalculated by the playground's workbook through the same BUDGET functions Excel runs.
    expect(cells.values.slice(1).map((row) => row.slice(1, 5))).toEqual([
      ...NET,
      [-3.2, 2.7, 9, 10],
      [-3.2, -0.5, 8.5, 18.5],
      [12, 12, 12, 12],
      [12, 24, 36, 48],
      [15.2, 9.3, 3, 2],
    ]);
    expect(cells.values.slice(1, 4).map((row) => row[5])).toEqual(["✓", "✓", "✗ 2027: trykt 3,2, beregnet 3,0"]);
    expect(cells.formats[2]?.[2]).toBe("#,##0.0");

    expect(await charts(page, "Katalog")).toEqual([
      {
        title: "Akkumuleret effekt mod mål (mio. kr.)",
        categories: "B17:E17",
        series: [
          { name: "Planlagt effekt, akkumuleret", values: "B22:E22", role: "plan" },
          { name: "Mål, akkumuleret", values: "B24:E24", role: "target", dashed: true },
        ],
      },
    ]);

    // Live: mending the catalogue's 2027 gain for Energirenovering (3,5 → 3,7) flows through.
    await setCell(page, "Katalog!E4", 3.7);
    const after = await readCells(page, "Katalog!E20:E25");
    expect(after.values.map((row) => row[0])).toEqual([3.2, 10.2, 18.7, 12, 48, 1.8]);
    await setCell(page, "Katalog!E4", 3.5);

    await page.getByTestId("sheet-Katalog").click();
    await page.locator("figure.chart").first().waitFor();
    await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
    await screenshot(page, "programme");
    // Every step of the value axis is labelled, and no value label touches a year below the plot.
    const chart = page.locator("figure.chart").first();
    // The planned net effect in the plan's colour, as the follow-up chart draws its plan; the target grey.
    const strokes = await chart.locator("polyline").evaluateAll((els) => els.map((el) => el.getAttribute("stroke")));
    expect(strokes).toEqual([SERIES_COLOURS.plan, SERIES_COLOURS.target]);
    const ticks = await chart.getByTestId("chart-tick").locator("text").all();
    expect(ticks.length).toBeGreaterThan(3);
    const years = await chart.getByTestId("chart-category").all();
    await expect(Promise.all(years.map((y) => y.textContent()))).resolves.toEqual(["2024", "2025", "2026", "2027"]);
    for (const tick of ticks)
      for (const year of years) {
        const [a, b] = [await tick.boundingBox(), await year.boundingBox()];
        if (!a || !b) throw new Error("a chart label has no box");
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    expect(session.errors).toEqual([]);
  });

  test("writing again asks first, naming the range; Fortryd removes the chart and restores the cells", async () => {
    const before = await readCells(page, "Katalog!A17:F25");
    await pane(page).getByRole("radio", { name: "Faste værdier" }).check();
    await pane(page).getByRole("radio", { name: "Skriv målet" }).check();
    await pane(page).getByRole("textbox", { name: "Mål", exact: true }).fill("3,0; 6,0; 9,0; 12,0");
    // The preview follows the typing after a short pause; write only once it shows the new target.
    const targetRow = page.getByTestId("prog-preview").getByRole("row", { name: /^Mål, akkumuleret/ });
    await targetRow.filter({ hasText: "30,0" }).waitFor();
    await expect(targetRow.textContent()).resolves.toBe("Mål, akkumuleret3,09,018,030,0");
    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    const dialog = page.getByTestId("confirm-overwrite");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Katalog!A17:F25");
    await page.getByRole("button", { name: "Skriv over" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("write-notice").filter({ hasText: "Katalog!A17:F25" }).waitFor();

    const fixed = await readCells(page, "Katalog!A17:F25");
    // Typed targets 3 6 9 12: cumulative 3 9 18 30, gap 3−(−3,2)=6,2 6−2,7=3,3 9−9=0 12−10=2.
    expect(fixed.inputs.slice(5).map((row) => row.slice(1, 5))).toEqual([
      [-3.2, -0.5, 8.5, 18.5],
      [3, 6, 9, 12],
      [3, 9, 18, 30],
      [6.2, 3.3, 0, 2],
    ]);
    expect(await charts(page, "Katalog")).toHaveLength(2);

    await pane(page).getByRole("button", { name: "Fortryd" }).click();
    await page.getByTestId("undo-notice").waitFor();
    const restored = await readCells(page, "Katalog!A17:F25");
    expect(restored.inputs).toEqual(before.inputs);
    expect(restored.values).toEqual(before.values);
    expect(await charts(page, "Katalog")).toHaveLength(1);
  });

  test("text in a cost cell is told with its cell and how to mend it", async () => {
    await setCell(page, "Katalog!C8", "se note");
    const error = page.getByTestId("prog-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'Omkostningerne: Katalog!C8 indeholder "se note", som ikke er et tal. Skriv et tal som 1.234,5 eller 28,4 %, eller lad cellen være tom.',
    );
    await expect(page.getByTestId("prog-write").isDisabled()).resolves.toBe(true);
    await screenshot(page, "programme-error");
    await setCell(page, "Katalog!C8", -0.2);
    await waitForPreview(page);
  });

  test("in English at 320 px the pane fits and the flagged row is still told", async () => {
    await page.getByTestId("language").click();
    await page.setViewportSize({ width: 320, height: 1000 });
    await expect(pane(page).getByRole("tab", { name: "Efficiency catalogue" }).count()).resolves.toBe(1);
    await expect(page.getByTestId("prog-flag").textContent()).resolves.toContain("printed net 3.2 in Katalog!E14");
    const fits = await page.locator(".pane").evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    await screenshot(page, "programme-320");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId("language").click();
    expect(session.errors).toEqual([]);
  });
});
