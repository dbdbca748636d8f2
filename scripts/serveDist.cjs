/**
 * The request handler `npm start` serves dist/ with: files of dist/ only, never a path outside it,
 * with the headers scripts/webPolicy.cjs gives every web server (types, the pages' policy, CORS on the
 * functions' files), except that nothing is cached: the build changes the files under the browser.
 */
const { readFile, stat } = require("node:fs/promises");
const path = require("node:path");
const { CORS_FILES, headersFor } = require("./webPolicy.cjs");

/**
 * @param {string} root the absolute path of dist/
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
function fileHandler(root) {
  async function serve(request, response) {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const served = pathname === "/" ? "/taskpane.html" : pathname;
    const file = path.join(root, path.normalize(served));
    if (!file.startsWith(root + path.sep) || !(await stat(file).catch(() => null))?.isFile()) {
      response
        .writeHead(404, {
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
          "Content-Type": "text/plain; charset=utf-8",
        })
        .end(`Not found: ${pathname}\n`);
      return;
    }
    const relative = `/${path.relative(root, file).split(path.sep).join("/")}`;
    const headers = headersFor(relative, "development");
    // A cross-origin fetch with headers of its own asks first; only the CORS files answer it.
    if (request.method === "OPTIONS" && CORS_FILES.test(relative)) {
      response
        .writeHead(204, {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
          "Access-Control-Max-Age": "86400",
        })
        .end();
      return;
    }
    response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : await readFile(file));
  }
  return (request, response) => {
    serve(request, response).catch((error) => {
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end(`${error.message}\n`);
    });
  };
}

module.exports = { fileHandler };
