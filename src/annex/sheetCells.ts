/**
 * A worksheet's cell values straight from its XML, for the annex CLI: one linear pass, no model of
 * styles or formulas, so a negotiation sheet of 2.000 proposals × 100 years (30 MB of XML) reads
 * in about a second where exceljs took many. The parts come from the safe opener's unpackXlsx (zip
 * limits, capped inflate); a part with a DOCTYPE is refused, and only the five XML entities and
 * character references are decoded, so no entity is ever expanded.
 *
 * Values as a sheet shows them: numbers, shared and inline strings, booleans, a formula's cached
 * result (a formula without one reads as empty), errors as their text.
 */
import { message } from "../workbooks/messages";
import { RefusedFile } from "../workbooks/file/safeOpen";
import { sheetPartNames } from "../workbooks/file/sheetXml";

export type CellGrid = unknown[][];

const NS = String.raw`(?:[A-Za-z_][\w.-]*:)?`;
const CELL = new RegExp(String.raw`<${NS}c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/${NS}c>)`, "g");
const VALUE = new RegExp(String.raw`<${NS}v>([^<]*)<\/${NS}v>`);
const TEXT = new RegExp(String.raw`<${NS}t(?:\s[^>]*)?>([^<]*)<\/${NS}t>`, "g");
const PHONETIC = new RegExp(String.raw`<${NS}rPh\b[\s\S]*?<\/${NS}rPh>`, "g");
const SHARED = new RegExp(String.raw`<${NS}si\b[^>]*?(?:\/>|>([\s\S]*?)<\/${NS}si>)`, "g");

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined || dec !== undefined) {
        const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[name as "lt"];
    },
  );
}

/** The text of a string item: its <t> runs joined, phonetic guides left out. */
function itemText(xml: string): string {
  let text = "";
  for (const match of xml.replace(PHONETIC, "").matchAll(TEXT)) text += unescapeXml(match[1] ?? "");
  return text;
}

const ATTRIBUTE = { r: /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/, t: /(?:^|\s)t\s*=\s*(?:"([^"]*)"|'([^']*)')/ };

function attribute(attributes: string, name: "r" | "t"): string | undefined {
  const match = ATTRIBUTE[name].exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** "AB12" as 0-based row and column. */
function position(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const ch of (match[1] as string).toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function decode(part: Uint8Array, name: string): string {
  const xml = new TextDecoder().decode(part);
  if (/<!DOCTYPE/i.test(xml)) throw new RefusedFile(message("damagedPart", { part: name, detail: "DOCTYPE" }));
  return xml;
}

function cellValue(type: string, inner: string, shared: readonly string[]): unknown {
  if (type === "inlineStr") return itemText(inner);
  const raw = VALUE.exec(inner)?.[1];
  if (raw === undefined) return "";
  const v = unescapeXml(raw);
  if (type === "s") return shared[Number(v)] ?? "";
  if (type === "str" || type === "e" || type === "d") return v;
  if (type === "b") return v.trim() === "1";
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : v;
}

/** The cells of one sheet part as a grid from A1 (rows and cells without an address follow the one before). */
export function sheetGrid(xml: string, shared: readonly string[]): CellGrid {
  const grid: CellGrid = [];
  let row = -1;
  let column = -1;
  const ROW_START = new RegExp(String.raw`<${NS}row\b([^>]*)>|<${NS}c\b`, "g");
  // Rows and cells in one scan: a row start sets the row, a cell fills its place.
  let cursor = 0;
  for (;;) {
    ROW_START.lastIndex = cursor;
    const next = ROW_START.exec(xml);
    if (!next) break;
    if (next[0].startsWith("<c") || /^<[\w.-]+:c\b/.test(next[0])) {
      CELL.lastIndex = next.index;
      const cell = CELL.exec(xml);
      if (!cell || cell.index !== next.index) {
        cursor = next.index + next[0].length;
        continue;
      }
      const attributes = cell[1] ?? "";
      const at = position(attribute(attributes, "r") ?? "");
      if (at) {
        row = at.row;
        column = at.column;
      } else column++;
      const value = cellValue(attribute(attributes, "t") ?? "n", cell[2] ?? "", shared);
      if (value !== "") {
        while (grid.length <= row) grid.push([]);
        const cells = grid[row] as unknown[];
        while (cells.length < column) cells.push("");
        cells[column] = value;
      }
      cursor = CELL.lastIndex;
    } else {
      const r = Number(attribute(next[1] ?? "", "r"));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      column = -1;
      cursor = next.index + next[0].length;
    }
  }
  return grid;
}

/** Every sheet's name and grid, in the workbook's order, from the parts unpackXlsx gave. */
export function sheetsOf(parts: ReadonlyMap<string, Uint8Array>): { name: string; grid: () => CellGrid }[] {
  const text = (name: string) => {
    const part = parts.get(name);
    return part ? decode(part, name) : "";
  };
  const names = sheetPartNames(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"));
  let shared: string[] | undefined;
  const sharedStrings = () => {
    shared ??= Array.from(text("xl/sharedStrings.xml").matchAll(SHARED), (m) => itemText(m[1] ?? ""));
    return shared;
  };
  return Array.from(names, ([part, name]) => ({ name, grid: () => sheetGrid(text(part), sharedStrings()) }));
}
