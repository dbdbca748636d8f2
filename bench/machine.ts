import os from "node:os";
import type { LoadSample, Machine } from "./results";

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model.trim() ?? "unknown"}${cpus[0]?.speed ? ` @ ${cpus[0].speed} MHz` : ""}`,
    cores: os.availableParallelism(),
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    v8: process.versions.v8,
    hostname: os.hostname(),
  };
}

export function loadNow(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

/** Load between a start and now: the machine is shared, so every group says how busy it was. */
export function loadSince(start: number[]): LoadSample {
  return { start, end: loadNow() };
}
