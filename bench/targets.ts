/** The targets, judged from one run's results. */
import type { BenchReport, CaseResult, GroupId, GroupResult, TargetResult } from "./results";
import { figure } from "./markdown";
import { playgroundTarget } from "./playground-cases";

function group(groups: readonly GroupResult[], id: GroupId): GroupResult | undefined {
  return groups.find((g) => g.group === id && !g.unavailable);
}

function metric(result: CaseResult | undefined, name: string): number {
  return result?.metrics[name] ?? NaN;
}

function notMeasured(id: string, target: string, why: string): TargetResult {
  return { id, target, value: "–", status: "not measured", detail: why };
}

function b1(groups: readonly GroupResult[]): TargetResult {
  const target = "≥ 15 M allocations/s at K = 12 (one allocation = one part of one total)";
  const cases = group(groups, "B1")?.cases.filter((c) => c.params.size === 12 && c.name.startsWith("distribute")) ?? [];
  if (cases.length === 0) return notMeasured("B1", target, "B1 did not run");
  const rates = cases.map((c) => metric(c, "allocationsPerSecondM"));
  const worst = Math.min(...rates);
  const best = Math.max(...rates);
  const rowsWorst = Math.min(...cases.map((c) => metric(c, "rowsPerSecondM")));
  return {
    id: "B1",
    target,
    value: `${figure(worst)}–${figure(best)} M/s over ${cases.length} K = 12 cases`,
    status: worst >= 15 ? "met" : "missed",
    detail:
      worst >= 15
        ? `the slowest K = 12 case is ${figure(worst / 15)}× the target (${figure(rowsWorst)} M totals spread per second)`
        : `the slowest K = 12 case reaches ${figure((worst / 15) * 100)} % of the target`,
  };
}

function b2(groups: readonly GroupResult[]): TargetResult {
  const target = "spilled DISTRIBUTE ≤ 2× the raw core";
  const spilled = group(groups, "B2")?.cases.find((c) => c.name.startsWith("DISTRIBUTE spilled (one call)"));
  if (!spilled) return notMeasured("B2", target, group(groups, "B2") ? "no spilled case" : "B2 did not run");
  const ratio = metric(spilled, "timesCore");
  return {
    id: "B2",
    target,
    value: `${figure(ratio)}× core; result JSON ${figure(metric(spilled, "jsonBytes") / 1e6)} MB of 5 MB`,
    status: ratio <= 2 ? "met" : "missed",
    detail: ratio <= 2 ? "within the target" : `${figure(ratio / 2)}× over the target`,
  };
}

function b3(groups: readonly GroupResult[]): TargetResult[] {
  const speed = "≥ 100× faster than HyperFormula (build and recalculation)";
  const correct = "0 rows missing their total (Råderum)";
  const found = group(groups, "B3");
  if (!found)
    return [notMeasured("B3-speed", speed, "B3 did not run"), notMeasured("B3-exact", correct, "B3 did not run")];
  const own = found.cases.filter((c) => c.name.startsWith("Råderum"));
  const ratios = own.map((c) => metric(c, "timesFaster"));
  const slowest = Math.min(...ratios);
  const peer = found.cases.find((c) => c.name.startsWith("HyperFormula recalc"));
  const exact = own.length > 0 && own.every((c) => c.check.ok);
  return [
    {
      id: "B3-speed",
      target: speed,
      value: `${figure(slowest)}× (build ${figure(ratios[0])}×, recalculation ${figure(ratios[1])}×)`,
      status: slowest >= 100 ? "met" : "missed",
      detail: slowest >= 100 ? "both ways" : `${figure(100 / slowest)}× short of the target`,
    },
    {
      id: "B3-exact",
      target: correct,
      value: `Råderum ${exact ? 0 : "some"}; HyperFormula ${figure(metric(peer, "rowsMissingTotal"))} of ${figure(metric(peer, "cells") / 12)}`,
      status: exact ? "met" : "missed",
      detail: `HyperFormula's largest miss: ${figure(metric(peer, "largestDeviation"))}`,
    },
  ];
}

