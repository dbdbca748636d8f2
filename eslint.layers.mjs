/**
 * The house's floors as lint rules: an import that runs up a floor, or across to a part it has no
 * business with, fails `npm run lint`. The floors are drawn in the README's "Layout of the code";
 * keep the picture and these rules in sync. Tests, scripts and the benchmarks stand outside the
 * house and may import anything.
 */

/** Each part of src/ and the floor it stands on. */
const PARTS = [
  { type: "core", pattern: "src/core" },
  { type: "text", pattern: "src/text" },
  { type: "sheet", pattern: "src/sheet" },
  { type: "office", pattern: "src/excel/office" },
  { type: "memory", pattern: "src/excel/memory" },
  { type: "feature", pattern: ["src/negotiation", "src/annex", "src/workbooks"] },
  { type: "sample", pattern: "src/sample" },
  { type: "functions", pattern: "src/functions" },
  { type: "taskpane", pattern: "src/taskpane" },
  { type: "cli", pattern: "src/cli" },
  { type: "playground", pattern: "src/playground" },
].map((part) => ({ ...part, partialMatch: false }));

const part = (...types) => ({ element: { types: { anyOf: types } } });

/**
 * Files of src/functions that more than the functions bundle reads: the one function table (its ids
 * and Danish names, the adapters and their Excel error codes), since the in-memory workbook runs the
 * very adapters Excel runs and the pane names the functions in the formulas it writes; and cells.ts,
 * since the pane reads the user's cells as the custom functions read them ("12,5" is 12.5 in both).
 */
const functionTable = (...files) => ({ element: { type: "functions", fileInternalPath: files } });

/** What each part may import, besides itself. */
const POLICIES = [
  { from: "core", to: [] },
  { from: "text", to: [part("core")] },
  { from: "sheet", to: [part("core", "text")] },
  { from: "office", to: [part("core", "text", "sheet")] },
  {
    from: "memory",
    to: [part("core", "text", "sheet"), functionTable("registry.ts", "adapters.ts", "errorCodes.ts")],
  },
  { from: "feature", to: [part("core", "text", "sheet")] },
  { from: "sample", to: [part("core", "text", "sheet", "memory", "feature")] },
  // The functions bundle runs in Excel's JavaScript-only runtime: the core and the words, nothing else.
  { from: "functions", to: [part("core", "text")] },
  {
    from: "taskpane",
    to: [part("core", "text", "sheet", "feature"), functionTable("registry.ts", "cells.ts")],
  },
  { from: "cli", to: [part("core", "text", "sheet", "feature")] },
  { from: "playground", to: [part("core", "text", "sheet", "memory", "feature", "sample", "taskpane")] },
].map(({ from, to }) => ({
  from: part(from),
  allow: { to: [part(from), ...to] },
}));

/** Only the pane's entry page starts the Office.js host; the wizards see WorkbookApi alone. */
POLICIES.push({
  from: { element: { type: "taskpane", fileInternalPath: "index.tsx" } },
  allow: { to: part("office") },
});

/**
 * Forklar explains a BUDGET cell from its arguments read exactly as the cell function reads them, so
 * it imports each explained function's own argument reader (read…Input), not a second copy.
 */
POLICIES.push({
  from: { element: { type: "taskpane", fileInternalPath: "wizards/explain/explainModel.ts" } },
  allow: {
    to: functionTable(
      "distribute.ts",
      "quota.ts",
      "key.ts",
      "hierarchy.ts",
      "roundTable.ts",
      "reprice.ts",
      "demography.ts",
    ),
  },
});

/**
 * The CLI's `sample` command writes examples/central.xlsx and its `measure` command times generation
 * and consolidation on synthetic municipalities: both need the sample's central workbook writer.
 */
POLICIES.push({
  from: part("cli"),
  allow: { to: { element: { type: "sample", fileInternalPath: "sampleCentral.ts" } } },
});

/** Office.js's globals, which only src/excel/office may touch, and the custom-functions runtime's. */
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/excel/office touches Office.js: go through WorkbookApi (src/sheet/types.ts) or an adapter there.",
}));
const FUNCTIONS_GLOBALS = [
  { name: "CustomFunctions", message: "Only src/functions runs in Excel's custom-functions runtime." },
];

/** The same namespaces used as types (Excel.Range), which no-restricted-globals does not see. */
const namespaceTypes = (globals) => ({
  selector: `TSQualifiedName[left.name=/^(${globals.map((g) => g.name).join("|")})$/]`,
  message: globals[0].message,
});

export default [
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    settings: {
      "boundaries/elements": PARTS,
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies: POLICIES }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/excel/office/**", "src/functions/**"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...FUNCTIONS_GLOBALS],
      "no-restricted-syntax": ["error", namespaceTypes(OFFICE_GLOBALS), namespaceTypes(FUNCTIONS_GLOBALS)],
    },
  },
  {
    files: ["src/excel/office/**"],
    rules: {
      "no-restricted-globals": ["error", ...FUNCTIONS_GLOBALS],
      "no-restricted-syntax": ["error", namespaceTypes(FUNCTIONS_GLOBALS)],
    },
  },
  {
    files: ["src/functions/**"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
      "no-restricted-syntax": ["error", namespaceTypes(OFFICE_GLOBALS)],
    },
  },
];
