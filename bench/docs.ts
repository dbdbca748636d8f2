/** --update-docs: the latest table into BENCHMARKS.md (between markers) and the JSON into bench/latest.json. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BenchReport } from "./results";

const START = "<!-- bench:latest:start -->";
const END = "<!-- bench:latest:end -->";

export async function updateDocs(root: string, report: BenchReport, table: string): Promise<void> {
  const docPath = path.join(root, "BENCHMARKS.md");
  const doc = readFileSync(docPath, "utf8");
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`BENCHMARKS.md lacks the markers ${START} … ${END}`);
  writeFileSync(docPath, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
  // Formatted as the project's prettier check expects, so that committing it keeps lint green.
  const prettier = await import("prettier");
  const jsonPath = path.join(root, "bench", "latest.json");
  const config = (await prettier.resolveConfig(jsonPath)) ?? {};
  writeFileSync(jsonPath, await prettier.format(JSON.stringify(report), { ...config, parser: "json" }));
}
