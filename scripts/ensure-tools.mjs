// Installs the system tools the test suite drives (Debian's Chromium for the task-pane tests,
// LibreOffice Calc for recalculating department workbooks) when they are missing, so that
// `npm test` works on a fresh machine. Nothing is installed when both are already there.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const tools = [
  { binary: "/usr/bin/chromium", pkg: "chromium", why: "the task-pane tests in a real browser" },
  {
    binary: "/usr/bin/soffice",
    pkg: "libreoffice-calc",
    why: "recalculating department workbooks in a second spreadsheet",
  },
];

const missing = tools.filter((tool) => !existsSync(tool.binary));
if (missing.length === 0) process.exit(0);

const names = missing.map((tool) => tool.pkg);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("which", ["apt-get"]).status === 0;
if (!isRoot || !hasApt) {
  for (const tool of missing) console.error(`Missing ${tool.binary}, needed for ${tool.why}.`);
  console.error(`Install it with: sudo apt-get install -y ${names.join(" ")}`);
  process.exit(1);
}

console.log(`Installing ${names.join(", ")} with apt-get (needed by the tests) ...`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...names], { stdio: "inherit", env });
for (const tool of missing) {
  if (!existsSync(tool.binary)) {
    console.error(`apt-get finished but ${tool.binary} is still missing.`);
    process.exit(1);
  }
}
