/** The printed table (also the latest-figures section of BENCHMARKS.md), built from the JSON report. */
import { figure, table } from "./markdown";
import type { BenchReport, CaseResult, GroupId, GroupResult } from "./results";
import { renderPlayground } from "./playground-cases";

function load(g: GroupResult): string {
  return `load ${g.load.start.join("/")} → ${g.load.end.join("/")} (1/5/15 min), ${figure(g.seconds)} s`;
}

function checkCell(c: CaseResult): string {
  return c.check.ok ? "ok" : `FAILED: ${c.check.detail}`;
}

function runs(c: CaseResult): string {
  const t = c.timing;
  return t ? `${t.runs}${t.callsPerRun > 1 ? `×${t.callsPerRun}` : ""}` : "–";
}

function core(g: GroupResult): string {
  const rows = g.cases.map((c) => [
    c.name,
    runs(c),
    figure(c.timing?.medianMs),
    figure(c.timing?.p95Ms),
    figure(c.metrics.allocationsPerSecondM),
    figure(c.metrics.rowsPerSecondM),
    figure(c.metrics.nsPerCell),
    figure(c.timing?.heapGrowthMB),
    figure(c.timing?.resultMB),
    checkCell(c),
  ]);
  return table(
    ["case", "runs", "median ms", "p95 ms", "M alloc/s", "M rows/s", "ns/cell", "heap growth MB", "result MB", "check"],
    rows,
    new Set([1, 2, 3, 4, 5, 6, 7, 8]),
  );
}

/** The core's uniform case without holds at the same N and K, for the distance to the limit. */
function coreAt(groups: readonly GroupResult[], rows: number, size: number): CaseResult | undefined {
  return groups
    .find((g) => g.group === "B1")
    ?.cases.find(
      (c) => c.params.rows === rows && c.params.size === size && c.params.weights === "uniform" && !c.params.holds,
    );
}

function limit(g: GroupResult, groups: readonly GroupResult[]): string {
  const rows = g.cases.map((c) => {
    const own = coreAt(groups, c.params.rows as number, c.params.size as number);
    const ownRate = own?.metrics.allocationsPerSecondM;
    const limitRate = c.metrics.cellsPerSecondM;
    return [
      c.name,
      runs(c),
      figure(c.timing?.medianMs),
      figure(limitRate),
      figure(ownRate),
      ownRate && limitRate ? `${figure((ownRate / limitRate) * 100)} %` : "–",
      checkCell(c),
    ];
  });
  return table(
    ["loop", "runs", "median ms", "M cells/s", "core M alloc/s (uniform, same N, K)", "core / limit", "check"],
    rows,
    new Set([1, 2, 3, 4, 5]),
  );
}

function functions(g: GroupResult): string {
  const rows = g.cases.map((c) => [
    c.name,
    String(c.params.calls ?? 1),
    runs(c),
    figure(c.timing?.medianMs ?? c.metrics.cpuMs),
    figure(c.timing?.p95Ms ?? c.metrics.ms),
    figure(c.metrics.nsPerCell),
    c.metrics.timesDistribute !== undefined
      ? `${figure(c.metrics.timesDistribute)}× DISTRIBUTE`
      : c.metrics.timesCore !== undefined
        ? `${figure(c.metrics.timesCore)}× core`
        : "",
    c.metrics.jsonBytes
      ? `${figure(c.metrics.jsonBytes / 1e6)} MB (${figure((c.metrics.jsonShareOfLimit ?? 0) * 100)} % of 5 MB)`
      : "",
    checkCell(c),
  ]);
  const spilled = g.cases.find((c) => c.metrics.rowsWithinLimit);
  const fits = spilled
    ? `\n\nAt this density the spilled result reaches Excel's 5 MB at about ${figure(spilled.metrics.rowsWithinLimit)} yearly totals × 12 parts.`
    : "";
  return (
    table(
      ["path", "calls", "runs", "median ms", "p95 ms", "ns/cell", "× baseline", "result JSON", "check"],
      rows,
      new Set([1, 2, 3, 4, 5, 6]),
    ) + fits
  );
}

