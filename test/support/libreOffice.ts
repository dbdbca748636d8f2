/**
 * LibreOffice Calc for the tests that need a second spreadsheet: a fresh profile that recalculates
 * every .xlsx on loading (instead of trusting the cached results exceljs leaves), and one way to run
 * `soffice` headless in it. Needs `soffice` (Debian: apt-get install -y libreoffice-calc).
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Throws, saying how to install it, where `soffice` is missing: these tests fail rather than skip. */
export function requireLibreOffice(): void {
  const version = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0)
    throw new Error(
      "LibreOffice is needed for this test: soffice was not found. Install it: apt-get install -y libreoffice-calc",
    );
}

/** Makes `<work>/profile`, which tells Calc to recalculate every .xlsx it loads, and returns its path. */
export function recalculatingProfile(work: string): string {
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Runs soffice headless in `profile`; throws with what it printed when it fails. */
export function soffice(args: readonly string[], profile: string, timeoutMs: number): SpawnSyncReturns<string> {
  const run = spawnSync(
    "soffice",
    ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${profile}`, ...args],
    { encoding: "utf8", timeout: timeoutMs },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || String(run.error)}`);
  return run;
}
