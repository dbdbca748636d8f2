/**
 * @jest-environment jsdom
 *
 * The served help page (src/help/help.html) as Excel and IT reach it: every function's helpUrl in
 * both metadata files (scripts/functions-metadata.cjs) lands on that function's row in the page's own
 * language, and the page names the same Excel versions as docs/deploy.md. The dist/ checks need a
 * build first (npm test does).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { functionsMetadata, type Metadata, type RegistryEntry } from "../../scripts/functions-metadata.cjs";
import registry from "../../src/functions/registry.json";

const ROOT = path.resolve(__dirname, "../..");
const entries = registry as Record<string, RegistryEntry>;
const IDS = Object.keys(entries);
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");
const page = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

/** The function named in the first cell of the row a fragment lands on, and the language of the part it is in. */
function landing(doc: Document, fragment: string): { name: string; part: "da" | "en" } | null {
  const row = doc.getElementById(fragment);
  if (row === null) return null;
  const english = doc.getElementById("english") as Element;
  // DOCUMENT_POSITION_FOLLOWING: the row comes after the English heading.
  const after = (english.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return { name: row.querySelector("td")?.textContent?.trim() ?? "", part: after ? "en" : "da" };
}

describe("helpUrl", () => {
  const production = functionsMetadata(entries, "https://addins.example.dk/raaderum/help.html");

  test("every function links to its own row of the help page, in the metadata's language", () => {
    const doc = page(read("src/help/help.html"));
    const english = production.english as Metadata;
    const danish = production.danish as Metadata;
    expect(english.functions.length).toBe(IDS.length);
    for (const [metadata, part] of [
      [english, "en"],
      [danish, "da"],
    ] as const) {
      for (const fn of metadata.functions) {
        const url = new URL(fn.helpUrl as string);
        expect(`${url.origin}${url.pathname}`).toBe("https://addins.example.dk/raaderum/help.html");
        // Danish Excel shows the Danish name, English Excel the id: the row names what the user typed.
        expect([fn.id, landing(doc, url.hash.slice(1))]).toEqual([fn.id, { name: fn.name, part }]);
      }
    }
  });

  test("without the help page's address there is none (the registry alone)", () => {
    const bare = functionsMetadata(entries).english as Metadata;
    expect(bare.functions.filter((fn) => "helpUrl" in fn)).toEqual([]);
  });

  test("the built metadata links to the help page the build serves, and that page has every row", () => {
    const doc = page(fs.readFileSync(path.join(ROOT, "dist/help.html"), "utf8"));
    for (const file of ["functions.json", "functions.da-DK.json"]) {
      const metadata = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", file), "utf8")) as Metadata;
      for (const fn of metadata.functions) {
        const url = new URL(fn.helpUrl as string);
        expect([file, url.origin, url.pathname]).toEqual([file, "https://localhost:3000", "/help.html"]);
        expect([file, fn.id, landing(doc, url.hash.slice(1))?.name]).toEqual([file, fn.id, fn.name]);
      }
    }
  });
});

test("the help page and docs/deploy.md name the same Excel versions", () => {
  const versions = (text: string): string[] => [...new Set(text.match(/\b(?:2[0-9]{3}|16\.[0-9]{2})\b/g))].sort();
  const help = page(read("src/help/help.html"));
  // The versions of the "does not appear" lists, Danish and English, against deploy.md's two tables.
  const helpLists = Array.from(help.querySelectorAll("ul"), (ul) => versions(ul.textContent ?? ""));
  const deploy = read("docs/deploy.md");
  const tables = [...deploy.matchAll(/\| Excel \|[\s\S]*?\n\n/g)].map((m) => versions(m[0]));
  expect(tables.length).toBe(2);
  expect(helpLists.length).toBe(2);
  for (const list of [...helpLists, tables[1] as string[]]) expect(list).toEqual(tables[0]);
  expect(tables[0]).toEqual(["16.40", "2008", "2016", "2019", "2021", "2024", "2101", "2108", "2311"]);
});