function peer(g: GroupResult): string {
  const rows = g.cases.map((c) => [
    c.name,
    runs(c),
    figure(c.timing?.medianMs),
    figure(c.timing?.p95Ms),
    figure(c.metrics.rowsMissingTotal),
    c.metrics.largestDeviation === undefined ? "" : figure(c.metrics.largestDeviation),
    c.metrics.timesFaster === undefined ? "" : `${figure(c.metrics.timesFaster)}×`,
    c.metrics.timesFasterThanSpilled === undefined ? "" : `${figure(c.metrics.timesFasterThanSpilled)}×`,
    checkCell(c),
  ]);
  return table(
    [
      "engine, step",
      "runs",
      "median ms",
      "p95 ms",
      "rows missing total",
      "largest miss",
      "Råderum × faster (per-cell sheet)",
      "× faster (spilled array)",
      "check",
    ],
    rows,
    new Set([1, 2, 3, 4, 5, 6, 7]),
  );
}

function workbooks(g: GroupResult): string {
  const rows = g.cases.map((c) => [
    c.name,
    runs(c),
    figure((c.timing?.medianMs ?? NaN) / 1000),
    figure((c.timing?.p95Ms ?? NaN) / 1000),
    checkCell(c),
  ]);
  return table(["step", "runs", "median s", "p95 s", "check"], rows, new Set([1, 2, 3]));
}

function memory(g: GroupResult): string {
  const rows = g.cases.map((c) => [
    `${c.params.proposals} × ${c.params.columns}`,
    String(c.metrics.rows),
    runs(c),
    figure(c.timing?.medianMs),
    figure(c.timing?.p95Ms),
    figure(c.metrics.usPerRow),
    c.metrics.timesPrevious === undefined ? "" : `${figure(c.metrics.timesPrevious)}×`,
    checkCell(c),
  ]);
  return table(
    ["proposals × columns", "sheet rows", "runs", "median ms", "p95 ms", "µs per row", "× linear", "check"],
    rows,
    new Set([1, 2, 3, 4, 5, 6]),
  );
}

function worst(g: GroupResult): string {
  const rows = g.cases.map((c) => [
    c.name,
    `${c.params.totals} × ${c.params.parts}`,
    String(c.params.decimals),
    runs(c),
    figure(c.timing?.medianMs),
    figure(c.metrics.nsPerAllocation),
    figure(c.metrics.cpuNsPerAllocation),
    c.metrics.timesBaseline === undefined ? "" : `${figure(c.metrics.timesBaseline)}×`,
    checkCell(c),
  ]);
  return table(
    [
      "input class",
      "totals × parts",
      "decimals",
      "runs",
      "median ms",
      "ns per allocation",
      "CPU ns per allocation",
      "× baseline (CPU)",
      "check",
    ],
    rows,
    new Set([3, 4, 5, 6, 7]),
  );
}

const RENDER: Record<GroupId, (g: GroupResult, groups: readonly GroupResult[]) => string> = {
  B1: core,
  worst,
  limit,
  B2: functions,
  B3: peer,
  B4: workbooks,
  memory,
  playground: renderPlayground,
};

export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const parts = [
    `Råderum benchmarks, ${report.date} (${report.mode}; \`${report.command}\`), ${figure(report.totalSeconds)} s in all`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node} (V8 ${m.v8})`,
  ];
  for (const g of report.groups) {
    parts.push(`### ${g.title}`);
    if (g.crashed) parts.push(`CRASHED: ${g.crashed}`);
    else if (g.unavailable) parts.push(`Not yet available: ${g.unavailable}`);
    else parts.push(`${load(g)}\n\n${RENDER[g.group](g, report.groups)}`);
    for (const note of g.notes) parts.push(`Note: ${note}`);
  }
  parts.push("### Targets");
  parts.push(
    table(
      ["", "target", "measured", "status", "detail"],
      report.targets.map((t) => [t.id, t.target, t.value, t.status, t.detail]),
    ),
  );
  parts.push(report.ok ? "Every case's own check passed." : "SOME CHECKS FAILED: the run exits non-zero.");
  return parts.join("\n\n");
}
