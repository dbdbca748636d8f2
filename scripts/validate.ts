/**
 * `npm run validate [manifest.xml …]`: the offline manifest validation (scripts/manifest) over
 * - the repository's manifest.xml, as the development server serves it (https://localhost:3000);
 * - the production manifest a `--env url=https://addins.example.dk/raaderum` build would write;
 * - dist/manifest.xml as built, for whatever base URL it was built;
 * - any manifest named on the command line (its base URL read from its task pane's address).
 * Every URL must name a file in dist/, so build first (`npm run build`). Exit status 1 on any problem.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEVELOPMENT_BASE, manifestFor } from "./deployment.cjs";
import { baseOf, validateManifest } from "./manifest/validateManifest";

const ROOT = resolve(__dirname, "..");
const DIST = resolve(ROOT, "dist");
const EXAMPLE_BASE = "https://addins.example.dk/raaderum";

function main(): number {
  if (!existsSync(resolve(DIST, "taskpane.html"))) {
    console.error(
      "dist/ is not built: run `npm run build` first (the validation checks every URL names a built file).",
    );
    return 1;
  }
  const source = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");
  const cases: { label: string; xml: string; base: string }[] = [
    { label: "manifest.xml (development)", xml: source, base: DEVELOPMENT_BASE },
    { label: `manifest.xml built for ${EXAMPLE_BASE}`, xml: manifestFor(source, EXAMPLE_BASE), base: EXAMPLE_BASE },
  ];
  const built = resolve(DIST, "manifest.xml");
  const named = process.argv.slice(2);
  for (const file of named.length > 0 ? named : existsSync(built) ? [built] : []) {
    const xml = readFileSync(file, "utf8");
    // Without a task pane address the checks below still report what is wrong with the file.
    cases.push({ label: file, xml, base: baseOf(xml) ?? DEVELOPMENT_BASE });
  }
  let failed = 0;
  for (const { label, xml, base } of cases) {
    const problems = validateManifest(xml, { base, root: DIST });
    if (problems.length === 0) console.log(`ok    ${label}`);
    else {
      failed++;
      console.error(`FAIL  ${label}\n${problems.map((p) => `      - ${p}`).join("\n")}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
