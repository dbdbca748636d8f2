/**
 * A small element tree from saxes (exceljs's XML parser, already installed): enough for the manifest
 * checks, which need namespaces, attributes, children in document order and line numbers for the
 * messages. Malformed XML comes back as errors rather than a tree.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** The local name, e.g. "Image" for bt:Image. */
  name: string;
  /** The namespace URI. */
  uri: string;
  /** Attributes by qualified name as written (e.g. "xsi:type", "DefaultValue"). */
  attributes: Record<string, string>;
  /** Attributes by "{uri}local" for namespaced ones, so a prefix does not matter. */
  namespaced: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | undefined;
}

export const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export function parseXml(xml: string): { root?: XmlElement; errors: string[] } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const errors: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => {
    errors.push(error.message);
  });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes: {},
      namespaced: {},
      children: [],
      text: "",
      line: parser.line,
      parent,
    };
    for (const attribute of Object.values(tag.attributes)) {
      element.attributes[attribute.name] = attribute.value;
      if (attribute.uri) element.namespaced[`{${attribute.uri}}${attribute.local}`] = attribute.value;
    }
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    // saxes throws on the first fatal error when no handler swallows it; the handler above records it.
    if (errors.length === 0) errors.push(error instanceof Error ? error.message : String(error));
  }
  return errors.length > 0 || !root ? { errors: errors.length > 0 ? errors : ["no root element"] } : { root, errors };
}

export function xsiType(element: XmlElement): string | undefined {
  return element.namespaced[`{${XSI}}type`];
}

/** Every element below `element` (not itself), in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      all.push(c);
      visit(c);
    }
  };
  visit(element);
  return all;
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** "OfficeApp › VersionOverrides › Hosts": where an element is, for messages. */
export function pathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) names.unshift(e.name);
  return names.join(" › ");
}
