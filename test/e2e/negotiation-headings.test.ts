/**
 * The written Forhandling and Bilag sheets' headings, whole, in the playground beside its 320 px pane:
 * the Forhandling wizard writes the sample catalogue (Forslag!A1:F8) as a new sheet, whose heading rows
 * (2: scenario names, 3: the table's headings, 13: per year, 20: per department) wrap within their
 * columns at row heights that hold every line; the Bilag wizard writes Forlig A, whose title and
 * unit line (rows 1–2) wrap in the names' column. The browser measures each heading cell's text box:
 * nothing may overflow it (scrollWidth ≤ clientWidth, scrollHeight ≤ clientHeight). A row put back
 * to the standard 15 points shows the check catching a cut heading. The picture is kept as
 * test-results/screenshots/negotiation-headings.png.
 *
 * And what a council member reading down the sheet would trip over: each year stands in one column
 * in all three parts (proposals, per year, per department), the unit line is one cell, the "I alt"
 * row is bold, and with no quotas given (the wizard's quota range left empty, as here) the "mangler"
 * cells say so with a dash and a note rather than printing the adopted amounts negated.
 */
import type { Page } from "playwright-core";
import { openPlayground, pane, screenshot, type BrowserSession } from "../support/playground";
import { gridCells, type GridCell } from "../support/writtenGrid";

interface Measured {
  cell: string;
  text: string;
  /** "" when the whole text shows; otherwise what overflows. */
  cut: string;
  wrapped: boolean;
  height: number;
}

/** Every non-empty cell of the sheet's `rows` (1-based), as the grid draws it. */
async function measureRows(page: Page, sheet: string, rows: readonly number[]): Promise<Measured[]> {
  return page.evaluate(
    ({ sheet, rows }) => {
      const found: { cell: string; text: string; cut: string; wrapped: boolean; height: number }[] = [];
      for (const td of Array.from(document.querySelectorAll<HTMLElement>("td[data-cell]"))) {
        const cell = td.dataset.cell ?? "";
        if (!cell.startsWith(`${sheet}!`)) continue;
        const row = Number(/(\d+)$/.exec(cell)?.[1]);
        if (!rows.includes(row)) continue;
        const text = (td.textContent ?? "").trim();
        if (text === "") continue;
        // The box the text is drawn in: a wrapped cell's (or a sized row's) own, else the cell.
        const box = td.querySelector<HTMLElement>(".cell-text") ?? td;
        const cuts: string[] = [];
        if (box.scrollWidth > box.clientWidth) cuts.push(`width ${box.scrollWidth} > ${box.clientWidth}`);
        if (box.scrollHeight > box.clientHeight) cuts.push(`height ${box.scrollHeight} > ${box.clientHeight}`);
        found.push({
          cell: cell.slice(sheet.length + 1),
          text,
          cut: cuts.join(", "),
          wrapped: td.classList.contains("wrap"),
          height: Math.round(td.getBoundingClientRect().height),
        });
      }
      return found;
    },
    { sheet, rows },
  );
}

async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.getByTestId(`sheet-${sheet}`).click();
  await page.locator(`td[data-cell="${sheet}!A1"]`).waitFor();
}

