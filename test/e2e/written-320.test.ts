/**
 * Every wizard's written sheet, in the playground beside its 320 px task pane: each wizard that
 * writes to a sheet is driven through the sample municipality to a confirmed write, a picture of the
 * page with the written block in view is kept (test-results/screenshots/written-320-<wizard>.png, and
 * -en for the English runs), and what the grid draws of the block is measured:
 *
 * - the grid shows the sheet the notice names and has the notice's range selected, and the block
 *   fills that range (its first and last row and column hold something);
 * - alignment: a number is right-aligned, and so is a text that reads as a number (an amount
 *   written as text still reads as one), except in a wizard's id columns (Udmøntning's "2100"), which
 *   are left-aligned as ids; a text heading a column of numbers (the next filled cell below it is a
 *   number) is right-aligned over them (Kvote's "Grundlag", Gevinstopfølgning's "Realiseringsgrad");
 *   any other text is left-aligned;
 * - no error value and no "#####" unless the sample means it (Gevinstopfølgning's #I/T, below);
 * - a number prints in the pane language's marks (Danish 1.234,5 and 90,0 %);
 * - nothing is cut. The grid draws each cell `nowrap` with `overflow: hidden` and an ellipsis, widens
 *   a column without a set width to its longest text up to 220 px, and never lets a text run on into
 *   its neighbour. Excel lets a left-aligned text run on over the empty cells to its right up to the
 *   first filled one, and never a number (it shows ##### instead). So the fair rule: a number, and a
 *   text that is not left-aligned, fits its cell (scrollWidth ≤ clientWidth); a left-aligned text fits
 *   or needs no more than the empty cells to its right before a filled one (to the sheet's edge:
 *   any length), as it would show in Excel;
 * - printed parts add up to the printed total (Fordel, Kvote, PL-fremskrivning, Demografi, Bilag),
 *   summed as whole numbers of the last printed place, read from the grid's text.
 *
 * - column widths: Excel's own columns are 64 px until a writer sets them, where the grid widens
 *   them; so every column the block writes in has its width set, and every cell fits its set width,
 *   but for a left-aligned text on a line of its own (a title, a sentence) that runs on to the
 *   sheet's edge, as Excel shows it;
 * - the rows named `boldRows` (the totals) are bold in every filled cell.
 */
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { cellName, parseRange } from "../../src/sheet/address";
import { openPlayground, pane, readCells, screenshot, type BrowserSession } from "../support/playground";
import { gridCells, noticeAddress, shownUnits, type GridCell } from "../support/writtenGrid";

type Language = "da" | "en";

const WRITE = { da: "Skriv til regnearket", en: "Write to the workbook" };
const WRITE_OVER = { da: "Skriv over", en: "Write over" };

/** Printed parts (rows first..last of the block) that must add up to a printed total row, in the given columns. */
interface Sums {
  parts: [number, number];
  total: number;
  columns: number[];
}

interface Wizard {
  tab: Record<Language, string>;
  name: string;
  fill(page: Page, language: Language): Promise<void>;
  /** The wizard's own write button (test id), where it is not the pane's "Skriv til regnearket". */
  button?: string;
  /** The range the write notice must name. */
  address: Record<Language, string>;
  /** Columns (from the block's left) holding ids: left-aligned even where an id reads as a number. */
  idColumns?: number[];
  /** Error values the sample means, by block row and column. */
  intendedError?(row: number, column: number): boolean;
  sums?: Sums[];
  /** Rows (from the block's top) printed bold, every filled cell: the totals. */
  boldRows?: number[];
}

