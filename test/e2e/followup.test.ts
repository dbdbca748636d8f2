/**
 * The follow-up wizard (Gevinstopfølgning) in real Chromium, against the playground's sample plan
 * and half-year realisation (Gevinster!A1:E5 and A7:E11, mio. kr.).
 *
 * Expected numbers worked out by hand, not by src/core:
 *   Digital post      realised 0,8 1,9 of plan 1,0 2,0: deviation -0,2 -0,1; rate 2,7 / 3,0 = 90,0 %
 *   Fælles indkøb     1,2 1,7 of 1,2 2,4: 0,0 -0,7; rate 2,9 / 3,6 = 80,6 %
 *   Energirenovering  0,3 and 2025 not reported, of 0,5 1,5: -0,2; rate 0,3 / 0,5 = 60,0 % < 80 %: flagged
 *   Ny vagtplan       0,9 1,5 of 1,0 2,0: -0,1 -0,5; rate 2,4 / 3,0 = 80,0 %, not below 80 %: not flagged
 *   planned totals 3,7 7,9 13,0 14,0 → cumulative 3,7 11,6 24,6 38,6
 *   realised totals 3,2 5,1 (2026–27 not reported) → cumulative 3,2 8,3
 *   threshold 0,9: 80,6 % and 80,0 % fall below as well.
 */
import { SERIES_COLOURS } from "../../src/sheet/chartColours";
import type { Page } from "playwright-core";
import { openPlayground, pane, readCells, screenshot, setCell, type BrowserSession } from "../support/playground";

async function waitForPreview(page: Page): Promise<void> {
  await page.getByTestId("follow-preview").waitFor();
  await page.getByTestId("busy").waitFor({ state: "detached" });
}

async function charts(page: Page, sheet: string) {
  return page.evaluate(
    (name) =>
      window.raaderum?.workbook
        .sheet(name)
        ?.charts.map((c) => ({ title: c.title, categories: c.categories, series: c.series })) ?? [],
    sheet,
  );
}

/** Rounds binary noise away (-0,19999999999999996 → -0,2): cells Excel prints alike. */
function printed(rows: unknown[][]): unknown[][] {
  return rows.map((row) => row.map((v) => (typeof v === "number" ? Number(v.toPrecision(12)) : v)));
}

