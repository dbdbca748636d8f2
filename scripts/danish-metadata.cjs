/**
 * Builds the Danish custom-functions metadata (functions.da-DK.json) from the English one that
 * custom-functions-metadata-plugin generates from the JSDoc, and the Danish table in
 * src/functions/danish.json. The tool writes one language only; Excel picks this file through the
 * manifest's da-DK override. Ids, types and shapes stay as in English: only the function's name and
 * description and each parameter's name and description change (Microsoft's localization guide
 * localizes parameter names too), so the two files cannot drift apart in anything else.
 *
 * danish.json, one entry per function id:
 *   "DISTRIBUTE": { "name": "FORDEL", "description": "…",
 *                   "parameters": { "total": { "name": "beløb", "description": "…" }, … } }
 * Every function and every parameter needs its entry; the build fails with a message naming what
 * to add when one is missing, so a new function cannot ship English help in Danish Excel.
 */
const fs = require("node:fs");

/** The rule Excel's metadata applies to function names; Æ, Ø and Å are letters. */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;
/** Parameter names: one word as Excel's argument tooltip shows it (no dots, no spaces). */
const VALID_PARAMETER = /^\p{L}[\p{L}0-9_]*$/u;

/** What to write for a parameter, quoted in the build's messages. */
const parameterTemplate = (name) => `"${name}": { "name": "<dansk navn>", "description": "<dansk hjælp>" }`;

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} english
 * @param {Record<string, { name: string, description: string, parameters: Record<string, { name: string, description: string }> }>} table
 * @returns {{ metadata: object, problems: string[] }} problems lists every gap; the build fails on any.
 */
function localizeMetadata(english, table) {
  const problems = [];
  const names = new Set();
  const functions = english.functions.map((fn) => {
    const danish = table[fn.id];
    if (!danish) {
      const parameters = fn.parameters.map((p) => parameterTemplate(p.name)).join(", ");
      problems.push(
        `${fn.id}: no Danish entry; add "${fn.id}": { "name": "<DANSK NAVN>", "description": "<dansk hjælp>", "parameters": { ${parameters} } }`,
      );
      return fn;
    }
    if (typeof danish.name !== "string" || !VALID_NAME.test(danish.name)) {
      problems.push(`${fn.id}: Danish name "${danish.name}" is not a valid function name`);
    } else if (names.has(danish.name.toUpperCase())) {
      problems.push(`${fn.id}: Danish name ${danish.name} is used twice`);
    }
    names.add(String(danish.name).toUpperCase());
    if (!danish.description) problems.push(`${fn.id}: no Danish description`);
    const texts = danish.parameters ?? {};
    for (const name of Object.keys(texts)) {
      if (!fn.parameters.some((p) => p.name === name))
        problems.push(`${fn.id}: Danish text for unknown parameter ${name}`);
    }
    const parameterNames = new Set();
    const parameters = fn.parameters.map((p) => {
      const entry = texts[p.name];
      if (entry === undefined) {
        problems.push(`${fn.id}: no Danish name and text for parameter ${p.name}; add ${parameterTemplate(p.name)}`);
        return p;
      }
      if (typeof entry === "string") {
        // The format before parameter names were localized: a description only.
        problems.push(
          `${fn.id}: parameter ${p.name} has a Danish text but no Danish name; write ${parameterTemplate(p.name)}`,
        );
        return { ...p, description: entry };
      }
      if (typeof entry.name !== "string" || !VALID_PARAMETER.test(entry.name))
        problems.push(`${fn.id}: Danish name "${entry.name}" of parameter ${p.name} is not one word of letters`);
      else if (parameterNames.has(entry.name.toLowerCase()))
        problems.push(`${fn.id}: Danish parameter name ${entry.name} is used twice`);
      parameterNames.add(String(entry.name).toLowerCase());
      if (!entry.description) problems.push(`${fn.id}: no Danish text for parameter ${p.name}`);
      return { ...p, name: entry.name ?? p.name, description: entry.description ?? p.description };
    });
    return { ...fn, name: danish.name, description: danish.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!english.functions.some((fn) => fn.id === id))
      problems.push(`${id}: Danish entry for a function that does not exist`);
  }
  return { metadata: { ...english, functions }, problems };
}

/** Webpack plugin: emits `output` next to the English metadata asset `source`. */
class DanishMetadataPlugin {
  /** @param {{ source: string, output: string, table: string }} options table is an absolute path */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { source, output, table } = this.options;
    compiler.hooks.thisCompilation.tap("DanishMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(table);
      compilation.hooks.processAssets.tap(
        { name: "DanishMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(source);
          if (!asset) {
            compilation.errors.push(new WebpackError(`DanishMetadataPlugin: ${source} was not generated`));
            return;
          }
          const english = JSON.parse(asset.source.source().toString());
          const danish = JSON.parse(fs.readFileSync(table, "utf8"));
          const { metadata, problems } = localizeMetadata(english, danish);
          for (const problem of problems) {
            compilation.errors.push(new WebpackError(`${table}: ${problem}`));
          }
          compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = { localizeMetadata, DanishMetadataPlugin };