/** Writes with the wizard's button, confirms an overwrite if asked, and gives the notice's address. */
async function write(page: Page, language: Language, button?: string): Promise<string> {
  const notice = page.getByTestId("write-notice");
  const before = (await notice.count()) > 0 ? await notice.textContent() : null;
  if (button) await page.getByTestId(button).click();
  else await pane(page).getByRole("button", { name: WRITE[language] }).click();
  const confirm = page.getByTestId("confirm-overwrite");
  await Promise.race([notice.waitFor(), confirm.waitFor()]);
  if (await confirm.isVisible()) await page.getByRole("button", { name: WRITE_OVER[language] }).click();
  await page.waitForFunction((previous) => {
    const text = document.querySelector("[data-testid=write-notice]")?.textContent;
    return text && text !== previous;
  }, before);
  return noticeAddress((await notice.textContent()) ?? "");
}

/** Scrolls the grid so the block's top-left cell sits just below and right of the sticky headings. */
async function bringIntoView(page: Page, address: string): Promise<void> {
  const range = parseRange(address);
  if (!range?.sheet) throw new Error(`no sheet in ${address}`);
  const cell = `${range.sheet}!${cellName(range.start)}`;
  await page.locator(`[data-testid=grid] td[data-cell="${cell}"]`).evaluate((td: HTMLElement) => {
    const grid = td.closest(".grid");
    const corner = td.closest("table")?.querySelector("thead th");
    if (!grid) return;
    grid.scrollLeft = Math.max(0, td.offsetLeft - (corner?.clientWidth ?? 0) - 2);
    grid.scrollTop = Math.max(0, td.offsetTop - (corner?.clientHeight ?? 0) - 2);
  });
}

/** The shown text as a number in the language's marks, a percentage with its sign taken off. */
function readsAsNumber(text: string, language: Language): boolean {
  const percent = language === "da" ? / %$/ : / ?%$/;
  return shownUnits(text.replace(percent, ""), language) !== undefined;
}

/** What the rules in the header find wrong in a block, one line per cell, and the cells they find it in. */
function problemsOf(wizard: Wizard, cells: GridCell[][], language: Language): { cell: string; problem: string }[] {
  const found: { cell: string; problem: string }[] = [];
  const add = (cell: GridCell, problem: string) =>
    found.push({ cell: cell.address, problem: `${cell.address} "${cell.text}": ${problem}` });
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind === "empty") return;
      if (!cell.drawn || cell.text.trim() === "") add(cell, "not shown");
      const intended = cell.kind === "error" && wizard.intendedError?.(r, c) === true;
      if (cell.kind === "error" && !intended) add(cell, "an error value");
      if (/^#+$/.test(cell.text)) add(cell, "#####");
      // A lone dash stands for a figure not given (Forhandling's "mangler" without a quota): it stands right, as figures do.
      const figureLike = (shown: GridCell) =>
        shown.kind === "number" ||
        (shown.kind === "text" && (shown.text.trim() === "–" || readsAsNumber(shown.text, language)));
      const numberLike = figureLike(cell);
      const isId = wizard.idColumns?.includes(c) === true;
      const next = cells.slice(r + 1).find((below) => below[c] !== undefined && below[c]?.kind !== "empty")?.[c];
      const headsNumbers = !numberLike && !isId && next !== undefined && figureLike(next);
      // A heading over cells the user fills later (Forhandling's "Kvote 2024", "Delvis 2024") has nothing
      // right below it yet to say which side: either stands.
      const below = cells[r + 1]?.[c];
      const headsBlanks = !numberLike && (below === undefined || below.kind === "empty") && cell.align === "right";
      // An intended error stands where its figure will come: right, as the figures.
      if ((numberLike && !isId) || headsNumbers || intended) {
        if (cell.align !== "right")
          add(
            cell,
            `${headsNumbers ? "heads numbers" : intended ? "an intended error" : "reads as a number"}, aligned ${cell.align}`,
          );
      } else if (cell.align !== "left" && !headsBlanks) add(cell, `a text, aligned ${cell.align}`);
      if (cell.kind === "number" && !readsAsNumber(cell.text, language))
        add(cell, `not a number in ${language === "da" ? "Danish" : "English"} marks`);
      const runsOn =
        cell.kind === "text" && cell.align === "left" && (cell.runsToEdge || cell.overflow <= cell.emptyRight);
      if (cell.overflow > 0 && !runsOn) add(cell, `cut: ${cell.overflow} px more than its cell`);
      if (!cell.widthSet) add(cell, "its column's width is not set (64 px in Excel)");
      else if (
        cell.overflow > 0 &&
        !(cell.kind === "text" && cell.align === "left" && cell.runsToEdge && lastInRow(row, c))
      )
        add(cell, `wider than its set column by ${cell.overflow} px`);
      if (wizard.boldRows?.includes(r) && !cell.bold) add(cell, "a total, not bold");
    }),
  );
  return found;
}

