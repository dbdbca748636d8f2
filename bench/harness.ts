import type { Check, Timing } from "./results";

export interface MeasureOptions {
  runs: number;
  /** At least this many warm-up calls, and at least `minWarmupMs` of them (for optimised code). */
  warmups: number;
  minWarmupMs?: number;
  /** A sample shorter than this repeats the call, so that timer resolution and jitter stay small. */
  minSampleMs?: number;
}

export interface Measured {
  timing: Timing;
  check: Check;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function heapUsedAfterGc(): number | null {
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function nowMs(): number {
  return performance.now();
}

export function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

function megabytes(bytes: number | null): number | null {
  return bytes === null ? null : Math.round((bytes / 1048576) * 100) / 100;
}

/**
 * Times `call`: warm-up calls (so that the timing is of optimised code), then `runs` samples.
 * The last result is checked by `check` before it is released, so that the heap it holds can be
 * told apart from heap that keeps growing run after run.
 */
export function measure<T>(call: () => T, check: (result: T) => Check, options: MeasureOptions): Measured {
  const minSampleMs = options.minSampleMs ?? 20;
  const minWarmupMs = options.minWarmupMs ?? 300;
  const warmups = Math.max(1, options.warmups);
  let last: T | undefined;
  let single = Infinity;
  let calls = 0;
  const warmupStart = nowMs();
  while (calls < warmups || nowMs() - warmupStart < minWarmupMs) {
    // Released before the next call, so that a 1,6 GB result is not held twice at its peak.
    last = undefined;
    const start = nowMs();
    last = call();
    single = Math.min(single, nowMs() - start);
    calls++;
  }
  last = undefined;
  const callsPerRun = single >= minSampleMs ? 1 : Math.min(100_000, Math.ceil(minSampleMs / Math.max(single, 1e-4)));
  const before = heapUsedAfterGc();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    last = undefined;
    const cpu = process.cpuUsage();
    const start = nowMs();
    for (let i = 0; i < callsPerRun; i++) last = call();
    samples.push((nowMs() - start) / callsPerRun);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000 / callsPerRun);
  }
  const held = heapUsedAfterGc();
  const outcome = check(last as T);
  last = undefined;
  const after = heapUsedAfterGc();
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const timing: Timing = {
    runs: options.runs,
    warmups: calls,
    callsPerRun,
    medianMs: median(samples),
    p95Ms: percentile(samples, 95),
    minMs: samples[0] as number,
    cpuMedianMs: median(cpuSamples),
    heapGrowthMB: before === null || after === null ? null : megabytes(after - before),
    resultMB: before === null || held === null ? null : megabytes(held - before),
  };
  return { timing, check: outcome };
}

/**
 * The same as measure for a call that returns a promise (B4's workbooks): warm-up, `runs` samples
 * of one call each, the last result checked. Async work is timed end to end, so samples are long.
 */
export async function measureAsync<T>(
  call: () => Promise<T>,
  check: (result: T) => Check | Promise<Check>,
  options: MeasureOptions,
): Promise<Measured> {
  let last: T | undefined;
  let calls = 0;
  for (; calls < Math.max(1, options.warmups); calls++) {
    last = undefined;
    last = await call();
  }
  last = undefined;
  const before = heapUsedAfterGc();
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    last = undefined;
    const start = nowMs();
    last = await call();
    samples.push(nowMs() - start);
  }
  const held = heapUsedAfterGc();
  const outcome = await check(last as T);
  last = undefined;
  const after = heapUsedAfterGc();
  samples.sort((a, b) => a - b);
  return {
    timing: {
      runs: options.runs,
      warmups: calls,
      callsPerRun: 1,
      medianMs: median(samples),
      p95Ms: percentile(samples, 95),
      minMs: samples[0] as number,
      heapGrowthMB: before === null || after === null ? null : megabytes(after - before),
      resultMB: before === null || held === null ? null : megabytes(held - before),
    },
    check: outcome,
  };
}
