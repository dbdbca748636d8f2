/**
 * `npm start`: builds the add-in (development mode, rebuilt on every change) into dist/ and serves
 * dist/ on port 3000 (PORT overrides it). Excel loads add-ins only over https with a trusted
 * certificate, so the developer certificates of office-addin-dev-certs are used when they exist or
 * can be made; without them it stops and says how to get them. `npm start -- --http` serves plain
 * http instead, which is enough for the playground but not for Excel. `--no-build` serves dist/ as it
 * is, without webpack (what the tests of this script use).
 *
 * npm runs this script through a shell (`sh -c`) and, when npm is stopped, signals that shell, which
 * ends without passing the signal on: this process would go on serving the port. So besides its own
 * SIGINT and SIGTERM it stops when its parent goes (it is then handed to another parent).
 */
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const makeConfig = require("../webpack.config.js");
const { fileHandler } = require("./serveDist.cjs");
const { CHANNELS } = require("./channels.cjs");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const PORT = Number(process.env.PORT ?? 3000);
const HTTP_ONLY = process.argv.slice(2).includes("--http");
const NO_BUILD = process.argv.slice(2).includes("--no-build");
/** How often the parent is looked at; a stopped npm frees the port within about this long. */
const PARENT_POLL_MS = 250;
/** webpack's watcher may take its time to close (a build under way): the port is free before that. */
const CLOSE_GRACE_MS = 3000;
const CERT_DIR = path.join(homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

/** The certificate files, when all exist and the localhost certificate has not expired. */
function readCertificates() {
  const files = Object.fromEntries(Object.entries(CERT_FILES).map(([k, name]) => [k, path.join(CERT_DIR, name)]));
  if (!Object.values(files).every((file) => existsSync(file))) return null;
  const cert = readFileSync(files.cert);
  if (new Date(new X509Certificate(cert).validTo) <= new Date()) return null;
  return { ca: readFileSync(files.ca), cert, key: readFileSync(files.key) };
}

/**
 * Existing certificates first: regenerating would replace a CA the developer may already trust.
 * office-addin-dev-certs writes the files, then installs the CA with sudo (or the Windows/Mac
 * equivalent); where that last step fails the files are still there and serve https.
 */
async function certificates() {
  const existing = readCertificates();
  if (existing) return existing;
  try {
    const devCerts = require("office-addin-dev-certs");
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    console.warn(`office-addin-dev-certs could not install its CA certificate: ${error.message.trim()}`);
  }
  return readCertificates();
}

/**
 * Starts webpack in watch mode; resolves after the first build, whatever its outcome. The two
 * configurations (pages, functions) run as one multi-compiler, whose stats carry no start or end
 * time of their own (they read as 0 ms), so each build is timed here, from the change that starts it.
 */
function buildAndWatch() {
  const compiler = webpack(makeConfig({}, { mode: "development" }));
  let began = performance.now();
  let building = true;
  compiler.hooks.invalid.tap("raaderum-start", () => {
    if (building) return;
    building = true;
    began = performance.now();
  });
  return new Promise((resolve) => {
    let first = true;
    const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
      building = false;
      const seconds = ((performance.now() - began) / 1000).toFixed(1);
      if (error) console.error(`Build failed: ${error.message}`);
      else if (stats?.hasErrors()) console.error(stats.toString("errors-only"));
      else console.log(`Built dist/ in ${seconds} s.`);
      if (first) {
        first = false;
        resolve(watching);
      }
    });
  });
}

function printHelp(origin, secure) {
  const lines = [
    "",
    `Råderum is served at ${origin}/`,
    `  custom functions metadata  ${origin}/functions.json (Danish: ${origin}/functions.da-DK.json)`,
    `  task pane                  ${origin}/taskpane.html`,
    `  playground (no Excel)      ${origin}/playground.html`,
    "",
  ];
  if (!secure) {
    lines.push(
      "NOTE: plain http (--http), for the playground only: Excel loads add-ins only over https.",
      "Run npm start without --http once a developer certificate exists (npx office-addin-dev-certs install).",
      "",
    );
  } else {
    lines.push(
      `https uses the certificates in ${CERT_DIR}. If Excel or the browser calls the certificate untrusted,`,
      `trust ${path.join(CERT_DIR, CERT_FILES.ca)} (npx office-addin-dev-certs install does it on Windows and Mac).`,
      "",
    );
  }
  if (PORT !== 3000) {
    lines.push(
      `NOTE: manifest.xml points at https://localhost:3000, not port ${PORT}: Excel will not find this server.`,
      "",
    );
  }
  lines.push(
    "Sideload the add-in (manifest.xml in the project root; it points at https://localhost:3000):",
    "  Excel on the web:  open a workbook, Home › Add-ins › More add-ins › Upload My Add-in › choose manifest.xml.",
    "  Excel on Windows:  share a folder holding manifest.xml, add its \\\\machine\\share path under File › Options ›",
    "                     Trust Center › Trust Center Settings › Trusted Add-in Catalogs (tick Show in Menu),",
    "                     restart Excel, then Home › Add-ins › More add-ins › SHARED FOLDER › Råderum.",
    "  Excel on Mac:      copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "                     (create the folder), restart Excel, then Home › Add-ins › My Add-ins › Råderum.",
    "  Where office-addin-debugging is installed (Windows, Mac; it is not a dependency because it fails to",
    "  install on Linux): npx office-addin-debugging start manifest.xml",
    "",
    `Type =${CHANNELS.development.namespace}. in a cell to see the functions (the development add-in). Press Ctrl+C to stop.`,
  );
  console.log(lines.join("\n"));
}

async function main() {
  if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  let watching;
  let server;
  let stopping = false;
  const exit = (code) => {
    if (watching) watching.close(() => process.exit(code));
    else process.exit(code);
    setTimeout(() => process.exit(code), CLOSE_GRACE_MS).unref();
  };
  // Installed first: Ctrl+C during the first build or the certificate step also ends cleanly.
  const stop = (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping.`);
    server?.closeAllConnections();
    server?.close();
    exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("npm (the parent process) has stopped");
  }, PARENT_POLL_MS).unref();

  if (NO_BUILD) {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      console.error("--no-build serves dist/ as it is, but there is no dist/taskpane.html: run npm run build first.");
      process.exit(1);
    }
  } else watching = await buildAndWatch();
  if (stopping) return;
  const tls = HTTP_ONLY ? null : await certificates();
  if (!tls && !HTTP_ONLY) {
    console.error(
      [
        "",
        "No developer certificate for https://localhost, and Excel loads add-ins only over https. Either:",
        "  - make and trust one where you have admin rights, then run npm start again:",
        "      npx office-addin-dev-certs install   (Windows and Mac ask once for permission; Linux needs sudo)",
        `    without admin rights the tool still writes ${CERT_DIR}; trust its ca.crt in the browser that runs Excel;`,
        "  - or serve plain http for the playground only (Excel cannot use it):  npm start -- --http",
      ].join("\n"),
    );
    exit(1);
    return;
  }
  const handler = fileHandler(DIST);
  server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  server.on("error", (error) => {
    console.error(
      error.code === "EADDRINUSE" ? `Port ${PORT} is in use: stop the other server or set PORT.` : error.message,
    );
    exit(1);
  });
  server.listen(PORT, "localhost", () => printHelp(`${tls ? "https" : "http"}://localhost:${PORT}`, Boolean(tls)));
}

await main();
