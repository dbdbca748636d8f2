/**
 * The browser harness for the e2e tests: the built dist/ served over http, Debian's Chromium driven by
 * playwright-core, the playground opened with its in-memory workbook, helpers to read cells and keep
 * screenshots. Tests assume `npm run build` has run (npm test's pretest does it).
 *
 *   const session = await openPlayground();
 *   await session.page.getByRole("tab", { name: "Fordel" }).click();
 *   const cells = await readCells(session.page, "Fordeling!A1:C7");
 *   await screenshot(session.page, "allocation");
 *   await session.close();
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Locator, type Page, type Route } from "playwright-core";
import { columnName, formatRange, parseRange } from "../../src/sheet/address";
import { serveDist, type StaticServer } from "./distServer";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = resolve(__dirname, "../../test-results/screenshots");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/** Office.js lives on Microsoft's CDN, which cannot be reached here (TOOLCHAIN pitfall 7). */
const OFFICE_CDN = /appsforoffice\.microsoft\.com|appspot|officeapps\.live\.com|office\.js(\?|$)/i;

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Messages the page printed with console.error and uncaught exceptions, for assertions. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The page under dist/, default "playground.html". */
  path?: string;
  viewport?: { width: number; height: number };
  /** A user agent to pretend, e.g. Internet Explorer's for the old-webview guard. */
  userAgent?: string;
  /** What the Office.js CDN answers with (an empty script by default), e.g. a stand-in that reports a version. */
  officeScript?: string;
}

