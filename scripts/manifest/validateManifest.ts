/**
 * Offline validation of the add-in manifest (Microsoft's validator is an online service that cannot
 * be reached here, TOOLCHAIN pitfall 5): well-formed XML; the schema's element order and required
 * elements (manifestSchema.ts); every resid names a resource of the right kind and every resource
 * is used; every URL is https, lies under the base URL the build was made for, has its origin in
 * AppDomains and names a file of the build; icons have the declared pixel sizes; the requirement
 * sets are named. Each problem is one plain sentence naming the element and, where known, the line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSequence, sequenceFor } from "./manifestSchema";
import { childNamed, descendants, parseXml, pathOf, xsiType, type XmlElement } from "./xmlTree";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";

/** The kind of resource a resid must name, by the element that carries the resid. */
const EXPECTED_KIND: Record<string, string> = {
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Namespace: "ShortStrings",
  Title: "ShortStrings",
  Label: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
};

const LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

/** The requirement sets this project may name; a typo in a set name makes Office refuse the add-in. */
const KNOWN_SETS = new Set(["CustomFunctionsRuntime", "ExcelApi", "SharedRuntime", "DialogApi", "RibbonApi"]);

export interface ValidateOptions {
  /** The base URL the manifest was built for, e.g. https://localhost:3000 (no trailing slash). */
  base: string;
  /** The folder that will be served at `base` (dist/); files named by URLs must exist in it. */
  root: string;
}

/** The width and height a PNG declares in its header; undefined when the file is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The base URL a manifest was built for: its task pane's folder. */
export function baseOf(xml: string): string | undefined {
  const { root } = parseXml(xml);
  const source = root && childNamed(childNamed(root, "DefaultSettings") ?? root, "SourceLocation");
  const url = source?.attributes.DefaultValue;
  return url?.replace(/\/[^/]*$/, "");
}

export function validateManifest(xml: string, options: ValidateOptions): string[] {
  const { root, errors } = parseXml(xml);
  if (!root) return errors.map((e) => `not well-formed XML: ${e}`);
  const problems: string[] = [];
  const all = [root, ...descendants(root)];

  if (root.name !== "OfficeApp" || root.uri !== APP)
    problems.push(`the root element must be <OfficeApp xmlns="${APP}">, not <${root.name}>`);
  if (xsiType(root) !== "TaskPaneApp") problems.push(`<OfficeApp> must have xsi:type="TaskPaneApp"`);

  for (const element of all) {
    const slots = sequenceFor(element);
    if (slots) problems.push(...checkSequence(element, slots).map((p) => `${pathOf(element)}: ${p}`));
  }

  problems.push(...checkIdentity(root));
  const resources = definedResources(all, problems);
  problems.push(...checkReferences(all, resources));
  problems.push(...checkUrls(root, all, options));
  problems.push(...checkIcons(root, all, resources, options));
  problems.push(...checkRequirements(root, all));
  return problems;
}

function checkIdentity(root: XmlElement): string[] {
  const problems: string[] = [];
  const text = (name: string): string => childNamed(root, name)?.text.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")))
    problems.push(`<Id> must be a GUID, not "${text("Id")}"`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version")))
    problems.push(`<Version> must be up to four numbers separated by dots, not "${text("Version")}"`);
  if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(text("DefaultLocale")))
    problems.push(`<DefaultLocale> must be a culture name such as en-US, not "${text("DefaultLocale")}"`);
  for (const name of ["DisplayName", "Description"]) {
    const element = childNamed(root, name);
    if (element && !element.attributes.DefaultValue) problems.push(`<${name}> has no DefaultValue`);
  }
  return problems;
}

interface Resource {
  kind: string;
  element: XmlElement;
}

function definedResources(all: XmlElement[], problems: string[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const element of all) {
    const id = element.attributes.id;
    // bt:Image also appears as a reference (size + resid) inside an Icon; only definitions carry an id.
    if (element.uri !== BT || id === undefined || !["Image", "Url", "String"].includes(element.name)) continue;
    const kind = element.parent?.name ?? "";
    if (resources.has(id)) problems.push(`line ${element.line}: resource id "${id}" is defined twice`);
    resources.set(id, { kind, element });
    if (!element.attributes.DefaultValue) problems.push(`line ${element.line}: resource "${id}" has no DefaultValue`);
    const limit = LIMITS[kind];
    if (limit !== undefined) {
      const texts = [element.attributes.DefaultValue ?? "", ...overrides(element)];
      for (const t of texts)
        if (t.length > limit)
          problems.push(`resource "${id}" is ${t.length} characters; ${kind} allow at most ${limit}`);
    }
  }
  return resources;
}

function overrides(element: XmlElement): string[] {
  return element.children.filter((c) => c.name === "Override").map((c) => c.attributes.Value ?? "");
}

function checkReferences(all: XmlElement[], resources: Map<string, Resource>): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const element of all) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const resource = resources.get(resid);
    const expected = EXPECTED_KIND[element.name];
    if (!resource) problems.push(`line ${element.line}: <${element.name} resid="${resid}"> names no resource`);
    else if (expected && resource.kind !== expected)
      problems.push(
        `line ${element.line}: <${element.name} resid="${resid}"> must name one of ${expected}, not of ${resource.kind}`,
      );
  }
  for (const [id, { element }] of resources)
    if (!used.has(id)) problems.push(`line ${element.line}: resource "${id}" is defined but never used`);
  return problems;
}

