/**
 * Writes the custom-functions metadata from the registry of BUDGET functions
 * (src/functions/registry.json): functions.json (English) and functions.da-DK.json (Danish), which
 * Excel picks through the manifest's da-DK override. Ids, types and shapes are the same in both
 * files: only the function's name and description and each parameter's name and description change
 * (Microsoft's localization guide localizes parameter names too), so the two cannot drift apart.
 *
 * registry.json, one entry per function id, in the order of FUNCTIONS.md:
 *   "DISTRIBUTE": { "description": "…", "result": "matrix",
 *                   "danish": { "name": "FORDEL", "description": "…" },
 *                   "parameters": [ { "name": "total", "description": "…", "dimensionality": "matrix",
 *                                     "danish": { "name": "beløb", "description": "…" } },
 *                                   { "name": "decimals", "description": "…", "optional": true, … }, … ] }
 * Every parameter is of type "any", so text numbers and blanks reach the adapters' own reader
 * instead of being refused or turned into 0 by Excel. "dimensionality": "matrix" hands a range over
 * whole; without it Excel passes one value and, given a range, calls the function cell by cell.
 * "result" is "matrix" (a range of numbers), "scalar" (one number) or "cellByCell" (no result
 * metadata: Excel's default, one value of any type, for FTE and HOURSFTE, which Excel lifts over a
 * range). The build fails with a message naming what to mend when an entry is incomplete, so a new
 * function cannot ship without Danish help.
 */
const fs = require("node:fs");

/**
 * @typedef {{ name: string, description: string }} Texts
 * @typedef {{ name: string, description: string, optional?: true, dimensionality?: "matrix", danish: Texts }} RegistryParameter
 * @typedef {{ description: string, result: "matrix" | "scalar" | "cellByCell", danish: Texts, parameters: RegistryParameter[] }} RegistryEntry
 */

/** The rule Excel's metadata applies to function names; Æ, Ø and Å are letters. */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;
/** Parameter names: one word as Excel's argument tooltip shows it (no dots, no spaces). */
const VALID_PARAMETER = /^\p{L}[\p{L}0-9_]*$/u;

/** What to write for a parameter, quoted in the build's messages. */
const parameterTemplate = (name) => `"${name}": { "name": "<dansk navn>", "description": "<dansk hjælp>" }`;

/** The rule Excel's metadata applies to English parameter names. */
const VALID_ENGLISH_PARAMETER = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Excel's limit on a description shown in the formula help. */
const MAX_DESCRIPTION = 255;
/** The metadata of each kind of result; "cellByCell" has none, so Excel's defaults apply. */
const RESULTS = {
  matrix: { dimensionality: "matrix", type: "number" },
  scalar: { type: "number" },
  cellByCell: {},
};

const describes = (text) => typeof text === "string" && text.length > 0 && text.length <= MAX_DESCRIPTION;
const danishTemplate = (name) => `"danish": { "name": "${name}", "description": "<dansk hjælp>" }`;

/** What is missing or malformed in one parameter's entry, in the registry's terms. */
function parameterProblems(id, parameter, afterOptional) {
  const problems = [];
  const { name, description, optional, dimensionality, danish } = parameter;
  if (typeof name !== "string" || !VALID_ENGLISH_PARAMETER.test(name))
    problems.push(`${id}: parameter name "${name}" is not one word of letters`);
  if (!describes(description))
    problems.push(`${id}: parameter ${name} needs a description of 1 to ${MAX_DESCRIPTION} characters`);
  if (optional !== undefined && optional !== true)
    problems.push(`${id}: parameter ${name}: write "optional": true or leave it out`);
  if (dimensionality !== undefined && dimensionality !== "matrix")
    problems.push(
      `${id}: parameter ${name}: write "dimensionality": "matrix" for a range, or leave it out for one value`,
    );
  if (afterOptional && optional !== true)
    problems.push(`${id}: parameter ${name} is required but follows an optional one; optional parameters go last`);
  if (typeof danish !== "object" || danish === null)
    problems.push(`${id}: parameter ${name} has no Danish name and text; add ${danishTemplate("<dansk navn>")}`);
  return problems;
}

/**
 * Every gap in the registry, each naming the function, the parameter and what to write. The build
 * fails on any; the Danish names' own rules (valid, not used twice) are localizeMetadata's.
 * @param {Record<string, RegistryEntry>} registry
 * @returns {string[]}
 */
