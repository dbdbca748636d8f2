/**
 * Builds the Danish custom-functions metadata (functions.da-DK.json) from the English one that
 * custom-functions-metadata-plugin generates from the JSDoc, and the Danish table in
 * src/functions/danish.json. The tool writes one language only; Excel picks this file through the
 * manifest's da-DK override. Ids, parameter names, types and shapes stay as in English: only the
 * function name and the help texts change, so the two files cannot drift apart in anything else.
 */
const fs = require("node:fs");

/** The rule Excel's metadata applies to function names; Æ, Ø and Å are letters. */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} english
 * @param {Record<string, { name: string, description: string, parameters: Record<string, string> }>} table
 * @returns {{ metadata: object, problems: string[] }} problems lists every gap; the build fails on any.
 */
function localizeMetadata(english, table) {
  const problems = [];
  const names = new Set();
  const functions = english.functions.map((fn) => {
    const danish = table[fn.id];
    if (!danish) {
      problems.push(`${fn.id}: no Danish entry`);
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
    const parameters = fn.parameters.map((p) => {
      if (!texts[p.name]) problems.push(`${fn.id}: no Danish text for parameter ${p.name}`);
      return { ...p, description: texts[p.name] ?? p.description };
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