/** True when nothing is filled right of the cell in its block row: a title, a sentence or a note, which runs on. */
function lastInRow(row: readonly GridCell[], column: number): boolean {
  return row.every((cell, c) => c <= column || cell.kind === "empty");
}

/** The grid's printed text of block cell (row, column) as whole units of its last place. */
function printed(
  cells: GridCell[][],
  row: number,
  column: number,
  language: Language,
): { units: number; places: number } {
  const text = cells[row]?.[column]?.text ?? "";
  const read = shownUnits(text, language);
  if (!read) throw new Error(`block row ${row + 1}, column ${column + 1} shows "${text}", not a printed number`);
  return read;
}

/** For each sum: the printed total and the printed parts' sum, as "column c: total = sum" lines to compare. */
function sumsOf(sums: readonly Sums[], cells: GridCell[][], language: Language): { shown: string[]; added: string[] } {
  const shown: string[] = [];
  const added: string[] = [];
  for (const { parts, total, columns } of sums)
    for (const c of columns) {
      const whole = printed(cells, total, c, language);
      let sum = 0;
      for (let r = parts[0]; r <= parts[1]; r++) {
        const part = printed(cells, r, c, language);
        expect(part.places).toBe(whole.places);
        sum += part.units;
      }
      shown.push(`column ${c + 1}: ${whole.units}`);
      added.push(`column ${c + 1}: ${sum}`);
    }
  return { shown, added };
}

interface Written {
  address: string;
  cells: GridCell[][];
}

/** Opens the wizard, fills it with the sample, writes, keeps the picture and checks the block. */
async function writeAndCheck(page: Page, wizard: Wizard, language: Language): Promise<Written> {
  await pane(page).getByRole("tab", { name: wizard.tab[language], exact: true }).click();
  await wizard.fill(page, language);
  await page.getByTestId("busy").waitFor({ state: "detached" });
  const address = await write(page, language, wizard.button);
  expect(address).toBe(wizard.address[language]);
  const range = parseRange(address);
  await bringIntoView(page, address);
  await screenshot(page, `written-320-${wizard.name}${language === "en" ? "-en" : ""}`);

  // The grid turned to the written sheet, with the written range selected.
  await expect(page.locator(".sheet-view .tabs [role=tab][aria-selected=true]").textContent()).resolves.toBe(
    range?.sheet,
  );
  await expect(page.getByTestId("selection-address").textContent()).resolves.toBe(address);
  const cells = await gridCells(page, address);
  const filled = (line: GridCell[]) => line.some((cell) => cell.kind !== "empty");
  const columns = cells[0]?.map((_, c) => cells.map((row) => row[c] as GridCell)) ?? [];
  expect(
    [cells[0], cells[cells.length - 1], columns[0], columns[columns.length - 1]].map((l) => filled(l ?? [])),
  ).toEqual([true, true, true, true]);

  expect(problemsOf(wizard, cells, language).map((p) => p.problem)).toEqual([]);
  if (wizard.sums) {
    const { shown, added } = sumsOf(wizard.sums, cells, language);
    expect(added).toEqual(shown);
  }
  return { address, cells };
}

