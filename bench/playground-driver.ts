/**
 * Drives the built playground (dist/playground.html) in headless Chromium and times each wizard as
 * a user meets it on the sample municipality: the preview after the last field is filled, and the
 * write after the button is pressed. Times are taken inside the page (performance.now), so the
 * round trips of the driver are not counted:
 *   - preview: from the moment the preview's reading starts (the spinner appears, after the pane's
 *     350 ms pause for typing) until the preview is drawn and the spinner gone; `afterTyping` adds
 *     that pause, counting from the last keystroke;
 *   - write: from the click until the pane's notice (or the download) is there.
 * Each run opens the page afresh, so every run meets the sample as shipped. With `profileDir`, the
 * write of the first run of each wizard is also recorded by Chromium's CPU profiler (.cpuprofile,
 * open it in Chromium's DevTools), and its hottest functions are returned.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

export interface WizardTiming {
  wizard: string;
  /** Milliseconds per run. */
  preview: number[];
  previewAfterTyping: number[];
  write: number[];
  /** Every run's write said (or downloaded) what it should; otherwise what it said instead. */
  check: { ok: boolean; detail: string };
  /** The renderer main thread's CPU time in the preview's reading and in the write, per run. */
  previewCpu: number[];
  writeCpu: number[];
  /** Hottest functions by self time in the profiled write, when profiled. */
  hottest?: { name: string; url: string; selfMs: number }[];
  /**
   * The profiled write's main-thread work by kind (script, style, layout, paint, …), in CPU time of
   * that thread: on a loaded machine the wall time also holds the time the thread waited for a core.
   */
  threadTime?: ThreadTime[];
}

interface ThreadTime {
  name: string;
  cpuMs: number;
  wallMs: number;
  count: number;
}

interface Scenario {
  wizard: string;
  /** The pane's tab. */
  tab: string;
  fill: [testId: string, value: string][];
  /** Shown when the preview is drawn. */
  preview: string;
  /** Clicked to write; `done` is the notice text that says it is written, or "download". */
  write: { testId?: string; button?: string; done: string };
  /** What the notice (or the downloaded file's name) must hold: the write went where it should. */
  expect: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    wizard: "Forhandling",
    tab: "Forhandling",
    fill: [
      ["neg-catalogue", "Forslag!A1:F8"],
      ["neg-room", "5,0"],
    ],
    preview: "neg-preview",
    write: { testId: "neg-write", done: "Skrevet til" },
    expect: "Skrevet til 'Forhandling (2)'!A1:X25",
  },
  {
    wizard: "Bilag",
    tab: "Bilag",
    fill: [
      ["annex-source", "Forhandling!A1"],
      ["annex-municipality", "Eksempel Kommune"],
    ],
    preview: "annex-preview",
    write: { testId: "annex-write", done: "Skrevet til" },
    expect: "Skrevet til Bilag!",
  },
  {
    wizard: "Udmøntning",
    tab: "Udmøntning",
    fill: [
      ["impl-tree", "Udmøntning!A1:D54"],
      ["impl-amounts", "Udmøntning!F1:J4"],
      ["impl-target", "Udmøntning!L1"],
    ],
    preview: "impl-preview",
    write: { button: "Skriv til regnearket", done: "Skrevet til" },
    expect: "Skrevet til Udmøntning!L1:Q55",
  },
  {
    wizard: "Afdelingsskemaer (zip)",
    tab: "Afdelingsskemaer",
    fill: [
      ["wb-themes", "Besparelser!A1:E3"],
      ["wb-municipality", "Legeplads Kommune"],
      ["wb-budgetYear", "2024"],
      ["wb-rate", "1,5 %"],
      ["wb-deadline", "2023-04-14"],
      ["wb-contact", "Økonomi, tlf. 1234 5678"],
    ],
    preview: "wb-quota-preview",
    write: { testId: "wb-generate", done: "download" },
    expect: "2024-afdelingsskemaer.zip",
  },
];