function registryProblems(registry) {
  const problems = [];
  for (const id of Object.keys(registry)) {
    const entry = registry[id];
    if (!VALID_NAME.test(id) || id !== id.toUpperCase()) problems.push(`${id}: an id is one upper-case name`);
    if (!describes(entry.description))
      problems.push(`${id}: needs a description of 1 to ${MAX_DESCRIPTION} characters`);
    if (!Object.prototype.hasOwnProperty.call(RESULTS, entry.result))
      problems.push(`${id}: "result" must be one of ${Object.keys(RESULTS).join(", ")}, not ${entry.result}`);
    if (typeof entry.danish !== "object" || entry.danish === null)
      problems.push(`${id}: no Danish name and help; add ${danishTemplate("<DANSK NAVN>")}`);
    if (!Array.isArray(entry.parameters)) {
      problems.push(`${id}: "parameters" must be a list`);
      continue;
    }
    const names = new Set();
    entry.parameters.forEach((parameter, index) => {
      if (names.has(parameter.name)) problems.push(`${id}: parameter ${parameter.name} is listed twice`);
      names.add(parameter.name);
      const afterOptional = entry.parameters.slice(0, index).some((p) => p.optional === true);
      problems.push(...parameterProblems(id, parameter, afterOptional));
    });
  }
  return problems;
}

/** One parameter's metadata, its fields in the order Excel's own tool (custom-functions-metadata) wrote them. */
function parameterMetadata({ name, description, optional, dimensionality }) {
  return {
    description,
    ...(dimensionality === undefined ? {} : { dimensionality }),
    name,
    ...(optional === true ? { optional } : {}),
    type: "any",
  };
}

/**
 * The address of a function's section on the served help page (src/help/help.html), one per
 * language: `#en-DISTRIBUTE` in the English part, `#da-DISTRIBUTE` in the Danish one. Excel links
 * it as "Help on this function" from the function's tooltip and the Insert Function dialog.
 * @param {string} helpPage the help page's absolute URL, e.g. "https://localhost:3000/help.html"
 * @param {"en" | "da"} language
 * @param {string} id
 */
function helpUrl(helpPage, language, id) {
  return `${helpPage}#${language}-${id}`;
}

/**
 * functions.json from the registry: the ids, which are the English names, in the registry's order,
 * each with its helpUrl when the help page's address is given.
 * @param {Record<string, RegistryEntry>} registry checked by registryProblems
 * @param {string} [helpPage] the help page's absolute URL
 */
function englishMetadata(registry, helpPage) {
  const functions = Object.keys(registry).map((id) => {
    const { description, parameters, result } = registry[id];
    return {
      description,
      ...(helpPage === undefined ? {} : { helpUrl: helpUrl(helpPage, "en", id) }),
      id,
      name: id,
      parameters: parameters.map(parameterMetadata),
      result: { ...RESULTS[result] },
    };
  });
  return { allowCustomDataForDataTypeAny: true, functions };
}

/**
 * The Danish names and texts of the registry, by function id and parameter name, as localizeMetadata reads them.
 * @param {Record<string, RegistryEntry>} registry checked by registryProblems
 */
function danishTable(registry) {
  const table = {};
  for (const id of Object.keys(registry)) {
    const { danish, parameters } = registry[id];
    const texts = {};
    for (const parameter of parameters) texts[parameter.name] = parameter.danish;
    table[id] = { name: danish.name, description: danish.description, parameters: texts };
  }
  return table;
}

/**
 * Both metadata files from the registry, or the problems that stop the build. With the help page's
 * address, each function links to its section there, in the file's own language.
 * @param {Record<string, RegistryEntry>} registry
 * @param {string} [helpPage] the help page's absolute URL
 * @returns {{ english?: object, danish?: object, problems: string[] }}
 */
function functionsMetadata(registry, helpPage) {
  const problems = registryProblems(registry);
  if (problems.length > 0) return { problems };
  const english = englishMetadata(registry, helpPage);
  const localized = localizeMetadata(english, danishTable(registry));
  const danish =
    helpPage === undefined
      ? localized.metadata
      : {
          ...localized.metadata,
          functions: localized.metadata.functions.map((fn) => ({ ...fn, helpUrl: helpUrl(helpPage, "da", fn.id) })),
        };
  return { english, danish, problems: localized.problems };
}

/**
 * The Danish metadata: the English one with each function's and parameter's name and description
 * taken from `table` (by id and English parameter name); everything else stays as it is.
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

/**
 * Webpack plugin: emits `english` and `danish` (asset names) from `registry` (an absolute path to
 * registry.json); every problem in the registry is a build error.
 */
class FunctionsMetadataPlugin {
  /** @param {{ registry: string, english: string, danish: string, helpPage?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { registry, english, danish, helpPage } = this.options;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(registry);
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const built = functionsMetadata(JSON.parse(fs.readFileSync(registry, "utf8")), helpPage);
          for (const problem of built.problems) {
            compilation.errors.push(new WebpackError(`${registry}: ${problem}`));
          }
          if (built.english === undefined || built.danish === undefined) return;
          // Four spaces and no final newline, as custom-functions-metadata wrote functions.json before.
          compilation.emitAsset(english, new sources.RawSource(JSON.stringify(built.english, null, 4)));
          compilation.emitAsset(danish, new sources.RawSource(`${JSON.stringify(built.danish, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = {
  helpUrl,
  registryProblems,
  englishMetadata,
  danishTable,
  functionsMetadata,
  localizeMetadata,
  FunctionsMetadataPlugin,
};