const ALLOCATION: Wizard = {
  tab: { da: "Fordel", en: "Allocate" },
  name: "fordel",
  async fill(page, language) {
    const from = { da: "Fra en celle eller en række med år", en: "From a cell or a row of years" };
    await pane(page).getByRole("radio", { name: from[language] }).check();
    await page.getByTestId("alloc-total-range").fill("Besparelser!A3:E3");
    await page.getByTestId("alloc-key-names").selectOption("Nøgletabel");
    await page.getByTestId("alloc-target").fill("Fordeling!A1");
  },
  address: { da: "Fordeling!A1:E8", en: "Fordeling!A1:E8" },
  // Six departments, then "I alt", for each year.
  sums: [{ parts: [1, 6], total: 7, columns: [1, 2, 3, 4] }],
  boldRows: [7],
};

const QUOTA: Wizard = {
  tab: { da: "Kvote", en: "Quota" },
  name: "kvote",
  async fill(page, language) {
    await page.getByTestId("quota-table").fill("Kvote-eksempel!A1:C4");
    await pane(page)
      .getByRole("textbox", { name: language === "da" ? "Sats" : "Rate", exact: true })
      .fill(language === "da" ? "2 %" : "2%");
    await page.getByTestId("quota-target").fill("Kvote-eksempel!E1");
  },
  address: { da: "'Kvote-eksempel'!E1:G7", en: "'Kvote-eksempel'!E1:G7" },
  // A, B and C, then "I alt": the bases and the quotas.
  sums: [{ parts: [1, 3], total: 4, columns: [1, 2] }],
  boldRows: [4],
};

const DEMOGRAPHY: Wizard = {
  tab: { da: "Demografi", en: "Demography" },
  name: "demografi",
  async fill(page, language) {
    await page.getByTestId("demography-table").fill("Demografi!A1:F6");
    await page.getByTestId("demography-units").fill("Demografi!G1:G6");
    const perGroup = { da: "Én pr. aldersgruppe (en kolonne)", en: "One per age group (a column)" };
    await pane(page).getByRole("radio", { name: perGroup[language] }).check();
    await page.getByTestId("demography-rates").fill("Demografi!H1:H6");
    await page.getByTestId("demography-target").fill("Demografi!A9");
  },
  address: { da: "Demografi!A9:E16", en: "Demografi!A9:E16" },
  // Five age groups, then "I alt".
  sums: [{ parts: [1, 5], total: 6, columns: [1, 2, 3, 4] }],
  boldRows: [6],
};

const EXPLAIN: Wizard = {
  tab: { da: "Forklar", en: "Explain" },
  name: "forklar",
  button: "explain-write",
  async fill(page) {
    // The BUDGET.FORDEL formula Fordel wrote, selected as a click in the grid would.
    await page.evaluate(() => {
      const workbook = window.raaderum?.workbook;
      if (!workbook) throw new Error("not the playground");
      workbook.selection = { sheet: "Fordeling", start: { row: 1, column: 1 }, end: { row: 1, column: 1 } };
      workbook.touch();
    });
    await page.getByTestId("explain-run").click();
    await page.getByTestId("explain-lines").waitFor();
  },
  address: { da: "Forklaring!A1:H16", en: "Explanation!A1:H16" },
};

