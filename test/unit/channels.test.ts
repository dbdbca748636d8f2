/**
 * @jest-environment jsdom
 *
 * Development, test and production are three add-ins that can be installed side by side
 * (scripts/channels.cjs): each manifest has its own Id, name, ribbon ids and function namespace,
 * and a pane built for a channel writes formulas in that channel's namespace
 * (src/taskpane/logic/functionNamespace.ts) while the playground and these tests keep BUDGET.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CHANNELS, channelFromEnv, channelManifest } from "../../scripts/channels.cjs";
import { manifestFor } from "../../scripts/deployment.cjs";
import { budgetFunction } from "../../src/taskpane/logic/formulaText";
import { belongToNamespace, functionNamespace, PRODUCTION_NAMESPACE } from "../../src/taskpane/logic/functionNamespace";
import { distributeFormula } from "../../src/taskpane/wizards/allocation/allocationWrite";
import type { AllocationSources } from "../../src/taskpane/wizards/allocation/allocationSources";
import type { AllocationPreview } from "../../src/taskpane/wizards/allocation/allocationPlan";
import { readBudgetCall } from "../../src/taskpane/wizards/explain/budgetCall";
import { refusalText } from "../../src/taskpane/wizards/explain/explainFinding";

const ROOT = path.resolve(__dirname, "../..");
const repository = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
type Channel = "development" | "test" | "production";
const NAMES: Channel[] = ["development", "test", "production"];

/** What tells one installed add-in from another, read from its manifest. */
function identity(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror").length).toBe(0);
  const all = Array.from(doc.getElementsByTagName("*"));
  const top = (name: string) => Array.from(doc.documentElement.children).find((e) => e.localName === name) as Element;
  const string = (id: string) =>
    Array.from(doc.getElementsByTagNameNS(BT, "String")).find((e) => e.getAttribute("id") === id) as Element;
  const danish = (e: Element) =>
    Array.from(e.children)
      .find((o) => o.getAttribute("Locale") === "da-DK")
      ?.getAttribute("Value");
  return {
    id: top("Id").textContent,
    displayName: [top("DisplayName").getAttribute("DefaultValue"), danish(top("DisplayName"))],
    namespace: string("Functions.Namespace").getAttribute("DefaultValue"),
    ribbonIds: all
      .filter((e) => ["Group", "Control"].includes(e.localName))
      .map((e) => e.getAttribute("id"))
      .concat(all.filter((e) => e.localName === "TaskpaneId").map((e) => e.textContent)),
    label: danish(string("Group.Label")),
    getStarted: danish(string("GetStarted.Description")),
  };
}

describe("the channel of a build", () => {
  test("development without a URL, production with one, test when asked", () => {
    expect(channelFromEnv(undefined)).toBe("development");
    expect(channelFromEnv({})).toBe("development");
    expect(channelFromEnv({ url: "https://addins.example.dk/raaderum" })).toBe("production");
    expect(channelFromEnv({ channel: "test" })).toBe("test");
    expect(channelFromEnv({ url: "https://test.example.dk/raaderum", channel: "test" })).toBe("test");
  });

  test("an unknown channel, or production on localhost, is refused with the fix", () => {
    expect(() => channelFromEnv({ channel: "staging" })).toThrow(/write development, test or production/);
    expect(() => channelFromEnv({ channel: "production" })).toThrow(/--env url=https:/);
  });
});

