/**
 * `npm run release -- --env url=https://… --env support=…`: builds the production add-in for that
 * server without the playground (`--env channel=test` the test add-in instead), and writes into release/ what IT takes and checks:
 *   raaderum-<version>.zip         the files to publish, in a folder named after the version (one
 *                                  folder per release on the server, so a rollback is a folder away)
 *   raaderum-<version>.zip.sha256  its SHA-256, in sha256sum's format (`sha256sum -c` reads it)
 *   raaderum-<version>.cdx.json    the SBOM of what runs in production (npm sbom from the lockfile,
 *                                  CycloneDX, no dev tools)
 *   LICENSE, SECURITY.md, CHANGELOG.md
 * The pure parts (the file list, the manifest's files, the checksum) are exported for the tests.
 */
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");

/** What the manifest and the pages cannot do without: a release missing one is refused. */
const REQUIRED = [
  "manifest.xml",
  "taskpane.html",
  "functions.js",
  "functions.html",
  "functions.json",
  "functions.da-DK.json",
  "help.html",
  "privacy.html",
  "oldwebview.js",
];

/**
 * The files of a built dist/ (paths relative to it, "/"-separated) that are published: no source
 * maps (they would publish the sources' structure and are no use to Excel) and no playground.
 * @param {string[]} files
 * @returns {string[]}
 */
function publishList(files) {
  const list = files
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => !file.endsWith(".map") && !/^(js\/)?playground\b/.test(file))
    .sort();
  const missing = REQUIRED.filter((file) => !list.includes(file));
  if (missing.length > 0)
    throw new Error(`The build lacks ${missing.join(", ")}; run the release from a clean checkout.`);
  return list;
}

/**
 * The files the manifest points at under the release's base URL, relative to it.
 * @param {string} manifest dist/manifest.xml
 * @param {string} base the base URL, without a trailing slash
 * @returns {string[]}
 */
function manifestFiles(manifest, base) {
  const files = new Set();
  for (const match of manifest.matchAll(/DefaultValue="([^"]+)"/g)) {
    const url = match[1];
    if (url.startsWith(`${base}/`)) files.add(url.slice(base.length + 1));
  }
  return [...files].sort();
}

/**
 * @param {Buffer | string} content
 * @returns {string} the SHA-256 in hex
 */
function sha256(content) {
  return crypto.createHash("sha256").update(content).digest("hex");
}

/** One line of sha256sum's format: the hash, two spaces, the file name. */
function checksumLine(hash, name) {
  return `${hash}  ${name}\n`;
}

/**
 * npm names the SBOM's subject after the checkout's folder; a release names it after the product.
 * @param {string} json npm sbom's CycloneDX output
 * @param {string} name
 */
function sbomNamed(json, name) {
  const bom = JSON.parse(json);
  if (bom.metadata && bom.metadata.component) bom.metadata.component.name = name;
  return `${JSON.stringify(bom, null, 2)}\n`;
}

/** The --env values of a command line ("--env url=…" or "--env=url=…"). */
function envFromArgs(args) {
  const env = {};
  for (let i = 0; i < args.length; i++) {
    const pair = args[i] === "--env" ? args[++i] : args[i].startsWith("--env=") ? args[i].slice(6) : undefined;
    if (pair === undefined) continue;
    const eq = pair.indexOf("=");
    if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

function listFiles(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}).`);
  return result.stdout;
}

async function main() {
  const env = envFromArgs(process.argv.slice(2));
  if (!env.url || !env.support)
    throw new Error(
      "Give the server and the support contact: npm run release -- --env url=https://addins.kommune.dk/raaderum --env support=it-support@kommune.dk",
    );
  const { version } = require("../package.json");
  const { parseBaseUrl } = require("./deployment.cjs");
  const base = parseBaseUrl(env.url);

  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const build = [webpack, "--mode", "production", "--env", `url=${env.url}`, "--env", `support=${env.support}`];
  // Production unless `--env channel=test` (scripts/channels.cjs): the test add-in, beside production.
  if (env.channel !== undefined) build.push("--env", `channel=${env.channel}`);
  process.stdout.write(run(process.execPath, [...build, "--env", "release"]));

  const dist = path.join(ROOT, "dist");
  const files = publishList(listFiles(dist));
  const unserved = manifestFiles(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"), base).filter(
    (file) => !files.includes(file),
  );
  if (unserved.length > 0)
    throw new Error(`The manifest points at files the build did not make: ${unserved.join(", ")}`);

  const JSZip = require("jszip");
  const zip = new JSZip();
  const folder = `raaderum-${version}`;
  // A fixed date and no folder entries (JSZip would date them now): the same build gives the same
  // zip, so its checksum can be checked again.
  const date = new Date("2000-01-01T00:00:00Z");
  for (const file of files)
    zip.file(`${folder}/${file}`, fs.readFileSync(path.join(dist, file)), { date, createFolders: false });
  const content = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });

  const out = path.join(ROOT, "release");
  fs.mkdirSync(out, { recursive: true });
  const name = `${folder}.zip`;
  fs.writeFileSync(path.join(out, name), content);
  fs.writeFileSync(path.join(out, `${name}.sha256`), checksumLine(sha256(content), name));
  // From the lockfile: exactly what `npm ci` installs, whatever the local node_modules holds.
  const sbom = run("npm", ["sbom", "--sbom-format", "cyclonedx", "--omit", "dev", "--package-lock-only"]);
  fs.writeFileSync(path.join(out, `${folder}.cdx.json`), sbomNamed(sbom, "raaderum"));
  for (const doc of ["LICENSE", "SECURITY.md", "CHANGELOG.md"])
    fs.copyFileSync(path.join(ROOT, doc), path.join(out, doc));
  console.log(`release/${name}: ${files.length} files for ${base}/, SHA-256 ${sha256(content)}`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(`Release refused: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });

module.exports = { REQUIRED, publishList, manifestFiles, sha256, checksumLine, envFromArgs, sbomNamed };