/** Serves dist/ as `npm start` does (the same handler), on a free port of 127.0.0.1. */
async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const require = createRequire(path.join(root, "package.json"));
  const { fileHandler } = require("./scripts/serveDist.cjs") as {
    fileHandler: (dist: string) => Parameters<typeof createServer>[1];
  };
  const server: Server = createServer(fileHandler(path.join(root, "dist")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Watches the page: when the last keystroke was, and when the spinner came and went. */
const INSTALL_WATCH = `{
  const t = (window.__t = { input: 0, busyOn: 0, busyOff: 0, busy: false });
  document.addEventListener("input", () => (t.input = performance.mark("rd:input").startTime), true);
  new MutationObserver(() => {
    const busy = document.querySelector("aside.pane [data-testid=busy]") !== null;
    if (busy && !t.busy) t.busyOn = performance.mark("rd:busy-on").startTime;
    if (!busy && t.busy) t.busyOff = performance.mark("rd:busy-off").startTime;
    t.busy = busy;
  }).observe(document, { subtree: true, childList: true });
}`;

/**
 * Clicks and waits inside the page. Given as source text: the bundlers that run this file (tsx,
 * esbuild) wrap named functions in a helper that does not exist in the page.
 */
const TIME_WRITE = `async ({ testId, button, done }) => {
  const pane = document.querySelector("aside.pane");
  const target = testId
    ? pane.querySelector('[data-testid="' + testId + '"]')
    : [...pane.querySelectorAll("button")].find((b) => b.textContent.trim() === button);
  if (!target) throw new Error("no " + (testId || button) + " to click");
  const notice = done === "download" ? "[data-testid=wb-generate-notice]" : "[data-testid=write-notice]";
  const start = performance.mark("rd:write-start").startTime;
  target.click();
  await new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error("nothing after 60 s")), 60000);
    const observer = new MutationObserver(() => {
      const text = pane.querySelector(notice)?.textContent ?? "";
      if (done === "download" ? text.length === 0 : !text.includes(done)) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // Until the next frame is drawn: what the user waits for is the notice on screen.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const ms = performance.mark("rd:write-done").startTime - start;
  return { ms, notice: pane.querySelector(notice)?.textContent ?? "" };
}`;

async function timeWrite(page: Page, scenario: Scenario): Promise<{ ms: number; notice: string }> {
  return page.evaluate<{ ms: number; notice: string }>(`(${TIME_WRITE})(${JSON.stringify(scenario.write)})`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: unknown };
}

/**
 * The renderer main thread's outermost events, summed by name: nested events (a Layout inside a
 * FunctionCall) are counted in their parent only, so the parts add up to the thread's busy time.
 */
function threadTime(events: readonly TraceEvent[], from = -Infinity, to = Infinity, top = 12): ThreadTime[] {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return [];
  const complete = events
    .filter(
      (e) =>
        e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined && e.ts >= from && e.ts <= to,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const sums = new Map<string, ThreadTime>();
  let end = -Infinity;
  for (const e of complete) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    const entry = sums.get(e.name) ?? { name: e.name, cpuMs: 0, wallMs: 0, count: 0 };
    entry.cpuMs += (e.tdur ?? 0) / 1000;
    entry.wallMs += (e.dur ?? 0) / 1000;
    entry.count++;
    sums.set(e.name, entry);
  }
  return [...sums.values()].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, top);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function hottest(profile: CpuProfile, top = 15): { name: string; url: string; selfMs: number }[] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFrame = new Map<string, { name: string; url: string; selfMs: number }>();
  for (const node of profile.nodes) {
    const micros = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || "(anonymous)";
    const where = `${url.split("/").pop() ?? ""}:${lineNumber + 1}`;
    const k = `${name} ${where}`;
    const entry = byFrame.get(k) ?? { name, url: where, selfMs: 0 };
    entry.selfMs += micros / 1000;
    byFrame.set(k, entry);
  }
  return [...byFrame.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
}

/** The last mark of that name in the trace (its timestamp, µs on the trace's clock). */
function markAt(events: readonly TraceEvent[], name: string, before = Infinity): number {
  let found = NaN;
  for (const e of events) if (e.name === name && e.ts <= before && !(e.ts <= found)) found = e.ts;
  return found;
}

/** CPU milliseconds of the renderer's main thread in [from, to] (outermost events starting there). */
function cpuBetween(events: readonly TraceEvent[], from: number, to: number): number {
  if (!(from <= to)) return NaN;
  return threadTime(events, from, to, Infinity).reduce((sum, t) => sum + t.cpuMs, 0);
}

interface RunResult {
  /** The write's notice, or the downloaded file's name. */
  shown: string;
  preview: number;
  afterTyping: number;
  write: number;
  previewCpu: number;
  writeCpu: number;
  hottest?: WizardTiming["hottest"];
  threadTime?: WizardTiming["threadTime"];
}

async function oneRun(
  context: BrowserContext,
  url: string,
  scenario: Scenario,
  profileTo: string | null,
): Promise<RunResult> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: INSTALL_WATCH });
    await page.goto(`${url}/playground.html`);
    await page.waitForFunction("window.raaderum !== undefined");
    await page.locator("aside.pane").getByRole("tab", { name: scenario.tab, exact: true }).click();
    const session = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    session.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
    await session.send("Tracing.start", {
      traceConfig: { includedCategories: ["devtools.timeline", "v8.execute", "blink.user_timing"] },
    });
    if (profileTo) {
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 200 });
    }
    for (const [i, [testId, value]] of scenario.fill.entries()) {
      if (profileTo && i === scenario.fill.length - 1) await session.send("Profiler.start");
      await page.getByTestId(testId).fill(value);
    }
    await page.getByTestId(scenario.preview).waitFor();
    await page.waitForFunction("!window.__t.busy && window.__t.busyOff > window.__t.input");
    if (profileTo) {
      const { profile } = (await session.send("Profiler.stop")) as unknown as { profile: CpuProfile };
      writeFileSync(profileTo.replace(/-write\.cpuprofile$/, "-preview.cpuprofile"), JSON.stringify(profile));
    }
    const t = await page.evaluate<Record<string, number>>("window.__t");
    const preview = (t.busyOff ?? 0) - (t.busyOn ?? 0);
    const afterTyping = (t.busyOff ?? 0) - (t.input ?? 0);
    // Let the pane settle (the last preview's own timers) before the write is timed.
    await page.waitForTimeout(200);
    if (profileTo) await session.send("Profiler.start");
    const download = scenario.write.done === "download" ? page.waitForEvent("download") : null;
    const { ms: write, notice } = await timeWrite(page, scenario);
    const shown = download ? (await download).suggestedFilename() : notice;
    let hottestFrames: WizardTiming["hottest"];
    if (profileTo) {
      const { profile } = (await session.send("Profiler.stop")) as unknown as { profile: CpuProfile };
      writeFileSync(profileTo, JSON.stringify(profile));
      hottestFrames = hottest(profile);
    }
    const complete = new Promise((resolve) => session.once("Tracing.tracingComplete", resolve));
    await session.send("Tracing.end");
    await complete;
    await session.detach();
    const writeStart = markAt(events, "rd:write-start");
    const writeDone = markAt(events, "rd:write-done");
    const busyOff = markAt(events, "rd:busy-off", writeStart);
    const busyOn = markAt(events, "rd:busy-on", busyOff);
    if (profileTo)
      writeFileSync(profileTo.replace(/\.cpuprofile$/, ".trace.json"), JSON.stringify({ traceEvents: events }));
    return {
      preview,
      afterTyping,
      write,
      shown,
      previewCpu: cpuBetween(events, busyOn, busyOff),
      writeCpu: cpuBetween(events, writeStart, writeDone),
      hottest: hottestFrames,
      threadTime: profileTo ? threadTime(events, writeStart, writeDone) : undefined,
    };
  } finally {
    await page.close();
  }
}

