/**
 * What `npm start` answers (scripts/serveDist.cjs over the built dist/): the files with their types;
 * CORS on the custom functions' metadata and script, which Excel on the web fetches from its own
 * origin, and on nothing else; each page's Content-Security-Policy, the same as the one the build
 * wrote into the page; and nothing outside dist/. Build first (npm test does).
 */
import * as fs from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { fileHandler } from "../../scripts/serveDist.cjs";

const DIST = path.resolve(__dirname, "../../dist");
/** The origin Excel on the web fetches add-in files from (Microsoft's custom-functions docs, office-js issue 3970). */
const EXCEL_ON_THE_WEB = "https://excel.officeapps.live.com";
let server: Server;
let port: number;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`${DIST} is not built: npm run build.`);
  server = createServer(fileHandler(DIST));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so that a path like /../x reaches the server as typed. */
function send(pathname: string, origin?: string, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: pathname, method, headers: origin ? { Origin: origin } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const type = (answer: Answer): string => String(answer.headers["content-type"]).split(";")[0] as string;

test("the functions' metadata (both languages) and script carry CORS for Excel on the web", async () => {
  for (const file of ["/functions.json", "/functions.da-DK.json", "/functions.js"]) {
    const answer = await send(file, EXCEL_ON_THE_WEB);
    expect([file, answer.status, answer.headers["access-control-allow-origin"]]).toEqual([file, 200, "*"]);
    // Public files read without credentials: never the credentialed form.
    expect(answer.headers["access-control-allow-credentials"]).toBeUndefined();
  }
  const metadata = JSON.parse((await send("/functions.json", EXCEL_ON_THE_WEB)).body) as { functions: unknown[] };
  expect(metadata.functions.length).toBeGreaterThan(0);
});

test("a preflight for the metadata is answered, one for a page is not", async () => {
  const preflight = await send("/functions.json", EXCEL_ON_THE_WEB, "OPTIONS");
  expect([preflight.status, preflight.headers["access-control-allow-origin"]]).toEqual([204, "*"]);
  expect(String(preflight.headers["access-control-allow-methods"])).toMatch(/\bGET\b/);
  const page = await send("/taskpane.html", EXCEL_ON_THE_WEB, "OPTIONS");
  expect(page.headers["access-control-allow-origin"]).toBeUndefined();
});

test("the pages, the manifest and the icons have their types and no CORS header at all", async () => {
  for (const [file, expected] of [
    ["/taskpane.html", "text/html"],
    ["/functions.html", "text/html"],
    ["/help.html", "text/html"],
    ["/playground.html", "text/html"],
    ["/manifest.xml", "application/xml"],
    ["/assets/icon-32.png", "image/png"],
  ]) {
    for (const origin of [EXCEL_ON_THE_WEB, "https://evil.example.com"]) {
      const answer = await send(file as string, origin);
      expect([file, answer.status, type(answer)]).toEqual([file, 200, expected]);
      expect([file, answer.headers["access-control-allow-origin"]]).toEqual([file, undefined]);
    }
  }
  expect((await send("/")).status).toBe(200);
});

test("each page is sent with the policy the build wrote into it, and none forbids Excel's frame", async () => {
  for (const file of ["/taskpane.html", "/functions.html", "/help.html", "/privacy.html", "/playground.html"]) {
    const answer = await send(file);
    const meta = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(answer.body)?.[1];
    expect([file, answer.headers["content-security-policy"]]).toEqual([file, meta]);
    expect(meta).toMatch(/^default-src 'self';/);
    // Excel on the web shows the pane in a frame of its own origin: frame-ancestors 'self' or X-Frame-Options blank it.
    expect(meta).not.toMatch(/frame-ancestors/);
    expect(answer.headers["x-frame-options"]).toBeUndefined();
  }
});

test("refuses paths outside dist/ and files that are not there", async () => {
  expect((await send("/../package.json")).status).toBe(404);
  expect((await send("/%2e%2e/package.json")).status).toBe(404);
  expect((await send("/nothing.html")).status).toBe(404);
  expect((await send("/assets")).status).toBe(404);
});