/** Every URL the manifest gives Office, with the element it is on. */
function urlsOf(all: XmlElement[]): { url: string; element: XmlElement }[] {
  const urls: { url: string; element: XmlElement }[] = [];
  for (const element of all) {
    for (const attribute of ["DefaultValue", "Value"]) {
      const value = element.attributes[attribute];
      if (value !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ url: value, element });
    }
  }
  return urls;
}

function checkUrls(root: XmlElement, all: XmlElement[], options: ValidateOptions): string[] {
  const problems: string[] = [];
  const domains = (childNamed(root, "AppDomains")?.children ?? []).map((d) => d.text.trim());
  for (const domain of domains) {
    if (!domain.startsWith("https://")) problems.push(`<AppDomain>${domain}</AppDomain> is not https`);
    else if (new URL(domain).origin !== domain)
      problems.push(`<AppDomain>${domain}</AppDomain> must be an origin (scheme, host, port), without a path`);
  }
  const urls = urlsOf(all);
  if (urls.length === 0) problems.push("the manifest names no URL at all");
  for (const { url, element } of urls) {
    const where = `line ${element.line}: <${element.name}> ${url}`;
    if (!url.startsWith("https://")) {
      problems.push(`${where} is not https; Office loads add-ins only over https`);
      continue;
    }
    if (!domains.includes(new URL(url).origin))
      problems.push(`${where} has an origin that is not in <AppDomains> (${domains.join(", ") || "none"})`);
    if (!url.startsWith(`${options.base}/`)) {
      problems.push(`${where} is not under the base URL ${options.base}/`);
      continue;
    }
    const file = join(options.root, decodeURIComponent(url.slice(options.base.length + 1)));
    if (!existsSync(file)) problems.push(`${where} names ${file}, which the build did not write`);
  }
  return problems;
}

function checkIcons(
  root: XmlElement,
  all: XmlElement[],
  resources: Map<string, Resource>,
  options: ValidateOptions,
): string[] {
  const problems: string[] = [];
  const expect = (url: string | undefined, size: number, what: string): void => {
    if (!url?.startsWith(`${options.base}/`)) return; // reported by checkUrls
    const file = join(options.root, decodeURIComponent(url.slice(options.base.length + 1)));
    if (!existsSync(file)) return; // reported by checkUrls
    const found = pngSize(readFileSync(file));
    if (!found) problems.push(`${what}: ${url} is not a PNG image`);
    else if (found.width !== size || found.height !== size)
      problems.push(`${what}: ${url} is ${found.width}×${found.height} pixels, the manifest declares ${size}×${size}`);
  };
  expect(childNamed(root, "IconUrl")?.attributes.DefaultValue, 32, "<IconUrl>");
  expect(childNamed(root, "HighResolutionIconUrl")?.attributes.DefaultValue, 64, "<HighResolutionIconUrl>");
  for (const element of all) {
    if (element.name !== "Image" || element.uri !== BT || element.attributes.resid === undefined) continue;
    const size = Number(element.attributes.size);
    const resid = element.attributes.resid;
    if (![16, 20, 24, 32, 40, 48, 64, 80].includes(size))
      problems.push(`line ${element.line}: <bt:Image resid="${resid}"> has size "${element.attributes.size}"`);
    else expect(resources.get(resid)?.element.attributes.DefaultValue, size, `line ${element.line}: icon ${resid}`);
  }
  for (const icon of all.filter((e) => e.name === "Icon" && e.parent?.name !== "OfficeApp")) {
    const sizes = icon.children.map((c) => c.attributes.size);
    for (const needed of ["16", "32", "80"])
      if (!sizes.includes(needed)) problems.push(`line ${icon.line}: <Icon> has no ${needed}×${needed} image`);
  }
  return problems;
}

function checkRequirements(root: XmlElement, all: XmlElement[]): string[] {
  const problems: string[] = [];
  const sets = childNamed(childNamed(root, "Requirements") ?? root, "Sets");
  if (!sets) return ["<Requirements><Sets> names no requirement set: Office would load the add-in anywhere"];
  const named = new Map<string, string>();
  for (const set of sets.children) {
    const name = set.attributes.Name ?? "";
    const version = set.attributes.MinVersion ?? sets.attributes.DefaultMinVersion ?? "";
    if (!KNOWN_SETS.has(name))
      problems.push(`line ${set.line}: requirement set "${name}" is not one this add-in knows`);
    if (!/^\d+\.\d+$/.test(version))
      problems.push(`line ${set.line}: requirement set ${name} has no MinVersion such as 1.3 ("${version}")`);
    named.set(name, version);
  }
  const customFunctions = all.some((e) => e.name === "ExtensionPoint" && xsiType(e) === "CustomFunctions");
  if (customFunctions && !named.has("CustomFunctionsRuntime"))
    problems.push("the manifest has custom functions but does not require the CustomFunctionsRuntime set");
  return problems;
}
