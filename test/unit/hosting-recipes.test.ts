/**
 * @jest-environment jsdom
 *
 * The hosting recipes in deploy/ (nginx, IIS, Azure Static Web Apps), each read the way its server
 * reads it, against scripts/webPolicy.cjs, which `npm start` serves by: for every file a release
 * publishes, the same type, caching, nosniff, CORS (on the functions' metadata and script only) and
 * page policy. jsdom's DOMParser reads web.config.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { headersFor } from "../../scripts/webPolicy.cjs";

const DEPLOY = path.resolve(__dirname, "../../deploy");
const read = (file: string): string => readFileSync(path.join(DEPLOY, file), "utf8");

/** Files of a release, by their path under the add-in's folder: pages, scripts, metadata, manifest, icons. */
const PUBLISHED = [
  "/taskpane.html",
  "/functions.html",
  "/help.html",
  "/privacy.html",
  "/functions.json",
  "/functions.da-DK.json",
  "/functions.js",
  "/js/taskpane.0123456789abcdef.js",
  "/js/taskpane.0123456789abcdef.js.LICENSE.txt",
  "/oldwebview.js",
  "/js/381.fedcba9876543210.js",
  "/manifest.xml",
  "/assets/icon-32.png",
  "/assets/icon-80.png",
];
const COMPARED = ["Cache-Control", "X-Content-Type-Options", "Access-Control-Allow-Origin", "Content-Security-Policy"];

/** What webPolicy.cjs says a production server sends: the media type and the compared headers. */
function expected(file: string): Record<string, string | undefined> {
  const headers = headersFor(file, "production");
  const result: Record<string, string | undefined> = {
    "Content-Type": headers["Content-Type"]?.split(";")[0],
  };
  for (const name of COMPARED) result[name] = headers[name];
  return result;
}

function served(file: string, headers: Record<string, string>, type: string): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = { "Content-Type": type.split(";")[0]?.trim() };
  for (const name of COMPARED) result[name] = headers[name];
  return result;
}

describe("nginx (deploy/nginx/raaderum.conf)", () => {
  interface Location {
    modifier: string;
    pattern: string;
    headers: Record<string, string>;
  }
  const conf = read("nginx/raaderum.conf").replace(/#.*$/gm, "");
  // Inner locations: no braces inside; the outer one is what remains once they are cut out.
  const inner = /location\s+(=|~\*?|\^~)?\s*(\S+)\s*\{([^{}]*)\}/g;
  const headersIn = (body: string): Record<string, string> =>
    Object.fromEntries(
      [...body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m): [string, string] => [
        m[1] as string,
        m[2] as string,
      ]),
    );
  const locations: Location[] = [...conf.matchAll(inner)].map((m) => ({
    modifier: m[1] ?? "",
    pattern: m[2] as string,
    headers: headersIn(m[3] as string),
  }));
  const outerText = conf.replace(inner, "");
  const outer = /location\s+(\S+)\s*\{/.exec(outerText)?.[1] as string;
  const types = new Map<string, string>();
  for (const [, type, extensions] of (/types\s*\{([^}]*)\}/.exec(outerText)?.[1] ?? "").matchAll(/(\S+)\s+([^;]+);/g))
    for (const extension of (extensions as string).trim().split(/\s+/)) types.set(extension, type as string);

  /** nginx's choice: an exact match, else the regular expressions in order, else the longest prefix (the outer block). */
  function locate(uri: string): Record<string, string> {
    const exact = locations.find((l) => l.modifier === "=" && l.pattern === uri);
    if (exact) return exact.headers;
    const prefixes = locations.filter((l) => l.modifier === "" && uri.startsWith(l.pattern));
    const longest = prefixes.sort((a, b) => b.pattern.length - a.pattern.length)[0];
    if (!longest || longest.modifier !== "^~") {
      const regex = locations.find((l) => l.modifier.startsWith("~") && new RegExp(l.pattern).test(uri));
      if (regex) return regex.headers;
    }
    return longest?.headers ?? headersIn(outerText);
  }

  test.each(PUBLISHED)("%s", (file) => {
    expect(outer).toBe("/raaderum/");
    const type = types.get(path.extname(file).slice(1)) ?? "application/octet-stream";
    expect(served(file, locate(`/raaderum${file}`), type)).toEqual(expected(file));
  });
});