describe("follow-up wizard in the playground", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ wizard: "Gevinstopfølgning" });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("the half-year realisation: rates over the years reported, the 80 % flag, Excel's own formulas and a chart", async () => {
    await page.getByTestId("follow-plan").fill("Gevinster!A1:E5");
    await page.getByTestId("follow-realised").fill("Gevinster!A7:E11");
    await expect(page.getByTestId("follow-threshold").inputValue()).resolves.toBe("80 %");
    await page.getByTestId("follow-target").fill("Gevinster!A14");
    await waitForPreview(page);

    const preview = page.getByTestId("follow-preview");
    const row = (name: RegExp) => preview.getByRole("row", { name }).textContent();
    await expect(row(/^Digital post/)).resolves.toBe("Digital post-0,2-0,1––90,0 %");
    await expect(row(/^Fælles indkøb/)).resolves.toBe("Fælles indkøb0,0-0,7––80,6 %");
    await expect(row(/^Energirenovering/)).resolves.toBe("Energirenovering-0,2–––60,0 %✗");
    await expect(row(/^Ny vagtplan/)).resolves.toBe("Ny vagtplan-0,1-0,5––80,0 %");
    await expect(row(/^Planlagt, akkumuleret/)).resolves.toBe("Planlagt, akkumuleret3,711,624,638,6");
    await expect(row(/^Realiseret, akkumuleret/)).resolves.toBe("Realiseret, akkumuleret3,28,3––");
    await expect(page.getByTestId("follow-flag").allTextContents()).resolves.toEqual([
      "Energirenovering har realiseret 60,0 % af planen for de indberettede år – under tærsklen på 80 %.",
    ]);
    await expect(page.getByTestId("follow-not-reported").textContent()).resolves.toBe(
      "Ikke indberettet endnu: Energirenovering 2025. Tomme celler tæller ikke som 0; realiseringsgraden regnes over de indberettede år.",
    );
    await screenshot(page, "followup-preview");

    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Gevinster!A14:G23" }).waitFor();
    const cells = await readCells(page, "Gevinster!A14:G23");
    expect(cells.inputs[3]?.[1]).toBe('=IF(COUNT(Gevinster!B10)=0,"",Gevinster!B10-Gevinster!B4)');
    expect(cells.inputs[3]?.[5]).toBe(
      '=IF((SUMIFS(Gevinster!B4:E4,Gevinster!B10:E10,">=0")+SUMIFS(Gevinster!B4:E4,Gevinster!B10:E10,"<0"))>0,SUM(Gevinster!B10:E10)/(SUMIFS(Gevinster!B4:E4,Gevinster!B10:E10,">=0")+SUMIFS(Gevinster!B4:E4,Gevinster!B10:E10,"<0")),"")',
    );
    expect(cells.values.map((r) => r[0])).toEqual([
      "Afvigelse, realiseret − planlagt (mio. kr.)",
      "Digital post",
      "Fælles indkøb",
      "Energirenovering",
      "Ny vagtplan",
      "Planlagt i alt",
      "Realiseret i alt",
      "Planlagt, akkumuleret",
      "Realiseret, akkumuleret",
      "Tærskel",
    ]);
    const values = printed(cells.values);
    expect(values.slice(1, 5).map((r) => r.slice(1))).toEqual([
      [-0.2, -0.1, "", "", 0.9, ""],
      [0, -0.7, "", "", 0.805555555556, ""],
      [-0.2, "", "", "", 0.6, "Under tærsklen"],
      [-0.1, -0.5, "", "", 0.8, ""],
    ]);
    expect(values.slice(5, 9).map((r) => r.slice(1, 5))).toEqual([
      [3.7, 7.9, 13, 14],
      [3.2, 5.1, "", ""],
      [3.7, 11.6, 24.6, 38.6],
      [3.2, 8.3, { error: "#N/A", message: "" }, { error: "#N/A", message: "" }],
    ]);
    // The Danish percent format, with the space the pane prints too: 90,0 %.
    expect(cells.formats[1]?.[5]).toBe("0.0 %");
    expect(await charts(page, "Gevinster")).toEqual([
      {
        title: "Akkumuleret planlagt mod realiseret (mio. kr.)",
        categories: "B14:E14",
        series: [
          { name: "Planlagt, akkumuleret", values: "B21:E21", role: "plan", dashed: true },
          { name: "Realiseret, akkumuleret", values: "B22:E22", role: "result" },
        ],
      },
    ]);
    await page.getByTestId("sheet-Gevinster").click();
    const chart = page.locator("figure.chart").first();
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    // The realised line stops where nothing is reported yet: two points, the plan four.
    const lines = await chart
      .locator("polyline")
      .evaluateAll((els) => els.map((el) => (el.getAttribute("points") ?? "").split(" ").length));
    expect(lines).toEqual([4, 2]);
    // The plan in the plan's colour and the result in the result's, as in the programme chart.
    const strokes = await chart.locator("polyline").evaluateAll((els) => els.map((el) => el.getAttribute("stroke")));
    expect(strokes).toEqual([SERIES_COLOURS.plan, SERIES_COLOURS.result]);
    await screenshot(page, "followup");

    // The sheet works without the add-in: Energirenovering reports 2025 (0,4) and the formulas follow.
    // Rate (0,3 + 0,4) / (0,5 + 1,5) = 35 %; 2025 realised 1,9 + 1,7 + 0,4 + 1,5 = 5,5.
    await setCell(page, "Gevinster!C10", 0.4);
    const after = printed((await readCells(page, "Gevinster!C17:G20")).values);
    expect(after[0]).toEqual([-1.1, "", "", 0.35, "Under tærsklen"]);
    expect(after[3]?.[0]).toBe(5.5);
    await setCell(page, "Gevinster!C10", "");
    expect(session.errors).toEqual([]);
  });

  test("a threshold of 0,9 flags more; values written over the formulas after asking; Fortryd restores them", async () => {
    const before = await readCells(page, "Gevinster!A14:G23");
    await page.getByTestId("follow-threshold").fill("0,9");
    await page.getByTestId("follow-flag").nth(2).waitFor();
    await expect(page.getByTestId("follow-flag").count()).resolves.toBe(3);
    await expect(page.getByTestId("follow-preview").getByText("✗", { exact: true }).count()).resolves.toBe(3);
    await pane(page).getByRole("radio", { name: "Faste værdier" }).check();
    await pane(page).getByRole("button", { name: "Skriv til regnearket" }).click();
    const dialog = page.getByTestId("confirm-overwrite");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Gevinster!A14:G23");
    await page.getByRole("button", { name: "Skriv over" }).click();
    await page.getByTestId("write-notice").filter({ hasText: "Gevinster!A14:G23" }).waitFor();
    const fixed = await readCells(page, "Gevinster!A15:G18");
    expect(fixed.inputs.map((r) => r[6])).toEqual(["", "Under tærsklen", "Under tærsklen", "Under tærsklen"]);
    expect((await readCells(page, "Gevinster!B23")).inputs).toEqual([[0.9]]);

    await pane(page).getByRole("button", { name: "Fortryd" }).click();
    await page.getByTestId("undo-notice").waitFor();
    const restored = await readCells(page, "Gevinster!A14:G23");
    expect(restored.inputs).toEqual(before.inputs);
    expect(await charts(page, "Gevinster")).toHaveLength(1);
  });

  test("a threshold typed as 80 is told how to write it; English at 320 px fits", async () => {
    await page.getByTestId("follow-threshold").fill("80");
    const error = page.getByTestId("follow-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      "Tærsklen: 80 betyder 8.000 %. Mener du 80 %, så skriv 80 % eller 0,8.",
    );
    await page.getByTestId("follow-threshold").fill("80 %");
    await waitForPreview(page);
    await page.getByTestId("language").click();
    await page.setViewportSize({ width: 320, height: 1000 });
    await expect(pane(page).getByRole("tab", { name: "Benefits follow-up" }).count()).resolves.toBe(1);
    await expect(page.getByTestId("follow-flag").textContent()).resolves.toContain(
      "Energirenovering has realised 60.0%",
    );
    const fits = await page.locator(".pane").evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    await screenshot(page, "followup-320");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId("language").click();
    expect(session.errors).toEqual([]);
  });
});