const WIZARDS: Wizard[] = [
  ALLOCATION,
  QUOTA,
  {
    tab: { da: "PL-fremskrivning", en: "PL" },
    name: "pl",
    async fill(page) {
      await page.getByTestId("reprice-budget").fill("PL-budget!A1:D6");
      await page.getByTestId("reprice-rates").fill("Satser!A3:D8");
      await page.getByTestId("reprice-from").fill("2024");
      await page.getByTestId("reprice-to").fill("2026");
      await page.getByTestId("reprice-target").fill("PL-budget!F1");
    },
    address: { da: "'PL-budget'!F1:I6", en: "'PL-budget'!F1:I6" },
    // Four lines, then "I alt", repriced to 2025 and 2026.
    sums: [{ parts: [1, 4], total: 5, columns: [2, 3] }],
    boldRows: [5],
  },
  DEMOGRAPHY,
  {
    tab: { da: "Effektiviseringskatalog", en: "Efficiency catalogue" },
    name: "katalog",
    async fill(page) {
      await page.getByTestId("prog-gains").fill("Katalog!A1:E4");
      await page.getByTestId("prog-costs").fill("Katalog!A6:E9");
      await page.getByTestId("prog-printed").fill("Katalog!A11:E14");
      await page.getByTestId("prog-budgets").fill("Budget!D1:D7");
      await page.getByTestId("prog-target").fill("Katalog!A17");
    },
    address: { da: "Katalog!A17:F25", en: "Katalog!A17:F25" },
    // Three programmes, then "I alt" and its running sum "Akkumuleret".
    sums: [{ parts: [1, 3], total: 4, columns: [1, 2, 3, 4] }],
    boldRows: [4, 5],
  },
  {
    tab: { da: "Forhandling", en: "Negotiation" },
    name: "forhandling",
    button: "neg-write",
    async fill(page) {
      await page.getByTestId("neg-catalogue").fill("Forslag!A1:F8");
      await page.getByTestId("neg-room").fill("5,0");
    },
    address: { da: "'Forhandling (2)'!A1:X25", en: "'Forhandling (2)'!A1:X25" },
    boldRows: [10],
    // Seven proposals, then "I alt", for each year.
    sums: [{ parts: [3, 9], total: 10, columns: [2, 3, 4, 5] }],
  },
  {
    tab: { da: "Bilag", en: "Annex" },
    name: "bilag",
    button: "annex-write",
    async fill(page) {
      await page.getByTestId("annex-source").fill("Forhandling!A1");
      await page.getByTestId("annex-municipality").fill("Eksempel Kommune");
    },
    // Its sums both ways are checked by a test of their own below.
    address: { da: "Bilag!A1:F19", en: "Bilag!A1:F19" },
  },
  {
    tab: { da: "Udmøntning", en: "Implementation" },
    name: "udmoentning",
    async fill(page) {
      await page.getByTestId("impl-tree").fill("Udmøntning!A1:D54");
      await page.getByTestId("impl-amounts").fill("Udmøntning!F1:J4");
      await page.getByTestId("impl-target").fill("Udmøntning!L1");
    },
    address: { da: "Udmøntning!L1:Q55", en: "Udmøntning!L1:Q55" },
    idColumns: [0],
  },
  {
    tab: { da: "Gevinstopfølgning", en: "Benefits follow-up" },
    name: "gevinstopfoelgning",
    async fill(page) {
      await page.getByTestId("follow-plan").fill("Gevinster!A1:E5");
      await page.getByTestId("follow-realised").fill("Gevinster!A7:E11");
      await page.getByTestId("follow-target").fill("Gevinster!A14");
    },
    address: { da: "Gevinster!A14:G23", en: "Gevinster!A14:G23" },
    // The running realised total is NA() from a year nobody reported, so the chart's line stops
    // there instead of falling to 0 (followUpWrite.ts): #I/T in "Realiseret, akkumuleret" is meant.
    intendedError: (row, column) => row === 8 && column >= 1 && column <= 4,
  },
  EXPLAIN,
];