describe("IIS (deploy/iis/web.config)", () => {
  const xml = new DOMParser().parseFromString(read("iis/web.config"), "application/xml");
  const root = xml.documentElement;

  /** IIS adds a location's customHeaders to the site's, after its <remove>s; adding a name twice is an error. */
  function headersAt(file: string): Record<string, string> {
    const headers: Record<string, string> = {};
    const apply = (scope: Element | null): void => {
      for (const element of Array.from(scope?.querySelector("httpProtocol > customHeaders")?.children ?? [])) {
        const name = element.getAttribute("name") as string;
        if (element.tagName === "remove") delete headers[name];
        else if (element.tagName === "add") {
          if (name in headers) throw new Error(`web.config adds ${name} twice for ${file}`);
          headers[name] = element.getAttribute("value") as string;
        }
      }
    };
    apply(root.querySelector(":scope > system\\.webServer"));
    const relative = file.slice(1);
    for (const location of Array.from(root.querySelectorAll(":scope > location"))) {
      const at = location.getAttribute("path") as string;
      if (relative === at || relative.startsWith(`${at}/`)) apply(location.querySelector("system\\.webServer"));
    }
    return headers;
  }

  test.each(PUBLISHED)("%s", (file) => {
    expect(xml.querySelector("parsererror")).toBeNull();
    const map = Array.from(root.querySelectorAll("staticContent > mimeMap")).find(
      (m) => m.getAttribute("fileExtension") === path.extname(file),
    );
    expect(served(file, headersAt(file), map?.getAttribute("mimeType") ?? "")).toEqual(expected(file));
  });
});

describe("Azure Static Web Apps (deploy/azure/staticwebapp.config.json)", () => {
  const config = JSON.parse(read("azure/staticwebapp.config.json")) as {
    routes: { route: string; headers?: Record<string, string> }[];
    globalHeaders: Record<string, string>;
    mimeTypes: Record<string, string>;
  };
  /** The first matching route wins; its headers go over the global ones. A route ending in /* is a prefix. */
  function headersAt(file: string): Record<string, string> {
    const route = config.routes.find((r) =>
      r.route.endsWith("/*") ? file.startsWith(r.route.slice(0, -1)) : r.route === file,
    );
    return { ...config.globalHeaders, ...(route?.headers ?? {}) };
  }

  test.each(PUBLISHED)("%s", (file) => {
    const type = config.mimeTypes[path.extname(file)] ?? "application/octet-stream";
    expect(served(file, headersAt(file), type)).toEqual(expected(file));
  });
});

test("what the recipes are held to: scripts named by content kept a year, the rest revalidated", () => {
  // Every recipe above must send these, file by file; a recipe without the year-long rule fails there.
  const cache = (file: string): string | undefined => headersFor(file, "production")["Cache-Control"];
  expect(cache("/js/taskpane.0123456789abcdef.js")).toBe("public, max-age=31536000, immutable");
  expect(cache("/js/381.fedcba9876543210.js")).toBe("public, max-age=31536000, immutable");
  for (const file of ["/taskpane.html", "/functions.html", "/functions.js", "/functions.json", "/manifest.xml"])
    expect([file, cache(file)]).toEqual([file, "no-cache"]);
});

test("no recipe forbids Excel's frame", () => {
  for (const file of ["nginx/raaderum.conf", "iis/web.config", "azure/staticwebapp.config.json"]) {
    const text = read(file).replace(/#.*$|<!--[\s\S]*?-->/gm, "");
    expect([file, /X-Frame-Options|frame-ancestors/i.test(text)]).toEqual([file, false]);
  }
});
