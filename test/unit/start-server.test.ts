/**
 * What `npm start` answers (scripts/serveDist.cjs over the built dist/): the files with their types,
 * no Access-Control-Allow-Origin header, and nothing outside dist/. Build first (npm test does).
 */
import * as fs from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { fileHandler } from "../../scripts/serveDist.cjs";

const DIST = path.resolve(__dirname, "../../dist");
let server: Server;
let port: number;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`${DIST} is not built: npm run build.`);
  server = createServer(fileHandler(DIST));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A raw GET, so that a path like /../x reaches the server as typed. */
function get(pathname: string, origin?: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: pathname, headers: origin ? { Origin: origin } : {} },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

test("serves the pages, scripts and metadata with their types and without a CORS wildcard", async () => {
  for (const [file, type] of [
    ["/taskpane.html", "text/html"],
    ["/functions.js", "text/javascript"],
    ["/functions.da-DK.json", "application/json"],
    ["/manifest.xml", "application/xml"],
    ["/assets/icon-32.png", "image/png"],
  ]) {
    const { status, headers } = await get(file as string, "https://evil.example.com");
    expect([file, status, String(headers["content-type"]).split(";")[0]]).toEqual([file, 200, type]);
    expect(headers["access-control-allow-origin"]).toBeUndefined();
  }
  expect((await get("/")).status).toBe(200);
});

test("refuses paths outside dist/ and files that are not there", async () => {
  expect((await get("/../package.json")).status).toBe(404);
  expect((await get("/%2e%2e/package.json")).status).toBe(404);
  expect((await get("/nothing.html")).status).toBe(404);
  expect((await get("/assets")).status).toBe(404);
});
