/**
 * Where the add-in is served from. The manifest in the repository points at the development server
 * (https://localhost:3000); a production build (`npm run build -- --env url=https://…`) rewrites every
 * URL in it to the municipality's own base URL, so one manifest.xml is all the IT department deploys.
 * Kept apart from webpack.config.js so the build configuration only has to call two functions.
 */

/** The development server's origin, as manifest.xml spells it. */
const DEVELOPMENT_BASE = "https://localhost:3000";

/**
 * The base URL a build serves from, without a trailing slash, e.g. "https://addins.example.dk/raaderum".
 * Office loads add-ins only over https, and every file must lie under this one folder, so anything
 * else is refused with a message that says what to write instead.
 * @param {unknown} text
 * @returns {string}
 */
function parseBaseUrl(text) {
  const example = "e.g. --env url=https://addins.example.dk/raaderum";
  if (typeof text !== "string" || text.trim() === "")
    throw new Error(`The base URL is empty. Give the https address dist/ will be served from, ${example}.`);
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`"${text}" is not a URL. Give the full https address dist/ will be served from, ${example}.`);
  }
  if (url.protocol !== "https:")
    throw new Error(
      `"${text}" is not https: Office loads add-ins only over https with a trusted certificate (${example}).`,
    );
  if (url.username || url.password)
    throw new Error(`"${text}" holds a user name or password; the manifest is public, so leave them out (${example}).`);
  if (url.search || url.hash)
    throw new Error(`"${text}" has a query or fragment (?… or #…); give the folder only (${example}).`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The base URL of this build: env.url when given, the development server otherwise.
 * @param {Record<string, unknown> | undefined} env webpack's --env values
 */
function baseUrlFromEnv(env) {
  return env && env.url !== undefined ? parseBaseUrl(env.url) : DEVELOPMENT_BASE;
}

/**
 * manifest.xml with every development URL moved under `base`; the AppDomain becomes base's origin,
 * as an app domain is an origin, never a path. The development manifest comes back unchanged.
 * @param {string} xml the manifest in the repository
 * @param {string} base a result of parseBaseUrl
 */
function manifestFor(xml, base) {
  if (base === DEVELOPMENT_BASE) return xml;
  if (!xml.includes(`${DEVELOPMENT_BASE}/`))
    throw new Error(`manifest.xml has no URL under ${DEVELOPMENT_BASE}/ to move to ${base}.`);
  const origin = new URL(base).origin;
  return xml
    .split(`<AppDomain>${DEVELOPMENT_BASE}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(`${DEVELOPMENT_BASE}/`)
    .join(`${base}/`)
    .replace(/Served from https:\/\/localhost:3000 by `npm start`\./, `Built for ${base}/.`);
}

module.exports = { DEVELOPMENT_BASE, parseBaseUrl, baseUrlFromEnv, manifestFor };
