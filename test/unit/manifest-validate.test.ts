/**
 * The production manifest (scripts/deployment.cjs) and the offline validation behind
 * `npm run validate` (scripts/manifest). The validation is run on the real manifests, and on copies
 * with one fault each, so that a pass means something. Build first (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEVELOPMENT_BASE, manifestFor, parseBaseUrl } from "../../scripts/deployment.cjs";
import { baseOf, pngSize, validateManifest } from "../../scripts/manifest/validateManifest";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://addins.example.dk/raaderum";
const production = manifestFor(SOURCE, BASE);

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(`${DIST} is not built. Build first: npm run build.`);
});

const validate = (xml: string, base = DEVELOPMENT_BASE): string[] => validateManifest(xml, { base, root: DIST });

/** The source manifest with `from` replaced once by `to`; fails when `from` is not there. */
function mutated(from: string | RegExp, to: string, xml = SOURCE): string {
  const result = xml.replace(from, to);
  if (result === xml) throw new Error(`the manifest has no ${String(from)} to change`);
  return result;
}

describe("parseBaseUrl: the --env url of a production build", () => {
  test.each([
    ["https://addins.example.dk/raaderum", "https://addins.example.dk/raaderum"],
    ["https://addins.example.dk/raaderum/", "https://addins.example.dk/raaderum"],
    ["  https://ADDINS.example.dk:8443/a/b/ ", "https://addins.example.dk:8443/a/b"],
    ["https://addins.example.dk", "https://addins.example.dk"],
  ])("%s → %s", (given, base) => {
    expect(parseBaseUrl(given)).toBe(base);
  });

  test.each([
    ["http://addins.example.dk/raaderum", /is not https/],
    ["addins.example.dk/raaderum", /is not a URL/],
    ["", /is empty/],
    ["https://user:secret@addins.example.dk/", /user name or password/],
    ["https://addins.example.dk/raaderum?x=1", /query or fragment/],
    ["https://addins.example.dk/raaderum#top", /query or fragment/],
  ])("refuses %j with a message that says what to write", (given, message) => {
    expect(() => parseBaseUrl(given)).toThrow(message);
    expect(() => parseBaseUrl(given)).toThrow(/--env url=https:\/\//);
  });
});

describe("manifestFor: the manifest of a production build", () => {
  test("moves every URL under the base and the app domain to its origin; no localhost is left", () => {
    expect(production).not.toMatch(/localhost/);
    const urls = [...production.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    const sourceUrls = [...SOURCE.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(sourceUrls.map((u) => (u as string).replace(DEVELOPMENT_BASE, BASE)));
    expect(urls.length).toBeGreaterThanOrEqual(12);
    expect(production).toContain("<AppDomain>https://addins.example.dk</AppDomain>");
    expect(production.replace(/https:\/\/addins\.example\.dk(\/raaderum)?/g, DEVELOPMENT_BASE)).toMatch(/<OfficeApp/);
  });

  test("leaves the development manifest as it is", () => {
    expect(manifestFor(SOURCE, DEVELOPMENT_BASE)).toBe(SOURCE);
  });

  test("the support and learn-more links go to the help page, not the task pane", () => {
    expect(production).toContain(`<SupportUrl DefaultValue="${BASE}/help.html"/>`);
    expect(production).toMatch(new RegExp(`id="GetStarted.LearnMoreUrl" DefaultValue="${BASE}/help.html"`));
    const help = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    expect(help).toContain("TIMER.ÅRSVÆRK");
    expect(help).toMatch(/<html lang="?da"?>/);
    expect(help).toMatch(/id="?english"?/);
  });
});

describe("npm run validate (offline manifest validation)", () => {
  test("accepts the development manifest, the production one and the one in dist", () => {
    expect(validate(SOURCE)).toEqual([]);
    expect(validate(production, BASE)).toEqual([]);
    const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(validate(built, baseOf(built))).toEqual([]);
  });

  test("reads the base URL from the task pane's address", () => {
    expect(baseOf(production)).toBe(BASE);
    expect(baseOf(SOURCE)).toBe(DEVELOPMENT_BASE);
  });

  test("reports malformed XML", () => {
    expect(validate("<OfficeApp><Id>x</OfficeApp>")[0]).toMatch(/not well-formed XML/);
    expect(validate(mutated("<!-- Råderum", "<!-- Råderum -- ")).join()).toMatch(/not well-formed XML/);
  });

  test("reports elements out of schema order and missing required elements", () => {
    const swapped = mutated(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, "$2\n  $1");
    expect(validate(swapped).join("\n")).toMatch(/<Version> is out of order in <OfficeApp>/);
    const noPermissions = mutated(/<Permissions>.*<\/Permissions>/, "");
    expect(validate(noPermissions)).toContainEqual(expect.stringMatching(/lacks <Permissions>/));
    const noNamespace = mutated(/<Namespace resid="Functions.Namespace"\/>/, "");
    expect(validate(noNamespace).join("\n")).toMatch(/lacks <Namespace>/);
  });

  test("reports a resid that names nothing or the wrong kind, and a resource nobody uses", () => {
    expect(validate(mutated('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>')).join()).toMatch(
      /resid="Group.Lable"> names no resource/,
    );
    expect(validate(mutated('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>')).join()).toMatch(
      /must name one of ShortStrings, not of Urls/,
    );
  });

  test("reports http, a URL outside the base or AppDomains, and a URL naming no built file", () => {
    const http = mutated(`${DEVELOPMENT_BASE}/functions.js`, "http://localhost:3000/functions.js");
    expect(validate(http).join()).toMatch(/functions\.js is not https/);
    const elsewhere = mutated(`${DEVELOPMENT_BASE}/functions.js`, "https://cdn.example.com/functions.js");
    expect(validate(elsewhere).join("\n")).toMatch(/not in <AppDomains>/);
    expect(validate(elsewhere).join("\n")).toMatch(/not under the base URL/);
    const missing = mutated(`${DEVELOPMENT_BASE}/functions.js`, `${DEVELOPMENT_BASE}/function.js`);
    expect(validate(missing).join()).toMatch(/function\.js, which the build did not write/);
    expect(validate(production).join()).toMatch(/is not under the base URL https:\/\/localhost:3000\//);
  });

  test("reports an icon whose pixels differ from the declared size", () => {
    const wrong = mutated(`${DEVELOPMENT_BASE}/assets/icon-80.png`, `${DEVELOPMENT_BASE}/assets/icon-64.png`);
    expect(validate(wrong).join("\n")).toMatch(/icon-64\.png is 64×64 pixels, the manifest declares 80×80/);
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets/icon-16.png")))).toEqual({ width: 16, height: 16 });
    expect(pngSize(new TextEncoder().encode("<svg/>"))).toBeUndefined();
  });

  test("reports a missing or misspelt requirement set", () => {
    expect(validate(mutated('Name="CustomFunctionsRuntime"', 'Name="CustomFunctionRuntime"')).join("\n")).toMatch(
      /"CustomFunctionRuntime" is not one this add-in knows[\s\S]*does not require the CustomFunctionsRuntime set/,
    );
  });
});