export interface DriveOptions {
  root: string;
  runs: number;
  /** Only the scenarios whose wizard name starts with one of these. */
  only?: readonly string[];
  profileDir?: string;
  say?: (line: string) => void;
}

export async function timePlayground(options: DriveOptions): Promise<WizardTiming[]> {
  const server = await serve(options.root);
  const profile = mkdtempSync(path.join(tmpdir(), "raaderum-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    locale: "da-DK",
    // The pages forbid eval (their Content-Security-Policy); the driver's own waits are source text.
    bypassCSP: true,
  });
  // Office.js's CDN cannot be reached here: the playground needs none of it.
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested.startsWith(server.url) || requested.startsWith("data:") || requested.startsWith("blob:"))
      return route.continue();
    return /office\.js/i.test(requested)
      ? route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
      : route.abort();
  });
  const results: WizardTiming[] = [];
  try {
    const chosen = SCENARIOS.filter((s) => !options.only || options.only.some((o) => s.wizard.startsWith(o)));
    for (const scenario of chosen) {
      const timing: WizardTiming = {
        wizard: scenario.wizard,
        preview: [],
        previewAfterTyping: [],
        write: [],
        previewCpu: [],
        writeCpu: [],
        check: { ok: true, detail: `every write: ${scenario.expect}` },
      };
      for (let run = 0; run < options.runs; run++) {
        const profileTo =
          options.profileDir && run === 1
            ? path.join(options.profileDir, `${scenario.tab.replace(/\W+/g, "_")}-write.cpuprofile`)
            : null;
        const measured = await oneRun(context, server.url, scenario, profileTo);
        timing.preview.push(measured.preview);
        timing.previewAfterTyping.push(measured.afterTyping);
        timing.write.push(measured.write);
        if (!measured.shown.includes(scenario.expect))
          timing.check = { ok: false, detail: `run ${run + 1} said "${measured.shown}"` };
        timing.previewCpu.push(measured.previewCpu);
        timing.writeCpu.push(measured.writeCpu);
        if (measured.hottest) timing.hottest = measured.hottest;
        if (measured.threadTime) timing.threadTime = measured.threadTime;
        options.say?.(
          `${scenario.wizard} run ${run + 1}: preview ${measured.preview.toFixed(0)} ms (cpu ${measured.previewCpu.toFixed(0)}), write ${measured.write.toFixed(0)} ms (cpu ${measured.writeCpu.toFixed(0)})`,
        );
      }
      results.push(timing);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}
