/**
 * Excel for Windows runs custom functions in a JavaScript-only runtime that supports ECMAScript
 * 2016 (and no BigInt). The built dist/functions.js must parse as ES2016 and must not even mention
 * BigInt; the stripped-runtime run of every bundle case is functions-bundle-es2016.test.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import * as acorn from "acorn";
import { remainingPost2016, stripToEs2016 } from "../../scripts/es2016Runtime";

const BUNDLE = path.resolve(__dirname, "../../dist/functions.js");

function parse2016(source: string): void {
  acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" });
}

describe("dist/functions.js is ES2016", () => {
  test("it parses with acorn at ecmaVersion 2016", () => {
    const source = fs.readFileSync(BUNDLE, "utf8");
    expect(() => parse2016(source)).not.toThrow();
  });

  test("it names no BigInt and no globalThis, and it stays within its 64 KB budget", () => {
    const source = fs.readFileSync(BUNDLE, "utf8");
    expect(source).not.toMatch(/\bBigInt\b/);
    expect(source).not.toMatch(/\bglobalThis\b/);
    // The budget of issue 21, 64 KB (40 KB until ROUNDTABLE's groups and REPRICE/DEMOGRAPHY); what Excel's
    // runtime feels is load-to-first-result, which npm run bench measures.
    expect(source.length).toBeLessThanOrEqual(64 * 1024);
  });

  test.each([
    ["nullish coalescing", "var a = b ?? 1;"],
    ["optional chaining", "var a = b?.c;"],
    ["a BigInt literal", "var a = 1n;"],
    ["object spread", "var a = { ...b };"],
    ["async functions", "async function f() {}"],
    ["optional catch binding", "try {} catch {}"],
    ["regexp named groups", "var r = /(?<year>\\d{4})/;"],
  ])("the parse refuses %s, so the test can fail", (_name, code) => {
    expect(() => parse2016(code)).toThrow();
    expect(() => acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" })).not.toThrow();
  });

  test("the stripped context has none of the newer built-ins, so calling one fails there", () => {
    const context = vm.createContext({});
    stripToEs2016(context);
    expect(remainingPost2016(context)).toEqual([]);
    expect(() => void vm.runInContext("BigInt(1)", context)).toThrow(/BigInt is not defined/);
    expect(() => void vm.runInContext('"1".padStart(3, "0")', context)).toThrow(/padStart is not a function/);
    expect(() => void vm.runInContext("[[1], [2]].flat()", context)).toThrow(/flat is not a function/);
    expect(vm.runInContext("[1, 2].includes(2) && 2 ** 3", context)).toBe(8);
  });
});
