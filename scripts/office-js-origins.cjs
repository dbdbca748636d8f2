/**
 * Reads Microsoft's Office.js package (@microsoft/office-js, not a dependency: `npm pack` it) for every
 * host its Excel files name in an absolute URL, so that the pages' Content-Security-Policy can be
 * held against what Office.js may load (scripts/office-js-sources.json records the verdict per host).
 *
 *   node scripts/office-js-origins.cjs <unpacked package folder>
 *
 * prints the hosts found and exits 1 when one has no verdict in office-js-sources.json yet.
 */
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

/**
 * The files Excel can load from the Office.js CDN: office.js and the custom-functions runtime, the
 * Excel host files they pick by platform, and what those load in turn (telemetry, web auth, the
 * error page). Debug twins are skipped: they are the same code with comments, and Office loads the
 * shipped files unless a page asks for office.debug.js.
 */
const SCANNED = /^(office|custom-functions-runtime|excel[a-z0-9.-]*|o15apptofilemappingtable|es6-promise)\.js$/;
const SCANNED_FOLDERS = ["telemetry", "ariatelemetry", "webauth", "agaveerrorux"];

/**
 * Hosts named in absolute or protocol-relative URLs (`https://host`, `http://host`, `//host`).
 * A host needs a dot and a letter top-level label, so `//` comments and regular expressions with
 * escaped dots are not taken for URLs.
 * @param {string} text
 * @returns {Map<string, string[]>} host → the distinct URLs naming it, up to their path
 */
function hostsNamedIn(text) {
  const found = new Map();
  const url = /(?:https?:)?\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[A-Za-z0-9._~%/-]*)?/gi;
  for (const match of text.matchAll(url)) {
    const host = match[1].toLowerCase();
    const urls = found.get(host) ?? [];
    const seen = `${host}${match[2] ?? ""}`;
    if (!urls.includes(seen)) urls.push(seen);
    found.set(host, urls);
  }
  return found;
}

/** The files of an unpacked package that SCANNED and SCANNED_FOLDERS pick, relative to its dist/. */
function scannedFiles(packageDir) {
  const dist = path.join(packageDir, "dist");
  const top = readdirSync(dist).filter((name) => SCANNED.test(name) && !name.includes(".debug."));
  const nested = SCANNED_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(dist, folder))
      .filter((name) => /\.(js|html)$/.test(name) && !name.includes(".debug."))
      .map((name) => `${folder}/${name}`),
  );
  return [...top, ...nested].sort();
}

/**
 * Every host the scanned files name, with the files naming it.
 * @param {string} packageDir the unpacked package (the folder holding package.json and dist/)
 * @returns {{ version: string, hosts: Record<string, string[]> }}
 */
function scanPackage(packageDir) {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const hosts = {};
  for (const file of scannedFiles(packageDir)) {
    for (const host of hostsNamedIn(readFileSync(path.join(packageDir, "dist", file), "utf8")).keys()) {
      (hosts[host] ??= []).push(file);
    }
  }
  return {
    version,
    hosts: Object.fromEntries(
      Object.keys(hosts)
        .sort()
        .map((host) => [host, hosts[host]]),
    ),
  };
}

/** Hosts of a scan that office-js-sources.json gives no verdict for. */
function undecidedHosts(scan, sources) {
  return Object.keys(scan.hosts).filter((host) => !(host in sources.hosts));
}

module.exports = { hostsNamedIn, scanPackage, undecidedHosts };

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("Give the unpacked package: npm pack @microsoft/office-js && tar xzf microsoft-office-js-*.tgz");
    process.exit(2);
  }
  const scan = scanPackage(path.resolve(dir));
  const sources = require("./office-js-sources.json");
  for (const [host, files] of Object.entries(scan.hosts)) console.log(`${host}\t${files.join(" ")}`);
  const undecided = undecidedHosts(scan, sources);
  if (undecided.length > 0) {
    console.error(
      `\n@microsoft/office-js ${scan.version} names hosts scripts/office-js-sources.json has no verdict for: ` +
        `${undecided.join(", ")}. Read where and how the package uses each, then allow it in the policy or say why not.`,
    );
    process.exit(1);
  }
  console.error(
    `\nEvery host @microsoft/office-js ${scan.version} names has a verdict (read ${sources.package.version}).`,
  );
}
