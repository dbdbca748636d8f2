/**
 * The names of what the build writes (webpack.config.js): the pages' scripts and lazy chunks named by
 * their content in js/, so a server may keep them a year and old and new never mix; the files the
 * manifest names (functions.js, the pages) keep stable names; and every script a page loads exists.
 * Build first (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { HASHED_FOLDER } from "../../scripts/webPolicy.cjs";

const DIST = path.resolve(__dirname, "../../dist");
const HASHED = /\.[0-9a-f]{8,}\.js$/;

function files(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(path.join(dir, entry.name), relative) : [relative];
  });
}

let built: string[];
beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/ is not built. Build first: npm run build.");
  built = files(DIST);
});

test("the pages' scripts and chunks lie in js/, each named by its content", () => {
  const hashed = built.filter((file) => file.startsWith(`${HASHED_FOLDER}/`) && file.endsWith(".js"));
  expect(hashed.some((file) => /^js\/taskpane\.[0-9a-f]{16}\.js$/.test(file))).toBe(true);
  // The pane loads its wizards and exceljs lazily: more than the entry points alone.
  expect(hashed.length).toBeGreaterThan(2);
  for (const file of hashed) expect([file, HASHED.test(file)]).toEqual([file, true]);
});

test("outside js/ only the manifest's own files keep a fixed name: functions.js and the old-webview notice", () => {
  const loose = built.filter((file) => file.endsWith(".js") && !file.startsWith(`${HASHED_FOLDER}/`));
  expect(loose.sort()).toEqual(["functions.js", "oldwebview.js"]);
});

test("no two scripts share a hash (a shared name would mix files)", () => {
  const hashes = built.filter((file) => HASHED.test(file)).map((file) => /\.([0-9a-f]{8,})\.js$/.exec(file)?.[1]);
  expect(new Set(hashes).size).toBe(hashes.length);
});

test.each(["taskpane.html", "functions.html", "playground.html"])("%s loads only scripts that exist", (page) => {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  // The minifier leaves attribute values unquoted where it can.
  const local = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>"]+))/g)]
    .map((m) => (m[1] ?? m[2]) as string)
    .filter((src) => !/^https?:/.test(src));
  expect(local.length).toBeGreaterThan(0);
  for (const src of local) expect([src, fs.existsSync(path.join(DIST, src))]).toEqual([src, true]);
  if (page !== "functions.html") expect(local.some((src) => HASHED.test(src) && src.startsWith("js/"))).toBe(true);
});
