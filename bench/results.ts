/** The shape of what `npm run bench` writes as JSON; the table is printed from the same data. */

export type GroupId = "B1" | "worst" | "limit" | "B2" | "B3" | "B4" | "memory" | "playground";

export interface Timing {
  /** Measured samples (after warm-up). */
  runs: number;
  warmups: number;
  /** Calls per sample: tiny cases repeat the call so that one sample is long enough to time. */
  callsPerRun: number;
  /** Per call. */
  medianMs: number;
  /** Nearest rank: with 10 runs this is the slowest. */
  p95Ms: number;
  minMs: number;
  /**
   * Per call, this process's CPU time (user + system) instead of the wall clock: on a shared
   * machine the process is descheduled for a share of the wall time that changes from case to
   * case, so ratios between cases are read from this.
   */
  cpuMedianMs?: number;
  /** Heap still in use after the measured runs and a full GC, minus before them (leaks, caches). */
  heapGrowthMB: number | null;
  /** Heap held by one result of the call. */
  resultMB: number | null;
}

export interface Check {
  ok: boolean;
  detail: string;
}

export interface CaseResult {
  name: string;
  params: Record<string, string | number | boolean>;
  timing?: Timing;
  /** Derived figures such as allocations per second, ns per cell, ratios, JSON bytes. */
  metrics: Record<string, number>;
  check: Check;
  note?: string;
}

export interface LoadSample {
  /** os.loadavg(): 1, 5 and 15 minutes. */
  start: number[];
  end: number[];
}

export interface GroupResult {
  group: GroupId;
  title: string;
  load: LoadSample;
  seconds: number;
  cases: CaseResult[];
  /** Set when the group could not run (e.g. the functions bundle or the workbook API is missing). */
  unavailable?: string;
  /** Set when the group's process failed: this fails the run. */
  crashed?: string;
  notes: string[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  v8: string;
  hostname: string;
}

export interface TargetResult {
  id: string;
  target: string;
  value: string;
  status: "met" | "missed" | "not measured";
  detail: string;
}

export interface BenchReport {
  tool: "raaderum-bench";
  version: 1;
  date: string;
  mode: "quick" | "default" | "full";
  command: string;
  machine: Machine;
  groups: GroupResult[];
  targets: TargetResult[];
  /** False when any case's own check failed: a fast wrong answer is a failure. */
  ok: boolean;
  totalSeconds: number;
}
