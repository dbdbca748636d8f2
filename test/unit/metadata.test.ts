/**
 * The custom-functions metadata the build writes from the registry (src/functions/registry.json):
 * dist/functions.json, and dist/functions.da-DK.json from it and the registry's Danish names and
 * texts. Build first (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { danishTable, localizeMetadata, type Metadata } from "../../scripts/functions-metadata.cjs";
import registry from "../../src/functions/registry.json";

const DIST = path.resolve(__dirname, "../../dist");

function readMetadata(file: string): Metadata {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`${full} does not exist. Build first: npx webpack --mode production.`);
  return JSON.parse(fs.readFileSync(full, "utf8")) as Metadata;
}

const DANISH_NAMES: Record<string, string> = {
  DISTRIBUTE: "FORDEL",
  QUOTA: "KVOTE",
  KEY: "NØGLE",
  NETEFFECT: "NETTOEFFEKT",
  CUMULATIVE: "AKKUMULERET",
  PAYBACK: "TILBAGEBETALING",
  PHASEIN: "INDFASNING",
  GAP: "MANGLER",
  FTE: "ÅRSVÆRK",
  HOURSFTE: "TIMER.ÅRSVÆRK",
  CHECK: "KONTROL",
  ROUNDTABLE: "AFRUND.TABEL",
  HIERARCHY: "FORDEL.HIERARKI",
  REPRICE: "FREMSKRIV",
  DEMOGRAPHY: "DEMOGRAFI",
};
const IDS = Object.keys(DANISH_NAMES);

/** The arguments of FUNCTIONS.md, in order; a trailing ? marks an optional one. */
const ARGUMENTS: Record<string, string[]> = {
  DISTRIBUTE: ["total", "weights", "decimals?", "holds?"],
  QUOTA: ["budgets", "exempt", "rate", "decimals?"],
  KEY: ["base", "decimals?"],
  NETEFFECT: ["gains", "costs"],
  CUMULATIVE: ["flows"],
  PAYBACK: ["flows"],
  PHASEIN: ["fullEffect", "profile", "decimals?"],
  GAP: ["target", "identified"],
  FTE: ["amount", "averageSalary"],
  HOURSFTE: ["hours", "normHours?"],
  CHECK: ["parts", "printedTotal", "decimals?"],
  ROUNDTABLE: ["values", "decimals?", "groups?"],
  HIERARCHY: ["total", "nodes", "parents", "weights", "decimals?"],
  REPRICE: ["amounts", "fromYear", "toYear", "index", "types?", "decimals?"],
  DEMOGRAPHY: ["base", "forecast", "unitAmounts", "rate?", "decimals?"],
};

let english: Metadata;
let danish: Metadata;
beforeAll(() => {
  english = readMetadata("functions.json");
  danish = readMetadata("functions.da-DK.json");
});

