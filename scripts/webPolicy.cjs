/**
 * What a web server must answer for each file of dist/: its type, how long it may be cached, the
 * pages' Content-Security-Policy and CORS for the custom-functions files. One source for `npm start`
 * (serveDist.cjs), the build (the policy is also written into each page's meta tag, cspMeta.cjs) and
 * the hosting recipes in deploy/ (test/unit/hosting-recipes.test.ts holds them to this file).
 */
const OFFICE_JS = require("./office-js-sources.json");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Excel on the web fetches the functions' metadata (and, where it runs the functions outside the
 * page, their script) from its own origin, *.officeapps.live.com; Microsoft's custom-functions
 * documentation asks for CORS on them. They are public, static and read without credentials, so
 * `*` gives away nothing. The pages get no CORS header: Excel loads them as pages of this origin.
 */
const CORS_FILES = /^\/functions(\.[A-Za-z]{2}(-[A-Za-z]{2,4})*)?\.json$|^\/functions\.js$/;

/** The sources Office.js loads from, per directive: its base path plus every host office-js-sources.json allows. */
function officeSources() {
  const sources = {};
  for (const entry of [OFFICE_JS.base, ...Object.values(OFFICE_JS.hosts)]) {
    for (const [directive, list] of Object.entries(entry.allow ?? {})) {
      sources[directive] = [...(sources[directive] ?? []), ...list];
    }
  }
  return sources;
}

function policy(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/**
 * The Office pages: Office.js and what it loads (office-js-sources.json), styles inline (Fluent UI
 * writes its styles at run time; Office.js sets a style attribute on its telemetry frame), and
 * nothing else. Never frame-ancestors: Excel on the web shows the pane in a frame of its own origin.
 */
function officePagePolicy(extra) {
  const office = officeSources();
  return policy({
    "default-src": ["'self'"],
    "script-src": ["'self'", ...office["script-src"]],
    "connect-src": ["'self'", ...office["connect-src"]],
    "frame-src": ["'self'", ...office["frame-src"]],
    "style-src": ["'self'", "'unsafe-inline'"],
    ...extra,
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  });
}

/** A page without Office.js: its own files only. */
function plainPagePolicy(extra) {
  return policy({
    "default-src": ["'self'"],
    ...extra,
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  });
}

/** The policy of each page of dist/, by its path. */
const PAGE_POLICIES = {
  "/taskpane.html": officePagePolicy({ "img-src": ["'self'", "data:"], "font-src": ["'self'", "data:"] }),
  "/functions.html": officePagePolicy({}),
  "/playground.html": plainPagePolicy({
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
  }),
  "/help.html": plainPagePolicy({ "style-src": ["'self'", "'unsafe-inline'"], "img-src": ["'self'"] }),
  "/privacy.html": plainPagePolicy({ "style-src": ["'self'", "'unsafe-inline'"], "img-src": ["'self'"] }),
};

/** Any other page (none today) gets the strictest policy rather than none. */
const DEFAULT_PAGE_POLICY = plainPagePolicy({});

/**
 * The folder of the pages' scripts, each named by its content (taskpane.<hash>.js and the lazy
 * chunks; webpack.config.js): a name there never gets other content, so it may be kept a year. One
 * folder, because IIS and Azure Static Web Apps can give a folder a header but not a file pattern.
 * functions.js is not in it: the manifest names it, and Excel refetches it on a new manifest version.
 */
const HASHED_FOLDER = "js";

/**
 * Cache-Control of a file. Excel keeps its own copy of the functions' files for about a day whatever
 * this says (a release raises the manifest's version for that); for the browser and proxies,
 * `no-cache` makes every use ask the server (an ETag answer is cheap) so a new release shows at once.
 * @param {string} pathname the path under the add-in's folder, e.g. "/functions.json"
 * @param {"production" | "development"} mode development (`npm start`, rebuilt under the browser) stores nothing
 */
function cacheControl(pathname, mode) {
  if (mode === "development") return "no-store";
  if (pathname.startsWith(`/${HASHED_FOLDER}/`)) return "public, max-age=31536000, immutable";
  if (pathname.startsWith("/assets/")) return "public, max-age=86400";
  return "no-cache";
}

/**
 * The response headers for one file of dist/.
 * @param {string} pathname the path under the add-in's folder, with a leading slash
 * @param {"production" | "development"} mode
 * @returns {Record<string, string>}
 */
function headersFor(pathname, mode = "production") {
  const extension = /\.[^./]+$/.exec(pathname)?.[0] ?? "";
  const headers = {
    "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
    "Cache-Control": cacheControl(pathname, mode),
    "X-Content-Type-Options": "nosniff",
  };
  if (extension === ".html") headers["Content-Security-Policy"] = PAGE_POLICIES[pathname] ?? DEFAULT_PAGE_POLICY;
  if (CORS_FILES.test(pathname)) headers["Access-Control-Allow-Origin"] = "*";
  return headers;
}

/** The policy of a page by its file name in dist/ (the build writes it into the page's meta tag). */
function pagePolicy(fileName) {
  return PAGE_POLICIES[`/${fileName}`] ?? DEFAULT_PAGE_POLICY;
}

module.exports = { CONTENT_TYPES, CORS_FILES, HASHED_FOLDER, PAGE_POLICIES, headersFor, officeSources, pagePolicy };