describe("every wizard's written sheet beside a 320 px pane, in Danish", () => {
  let session: BrowserSession;
  let page: Page;
  const written = new Map<string, Written>();
  let paneFormula = "";

  beforeAll(async () => {
    session = await openPlayground({ viewport: { width: 1280, height: 800 } });
    page = session.page;
    await expect(pane(page).evaluate((element) => element.clientWidth)).resolves.toBeLessThanOrEqual(320);
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const wizard of WIZARDS)
    test(`${wizard.tab.da}: written, shown, aligned, not cut${wizard.sums ? ", adding up" : ""}`, async () => {
      written.set(wizard.name, await writeAndCheck(page, wizard, "da"));
      if (wizard.name === "forklar") paneFormula = (await page.getByTestId("explain-formula").textContent()) ?? "";
    });

  test("Bilag: each proposal's and department's years add up to its printed I alt column", () => {
    const cells = written.get("bilag")?.cells ?? [];
    const rows = cells.map((_, r) => r).filter((r) => cells[r]?.[5]?.kind === "number");
    expect(rows.length).toBe(11);
    for (const r of rows) {
      const parts = [1, 2, 3, 4].reduce((sum, c) => sum + printed(cells, r, c, "da").units, 0);
      expect(`row ${r + 1}: ${parts}`).toBe(`row ${r + 1}: ${printed(cells, r, 5, "da").units}`);
    }
    // And the departments' "i alt" rows add up to the "I alt" row, year by year and in total.
    const departments = rows.filter((r) => /i alt$/.test(cells[r]?.[0]?.text ?? ""));
    expect(departments.length).toBe(5);
    for (const c of [1, 2, 3, 4, 5]) {
      const sum = departments.reduce((total, r) => total + printed(cells, r, c, "da").units, 0);
      expect(sum).toBe(printed(cells, 18, c, "da").units);
    }
  });

  test("Forklar: each heading of the written table stands over its own column of values", () => {
    const cells = written.get("forklar")?.cells ?? [];
    const heading = cells.findIndex((row) => row.some((cell) => cell.text === "Resultat"));
    expect(heading).toBeGreaterThan(0);
    const headings = (cells[heading] ?? []).map((cell) => cell.text);
    const marked = cells[heading + 1] ?? [];
    expect(headings).toEqual(["Del", "Vægt", "Andel", "Præcist", "Rundet ned", "Rest", "Nr.", "Resultat"]);
    // MSB, the part explained: its result 0,6 under "Resultat", its label under "Del".
    expect([marked[0]?.text, marked[headings.indexOf("Resultat")]?.text]).toEqual(["▶ MSB", "0,6"]);
  });

  test("Forklar: the table's 42 figures are numbers, each column at one number of places", () => {
    const cells = written.get("forklar")?.cells ?? [];
    const table = cells.slice(10, 16).map((row) => row.slice(1));
    expect(table.flat().filter((cell) => cell.kind === "number").length).toBe(42);
    expect(table.flat().filter((cell) => cell.kind === "text")).toEqual([]);
    // The places each column shows, read from the grid: one per column (MSB's weight 0,284 beside
    // 0,081), so "0,27" does not stand beside "0,284".
    const placesOf = (text: string) => /,(\d+)/.exec(text)?.[1]?.length ?? 0;
    const columns = (table[0] ?? []).map((_, c) => new Set(table.map((row) => placesOf(row[c]?.text ?? ""))));
    expect(columns.map((places) => places.size)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // MSB: weight 0,284 (three places), share 28,4 % of a key summing to 1 (one place), exact
    // 2,0 × 0,284 = 0,568 (the sample's first-year savings 2,0), floor 0,5, rest 0,068.
    expect(table[0]?.slice(0, 5).map((cell) => cell.text)).toEqual(["0,284", "28,4 %", "0,568", "0,5", "0,068"]);
  });

  test("Kvote: Danish writes the percent sign after a space, Kvote 2 %", () => {
    expect(written.get("kvote")?.cells[0]?.[2]?.text).toBe("Kvote 2 %");
  });

  test("Forklar: the 'Formel:' line on a Danish sheet names BUDGET.FORDEL, as Danish Excel shows the formula", () => {
    expect(written.get("forklar")?.cells[1]?.[0]?.text).toMatch(/^Formel: =BUDGET\.FORDEL\(/);
    // The pane above it names the formula the same way (Fordel wrote it as Excel stores it, DISTRIBUTE).
    expect(paneFormula).toMatch(/^Fordeling!B2: =BUDGET\.FORDEL\(/);
  });

  test("Gevinstopfølgning: the heading in A14 fits its column; #I/T stands right and its row says what it means", () => {
    const cells = written.get("gevinstopfoelgning")?.cells ?? [];
    expect(cells[0]?.[0]).toMatchObject({ text: "Afvigelse, realiseret − planlagt (mio. kr.)", overflow: 0 });
    const row = cells[8] ?? [];
    expect(row.filter((cell) => cell.kind === "error").map((cell) => [cell.text, cell.align])).toEqual([
      ["#I/T", "right"],
      ["#I/T", "right"],
    ]);
    expect(row[6]?.text).toBe("#I/T = ikke indberettet endnu, så grafens linje stopper");
  });

  test("Afdelingsskemaer: a generated workbook's cover (Forside), opened in the grid with Åbn projektmappe", async () => {
    await pane(page).getByRole("tab", { name: "Afdelingsskemaer", exact: true }).click();
    await page.getByTestId("wb-themes").fill("Besparelser!A1:E3");
    await page.getByTestId("wb-municipality").fill("Legeplads Kommune");
    await page.getByTestId("wb-budgetYear").fill("2024");
    await page.getByTestId("wb-rate").fill("1,5 %");
    await page.getByTestId("wb-deadline").fill("2023-04-14");
    await page.getByTestId("wb-contact").fill("Økonomi, tlf. 1234 5678");
    await page.getByTestId("wb-quota-preview").getByRole("row", { name: /^BA/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("wb-generate").click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const msb = await (await JSZip.loadAsync(Buffer.concat(chunks))).file("2024-MSB.xlsx")?.async("uint8array");
    if (!msb) throw new Error("no MSB workbook in the zip");

    // The playground opens an .xlsx with its values and number formats, not its column widths,
    // alignment or wrapping: what is measured is the cover's content, not how Excel lays it out.
    await page.getByTestId("open-workbook").setInputFiles({
      name: "2024-MSB.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(msb),
    });
    await page.getByTestId("sheet-Forside").click();
    await page.locator('[data-testid=grid] td[data-cell="Forside!A1"]').filter({ hasText: "Omprioritering" }).waitFor();
    await screenshot(page, "written-320-afdelingsskemaer-forside");
    const cells = await gridCells(page, "Forside!A1:B10");
    const text = cells.map((row) => row.map((cell) => cell.text));
    expect(text[0]?.[0]).toBe("Omprioriteringsforslag til budget 2024");
    expect(text.slice(2)).toEqual([
      ["Kommune", "Legeplads Kommune"],
      // The sample's department table has codes and no names: the name is the code, once (not "MSB MSB").
      ["Afdeling (kode)", "MSB"],
      ["Afdeling", "MSB"],
      ["Budgetår", "2024"],
      ["Overslagsår", "2025–2027"],
      ["Beløb i", "mio. kr."],
      // The grid prints no dates: the deadline shows as its serial number, 14-04-2023 in Excel.
      ["Frist for aflevering", "45030"],
      ["Kontakt i økonomifunktionen", "Økonomi, tlf. 1234 5678"],
    ]);
    await expect(readCells(page, "Forside!B9")).resolves.toMatchObject({
      values: [[45030]],
      formats: [["dd-mm-yyyy"]],
    });
    expect(cells.flat().filter((cell) => cell.kind === "error" || /^#+$/.test(cell.text))).toEqual([]);
  });
});

describe("written sheets beside a 320 px pane, in English", () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPlayground({ viewport: { width: 1280, height: 800 } });
    page = session.page;
    await page.getByTestId("language").click();
    await pane(page).getByRole("tab", { name: "Allocate", exact: true }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const wizard of [ALLOCATION, QUOTA, DEMOGRAPHY])
    test(`${wizard.tab.en}: written, shown, aligned, not cut, adding up, in English marks`, async () => {
      const { cells } = await writeAndCheck(page, wizard, "en");
      // English headings: no Danish amount unit on an English sheet.
      expect(cells[0]?.[0]?.text).not.toMatch(/mio\. kr\.|Afdeling|Forvaltning|Aldersgruppe/);
      // English writes a percentage without the Danish space.
      if (wizard === QUOTA) expect(cells[0]?.[2]?.text).toBe("Quota 2%");
    });
});
