/**
 * Which add-in a build makes: development, test or production. Office tells add-ins apart by the
 * manifest's <Id>, and two add-ins that register the same custom-function namespace clash (Excel
 * shows #REF!), so each channel has its own Id, name, ribbon ids and namespace and all three can be
 * installed side by side. manifest.xml in the repository is the development add-in's; a build for
 * another channel rewrites its identity (channelManifest) before deployment.cjs moves its URLs.
 */

/**
 * Production keeps the Id and namespace it was first deployed with: workbooks in the municipality
 * hold =BUDGET.* formulas, and an Id change would make Excel treat a release as another add-in.
 */
const CHANNELS = {
  development: {
    id: "042d256d-cd61-438a-ac54-f150568bd8d4",
    displayName: { en: "Råderum (development)", da: "Råderum (udvikling)" },
    label: { en: "Råderum dev", da: "Råderum udv." },
    namespace: "BUDGETDEV",
    ribbonPrefix: "RaaderumDev",
  },
  test: {
    id: "b0d2f3f0-fb90-450b-890f-a05e67fe34d4",
    displayName: { en: "Råderum (test)", da: "Råderum (test)" },
    label: { en: "Råderum test", da: "Råderum test" },
    namespace: "BUDGETTEST",
    ribbonPrefix: "RaaderumTest",
  },
  production: {
    id: "8c16ca1a-9ed6-4c3d-a808-9ea7e69419cd",
    displayName: { en: "Råderum", da: "Råderum" },
    label: { en: "Råderum", da: "Råderum" },
    namespace: "BUDGET",
    ribbonPrefix: "Raaderum",
  },
};

/**
 * The channel of a build from webpack's --env: `--env channel=…` when given, otherwise production
 * for a build with `--env url=…` and development for one without (npm start, npm test's build).
 * A production add-in that points at localhost would install and then show nothing, so it is refused.
 * @param {Record<string, unknown> | undefined} env
 * @returns {"development" | "test" | "production"}
 */
function channelFromEnv(env) {
  const hasUrl = Boolean(env && env.url !== undefined);
  const given = env && env.channel !== undefined ? String(env.channel).trim() : undefined;
  if (given === undefined) return hasUrl ? "production" : "development";
  if (!Object.prototype.hasOwnProperty.call(CHANNELS, given))
    throw new Error(
      `--env channel=${given} is not a channel; write development, test or production (production is the default with --env url=…).`,
    );
  if (given === "production" && !hasUrl)
    throw new Error(
      "A production build needs the server it is served from, e.g. --env url=https://addins.example.dk/raaderum.",
    );
  return /** @type {"development" | "test" | "production"} */ (given);
}

/** Replaces what `pattern` matches, which must be exactly `count` places: a manifest that drifted from this file stops the build. */
function replaceCounted(xml, pattern, replacement, count, what) {
  const found = xml.match(new RegExp(pattern.source, "g")) ?? [];
  if (found.length !== count)
    throw new Error(
      `manifest.xml: expected ${count} × ${what}, found ${found.length}; keep it in step with scripts/channels.cjs.`,
    );
  return xml.replace(new RegExp(pattern.source, "g"), replacement);
}

/** A text for an XML attribute. */
function attribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * manifest.xml as the given channel's add-in: its Id, display name, ribbon ids and labels, function
 * namespace and the namespace named in the "get started" text. The development channel gives the
 * repository's manifest back unchanged (test/unit/manifest.test.ts holds it to that).
 * @param {string} xml the manifest in the repository (the development add-in's)
 * @param {"development" | "test" | "production"} name
 */
function channelManifest(xml, name) {
  const channel = CHANNELS[name];
  const development = CHANNELS.development;
  let out = xml;
  out = replaceCounted(
    out,
    /Channel: development \(namespace BUDGETDEV\)\./,
    `Channel: ${name} (namespace ${channel.namespace}).`,
    1,
    "the channel comment",
  );
  out = replaceCounted(out, /<Id>[^<]*<\/Id>/, `<Id>${channel.id}</Id>`, 1, "<Id>");
  out = replaceCounted(
    out,
    /<DisplayName DefaultValue="[^"]*">(\s*)<Override Locale="da-DK" Value="[^"]*"\/>/,
    `<DisplayName DefaultValue="${attribute(channel.displayName.en)}">$1<Override Locale="da-DK" Value="${attribute(channel.displayName.da)}"/>`,
    1,
    "<DisplayName> with a da-DK override",
  );
  for (const id of ["Group.Label", "TaskpaneButton.Label"])
    out = replaceCounted(
      out,
      new RegExp(
        `<bt:String id="${id.replace(".", "\\.")}" DefaultValue="[^"]*">(\\s*)<bt:Override Locale="da-DK" Value="[^"]*"/>`,
      ),
      `<bt:String id="${id}" DefaultValue="${attribute(channel.label.en)}">$1<bt:Override Locale="da-DK" Value="${attribute(channel.label.da)}"/>`,
      1,
      `${id} with a da-DK override`,
    );
  out = replaceCounted(
    out,
    /<bt:String id="Functions\.Namespace" DefaultValue="[^"]*"\/>/,
    `<bt:String id="Functions.Namespace" DefaultValue="${channel.namespace}"/>`,
    1,
    "Functions.Namespace",
  );
  // The ribbon's group, button and pane ids: Office keeps a pane per TaskpaneId, so they differ too.
  out = replaceCounted(
    out,
    new RegExp(`(id="|<TaskpaneId>)${development.ribbonPrefix}\\.`),
    `$1${channel.ribbonPrefix}.`,
    3,
    "ribbon id",
  );
  // "Type =BUDGETDEV. in a cell": the get-started text, in English and Danish.
  out = replaceCounted(
    out,
    new RegExp(`=${development.namespace}\\.`),
    `=${channel.namespace}.`,
    2,
    `=${development.namespace}.`,
  );
  return out;
}

module.exports = { CHANNELS, channelFromEnv, channelManifest };