describe("functions.json (English, from the registry)", () => {
  test("has the ids of FUNCTIONS.md, each named by its id", () => {
    expect(english.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  test("arguments are named and ordered as FUNCTIONS.md, optional ones marked", () => {
    for (const f of english.functions) {
      expect([f.id, f.parameters.map((p) => `${p.name}${p.optional === true ? "?" : ""}`)]).toEqual([
        f.id,
        ARGUMENTS[f.id],
      ]);
    }
  });

  test("every function and every parameter has a description that fits Excel's help (255 characters)", () => {
    for (const f of english.functions) {
      expect([f.id, (f.description ?? "").length > 20]).toEqual([f.id, true]);
      expect((f.description ?? "").length).toBeLessThanOrEqual(255);
      for (const p of f.parameters) {
        expect([f.id, p.name, (p.description ?? "").length > 5]).toEqual([f.id, p.name, true]);
        expect((p.description ?? "").length).toBeLessThanOrEqual(255);
      }
    }
  });

  test("parameters are of type any, so text numbers and blanks reach the add-in's own reader", () => {
    for (const f of english.functions)
      for (const p of f.parameters) expect([f.id, p.name, p.type]).toEqual([f.id, p.name, "any"]);
  });

  test("ranges arrive whole (matrix); single settings and the cell-by-cell FTE inputs are scalars", () => {
    const matrices = english.functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`),
    );
    expect(matrices).toEqual([
      "DISTRIBUTE.total",
      "DISTRIBUTE.weights",
      "DISTRIBUTE.holds",
      "QUOTA.budgets",
      "QUOTA.exempt",
      "KEY.base",
      "NETEFFECT.gains",
      "NETEFFECT.costs",
      "CUMULATIVE.flows",
      "PAYBACK.flows",
      "PHASEIN.fullEffect",
      "PHASEIN.profile",
      "GAP.target",
      "GAP.identified",
      "CHECK.parts",
      "ROUNDTABLE.values",
      "ROUNDTABLE.groups",
      "HIERARCHY.total",
      "HIERARCHY.nodes",
      "HIERARCHY.parents",
      "HIERARCHY.weights",
      "REPRICE.amounts",
      "REPRICE.index",
      "REPRICE.types",
      "DEMOGRAPHY.base",
      "DEMOGRAPHY.forecast",
      "DEMOGRAPHY.unitAmounts",
      "DEMOGRAPHY.rate",
    ]);
    const matrixResults = english.functions.filter(
      (f) => f.result && (f.result as { dimensionality?: string }).dimensionality === "matrix",
    );
    expect(matrixResults.map((f) => f.id)).toEqual([
      "DISTRIBUTE",
      "QUOTA",
      "KEY",
      "NETEFFECT",
      "CUMULATIVE",
      "PHASEIN",
      "GAP",
      "ROUNDTABLE",
      "HIERARCHY",
      "REPRICE",
      "DEMOGRAPHY",
    ]);
  });
});

describe("functions.da-DK.json (Danish)", () => {
  test("has the same ids in the same order, with the Danish names of FUNCTIONS.md", () => {
    expect(danish.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of danish.functions) expect([f.id, f.name]).toEqual([f.id, DANISH_NAMES[f.id]]);
  });

  test("names every parameter in Danish: one word, its own in each function, as in the registry", () => {
    const table = danishTable(registry);
    english.functions.forEach((en, i) => {
      const da = danish.functions[i] as (typeof danish.functions)[number];
      expect([en.id, da.parameters.length]).toEqual([en.id, en.parameters.length]);
      const names = da.parameters.map((p) => p.name);
      expect([en.id, new Set(names.map((n) => n.toLowerCase())).size]).toEqual([en.id, names.length]);
      en.parameters.forEach((p, j) => {
        const name = names[j] ?? "";
        expect([en.id, p.name, /^\p{L}[\p{L}0-9_]*$/u.test(name)]).toEqual([en.id, p.name, true]);
        expect([en.id, p.name, name]).toEqual([en.id, p.name, table[en.id]?.parameters[p.name]?.name]);
      });
    });
    // FUNCTIONS.md's own examples of localized parameter names.
    const distribute = danish.functions.find((f) => f.id === "DISTRIBUTE");
    expect(distribute?.parameters.map((p) => p.name).slice(0, 2)).toEqual(["beløb", "nøgle"]);
    const names = danish.functions.flatMap((f) => f.parameters.map((p) => p.name)).join(" ");
    expect(names).toMatch(/[æøå]/);
  });

  test("keeps everything but the names, texts and help links: parameters, types, shapes, results", () => {
    // helpUrl points at the help page's part in the file's language (test/unit/help-page.test.ts).
    const strip = (m: Metadata): unknown =>
      m.functions.map(({ name: _name, description: _description, helpUrl: _help, parameters, ...rest }) => ({
        ...rest,
        parameters: parameters.map(({ name: _parameter, description: _text, ...parameter }) => parameter),
      }));
    expect(strip(danish)).toEqual(strip(english));
    expect(danish.allowCustomDataForDataTypeAny).toBe(english.allowCustomDataForDataTypeAny);
  });

  test("every description and parameter help is Danish, not the English text", () => {
    english.functions.forEach((en, i) => {
      const da = danish.functions[i] as (typeof danish.functions)[number];
      expect(da.description).toBeTruthy();
      expect(da.description).not.toBe(en.description);
      expect((da.description ?? "").length).toBeLessThanOrEqual(255);
      en.parameters.forEach((p, j) => {
        const text = da.parameters[j]?.description ?? "";
        expect([en.id, p.name, text.length > 5, text !== p.description]).toEqual([en.id, p.name, true, true]);
        expect(text.length).toBeLessThanOrEqual(255);
      });
    });
    const allText = danish.functions.map((f) => f.description).join(" ");
    expect(allText).toMatch(/[æøå]/);
    expect(allText).toContain("fordelingsnøgle");
  });
});

describe("localizeMetadata (the build step behind functions.da-DK.json)", () => {
  const english: Metadata = {
    functions: [
      { id: "KEY", name: "KEY", description: "A key.", parameters: [{ name: "base", description: "The base." }] },
    ],
  };

  test("replaces the name and texts from the table", () => {
    const { metadata, problems } = localizeMetadata(english, {
      KEY: {
        name: "NØGLE",
        description: "En nøgle.",
        parameters: { base: { name: "grundlag", description: "Grundlaget." } },
      },
    });
    expect(problems).toEqual([]);
    expect(metadata.functions).toEqual([
      {
        id: "KEY",
        name: "NØGLE",
        description: "En nøgle.",
        parameters: [{ name: "grundlag", description: "Grundlaget." }],
      },
    ]);
  });

  test("reports every gap, so that the build fails instead of shipping English help in Danish Excel", () => {
    expect(localizeMetadata(english, {}).problems).toEqual([
      'KEY: no Danish entry; add "KEY": { "name": "<DANSK NAVN>", "description": "<dansk hjælp>", "parameters": { "base": { "name": "<dansk navn>", "description": "<dansk hjælp>" } } }',
    ]);
    expect(
      localizeMetadata(english, {
        KEY: {
          name: "NØGLE ",
          description: "",
          parameters: { basis: { name: "grundlag", description: "Grundlaget." } },
        },
        GONE: { name: "VÆK", description: "Væk.", parameters: {} },
      }).problems,
    ).toEqual([
      'KEY: Danish name "NØGLE " is not a valid function name',
      "KEY: no Danish description",
      "KEY: Danish text for unknown parameter basis",
      'KEY: no Danish name and text for parameter base; add "base": { "name": "<dansk navn>", "description": "<dansk hjælp>" }',
      "GONE: Danish entry for a function that does not exist",
    ]);
  });

  test("a parameter in the old format (a text without a name) fails with the entry to write", () => {
    const oldFormat = { KEY: { name: "NØGLE", description: "En nøgle.", parameters: { base: "Grundlaget." } } };
    expect(localizeMetadata(english, oldFormat as unknown as Parameters<typeof localizeMetadata>[1]).problems).toEqual([
      'KEY: parameter base has a Danish text but no Danish name; write "base": { "name": "<dansk navn>", "description": "<dansk hjælp>" }',
    ]);
    const twice: Metadata = {
      functions: [{ id: "GAP", name: "GAP", parameters: [{ name: "target" }, { name: "identified" }] }],
    };
    expect(
      localizeMetadata(twice, {
        GAP: {
          name: "MANGLER",
          description: "Mangler.",
          parameters: {
            target: { name: "mål", description: "Målet." },
            identified: { name: "Mål", description: "Fundet." },
          },
        },
      }).problems,
    ).toEqual(["GAP: Danish parameter name Mål is used twice"]);
    expect(
      localizeMetadata(english, {
        KEY: {
          name: "NØGLE",
          description: "En nøgle.",
          parameters: { base: { name: "grund lag", description: "G." } },
        },
      }).problems,
    ).toEqual(['KEY: Danish name "grund lag" of parameter base is not one word of letters']);
  });
});