/** Serves dist/, starts Chromium with a fresh profile and opens the page (the playground by default). */
export async function openPage(options: OpenOptions = {}): Promise<BrowserSession> {
  const server: StaticServer = await serveDist();
  const profile = mkdtempSync(join(tmpdir(), "raaderum-chromium-"));
  let context: BrowserContext | undefined;
  try {
    // --user-data-dir is given through launchPersistentContext: playwright refuses it as an arg.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      locale: "da-DK",
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    });
    await context.route("**/*", (route: Route) => answer(route, server.baseUrl, options.officeScript ?? ""));
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${server.baseUrl}/${options.path ?? "playground.html"}`);
    const opened = context;
    return {
      context: opened,
      page,
      baseUrl: server.baseUrl,
      errors,
      close: async () => {
        await opened.close();
        await server.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Local files pass; office.js gets an empty script; anything else on the internet is refused. */
async function answer(route: Route, baseUrl: string, officeScript: string): Promise<void> {
  const url = route.request().url();
  if (url.startsWith(baseUrl) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
  if (OFFICE_CDN.test(url)) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeScript });
  return route.abort();
}

export interface PlaygroundOptions extends Omit<OpenOptions, "path"> {
  /** The pane's wizard tab to open, by its Danish title ("Kvote"); the first wizard otherwise. */
  wizard?: string;
}

/** Opens the playground, waits until the task pane and the grid are drawn, and picks the wizard. */
export async function openPlayground(options: PlaygroundOptions = {}): Promise<BrowserSession> {
  const { wizard, ...open } = options;
  const session = await openPage({ ...open, path: "playground.html" });
  await session.page.waitForFunction(() => window.raaderum?.workbook !== undefined);
  await session.page.getByRole("tablist").first().waitFor();
  if (wizard) await pane(session.page).getByRole("tab", { name: wizard, exact: true }).click();
  return session;
}

/**
 * One playground for all the tests of a describe block: opened before the first, closed after the
 * last. Call it inside the describe; read `.page` inside the tests (it is set once opened).
 */
export function playgroundForSuite(options: PlaygroundOptions = {}): { readonly page: Page } {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openPlayground(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get page(): Page {
      if (!session) throw new Error("the playground is opened in beforeAll: read .page inside a test");
      return session.page;
    },
  };
}

/**
 * The task pane of the playground. Its tabs, buttons and fields are looked up inside it, because the
 * grid's sheet tabs ("Fordeling") are tabs too.
 */
export function pane(page: Page): Locator {
  return page.locator("aside.pane");
}

/** A cell as the tests see it: the calculated value, or the error code and its message. */
export type CellSnapshot = number | string | boolean | { error: string; message: string };

export interface CellsRead {
  address: string;
  /** Calculated values, re-evaluated by the in-memory workbook at the time of reading. */
  values: CellSnapshot[][];
  /** What was typed: a constant or a formula text; "" when empty. */
  inputs: (string | number | boolean)[][];
  formats: string[][];
}

/** Reads a block of window.raaderum.workbook, e.g. "Fordeling!B2:E7" (the sheet is required). */
export async function readCells(page: Page, address: string): Promise<CellsRead> {
  const range = parseRange(address);
  if (!range?.sheet) throw new Error(`readCells needs an address with a sheet, e.g. "Ark1!A1:B2"; got "${address}"`);
  const request = { sheet: range.sheet, start: range.start, end: range.end };
  const read = await page.evaluate(({ sheet, start, end }) => {
    const workbook = window.raaderum?.workbook;
    if (!workbook) throw new Error("window.raaderum.workbook is missing: is this the playground?");
    const values: unknown[][] = [];
    const inputs: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (let row = start.row; row <= end.row; row++) {
      const valueRow: unknown[] = [];
      const inputRow: (string | number | boolean)[] = [];
      const formatRow: string[] = [];
      for (let column = start.column; column <= end.column; column++) {
        const value = workbook.value(sheet, row, column);
        // FormulaError does not survive structured cloning as a class; send its fields.
        valueRow.push(typeof value === "object" ? { error: value.code, message: value.message } : value);
        inputRow.push(workbook.input(sheet, row, column));
        formatRow.push(workbook.format(sheet, row, column));
      }
      values.push(valueRow);
      inputs.push(inputRow);
      formats.push(formatRow);
    }
    return { values, inputs, formats };
  }, request);
  return { address, values: read.values as CellSnapshot[][], inputs: read.inputs, formats: read.formats };
}

/** One cell's value, e.g. "Fordeling!B2". */
export async function readCell(page: Page, address: string): Promise<CellSnapshot> {
  const read = await readCells(page, address);
  const value = read.values[0]?.[0];
  if (value === undefined) throw new Error(`nothing read at ${address}`);
  return value;
}

/** Types into a cell of the in-memory workbook, as a user editing the sheet would. */
export async function setCell(page: Page, address: string, input: string | number | boolean): Promise<void> {
  const range = parseRange(address);
  if (!range?.sheet) throw new Error(`setCell needs an address with a sheet; got "${address}"`);
  const cell = { sheet: range.sheet, row: range.start.row, column: range.start.column, input };
  await page.evaluate(({ sheet, row, column, input }) => {
    window.raaderum?.workbook.setInput(sheet, row, column, input);
  }, cell);
}

/**
 * What the playground's formula bar shows for a cell (a formula with the BUDGET names of the pane's
 * language, as Excel in that language shows it). Selects the cell, as a click would.
 */
export async function formulaBar(page: Page, address: string): Promise<string> {
  const range = parseRange(address);
  if (!range?.sheet) throw new Error(`formulaBar needs an address with a sheet; got "${address}"`);
  const cell = { sheet: range.sheet, row: range.start.row, column: range.start.column };
  await page.evaluate(({ sheet, row, column }) => {
    const workbook = window.raaderum?.workbook;
    if (!workbook) throw new Error("window.raaderum.workbook is missing: is this the playground?");
    workbook.selection = { sheet, start: { row, column }, end: { row, column } };
    workbook.touch();
  }, cell);
  const shown = formatRange({ sheet: range.sheet, start: range.start, end: range.start });
  await page.waitForFunction(
    (expected) => document.querySelector("[data-testid=selection-address]")?.textContent === expected,
    shown,
  );
  return page.getByTestId("formula-input").inputValue();
}

/** The hidden log sheet's records, as the workbook holds them. */
export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.raaderum?.workbook.sheets.map((sheet) => sheet.name) ?? []);
}

/** Saves test-results/screenshots/<name>.png (a CI artifact) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** "B2" for 0-based row 1, column 1; for tests that compute addresses. */
export function a1(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/**
 * What `read` gives once `done` accepts it (told the value and the one read before, "" at first),
 * polling every `intervalMs`. Gives the last value seen on timeout, so the test's own expectation
 * names what was there instead of a bare timeout.
 */
export async function settled(
  read: () => Promise<string>,
  done: (value: string, previous: string) => boolean,
  intervalMs: number,
  timeoutMs = 10_000,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  let previous = "";
  let value = await read();
  while (!done(value, previous) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    previous = value;
    value = await read();
  }
  return value;
}

/**
 * A field's value once it has settled: wizards fill some fields after reading the workbook, so a
 * read straight after opening may still see the empty field.
 */
export function settledValue(field: Locator, expected: string, timeoutMs = 10_000): Promise<string> {
  return settled(
    () => field.inputValue(),
    (value) => value === expected,
    50,
    timeoutMs,
  );
}

/** The locator's text once it holds `start` and has not changed for longer than the preview's debounce. */
export function settledText(locator: Locator, start: string, timeoutMs = 10_000): Promise<string> {
  return settled(
    async () => (await locator.textContent()) ?? "",
    (text, previous) => text === previous && text.includes(start),
    1000,
    timeoutMs,
  );
}
