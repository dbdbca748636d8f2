#!/usr/bin/env node
/**
 * `npm run bench [-- options]`: makes sure the functions bundle is built and current (B2 and B3 call
 * it as Excel does), bundles bench/ with the core into one ES module the way the production build
 * concatenates modules, and runs it with the garbage collector exposed for the heap figures.
 * The benchmark itself is bench/main.ts; see BENCHMARKS.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const wants = (group) => {
  const only = args.find((a) => a.startsWith("--only="));
  return !only || only.slice("--only=".length).split(",").includes(group);
};

function newestUnder(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/functions.js when it is missing or older than the sources it is made from. */
function ensureFunctionsBundle() {
  const bundle = path.join(root, "dist", "functions.js");
  if (!existsSync(path.join(root, "webpack.config.js"))) {
    if (!existsSync(bundle)) console.error("bench: no webpack.config.js and no dist/functions.js: B2 will be skipped");
    return;
  }
  const sources = Math.max(
    newestUnder(path.join(root, "src", "core")),
    newestUnder(path.join(root, "src", "functions")),
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
  console.error(
    `bench: ${existsSync(bundle) ? "dist/functions.js is older than src/" : "building dist/"}: npx webpack --mode production`,
  );
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) console.error("bench: the build failed; B2 and B3 use what is there, or report it missing");
}

/** esbuild comes with tsx; it is found through tsx so that a nested install works as well. */
function loadEsbuild() {
  const require = createRequire(import.meta.url);
  try {
    return require("esbuild");
  } catch {
    return createRequire(require.resolve("tsx/package.json"))("esbuild");
  }
}

if (!args.includes("--no-build") && (wants("B2") || wants("B3"))) ensureFunctionsBundle();

const outDir = path.join(root, "bench-results", ".build");
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, "bench.mjs");
loadEsbuild().buildSync({
  entryPoints: [path.join(root, "bench", "main.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  outfile,
  logLevel: "warning",
});

const flags = ["--expose-gc", "--max-old-space-size=8192", "--enable-source-maps"];
const run = spawnSync(process.execPath, [...flags, outfile, ...args.filter((a) => a !== "--no-build")], {
  cwd: root,
  stdio: "inherit",
});
process.exitCode = run.status ?? 1;
