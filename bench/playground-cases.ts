/**
 * Group `playground` (issue 20, point 7): the built playground in headless Chromium, each wizard
 * on the sample municipality as a user meets it, its preview and its write timed inside the page
 * (bench/playground-driver.ts). Beside the wall time, the renderer main thread's CPU time from a
 * Chromium trace: on a shared machine the wall time also holds the time the page waited for a core.
 * No assertion on time: the targets (preview ≤ 300 ms, write ≤ 500 ms) are judged in the table.
 * Needs `npm run build` (production) and Chromium (/usr/bin/chromium or CHROMIUM_PATH).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { median, percentile } from "./harness";
import { figure, table } from "./markdown";
import type { Options } from "./options";
import type { CaseResult, GroupResult, TargetResult, Timing } from "./results";
import { timePlayground, type WizardTiming } from "./playground-driver";

export const PREVIEW_TARGET_MS = 300;
export const WRITE_TARGET_MS = 500;

/** Why the group cannot run here, or undefined when it can. */
export function playgroundUnavailable(root: string): string | undefined {
  if (!existsSync(path.join(root, "dist", "playground.html")))
    return "no dist/playground.html: run npm run build first";
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) return `no Chromium at ${chromium} (set CHROMIUM_PATH)`;
  return undefined;
}

function timingOf(ms: readonly number[], cpu: readonly number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  const cpuSorted = cpu.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    runs: ms.length,
    warmups: 0,
    callsPerRun: 1,
    medianMs: median(sorted),
    p95Ms: percentile(sorted, 95),
    minMs: sorted[0] ?? NaN,
    cpuMedianMs: cpuSorted.length > 0 ? median(cpuSorted) : undefined,
    heapGrowthMB: null,
    resultMB: null,
  };
}

function casesOf(w: WizardTiming): CaseResult[] {
  const afterTyping = median([...w.previewAfterTyping].sort((a, b) => a - b));
  return [
    {
      name: `${w.wizard} preview`,
      params: { wizard: w.wizard, step: "preview" },
      timing: timingOf(w.preview, w.previewCpu),
      metrics: { targetMs: PREVIEW_TARGET_MS, afterTypingMs: afterTyping },
      check: { ok: true, detail: "the preview was drawn" },
    },
    {
      name: `${w.wizard} write`,
      params: { wizard: w.wizard, step: "write" },
      timing: timingOf(w.write, w.writeCpu),
      metrics: { targetMs: WRITE_TARGET_MS },
      check: w.check,
    },
  ];
}

export async function playgroundCases(
  options: Options,
  say: (line: string) => void,
  root = process.cwd(),
): Promise<CaseResult[]> {
  const timings = await timePlayground({ root, runs: options.mode === "quick" ? 3 : 5, say });
  return timings.flatMap(casesOf);
}

/** The group's table: wall and CPU medians against the targets. */
export function renderPlayground(g: GroupResult): string {
  const rows = g.cases.map((c) => {
    const t = c.timing;
    const target = c.metrics.targetMs ?? NaN;
    return [
      c.name,
      String(t?.runs ?? "–"),
      figure(t?.medianMs),
      figure(t?.p95Ms),
      figure(t?.cpuMedianMs),
      c.metrics.afterTypingMs === undefined ? "" : figure(c.metrics.afterTypingMs),
      `≤ ${figure(target)}`,
      c.check.ok ? "ok" : `FAILED: ${c.check.detail}`,
    ];
  });
  return table(
    ["wizard, step", "runs", "median ms", "p95 ms", "main-thread CPU ms", "after typing ms", "target", "check"],
    rows,
    new Set([1, 2, 3, 4, 5]),
  );
}

/**
 * The issue's target, judged on the median wall time and, beside it, on the main thread's CPU time
 * (what the wall time would be on an idle machine, less the pauses the playground makes on purpose).
 */
export function playgroundTarget(groups: readonly GroupResult[]): TargetResult {
  const target = `playground: every preview ≤ ${PREVIEW_TARGET_MS} ms, every write ≤ ${WRITE_TARGET_MS} ms (median, Chromium)`;
  const found = groups.find((g) => g.group === "playground" && !g.unavailable);
  if (!found || found.cases.length === 0)
    return { id: "playground", target, value: "–", status: "not measured", detail: "the group did not run" };
  const over = found.cases.filter((c) => (c.timing?.medianMs ?? Infinity) > (c.metrics.targetMs ?? 0));
  const slowest = [...found.cases].sort(
    (a, b) =>
      (b.timing?.medianMs ?? 0) / (b.metrics.targetMs ?? 1) - (a.timing?.medianMs ?? 0) / (a.metrics.targetMs ?? 1),
  )[0];
  return {
    id: "playground",
    target,
    value: `slowest against its target: ${slowest?.name} ${figure(slowest?.timing?.medianMs)} ms (CPU ${figure(slowest?.timing?.cpuMedianMs)} ms)`,
    status: over.length === 0 ? "met" : "missed",
    detail:
      over.length === 0
        ? `all ${found.cases.length} within`
        : `over: ${over.map((c) => `${c.name} ${figure(c.timing?.medianMs)} ms`).join(", ")}; load ${found.load.start[0]}`,
  };
}