describe("the written Forhandling and Bilag sheets show their headings whole", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    // Wide enough that the grid beside the 320 px pane shows the per-department headings in the picture.
    session = await openPlayground({ viewport: { width: 1800, height: 900 } });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("Forhandling from the sample catalogue: every heading cell shows its whole text", async () => {
    expect(await page.locator("aside.pane").evaluate((el) => el.getBoundingClientRect().width)).toBe(320);
    await pane(page).getByRole("tab", { name: "Forhandling", exact: true }).click();
    await page.getByTestId("neg-catalogue").fill("Forslag!A1:F8");
    await page.getByTestId("neg-room").fill("5,0");
    await page.getByTestId("neg-preview").waitFor();
    await page.getByTestId("busy").waitFor({ state: "detached" });
    await page.getByTestId("neg-write").click();
    await page.getByText("Skrevet til").waitFor();
    const sheet = "Forhandling (2)";
    await showSheet(page, sheet);

    const headings = await measureRows(page, sheet, [1, 2, 3, 13, 20]);
    const row = (n: number) => headings.filter((h) => /^[A-Z]+(\d+)$/.exec(h.cell)?.[1] === String(n));
    // Row 1: the title and the unit line, one cell; row 2: the two scenario names; row 3: Afdeling,
    // Forslag, 4 years, 2 × (Status + 4 Delvis + 4 Vedtaget); row 13: "Pr. år" and 4 years; row 20:
    // Afdeling, the no-quota note, 4 quotas, 2 × 2 × 4 per-department headings.
    expect(row(1).map((h) => [h.cell, h.text])).toEqual([
      ["A1", "Forhandling"],
      ["B1", "Beløb i mio. kr."],
    ]);
    expect(row(2).map((h) => h.text)).toEqual(["Forlig A", "Forlig B"]);
    expect(row(3)).toHaveLength(24);
    expect(row(13)).toHaveLength(5);
    expect(row(20)).toHaveLength(22);
    expect(headings.filter((h) => h.cut !== "")).toEqual([]);
    // The per-department headings wrap onto 3 lines of their narrow columns: a 45-point (60 px) row.
    // G is Forlig A's status column, 11 characters ("Forkastet" + 2): "Forlig A:" | "vedtaget" | "2024".
    const g20 = headings.find((h) => h.cell === "G20");
    expect(g20).toMatchObject({ text: "Forlig A: vedtaget 2024", wrapped: true, cut: "" });
    expect(g20?.height).toBe(60);
    expect(row(20).every((h) => h.wrapped)).toBe(true);

    // Each year in one column down the sheet: the proposals' year headings (row 3), the per-year
    // part's (row 13) and the quotas' (row 20) stand in the same columns, C to F.
    const columnOf = (cell: string) => /^[A-Z]+/.exec(cell)?.[0];
    const yearColumns = (n: number, heading: (year: number) => string) =>
      [2024, 2025, 2026, 2027].map((year) => columnOf(row(n).find((h) => h.text === heading(year))?.cell ?? ""));
    expect(yearColumns(3, String)).toEqual(["C", "D", "E", "F"]);
    expect(yearColumns(13, String)).toEqual(yearColumns(3, String));
    expect(yearColumns(20, (year) => `Kvote ${year}`)).toEqual(yearColumns(3, String));

    // The figures follow their headings: read as the grid shows them, rows 4–25.
    const cells = await gridCells(page, `'${sheet}'!A1:X25`);
    const at = (address: string): GridCell | undefined => cells.flat().find((c) => c.address === address);
    // The room typed in the pane (5,0) stands under 2024 in C, as the proposals' 2024 amounts do.
    expect(at("A14")?.text).toBe("Råderum, der skal findes");
    expect([at("B14")?.kind, at("C14")?.text]).toEqual(["empty", "5,00"]);

    // The "I alt" row (11, under the seven proposals) is bold from its label to its last sum; the
    // proposal above it is not.
    const total = cells[10] ?? [];
    expect(total[0]?.text).toBe("I alt");
    const filled = total.filter((c) => c.kind !== "empty");
    expect(filled.map((c) => c.address)).toEqual([
      "A11",
      "C11",
      "D11",
      "E11",
      "F11",
      "L11",
      "M11",
      "N11",
      "O11",
      "U11",
      "V11",
      "W11",
      "X11",
    ]);
    expect(filled.filter((c) => !c.bold)).toEqual([]);
    expect((cells[9] ?? []).filter((c) => c.kind !== "empty" && c.bold)).toEqual([]);

    // No quota was given: the quota cells are empty for typing, each "mangler" shows a dash, and B20
    // says what the dash means. Forlig A's "mangler" per department are K–N; the departments are rows 21–25.
    expect(at("B20")?.text).toBe('– i "mangler": ingen kvote angivet; skriv den under "Kvote"');
    for (const r of cells.slice(20, 25)) {
      expect(r[0]?.kind).toBe("text");
      expect(r.slice(2, 6).map((c) => c.kind)).toEqual(["empty", "empty", "empty", "empty"]);
      expect(r.slice(10, 14).map((c) => [c.text, c.align])).toEqual(new Array(4).fill(["–", "right"]));
    }

    await page.locator(`td[data-cell="${sheet}!A1"]`).click();
    await screenshot(page, "negotiation-headings");

    // The check sees a cut heading: with row 20 back at Excel's standard 15 points, G20 shows one line.
    await page.evaluate((name) => window.raaderum?.workbook.setRowHeight(name, 19, 15), sheet);
    const cut = (await measureRows(page, sheet, [20])).find((h) => h.cell === "G20");
    expect(cut?.cut).toMatch(/^height \d+ > \d+$/);
    await page.evaluate((name) => window.raaderum?.workbook.setRowHeight(name, 19, 45), sheet);
  });

  test("Bilag of Forlig A: the title, the unit line and the headings show whole", async () => {
    await pane(page).getByRole("tab", { name: "Bilag", exact: true }).click();
    await page.getByTestId("annex-source").fill("Forhandling!A1");
    await page.getByTestId("annex-municipality").fill("Eksempel Kommune");
    await page.getByTestId("annex-preview").waitFor();
    await page.getByTestId("busy").waitFor({ state: "detached" });
    await page.getByTestId("annex-write").click();
    await page.getByText("Skrevet til").waitFor();
    await showSheet(page, "Bilag");
    const headings = await measureRows(page, "Bilag", [1, 2, 3]);
    expect(headings.map((h) => h.cell)).toEqual(["A1", "A2", "A3", "B3", "C3", "D3", "E3", "F3"]);
    expect(headings.filter((h) => h.cut !== "")).toEqual([]);
    // The unit line, 74 characters in the 44-character names' column: two lines in a 30-point (40 px) row.
    expect(headings[1]).toMatchObject({ wrapped: true, height: 40 });
    expect(headings[1]?.text).toBe("Beløb i mio. kr., afrundet, så hver række og kolonne summer til sin total.");
    await screenshot(page, "annex-headings");
  });
});
