/**
 * The pages as a browser loads them: each carries a Content-Security-Policy that allows only the
 * add-in's own origin and, on the Office pages, what Office.js loads (test/unit/web-policy.test.ts
 * holds that list to the package), and still loads under it (the harness answers the
 * Office.js CDN with an empty script); and the task pane's old-webview guard, tried by pretending to
 * be Internet Explorer 11 and the old Edge.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "acorn";
import { officeSources } from "../../scripts/webPolicy.cjs";
import { openPage, type BrowserSession } from "../support/playground";
import { DIST } from "../support/distServer";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

/** Records CSP violations from the first script on, so those during loading count too. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push(e.violatedDirective + " " + e.blockedURI);
  });
`;

async function openRecorded(path: string): Promise<BrowserSession> {
  const session = await openPage({ path });
  await session.page.addInitScript(RECORD_VIOLATIONS);
  await session.page.reload();
  await session.page.waitForLoadState("load");
  return session;
}

const violations = (session: BrowserSession): Promise<string[]> =>
  session.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

function policyOf(file: string): string {
  const html = readFileSync(resolve(DIST, file), "utf8");
  const match = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error(`${file} has no Content-Security-Policy meta tag`);
  return match[1] as string;
}

describe("Content-Security-Policy", () => {
  test.each(["taskpane.html", "functions.html", "playground.html", "help.html", "privacy.html"])(
    "%s allows scripts only from itself and where Office.js loads them from",
    (file) => {
      const policy = policyOf(file);
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/object-src 'none'/);
      const scripts = /script-src ([^;]+)/.exec(policy)?.[1]?.trim() ?? "'self'";
      expect(scripts.split(/\s+/).sort()).toEqual(
        file === "taskpane.html" || file === "functions.html"
          ? ["'self'", ...(officeSources()["script-src"] ?? [])].sort()
          : ["'self'"],
      );
      expect(policy).not.toMatch(/unsafe-eval|\*|frame-ancestors/);
      expect(scripts).not.toMatch(/unsafe-inline/);
    },
  );

  test("the task pane loads under it (the no-Office notice, as outside Excel) and blocks foreign scripts", async () => {
    const session = await openRecorded("taskpane.html");
    try {
      await session.page.getByTestId("no-office").waitFor();
      expect(await violations(session)).toEqual([]);
      expect(session.errors).toEqual([]);
      // A pass above means something only if the policy is enforced: a foreign script and an inline one are refused.
      const refused = await session.page.evaluate(async () => {
        const script = document.createElement("script");
        script.src = "https://evil.example.com/steal.js";
        const failed = new Promise<boolean>((done) => {
          script.onerror = () => done(true);
          script.onload = () => done(false);
        });
        document.head.appendChild(script);
        const inline = document.createElement("script");
        inline.textContent = "window.__inlineRan = true;";
        document.head.appendChild(inline);
        return {
          failed: await failed,
          inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        };
      });
      expect(refused).toEqual({ failed: true, inlineRan: false });
      expect((await violations(session)).join("\n")).toMatch(/script-src.* https:\/\/evil\.example\.com\/steal\.js/);
    } finally {
      await session.close();
    }
  });

  test("the playground loads under it and its wizards work", async () => {
    const session = await openRecorded("playground.html");
    try {
      await session.page.waitForFunction(() => window.raaderum?.workbook !== undefined);
      await session.page.getByRole("tablist").first().waitFor();
      expect(await violations(session)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("the functions page loads the runtime and functions.js under it, which register every function", async () => {
    const session = await openPage({ path: "help.html" });
    try {
      // A stand-in for Microsoft's runtime from its own host, counting the registrations.
      await session.page.route(/custom-functions-runtime\.js/, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "window.__associated = []; window.CustomFunctions = { associate: function (id) { window.__associated.push(id); } };",
        }),
      );
      await session.page.addInitScript(RECORD_VIOLATIONS);
      await session.page.goto(`${session.baseUrl}/functions.html`);
      const ids = (
        JSON.parse(readFileSync(resolve(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }
      ).functions.map((f) => f.id);
      const associated = await session.page.evaluate(
        () => (window as unknown as { __associated: string[] }).__associated,
      );
      expect(associated).toEqual(ids);
      expect([await violations(session), session.errors]).toEqual([[], []]);
    } finally {
      await session.close();
    }
  });

  test.each(["help.html", "privacy.html"])("%s loads under it, with its icon", async (file) => {
    const session = await openRecorded(file);
    try {
      expect([await violations(session), session.errors]).toEqual([[], []]);
      expect(await session.page.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(32);
    } finally {
      await session.close();
    }
  });
});

describe("the old-webview guard of the task pane", () => {
  test("is ES5, so Internet Explorer 11 can run it", () => {
    const source = readFileSync(resolve(DIST, "oldwebview.js"), "utf8");
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  test.each([
    ["Internet Explorer 11 (Trident)", IE11],
    ["the old Edge (EdgeHTML)", EDGE_HTML],
  ])("in %s it shows which Excel is needed, in Danish and English, instead of a blank pane", async (_, agent) => {
    const session = await openPage({ path: "taskpane.html", userAgent: agent });
    try {
      const message = session.page.getByTestId("old-webview");
      await message.waitFor();
      const text = await message.innerText();
      expect(text).toContain("Råderum kan ikke vises i denne udgave af Excel");
      expect(text).toContain("Råderum cannot be shown in this version of Excel");
      expect(text).toMatch(/Microsoft 365 \(version 2101 eller nyere\)/);
      expect(text).toMatch(/Microsoft 365 \(version 2101 or later\)/);
      // Where Excel is new enough, the fix is the WebView2 Runtime, which IT installs.
      expect(text).toMatch(/mangler computeren Microsoft Edge WebView2 Runtime: bed it-afdelingen installere den/);
      expect(text).toMatch(/lacks the Microsoft Edge WebView2 Runtime: ask your IT department to install it/);
      expect(await session.page.locator("#root").count()).toBe(0);
      expect(await session.page.getByTestId("no-office").count()).toBe(0);
    } finally {
      await session.close();
    }
  });

  test("it adds the Excel build Office.js reports, so IT can tell which fix applies", async () => {
    // A stand-in for Office.js as Excel 2102 (build 13801) would start it.
    const officeScript =
      "window.Office = { context: { diagnostics: { version: '16.0.13801.20266' } }, onReady: function (f) { setTimeout(f, 0); } };";
    const session = await openPage({ path: "taskpane.html", userAgent: IE11, officeScript });
    try {
      const message = session.page.getByTestId("old-webview");
      await message.getByText("Denne Excel: version 16.0.13801.20266.").waitFor();
      expect(await message.innerText()).toContain("This Excel: version 16.0.13801.20266.");
    } finally {
      await session.close();
    }
  });

  test("in Edge WebView2 (Chromium) it stays out of the way", async () => {
    const session = await openPage({ path: "taskpane.html", userAgent: WEBVIEW2 });
    try {
      await session.page.getByTestId("no-office").waitFor();
      expect(await session.page.getByTestId("old-webview").count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});
