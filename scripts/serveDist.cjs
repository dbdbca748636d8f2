/**
 * The request handler `npm start` serves dist/ with: files of dist/ only, never a path outside it,
 * not cached (the build changes them under the browser), and no Access-Control-Allow-Origin header —
 * Excel loads these files as pages and scripts of this origin, and a wildcard would only let any
 * other web page read them through fetch.
 */
const { readFile, stat } = require("node:fs/promises");
const path = require("node:path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * @param {string} root the absolute path of dist/
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
function fileHandler(root) {
  async function serve(request, response) {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, path.normalize(pathname === "/" ? "/taskpane.html" : pathname));
    const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    if (!file.startsWith(root + path.sep) || !(await stat(file).catch(() => null))?.isFile()) {
      response
        .writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" })
        .end(`Not found: ${pathname}\n`);
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { ...headers, "Content-Type": type }).end(await readFile(file));
  }
  return (request, response) => {
    serve(request, response).catch((error) => {
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end(`${error.message}\n`);
    });
  };
}

module.exports = { fileHandler };
