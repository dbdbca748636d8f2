/**
 * @jest-environment jsdom
 *
 * An offline check of the add-in manifest (the online validator cannot be reached here): it is
 * well-formed XML, every resid resolves to a resource of the right kind, and every URL points at a
 * file the build emits. jsdom's DOMParser reads the XML. Build first (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const HOST = "https://localhost:3000";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml");
}

function parseErrors(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName("parsererror"), (e) => e.textContent ?? "parse error");
}

const elements = (doc: Document | Element, localName: string): Element[] =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === localName);

const child = (parent: Element, localName: string): Element | undefined =>
  Array.from(parent.children).find((e) => e.localName === localName);

const xsiType = (e: Element): string | null => e.getAttributeNS(XSI, "type");

let doc: Document;
let resources: Map<string, { kind: string; element: Element }>;

beforeAll(() => {
  const built = path.join(DIST, "manifest.xml");
  if (!fs.existsSync(built)) throw new Error(`${built} does not exist. Build first: npx webpack --mode production.`);
  doc = parse(fs.readFileSync(built, "utf8"));
  resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const e of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      const id = e.getAttribute("id");
      // bt:Image also appears as a reference (size + resid) inside an Icon; only definitions carry an id.
      if (id === null) continue;
      const list = e.parentElement?.localName ?? "";
      resources.set(id, { kind: kind === "String" ? list : kind, element: e });
    }
  }
});

/** The kind of resource a resid must name, by the element that carries it. */
const EXPECTED_KIND: Record<string, string> = {
  SourceLocation: "Url",
  LearnMoreUrl: "Url",
  Namespace: "ShortStrings",
  Title: "ShortStrings",
  Label: "ShortStrings",
  Description: "LongStrings",
  Image: "Image",
};

describe("the manifest checker", () => {
  test("reports malformed XML (so that a pass means something)", () => {
    expect(parseErrors(parse("<OfficeApp><Id>x</OfficeApp>")).length).toBeGreaterThan(0);
    expect(parseErrors(parse("<OfficeApp><Id>x</Id></OfficeApp>"))).toEqual([]);
  });
});

describe("manifest.xml", () => {
  test("the build copies it unchanged into dist", () => {
    expect(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")).toBe(
      fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    );
  });

  test("is well-formed XML with an OfficeApp task-pane root for Excel workbooks", () => {
    expect(parseErrors(doc)).toEqual([]);
    const root = doc.documentElement;
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(elements(doc, "Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
    expect(elements(doc, "Host").some((h) => xsiType(h) === "Workbook")).toBe(true);
  });

  test("has a GUID as Id, en-US as default locale and Danish overrides for name and description", () => {
    expect(child(doc.documentElement, "Id")?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(doc.documentElement, "DefaultLocale")?.textContent).toBe("en-US");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(doc.documentElement, name) as Element;
      const override = child(element, "Override");
      expect([name, override?.getAttribute("Locale")]).toEqual([name, "da-DK"]);
      expect(override?.getAttribute("Value")).toBeTruthy();
    }
  });

  test("requires the custom-functions runtime", () => {
    const set = elements(doc, "Set").find((s) => s.getAttribute("Name") === "CustomFunctionsRuntime");
    expect(Number(set?.getAttribute("MinVersion"))).toBeGreaterThanOrEqual(1.1);
  });

  test("every resid resolves to a defined resource of the right kind", () => {
    const references = Array.from(doc.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
    expect(references.length).toBeGreaterThan(10);
    for (const e of references) {
      const resid = e.getAttribute("resid") as string;
      expect([e.localName, resid, resources.get(resid)?.kind]).toEqual([
        e.localName,
        resid,
        EXPECTED_KIND[e.localName],
      ]);
    }
  });

  test("every defined resource is used, and ids are unique", () => {
    const used = new Set(
      Array.from(doc.getElementsByTagName("*"), (e) => e.getAttribute("resid")).filter((id) => id !== null),
    );
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
    const ids = Array.from(doc.getElementsByTagName("*"), (e) => e.getAttribute("id")).filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("short strings fit in 125 characters and long strings in 250", () => {
    for (const [id, { kind, element }] of resources) {
      const texts = [
        element.getAttribute("DefaultValue") ?? "",
        ...elements(element, "Override").map((o) => o.getAttribute("Value") ?? ""),
      ];
      const limit = kind === "ShortStrings" ? 125 : kind === "LongStrings" ? 250 : Infinity;
      for (const text of texts) expect([id, text.length <= limit]).toEqual([id, true]);
    }
  });

  test("every URL is on the dev server and points at a file the build emits", () => {
    const urls = new Set<string>();
    for (const e of Array.from(doc.getElementsByTagName("*"))) {
      for (const attribute of ["DefaultValue", "Value"]) {
        const value = e.getAttribute(attribute);
        if (value?.startsWith("http")) urls.add(value);
      }
    }
    elements(doc, "AppDomain").forEach((d) => expect(d.textContent).toBe(HOST));
    expect(urls.size).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      expect(url.startsWith(`${HOST}/`)).toBe(true);
      const file = path.join(DIST, url.slice(HOST.length + 1));
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
    }
  });

  test("the custom functions: script, page, metadata with a Danish override, the development namespace", () => {
    const point = elements(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions") as Element;
    expect(point).toBeDefined();
    const url = (section: string): Element => {
      const resid = child(child(point, section) as Element, "SourceLocation")?.getAttribute("resid") as string;
      return resources.get(resid)?.element as Element;
    };
    expect(url("Script").getAttribute("DefaultValue")).toBe(`${HOST}/functions.js`);
    expect(url("Page").getAttribute("DefaultValue")).toBe(`${HOST}/functions.html`);
    const metadata = url("Metadata");
    expect(metadata.getAttribute("DefaultValue")).toBe(`${HOST}/functions.json`);
    const overrides = elements(metadata, "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);
    expect(overrides).toEqual([["da-DK", `${HOST}/functions.da-DK.json`]]);
    const namespace = child(point, "Namespace")?.getAttribute("resid") as string;
    // A build without a URL is the development add-in (scripts/channels.cjs), installable beside production.
    expect(resources.get(namespace)?.element.getAttribute("DefaultValue")).toBe("BUDGETDEV");
  });

  test("the pane built with it writes BUDGETDEV; the playground keeps BUDGET, which its workbook computes", () => {
    const scripts = fs.readdirSync(path.join(DIST, "js")).filter((file) => file.endsWith(".js"));
    const read = (prefix: string): string =>
      scripts
        .filter((file) => file.startsWith(`${prefix}.`))
        .map((file) => fs.readFileSync(path.join(DIST, "js", file), "utf8"))
        .join("\n");
    expect(read("taskpane")).toContain('"BUDGETDEV"');
    expect(read("playground")).not.toContain("BUDGETDEV");
  });

  test("a ribbon button on the desktop opens the task pane", () => {
    const action = elements(doc, "Action").find((a) => xsiType(a) === "ShowTaskpane") as Element;
    expect(action).toBeDefined();
    const resid = child(action, "SourceLocation")?.getAttribute("resid") as string;
    expect(resources.get(resid)?.element.getAttribute("DefaultValue")).toBe(`${HOST}/taskpane.html`);
    expect(action.closest("DesktopFormFactor")).not.toBeNull();
  });
});
