/**
 * The Office pages' Content-Security-Policy against what Office.js loads. The URLs below were read
 * from @microsoft/office-js 1.1.110 (scripts/office-js-sources.json says where in it); each is matched
 * against the policy as a browser matches a source list (CSP 3: scheme, host, and the path as a
 * prefix when the source ends in "/", whole otherwise), so the policy has to let through exactly
 * these and keep the rest out. Also the reader of the package (scripts/office-js-origins.cjs), on a
 * small package made here and, with OFFICE_JS_PACKAGE=<unpacked @microsoft/office-js>, on the real one.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { hostsNamedIn, scanPackage, undecidedHosts } from "../../scripts/office-js-origins.cjs";
import sources from "../../scripts/office-js-sources.json";
import { headersFor, pagePolicy } from "../../scripts/webPolicy.cjs";

/** The directives of a policy, each with its source list. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Whether a URL loaded by a page at `self` matches one source expression. */
function matches(source: string, url: URL, self: URL): boolean {
  if (source === "'self'") return url.origin === self.origin;
  if (source.startsWith("'")) return false;
  if (/^[a-z]+:$/.test(source)) return url.protocol === source;
  const expression = new URL(source);
  if (expression.protocol !== url.protocol || expression.host !== url.host) return false;
  const pathname = expression.pathname;
  return pathname.endsWith("/") ? url.pathname.startsWith(pathname) : url.pathname === pathname;
}

/** Whether `policy` lets a page at `self` load `url` under `directive` (falling back to default-src). */
function allows(policy: string, directive: string, url: string, self = "https://addins.example.dk/raaderum/"): boolean {
  const directives = parse(policy);
  const list = directives.get(directive) ?? directives.get("default-src") ?? [];
  return list.some((source) => matches(source, new URL(url), new URL(self)));
}

const BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** What Office.js 1.1.110 loads into a page, per directive (office-js-sources.json gives file and function). */
const LOADED = {
  "script-src": [
    `${BASE}office.js`,
    `${BASE}custom-functions-runtime.js`,
    `${BASE}excel-web-16.00.js`,
    `${BASE}excel-win32-16.01.js`,
    `${BASE}excel-win32-16.00.js`,
    `${BASE}excel-mac-16.00.js`,
    `${BASE}da-dk/office_strings.js`,
    `${BASE}telemetry/oteljs_agave.js`,
    `${BASE}ariatelemetry/aria-web-telemetry.js`,
    "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
  ],
  "connect-src": [
    "https://browser.pipe.aria.microsoft.com/Collector/3.0/?qsp=true&content-type=application%2Fbond-compact-binary",
    "https://eu.pipe.aria.microsoft.com/Collector/3.0/",
  ],
  "frame-src": [
    `${BASE}AgaveErrorUX/index.html`,
    "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
  ],
};
/** What it can name but does not load for an add-in that neither signs in nor opens dialogs, and what no one should. */
const REFUSED = {
  "script-src": [
    "https://alcdn.msauth.net/browser/2.21.0/js/msal-browser.min.js",
    "https://ajax.aspnetcdn.com/ajax/jQuery/jquery-3.7.1.min.js",
    "https://appsforoffice.microsoft.com/lib/beta/hosted/office.js",
    "https://evil.example.com/office.js",
    "http://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  ],
  "connect-src": [
    "https://login.microsoftonline.com/common/oauth2/v2.0/token",
    "https://browser.pipe.aria.microsoft.com/other",
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  ],
  "frame-src": ["https://login.microsoftonline.com/common/oauth2/authorize", "https://evil.example.com/"],
};

describe.each(["taskpane.html", "functions.html"])("%s", (page) => {
  const policy = pagePolicy(page);

  test.each(Object.entries(LOADED))("allows what Office.js loads under %s", (directive, urls) => {
    for (const url of urls) expect([url, allows(policy, directive, url)]).toEqual([url, true]);
  });

  test.each(Object.entries(REFUSED))("refuses under %s what Office.js does not load for us", (directive, urls) => {
    for (const url of urls) expect([url, allows(policy, directive, url)]).toEqual([url, false]);
  });

  test("names no host office-js-sources.json does not allow, and no wildcard, eval or inline script", () => {
    const allowed = new Set([
      ...Object.values(sources.base.allow).flat(),
      ...Object.values(sources.hosts).flatMap((host) => Object.values(host.allow ?? {}).flat()),
    ]);
    const named = [...parse(policy).values()].flat().filter((source) => /^https?:/.test(source));
    expect(named.filter((source) => !allowed.has(source))).toEqual([]);
    for (const [host, verdict] of Object.entries(sources.hosts))
      if (verdict.allow === null) expect([host, policy.includes(host)]).toEqual([host, false]);
    expect(policy).not.toMatch(/\*|'unsafe-eval'|frame-ancestors/);
    expect(parse(policy).get("script-src")).not.toContain("'unsafe-inline'");
    expect(parse(policy).get("object-src")).toEqual(["'none'"]);
  });
});

test("the pages without Office.js allow no other host at all", () => {
  for (const page of ["playground.html", "help.html", "privacy.html", "anything-else.html"]) {
    expect([page, pagePolicy(page)]).toEqual([page, expect.not.stringMatching(/https?:|\*/)]);
    expect(allows(pagePolicy(page), "script-src", `${BASE}office.js`)).toBe(false);
    expect(allows(pagePolicy(page), "script-src", "https://addins.example.dk/raaderum/taskpane.js")).toBe(true);
  }
  expect(headersFor("/privacy.html")["Content-Security-Policy"]).toBe(pagePolicy("privacy.html"));
});

describe("reading the Office.js package", () => {
  test("finds hosts in absolute and protocol-relative URLs, not in comments or escaped patterns", () => {
    const text = [
      `var p=(https?"https:":"http:")+"//ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";`,
      `collectorUri:"https://browser.pipe.aria.microsoft.com/Collector/3.0/",`,
      `// load the host file //then go on`,
      `var trusted = "^https:\\/\\/[a-z0-9-]+\\.(officeapps\\.live)\\.com\\/";`,
      `x = "https://Browser.Pipe.Aria.Microsoft.com/Collector/3.0/";`,
    ].join("\n");
    expect(Object.fromEntries(hostsNamedIn(text))).toEqual({
      "ajax.aspnetcdn.com": ["ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js"],
      "browser.pipe.aria.microsoft.com": ["browser.pipe.aria.microsoft.com/Collector/3.0/"],
    });
  });

  test("scans Excel's files and what they load, skips debug twins and other hosts, and flags a new host", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "office-js-"));
    for (const folder of ["dist", ...["telemetry", "ariatelemetry", "webauth", "agaveerrorux"].map((f) => `dist/${f}`)])
      mkdirSync(path.join(dir, folder), { recursive: true });
    const files: Record<string, string> = {
      "package.json": JSON.stringify({ version: "9.9.9" }),
      "dist/office.js": `x="https://raw.githubusercontent.com/a/LICENSE"`,
      "dist/excel-web-16.00.js": `s="https://new-cdn.example.net/lib.js"`,
      "dist/excel-web-16.00.debug.js": `s="https://debug-only.example.net/x.js"`,
      "dist/word-web-16.00.js": `s="https://word-only.example.net/x.js"`,
      "dist/telemetry/oteljs_agave.js": `u="https://eu.pipe.aria.microsoft.com/Collector/3.0/"`,
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
    const scan = scanPackage(dir);
    expect(scan).toEqual({
      version: "9.9.9",
      hosts: {
        "eu.pipe.aria.microsoft.com": ["telemetry/oteljs_agave.js"],
        "new-cdn.example.net": ["excel-web-16.00.js"],
        "raw.githubusercontent.com": ["office.js"],
      },
    });
    expect(undecidedHosts(scan, sources)).toEqual(["new-cdn.example.net"]);
  });

  const real = process.env.OFFICE_JS_PACKAGE;
  (real ? test : test.skip)("the real package (OFFICE_JS_PACKAGE) names no host without a verdict", () => {
    const scan = scanPackage(real as string);
    expect([scan.version, undecidedHosts(scan, sources)]).toEqual([scan.version, []]);
  });
});
