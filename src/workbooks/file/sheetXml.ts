/**
 * A pass over a worksheet's XML before exceljs reads it. exceljs reads any cell whose type it does
 * not know as parseFloat of its text, so an ISO date cell (t="d", 2030-06-15) would become 2030 and
 * a damaged number "12abc" 12: such cells are handed on as text, and the date cells are recorded so
 * a reader can name them. Rows past a bound are dropped before exceljs builds a model of them (a
 * hostile file may hold hundreds of thousands) and are recorded as a count, so nothing is dropped
 * silently.
 */

export interface DroppedRows {
  /** Rows past the bound that hold a value. */
  count: number;
  first: number;
  last: number;
}

export interface SheetScan {
  /** Cells typed as ISO dates (t="d"), by address, with the date as written. */
  dates: Map<string, string>;
  /** Rows past the bound that held values; null when there were none. */
  dropped: DroppedRows | null;
}

const ATTRIBUTES = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const PREFIX = String.raw`((?:[A-Za-z_][\w.-]*:)?)`;
const ROW = new RegExp(String.raw`<${PREFIX}row\b${ATTRIBUTES}(\/>|>([\s\S]*?)<\/\1row>)`, "g");
const CELL = new RegExp(String.raw`<${PREFIX}c\b${ATTRIBUTES}(\/>|>([\s\S]*?)<\/\1c>)`, "g");
const STRICT_NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Compiled once per name or prefix: a sheet has hundreds of thousands of cells. */
const compiled = new Map<string, RegExp>();
function pattern(key: string, source: () => string): RegExp {
  let found = compiled.get(key);
  if (!found) {
    found = new RegExp(source());
    compiled.set(key, found);
  }
  return found;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = pattern(`a:${name}`, () => String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

function withoutType(attributes: string): string {
  return attributes.replace(/\s+t\s*=\s*(?:"[^"]*"|'[^']*')/, "");
}

function rowNumberOf(address: string): number | undefined {
  const match = /^[A-Za-z]+(\d+)$/.exec(address);
  return match ? Number(match[1]) : undefined;
}

/** The cell's text as an inline string, which exceljs reads as it stands. */
function asText(prefix: string, attributes: string, text: string): string {
  return `<${prefix}c${withoutType(attributes)} t="inlineStr"><${prefix}is><${prefix}t>${text}</${prefix}t></${prefix}is></${prefix}c>`;
}

function scanCells(body: string, dates: Map<string, string>): string {
  return body.replace(CELL, (whole, prefix: string, attributes: string, _end: string, inner?: string) => {
    if (inner === undefined || /<(?:[\w.-]+:)?f[\s>/]/.test(inner)) return whole;
    const value = pattern(`v:${prefix}`, () => String.raw`<${prefix}v>([^<]*)</${prefix}v>`).exec(inner)?.[1];
    if (value === undefined) return whole;
    const type = attribute(attributes, "t") ?? "n";
    if (type === "d") {
      const address = attribute(attributes, "r");
      if (address) dates.set(address, value.trim());
      return asText(prefix, attributes, value);
    }
    if (type === "n" && !STRICT_NUMBER.test(value)) return asText(prefix, attributes, value);
    return whole;
  });
}

/** Whether a row's body holds any value (a blank formatted cell does not count). */
function holdsValue(body: string | undefined): boolean {
  return body !== undefined && /<(?:[\w.-]+:)?(?:v|t|f)[\s>]/.test(body);
}

export function scanSheetXml(xml: string, maxRows: number): { xml: string; scan: SheetScan } {
  const dates = new Map<string, string>();
  let dropped: DroppedRows | null = null;
  let previous = 0;
  const out = xml.replace(ROW, (whole, prefix: string, attributes: string, _end: string, body?: string) => {
    const given = Number(attribute(attributes, "r"));
    // Without r a row follows the one before; a cell's own address may say otherwise, the larger wins.
    const firstCell = body === undefined ? undefined : attribute(/<(?:[\w.-]+:)?c\b([^>]*)/.exec(body)?.[1] ?? "", "r");
    const number = Math.max(
      Number.isInteger(given) && given > 0 ? given : previous + 1,
      (firstCell && rowNumberOf(firstCell)) || 0,
    );
    previous = number;
    if (number > maxRows) {
      if (holdsValue(body))
        dropped = dropped
          ? { count: dropped.count + 1, first: Math.min(dropped.first, number), last: Math.max(dropped.last, number) }
          : { count: 1, first: number, last: number };
      return "";
    }
    if (body === undefined) return whole;
    const close = `</${prefix}row>`;
    return `${whole.slice(0, whole.length - close.length - body.length)}${scanCells(body, dates)}${close}`;
  });
  return { xml: out, scan: { dates, dropped } };
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Which worksheet part holds which sheet, from the workbook and its relationships. */
export function sheetPartNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const names = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    const name = attribute(attributes, "name");
    const id = attribute(attributes, "r:id") ?? /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, decodeXml(name));
  }
  return names;
}
