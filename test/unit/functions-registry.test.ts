/**
 * The registry of BUDGET functions: src/functions/registry.json (names, texts, parameters and shapes
 * in English and Danish) and src/functions/adapters.ts (id → adapter). The build writes the metadata
 * from it, the bundle associates its adapters, the in-memory workbook evaluates them under its
 * names, and one table (errorCodes.ts) gives each kind of input error its Excel code. The dist
 * checks need a build first (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import {
  functionsMetadata,
  registryProblems,
  type Metadata,
  type RegistryEntry,
} from "../../scripts/functions-metadata.cjs";
import { budgetFunctions } from "../../src/excel/memory/formula/budgetFunctions";
import { FormulaError } from "../../src/excel/memory/formula/values";
import { ADAPTERS } from "../../src/functions/adapters";
import { danishName, FUNCTION_IDS } from "../../src/functions/registry";
import registry from "../../src/functions/registry.json";

const DIST = path.resolve(__dirname, "../../dist");

function readDist(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`${full} does not exist. Build first: npx webpack --mode production.`);
  return fs.readFileSync(full, "utf8");
}

const entries = registry as Record<string, RegistryEntry>;

/** A copy of the registry with one function's entry changed by `edit`. */
function edited(id: string, edit: (entry: RegistryEntry) => void): Record<string, RegistryEntry> {
  const copy = JSON.parse(JSON.stringify(registry)) as Record<string, RegistryEntry>;
  edit(copy[id] as RegistryEntry);
  return copy;
}

describe("the registry", () => {
  test("has an adapter for every id and an id for every adapter, in the same order", () => {
    expect(Object.keys(ADAPTERS)).toEqual(Object.keys(registry));
    expect(FUNCTION_IDS).toEqual(Object.keys(registry));
  });

  test("each adapter takes exactly the registry's parameters, in their order", () => {
    for (const id of FUNCTION_IDS) {
      expect([id, ADAPTERS[id].length]).toEqual([id, registry[id].parameters.length]);
    }
  });

  test("is complete: nothing in it stops the build", () => {
    expect(registryProblems(entries)).toEqual([]);
    expect(functionsMetadata(entries).problems).toEqual([]);
  });

  test("dist/functions.json and dist/functions.da-DK.json are what the registry gives", () => {
    // A build without a URL serves its help page from the development server.
    const built = functionsMetadata(entries, "https://localhost:3000/help.html");
    expect(JSON.parse(readDist("functions.json"))).toEqual(built.english);
    expect(JSON.parse(readDist("functions.da-DK.json"))).toEqual(built.danish);
  });

  test("the metadata has every parameter and result as the registry describes it", () => {
    const english = JSON.parse(readDist("functions.json")) as Metadata;
    const results: Record<string, unknown> = {
      matrix: { dimensionality: "matrix", type: "number" },
      scalar: { type: "number" },
      cellByCell: {},
    };
    expect(english.functions.map((f) => f.id)).toEqual(FUNCTION_IDS);
    for (const f of english.functions) {
      const entry = entries[f.id] as RegistryEntry;
      expect([f.id, f.name, f.description, f.result]).toEqual([f.id, f.id, entry.description, results[entry.result]]);
      expect([f.id, f.parameters]).toEqual([
        f.id,
        entry.parameters.map((p) => ({
          name: p.name,
          description: p.description,
          type: "any",
          ...(p.optional === true ? { optional: true } : {}),
          ...(p.dimensionality === undefined ? {} : { dimensionality: p.dimensionality }),
        })),
      ]);
    }
    const danish = JSON.parse(readDist("functions.da-DK.json")) as Metadata;
    danish.functions.forEach((f, i) => {
      const entry = entries[f.id] as RegistryEntry;
      expect([f.id, f.name, f.description]).toEqual([FUNCTION_IDS[i], entry.danish.name, entry.danish.description]);
      expect(f.parameters.map((p) => [p.name, p.description])).toEqual(
        entry.parameters.map((p) => [p.danish.name, p.danish.description]),
      );
    });
  });

  test("the functions bundle carries the adapters but none of the registry's names and texts", () => {
    const bundle = readDist("functions.js");
    for (const id of FUNCTION_IDS) {
      const entry = entries[id] as RegistryEntry;
      const texts = [
        entry.description,
        entry.danish.description,
        ...entry.parameters.flatMap((p) => [p.description, p.danish.description]),
      ];
      for (const text of texts) expect([id, text, bundle.includes(text)]).toEqual([id, text, false]);
      expect([id, bundle.includes(`"${entry.danish.name}"`)]).toEqual([id, false]);
    }
  });

  test("the in-memory workbook answers to every id, Danish name and its ASCII spelling, and to nothing else", () => {
    const names = new Set<string>();
    for (const id of FUNCTION_IDS) {
      const danish = danishName(id).toUpperCase();
      const ascii = danish.replace(/Æ/g, "AE").replace(/Ø/g, "OE").replace(/Å/g, "AA");
      [id, danish, ascii].forEach((name) => names.add(name));
      expect([id, typeof budgetFunctions[id], typeof budgetFunctions[danish], typeof budgetFunctions[ascii]]).toEqual([
        id,
        "function",
        "function",
        "function",
      ]);
    }
    expect(Object.keys(budgetFunctions).sort()).toEqual([...names].sort());
    // Three Danish names have Æ/Ø/Å, so three ASCII spellings: 15 ids + 15 Danish names + 3.
    expect(names.size).toBe(33);
  });
});

