/**
 * What a build stamps into what it ships: the version (package.json's, in the manifest's four-part
 * form, so a new release is a new manifest version and Excel fetches the files again) and the
 * support and security contact (`--env support=…`), shown on the help page. Kept apart from
 * webpack.config.js so the release script and the tests use the same functions.
 */

/**
 * The manifest's <Version> for a package version: "1.4.2" becomes "1.4.2.0". A prerelease or build
 * suffix has no place in the manifest, so it is refused with the fix.
 * @param {string} version package.json's version
 */
function manifestVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match)
    throw new Error(`package.json's version "${version}" is not three numbers (e.g. 1.4.2); set it with npm version.`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/**
 * manifest.xml with its <Version> set to the package's.
 * @param {string} xml
 * @param {string} version package.json's version
 */
function withManifestVersion(xml, version) {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error("manifest.xml has no <Version> to set.");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/**
 * `--env support=…`: an e-mail address or an https page where users and IT reach the municipality's
 * support and report security problems. Absent in development builds.
 * @param {Record<string, unknown> | undefined} env
 * @returns {{ kind: "email" | "url", value: string } | undefined}
 */
function supportFromEnv(env) {
  const text = env && env.support !== undefined ? String(env.support).trim() : undefined;
  if (text === undefined) return undefined;
  const example = "e.g. --env support=it-support@kommune.dk or --env support=https://intra.kommune.dk/raaderum";
  if (/^[^\s@<>"'&]+@[^\s@<>"'&]+\.[a-z]{2,}$/i.test(text)) return { kind: "email", value: text };
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`The support contact "${text}" is neither an e-mail address nor a URL (${example}).`);
  }
  if (url.protocol !== "https:" || url.username || url.password)
    throw new Error(`The support contact "${text}" must be an https page without a password (${example}).`);
  return { kind: "url", value: url.href };
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * help.html with its version and contact filled in: `<!--version-->` becomes the version, and
 * `<!--support:da-->` / `<!--support:en-->` a sentence with the contact, or nothing in a build
 * without one (the page then sends users to their IT department, as it always does).
 * @param {string} html
 * @param {string} version
 * @param {{ kind: "email" | "url", value: string } | undefined} support
 */
function helpFor(html, version, support) {
  const link = support
    ? `<a href="${escapeHtml(support.kind === "email" ? `mailto:${support.value}` : support.value)}">${escapeHtml(support.value)}</a>`
    : "";
  const da = support ? `Support og sikkerhedshenvendelser: ${link}.` : "";
  const en = support ? `Support and security reports: ${link}.` : "";
  return html
    .split("<!--version-->")
    .join(escapeHtml(version))
    .split("<!--support:da-->")
    .join(da)
    .split("<!--support:en-->")
    .join(en);
}

module.exports = { manifestVersion, withManifestVersion, supportFromEnv, helpFor, escapeHtml };