function b4(groups: readonly GroupResult[]): TargetResult {
  const target = "generate and consolidate 100 departments, ≤ 10 s each way";
  const found = group(groups, "B4");
  if (!found) {
    const reason = groups.find((g) => g.group === "B4")?.unavailable ?? "B4 did not run";
    return notMeasured("B4", target, reason);
  }
  const cases = found.cases.filter((c) => !c.name.startsWith("annex CLI"));
  const seconds = cases.map((c) => (c.timing?.medianMs ?? NaN) / 1000);
  const worst = Math.max(...seconds);
  return {
    id: "B4",
    target,
    value: cases.map((c, i) => `${c.name} ${figure(seconds[i])} s`).join("; "),
    status: worst <= 10 ? "met" : "missed",
    detail: worst <= 10 ? "both ways" : `${figure(worst / 10)}× over the target`,
  };
}

/** Issue 18, item 9: the annex from the command line, 2.000 proposals × 100 years in at most 2 s. */
function annex(groups: readonly GroupResult[]): TargetResult {
  const target = "annex CLI, 2.000 proposals × 100 years, ≤ 2 s";
  const found = group(groups, "B4")?.cases.find((c) => c.name.startsWith("annex CLI") && c.params.proposals === 2000);
  if (!found) return notMeasured("B4", target, "the 2.000-proposal annex runs outside --quick");
  const seconds = (found.timing?.medianMs ?? NaN) / 1000;
  return {
    id: "B4",
    target,
    value: `${figure(seconds)} s`,
    status: seconds <= 2 ? "met" : "missed",
    detail: seconds <= 2 ? "read, rounded and written" : `${figure(seconds / 2)}× over the target`,
  };
}

/** Issue 21: REPRICE and DEMOGRAPHY through the bundle, JSON in and out, within 2× DISTRIBUTE on as many cells. */
function adjustment(groups: readonly GroupResult[], fn: "REPRICE" | "DEMOGRAPHY", shape: string): TargetResult {
  const target = `${fn} ${shape} through the bundle, JSON in and out, ≤ 2× DISTRIBUTE on as many cells`;
  const found = group(groups, "B2")?.cases.find((c) => c.name.startsWith(`${fn} spilled`));
  if (!found) return notMeasured(fn, target, group(groups, "B2") ? `no ${fn} case` : "B2 did not run");
  const ratio = metric(found, "timesDistribute");
  return {
    id: fn,
    target,
    value: `${figure(ratio)}× DISTRIBUTE (CPU time; wall clock ${figure(metric(found, "timesDistributeWall"))}×)`,
    status: ratio <= 2 ? "met" : "missed",
    detail: ratio <= 2 ? `${figure(found.timing?.medianMs)} ms a call` : `${figure(ratio / 2)}× over the target`,
  };
}

/** Issue 21: the bundle loaded in a fresh ES2016 context to its first result, cold, in at most 10 ms. */
function load(groups: readonly GroupResult[]): TargetResult {
  const target = "cold load to first result in a fresh ES2016 context ≤ 10 ms";
  const found = group(groups, "B2")?.cases.find((c) => c.name.startsWith("load to first result"));
  if (!found) return notMeasured("load", target, group(groups, "B2") ? "no load case" : "B2 did not run");
  const ms = metric(found, "cpuMs");
  return {
    id: "load",
    target,
    value: `${figure(ms)} ms CPU time (median of ${String(found.params.runs)} cold loads; wall clock ${figure(metric(found, "ms"))} ms, slowest ${figure(metric(found, "slowestMs"))} ms)`,
    status: ms <= 10 && found.check.ok ? "met" : "missed",
    detail: ms <= 10 ? `warm ${figure(metric(found, "warmMs"))} ms` : `${figure(ms / 10)}× over the target`,
  };
}

export function judgeTargets(groups: readonly GroupResult[]): TargetResult[] {
  return [
    b1(groups),
    b2(groups),
    adjustment(groups, "REPRICE", "10.000 lines × 12 years"),
    adjustment(groups, "DEMOGRAPHY", "100 age groups × 12 years"),
    load(groups),
    ...b3(groups),
    b4(groups),
    annex(groups),
    playgroundTarget(groups),
  ];
}

export function allChecksPassed(report: Pick<BenchReport, "groups">): boolean {
  return report.groups.every((g) => !g.crashed && g.cases.every((c) => c.check.ok));
}
