/**
 * Office.js members used by the adapter (src/excel/office) against the requirement sets: the
 * TypeScript compiler resolves each use to its declaration in @types/office-js and reads its
 * "[Api set: …]" tag (scripts/apiSets.ts). A member above the manifest's ExcelApi version must be
 * guarded by a run-time support check (isSetSupported through requirementSupported). The table of
 * what was found is docs/api-sets.md; `UPDATE_DOCS=1 npx jest test/unit/api-sets.test.ts` rewrites it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyseApiSets, compareVersions, type MemberUse, type RequirementSet } from "../../scripts/apiSets";

const ROOT = path.resolve(__dirname, "../..");
const FOLDER = path.join(ROOT, "src/excel/office");
const TSCONFIG = path.join(ROOT, "tsconfig.json");
const DOC = path.join(ROOT, "docs/api-sets.md");
const BEGIN = "<!-- table: written by test/unit/api-sets.test.ts -->";
const END = "<!-- end of table -->";

function manifestExcelApi(): RequirementSet {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const version = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(xml)?.[1];
  if (!version) throw new Error("manifest.xml names no ExcelApi requirement set");
  return { name: "ExcelApi", version };
}

function table(uses: MemberUse[], baseline: RequirementSet): string {
  const members = new Map<string, MemberUse[]>();
  for (const use of uses) members.set(use.member, [...(members.get(use.member) ?? []), use]);
  const rows = [...members.entries()].sort(
    ([a, x], [b, y]) =>
      compareVersions((y[0] as MemberUse).set.version, (x[0] as MemberUse).set.version) || a.localeCompare(b),
  );
  const lines = ["| member | set | used at | guarded by |", "|---|---|---|---|"];
  for (const [member, list] of rows) {
    const { set } = list[0] as MemberUse;
    // Files, not lines: the table should not change with every edit above a call.
    const at = [...new Set(list.map((u) => u.file))].join(", ");
    const above = set.name === baseline.name && compareVersions(set.version, baseline.version) > 0;
    const guards = [...new Set(list.map((u) => (u.guard ?? "NOT GUARDED").replace(/:\d+/g, "")))].join("; ");
    lines.push(`| ${member} | ${set.name} ${set.version} | ${at} | ${above ? guards : "within the manifest's set"} |`);
  }
  return lines.join("\n");
}

let baseline: RequirementSet;
let uses: MemberUse[];
beforeAll(() => {
  baseline = manifestExcelApi();
  uses = analyseApiSets(FOLDER, TSCONFIG, baseline);
});

describe("Office.js requirement sets of the adapter", () => {
  test("finds the members the adapter uses, with the sets @types/office-js gives them", () => {
    const set = (member: string): string | undefined => {
      const use = uses.find((u) => u.member === member);
      return use && `${use.set.name} ${use.set.version}`;
    };
    expect(set("Excel.WorksheetCollection.onChanged")).toBe("ExcelApi 1.9");
    expect(set("Excel.createWorkbook")).toBe("ExcelApi 1.8");
    expect(set("Excel.WorksheetCollection.getItemOrNullObject")).toBe("ExcelApi 1.4");
    expect(set("Excel.Range.values")).toBe("ExcelApi 1.1");
    expect(uses.length).toBeGreaterThan(40);
  });

  test("every member above the manifest's ExcelApi version is guarded by a support check", () => {
    const unguarded = uses
      .filter((u) => u.set.name === "ExcelApi" && compareVersions(u.set.version, baseline.version) > 0 && !u.guard)
      .map((u) => `${u.member} (${u.set.name} ${u.set.version}) at ${u.file}:${u.line}`);
    expect(unguarded).toEqual([]);
    const guard = (member: string): string | undefined => uses.find((u) => u.member === member)?.guard;
    expect(guard("Excel.WorksheetCollection.onChanged")).toMatch(/officeWorkbook\.ts:\d+ \(changeEventsSupported\)/);
    expect(guard("Excel.createWorkbook")).toMatch(/officeWorkbook\.ts:\d+ \(openWorkbookSupported\)/);
  });

  test("would catch an unguarded use: against ExcelApi 1.1 the 1.7 chart calls have no guard", () => {
    const strict = analyseApiSets(FOLDER, TSCONFIG, { name: "ExcelApi", version: "1.1" });
    const unguarded = new Set(
      strict.filter((u) => u.guard === undefined && u.set.version !== "1.1").map((u) => u.member),
    );
    expect(unguarded).toContain("Excel.ChartSeries.setValues");
    expect(unguarded).toContain("Excel.NamedItemCollection.getItemOrNullObject");
    expect(strict.find((u) => u.member === "Excel.WorksheetCollection.onChanged")?.guard).toMatch(
      /changeEventsSupported/,
    );
  });

  test("docs/api-sets.md holds the table found here", () => {
    const expected = table(uses, baseline);
    const doc = fs.readFileSync(DOC, "utf8");
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    if (process.env.UPDATE_DOCS === "1" && start >= 0 && end > start) {
      fs.writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n${expected}\n${doc.slice(end)}`);
      return;
    }
    expect(doc.slice(start + BEGIN.length, end).trim()).toBe(expected);
  });
});