describe("registryProblems: a gap stops the build and says what to write", () => {
  test("a function or a parameter without Danish", () => {
    expect(
      registryProblems(
        edited("KEY", (entry) => {
          delete (entry as Partial<RegistryEntry>).danish;
          delete (entry.parameters[1] as Partial<RegistryEntry["parameters"][number]>).danish;
        }),
      ),
    ).toEqual([
      'KEY: no Danish name and help; add "danish": { "name": "<DANSK NAVN>", "description": "<dansk hjælp>" }',
      'KEY: parameter decimals has no Danish name and text; add "danish": { "name": "<dansk navn>", "description": "<dansk hjælp>" }',
    ]);
  });

  test("a required parameter after an optional one, and flags Excel would not read", () => {
    expect(
      registryProblems(
        edited("QUOTA", (entry) => {
          entry.parameters.push({ ...(entry.parameters[0] as RegistryEntry["parameters"][number]), name: "later" });
          (entry.parameters[0] as { optional?: unknown }).optional = "yes";
          entry.parameters[1] = {
            ...(entry.parameters[1] as RegistryEntry["parameters"][number]),
            dimensionality: "range",
          };
        }),
      ),
    ).toEqual([
      'QUOTA: parameter budgets: write "optional": true or leave it out',
      'QUOTA: parameter exempt: write "dimensionality": "matrix" for a range, or leave it out for one value',
      "QUOTA: parameter later is required but follows an optional one; optional parameters go last",
    ]);
  });

  test("an unknown result shape, a missing or too long description, a parameter named twice", () => {
    expect(
      registryProblems(
        edited("GAP", (entry) => {
          entry.result = "table";
          entry.description = "x".repeat(256);
          entry.parameters[0] = { ...(entry.parameters[0] as RegistryEntry["parameters"][number]), description: "" };
          entry.parameters[1] = { ...(entry.parameters[1] as RegistryEntry["parameters"][number]), name: "target" };
        }),
      ),
    ).toEqual([
      "GAP: needs a description of 1 to 255 characters",
      'GAP: "result" must be one of matrix, scalar, cellByCell, not table',
      "GAP: parameter target needs a description of 1 to 255 characters",
      "GAP: parameter target is listed twice",
    ]);
  });

  test("a Danish name used by two functions fails through the Danish names' rules", () => {
    const twice = edited("QUOTA", (entry) => {
      entry.danish.name = "FORDEL";
    });
    expect(registryProblems(twice)).toEqual([]);
    expect(functionsMetadata(twice).problems).toEqual(["QUOTA: Danish name FORDEL is used twice"]);
  });
});

describe("one table of Excel error codes", () => {
  /** The built bundle in a bare context whose CustomFunctions keeps what it is given. */
  function bundleFunctions(): Map<string, (...args: unknown[]) => unknown> {
    const functions = new Map<string, (...args: unknown[]) => unknown>();
    class ExcelError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => functions.set(id, fn),
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    };
    vm.runInContext(readDist("functions.js"), vm.createContext({ CustomFunctions }));
    return functions;
  }

  test.each([
    ["DISTRIBUTE", [100, [[1], [-1]], 0], "#VALUE!"],
    ["DISTRIBUTE", [5, [[0], [0]], 1], "#DIV/0!"],
    ["PAYBACK", [[[-1, -1]]], "#N/A"],
  ] as const)("%s %j: Excel and the in-memory workbook raise %s with the same message", (id, args, code) => {
    let thrown: unknown;
    try {
      bundleFunctions().get(id)?.(...args);
    } catch (error) {
      thrown = error;
    }
    const { code: excelCode, message } = thrown as { code: string; message: string };
    const memory = budgetFunctions[id]?.(args.map((a) => (typeof a === "number" ? a : a.map((row) => [...row]))));
    expect(memory).toBeInstanceOf(FormulaError);
    expect([excelCode, message]).toEqual([code, (memory as FormulaError).message]);
    expect((memory as FormulaError).code).toBe(code);
    expect(message.length).toBeGreaterThan(10);
  });
});