describe("the three manifests", () => {
  const manifests = Object.fromEntries(NAMES.map((name) => [name, identity(channelManifest(repository, name))]));

  test("the repository's manifest is the development add-in's, unchanged", () => {
    expect(channelManifest(repository, "development")).toBe(repository);
    expect(manifests.development).toEqual({
      id: "042d256d-cd61-438a-ac54-f150568bd8d4",
      displayName: ["Råderum (development)", "Råderum (udvikling)"],
      namespace: "BUDGETDEV",
      ribbonIds: ["RaaderumDev.Group", "RaaderumDev.TaskpaneButton", "RaaderumDev.Taskpane"],
      label: "Råderum udv.",
      getStarted:
        "Skriv =BUDGETDEV. i en celle for at se funktionerne, eller åbn Råderum under fanen Hjem for guiderne.",
    });
  });

  test("production keeps the Id and the namespace BUDGET it was first deployed with", () => {
    expect(manifests.production).toEqual({
      id: "8c16ca1a-9ed6-4c3d-a808-9ea7e69419cd",
      displayName: ["Råderum", "Råderum"],
      namespace: "BUDGET",
      ribbonIds: ["Raaderum.Group", "Raaderum.TaskpaneButton", "Raaderum.Taskpane"],
      label: "Råderum",
      getStarted: "Skriv =BUDGET. i en celle for at se funktionerne, eller åbn Råderum under fanen Hjem for guiderne.",
    });
  });

  test("no two share an Id, a name, a namespace or a ribbon id", () => {
    for (const key of ["id", "namespace"] as const)
      expect(new Set(NAMES.map((name) => manifests[name]?.[key])).size).toBe(3);
    expect(new Set(NAMES.map((name) => manifests[name]?.displayName[1])).size).toBe(3);
    expect(new Set(NAMES.map((name) => manifests[name]?.label)).size).toBe(3);
    const ribbon = NAMES.flatMap((name) => manifests[name]?.ribbonIds ?? []);
    expect(new Set(ribbon).size).toBe(9);
    expect(manifests.test?.namespace).toBe("BUDGETTEST");
  });

  test("each manifest names the namespace its table gives, and only that one", () => {
    for (const name of NAMES) {
      const xml = manifestFor(channelManifest(repository, name), "https://addins.example.dk/raaderum");
      const others = NAMES.filter((other) => other !== name).map((other) => CHANNELS[other].namespace);
      expect([name, manifests[name]?.namespace]).toEqual([name, CHANNELS[name].namespace]);
      for (const other of others) expect([name, other, xml.includes(`=${other}.`)]).toEqual([name, other, false]);
      expect([name, xml.includes("localhost")]).toEqual([name, false]);
    }
  });

  test("a manifest that drifted from the table stops the build", () => {
    expect(() => channelManifest(repository.replace("RaaderumDev.Group", "Other.Group"), "production")).toThrow(
      /expected 3 × ribbon id, found 2/,
    );
  });
});

describe("the pane writes its own add-in's namespace", () => {
  const sources = {
    totalsArgument: "B2",
    weightsArgument: "C2:C7",
    weightsFromBase: true,
  } as AllocationSources;
  const preview = { holds: [null, null] } as unknown as AllocationPreview;
  afterEach(() => belongToNamespace(PRODUCTION_NAMESPACE));

  test("BUDGET in the playground and the tests, where nobody says otherwise", () => {
    expect(functionNamespace()).toBe("BUDGET");
    expect(distributeFormula(sources, preview, 0)).toBe("=BUDGET.DISTRIBUTE(B2,BUDGET.KEY(C2:C7),0)");
  });

  test("BUDGETDEV in a development pane: live formulas, the log's Danish names, Forklar's refusals", () => {
    belongToNamespace("BUDGETDEV");
    expect(distributeFormula(sources, preview, 0)).toBe("=BUDGETDEV.DISTRIBUTE(B2,BUDGETDEV.KEY(C2:C7),0)");
    expect(budgetFunction("DISTRIBUTE", "da")).toBe("BUDGETDEV.FORDEL");
    expect(refusalText({ code: "noRounding", id: "FTE" }, "en")).toContain("BUDGETDEV.FTE");
  });

  test("a development pane explains its own formulas and production's, not the test add-in's", () => {
    belongToNamespace("BUDGETDEV");
    const read = { id: "KEY", args: [{ kind: "reference", text: "B2:B7" }] };
    expect(readBudgetCall("=BUDGETDEV.NØGLE(B2:B7)")).toEqual(read);
    expect(readBudgetCall("=BUDGET.KEY(B2:B7)")).toEqual(read);
    expect(readBudgetCall("=BUDGETTEST.KEY(B2:B7)")).toEqual({ refusal: { code: "notBudget" } });
    belongToNamespace(PRODUCTION_NAMESPACE);
    expect(readBudgetCall("=BUDGETDEV.KEY(B2:B7)")).toEqual({ refusal: { code: "notBudget" } });
    expect(readBudgetCall("=_xldudf_BUDGET.KEY(B2:B7)")).toEqual(read);
  });

  test("the namespace comes from the build's definition, and must be one Excel accepts", () => {
    const global = globalThis as { __RAADERUM_NAMESPACE__?: string };
    global.__RAADERUM_NAMESPACE__ = "BUDGETDEV";
    let built: string | undefined;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        built = (require("../../src/taskpane/addinNamespace") as { ADDIN_NAMESPACE: string }).ADDIN_NAMESPACE;
      });
    } finally {
      delete global.__RAADERUM_NAMESPACE__;
    }
    expect(built).toBe("BUDGETDEV");
    expect(() => belongToNamespace("budget dev")).toThrow(/not a function namespace/);
    expect(functionNamespace()).toBe("BUDGET");
  });
});
