/**
 * The texts that say how a wizard writes (the formula-or-values choice, Forklar's hint and its
 * refusal) name the BUDGET functions under the namespace the pane writes: BUDGETDEV.FORDEL in the
 * development add-in, BUDGET.FORDEL in production. And no text of the pane's word tables names a
 * function under BUDGET. written into it, where the namespace cannot follow the add-in.
 */
import { readdirSync } from "fs";
import { join } from "path";
import { belongToNamespace, PRODUCTION_NAMESPACE } from "../../src/taskpane/logic/functionNamespace";
import { refusalText } from "../../src/taskpane/wizards/explain/explainFinding";
import { allocationText } from "../../src/taskpane/wizards/allocation/allocationText";
import { quotaText } from "../../src/taskpane/wizards/quota/quotaText";
import { repriceText } from "../../src/taskpane/wizards/reprice/repriceText";
import { demographyText } from "../../src/taskpane/wizards/demography/demographyText";
import { implementationText } from "../../src/taskpane/wizards/implementation/implementationText";
import { programmeText } from "../../src/taskpane/wizards/programme/programmeText";
import { explainText } from "../../src/taskpane/wizards/explain/explainText";
import type { Text } from "../../src/taskpane/wizards/contract";

/** Each text, and the function calls it shows in production, in Danish and in English. */
const NAMED: [string, () => Text, { da: string; en: string }][] = [
  ["allocation", () => allocationText.outputFormula(), { da: "=BUDGET.FORDEL(…)", en: "=BUDGET.DISTRIBUTE(…)" }],
  ["quota", () => quotaText.outputFormula(), { da: "=BUDGET.KVOTE(…)", en: "=BUDGET.QUOTA(…)" }],
  ["reprice", () => repriceText.outputFormula(), { da: "=BUDGET.FREMSKRIV(…)", en: "=BUDGET.REPRICE(…)" }],
  ["demography", () => demographyText.outputFormula(), { da: "=BUDGET.DEMOGRAFI(…)", en: "=BUDGET.DEMOGRAPHY(…)" }],
  [
    "implementation",
    () => implementationText.outputFormula(),
    { da: "=BUDGET.FORDEL.HIERARKI(…)", en: "=BUDGET.HIERARCHY(…)" },
  ],
  [
    "programme",
    () => programmeText.outputFormula(),
    { da: "=BUDGET.NETTOEFFEKT, AKKUMULERET og MANGLER", en: "=BUDGET.NETEFFECT, CUMULATIVE and GAP" },
  ],
  ["explain hint", () => explainText.hint(), { da: "fx BUDGET.FORDEL, KVOTE", en: "e.g. BUDGET.DISTRIBUTE, QUOTA" }],
  [
    "explain refusal",
    () => ({ da: refusalText({ code: "notBudget" }, "da"), en: refusalText({ code: "notBudget" }, "en") }),
    { da: "=BUDGET.FORDEL(B2;C2:C7;1)", en: "=BUDGET.DISTRIBUTE(B2,C2:C7,1)" },
  ],
];

afterEach(() => belongToNamespace(PRODUCTION_NAMESPACE));

describe("how a wizard writes, named in the pane's own namespace", () => {
  test.each(NAMED)("%s: BUDGETDEV in the development add-in, and no BUDGET. left", (_, text, production) => {
    belongToNamespace("BUDGETDEV");
    const shown = text();
    for (const language of ["da", "en"] as const) {
      expect(shown[language]).not.toMatch(/BUDGET\./);
      expect(shown[language]).toContain(production[language].replace("BUDGET.", "BUDGETDEV."));
    }
  });

  test.each(NAMED)("%s: the production names under BUDGET", (_, text, production) => {
    const shown = text();
    expect(shown.da).toContain(production.da);
    expect(shown.en).toContain(production.en);
  });

  test("the test add-in's pane says BUDGETTEST", () => {
    belongToNamespace("BUDGETTEST");
    expect(quotaText.outputFormula()).toEqual({
      da: "Formel =BUDGETTEST.KVOTE(…), der regner med",
      en: "Formula =BUDGETTEST.QUOTA(…) that keeps calculating",
    });
  });
});

/** Every Text a table holds, with its path; entries that take no parameters are rendered. */
function textsOf(table: Record<string, unknown>, prefix: string): [string, Text][] {
  const found: [string, Text][] = [];
  for (const [name, entry] of Object.entries(table)) {
    const value = typeof entry === "function" && entry.length === 0 ? (entry as () => unknown)() : entry;
    if (value !== null && typeof value === "object" && "da" in value && "en" in value)
      found.push([`${prefix}.${name}`, value as Text]);
  }
  return found;
}

describe("no word table writes a function's namespace into a text", () => {
  const root = join(__dirname, "../../src/taskpane/wizards");
  const files = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((file) => file.endsWith("Text.ts"))
        .map((file) => join(root, dir.name, file)),
    );

  test("every wizard's words file, under BUDGETDEV", () => {
    belongToNamespace("BUDGETDEV");
    const texts: [string, Text][] = [];
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(file) as Record<string, unknown>;
      for (const [name, table] of Object.entries(module))
        if (table !== null && typeof table === "object") texts.push(...textsOf(table as Record<string, unknown>, name));
    }
    // The six choices and the hint above, and the hundreds of plain texts besides.
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(texts.length).toBeGreaterThan(300);
    const stale = texts.filter(([, text]) => /BUDGET\./.test(text.da) || /BUDGET\./.test(text.en));
    expect(stale.map(([name]) => name)).toEqual([]);
  });
});
