/**
 * `npm run bench`: runs each group in a fresh Node process (so that one group's garbage and JIT
 * feedback do not colour the next), prints one table with the ratios from this run, and writes
 * the JSON. Exits non-zero when any case's own check fails.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distributeCases, netEffectCase, quotaCase } from "./core-cases";
import { adjustmentsCases } from "./adjustments-cases";
import { functionsCases } from "./functions-cases";
import { hierarchyCases } from "./hierarchy-cases";
import { loadFunctions } from "./functions-runtime";
import { limitCases } from "./limit";
import { loadNow, loadSince, describeMachine } from "./machine";
import { childArgs, parseOptions, type Options } from "./options";
import { peerCases } from "./peer";
import { renderReport } from "./report";
import { roundTableCases } from "./roundtable-cases";
import type { BenchReport, GroupId, GroupResult } from "./results";
import { allChecksPassed, judgeTargets } from "./targets";
import { annexCases } from "./annex-cases";
import { workbookCases } from "./workbook-cases";
import { chainCases } from "./chain-cases";
import { memoryReadCases } from "./memory-cases";
import { playgroundCases, playgroundUnavailable } from "./playground-cases";
import { worstCases } from "./worst";
import { updateDocs } from "./docs";

const TITLES: Record<GroupId, string> = {
  B1: "B1 core throughput (src/core, bundled as in production; decimals 1)",
  worst: "Worst input classes: ns per allocation against a friendly case of the same shape (src/core)",
  limit: "Physical limit: one multiply, one divide and one floor per cell",
  B2: "B2 functions layer: dist/functions.js as Excel calls it, 10.000 yearly totals × 12 parts; HIERARCHY down 10.000 cost centres × 12 years; REPRICE and DEMOGRAPHY beside DISTRIBUTE; load to first result",
  B3: "B3 side by side with HyperFormula 3.5: ROUND per cell + residual, 10.000 × 12",
  B4: "B4 department workbooks: generate and consolidate 100 departments; the annex CLI at 500–2.000 proposals × 100 years",
  memory: "In-memory workbook (jest, browser tests, playground): a negotiation sheet read back, proposals × 12 columns",
  playground: "Playground in headless Chromium: each wizard's preview and write on the sample municipality",
};

const root = process.cwd();
const resultsDir = path.join(root, "bench-results");
const bundlePath = path.join(root, "dist", "functions.js");

function log(group: GroupId): (line: string) => void {
  return (line) => process.stderr.write(`  [${group}] ${line}\n`);
}

async function runGroup(group: GroupId, options: Options): Promise<GroupResult> {
  const start = loadNow();
  const began = performance.now();
  const result: GroupResult = {
    group,
    title: TITLES[group],
    load: { start, end: start },
    seconds: 0,
    cases: [],
    notes: [],
  };
  const say = log(group);
  if (group === "B1")
    result.cases = [
      ...distributeCases(options, say),
      quotaCase(options),
      netEffectCase(options),
      ...roundTableCases(options, say),
    ];
  else if (group === "worst") result.cases = worstCases(options, say);
  else if (group === "limit") result.cases = limitCases(options, say);
  else if (group === "B2") {
    const runtime = loadFunctions(bundlePath);
    if (typeof runtime === "string") result.unavailable = runtime;
    else {
      const isolated = loadFunctions(bundlePath, true);
      result.cases = functionsCases(options, runtime, say, typeof isolated === "string" ? null : isolated);
      result.cases.push(...hierarchyCases(options, runtime, say));
      result.cases.push(...adjustmentsCases(options, runtime, bundlePath, say));
      result.notes.push(
        "The bundle runs in this process's global context, as in Excel's runtime; a node:vm sandbox reads every global through interceptors and is shown only for comparison.",
      );
    }
  } else if (group === "B3") {
    const runtime = loadFunctions(bundlePath);
    const peer = peerCases(options, typeof runtime === "string" ? null : runtime, say);
    result.cases = peer.cases;
    result.notes = peer.notes;
  } else if (group === "memory") {
    result.cases = await memoryReadCases(options, say);
    result.notes.push(
      "Each read starts from nothing calculated, as after a write; `× linear` is the time per proposal against the size before (1 is linear, 2 would be quadratic at a doubling).",
    );
  } else if (group === "playground") {
    const unavailable = playgroundUnavailable(root);
    if (unavailable) result.unavailable = unavailable;
    else result.cases = await playgroundCases(options, say, root);
    result.notes.push(
      "Timed inside the page: a preview from the start of its reading (after the pane's 350 ms pause for typing; `after typing` counts from the last keystroke) until it is drawn; a write from the click until its notice is on screen. CPU is the renderer main thread's, from a Chromium trace: the wall time on a loaded machine also holds the wait for a core.",
    );
  } else {
    result.cases = await workbookCases(options, say);
    result.cases.push(...(await chainCases(options, say)));
    result.cases.push(...(await annexCases(options, say)));
  }
  result.load = loadSince(start);
  result.seconds = (performance.now() - began) / 1000;
  return result;
}

async function waitForQuiet(seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until && (loadNow()[0] ?? 0) >= 1) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

function spawnGroup(group: GroupId, options: Options): GroupResult {
  const out = path.join(resultsDir, `.group-${group}.json`);
  rmSync(out, { force: true });
  process.stderr.write(`${TITLES[group]}\n`);
  const args = [
    ...process.execArgv,
    process.argv[1] as string,
    `--group=${group}`,
    `--out=${out}`,
    ...childArgs(options),
  ];
  const child = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  try {
    if (child.status !== 0) throw new Error(`exit code ${child.status ?? child.signal}`);
    return JSON.parse(readFileSync(out, "utf8")) as GroupResult;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { group, title: TITLES[group], load: loadSince(loadNow()), seconds: 0, cases: [], notes: [], crashed: why };
  } finally {
    rmSync(out, { force: true });
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(resultsDir, { recursive: true });
  if (options.group) {
    writeFileSync(
      options.out ?? path.join(resultsDir, `.group-${options.group}.json`),
      JSON.stringify(await runGroup(options.group, options)),
    );
    return;
  }
  const began = performance.now();
  const groups: GroupResult[] = [];
  for (const group of options.groups) {
    await waitForQuiet(options.waitQuiet);
    groups.push(spawnGroup(group, options));
  }
  const report: BenchReport = {
    tool: "raaderum-bench",
    version: 1,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    mode: options.mode,
    command: process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(" ")}` : "npm run bench",
    machine: describeMachine(),
    groups,
    targets: judgeTargets(groups),
    ok: false,
    totalSeconds: 0,
  };
  report.ok = allChecksPassed(report);
  report.totalSeconds = Math.round((performance.now() - began) / 100) / 10;
  const text = renderReport(report);
  process.stdout.write(`\n${text}\n`);
  const json = JSON.stringify(report, null, 2);
  writeFileSync(path.join(resultsDir, `bench-${report.date.replace(/[:]/g, "-")}.json`), json);
  writeFileSync(path.join(resultsDir, "latest.json"), json);
  writeFileSync(path.join(resultsDir, "latest.md"), `${text}\n`);
  if (options.updateDocs) await updateDocs(root, report, text);
  process.exitCode = report.ok ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
