/**
 * The proofreader's file (docs/ordliste.da.md) and the texts it lists. The file is made from the
 * sources by scripts/words.ts; `npm run words` (or `UPDATE_DOCS=1 npx jest test/unit/words.test.ts`)
 * writes it again after a text has changed.
 */
import * as fs from "node:fs";
import * as english from "../../src/core/messages";
import registry from "../../src/functions/registry.json";
import { collectWords, REVIEW_FILE, reviewFile, styleCounts, type Word } from "../../scripts/words";

const words = collectWords();
const byId = (id: string): Word | undefined => words.find((w) => w.id === id);

/** Texts that are the same in both languages: names, and words Danish took from English. */
const SAME_IN_BOTH = new Set(["Råderum", "English", "Status", "Id", "1. Budget", "✗", "Plan"]);

describe("the proofreader's file", () => {
  test("docs/ordliste.da.md is what the sources say now", () => {
    const expected = reviewFile(words);
    if (process.env.UPDATE_DOCS === "1") fs.writeFileSync(REVIEW_FILE, expected);
    const committed = fs.existsSync(REVIEW_FILE) ? fs.readFileSync(REVIEW_FILE, "utf8") : "";
    // A plain equality would print the whole file; the first line that differs says where to look.
    const a = committed.split("\n");
    const b = expected.split("\n");
    const first = b.findIndex((line, i) => a[i] !== line);
    const stale = first < 0 && a.length === b.length ? "" : `line ${first + 1}: ${b[first] ?? "(end)"}`;
    expect(stale === "" ? "up to date" : `out of date (run npm run words), ${stale}`).toBe("up to date");
  });

  test("each pair has a Danish and an English text, and they differ unless the word is the same in both", () => {
    const pairs = words.filter((w) => w.style !== "danish only");
    const empty = pairs.filter((w) => w.da.trim() === "" || w.en.trim() === "").map((w) => w.id);
    const same = pairs.filter((w) => w.da === w.en && !SAME_IN_BOTH.has(w.da)).map((w) => `${w.id}: ${w.da}`);
    expect(empty).toEqual([]);
    expect(same).toEqual([]);
  });

  test("every kind of text is found where the code keeps it", () => {
    // A table of words.
    expect(byId("text/units.ts UNIT_WORDS.tkr")).toMatchObject({ style: "table", da: "1.000 kr.", en: "DKK 1,000" });
    // A message catalogue: a code's renderers, shown as written with their parameters.
    expect(byId("text/workbookErrors.ts WORKBOOK_ERROR_TEXTS.unknownSheet")).toMatchObject({ style: "catalogue" });
    // A text thrown with its error.
    expect(byId("excel/office/loaded.ts loaded.error")).toMatchObject({ style: "inline error" });
    // A table's entry with parameters: a function that returns the pair.
    expect(byId("taskpane/logic/logicText.ts logicText.notACell")).toMatchObject({ style: "table" });
    // The core's input errors: Danish from src/text, English from the core, one per code.
    expect(byId("text/inputErrors.ts DANISH.emptyRange")).toEqual({
      id: "text/inputErrors.ts DANISH.emptyRange",
      file: "text/inputErrors.ts",
      style: "twin",
      da: "er tom. Markér mindst én celle.",
      en: "is empty. Select at least one cell.",
    });
    expect(words.filter((w) => w.style === "twin").length).toBe(Object.keys(english).length);
    // The registry: a name and a description per function and per parameter.
    expect(byId("functions/registry.json QUOTA name")).toMatchObject({ da: "KVOTE", en: "QUOTA" });
    const parameters = Object.values(registry).reduce((n, f) => n + f.parameters.length, 0);
    expect(words.filter((w) => w.style === "registry").length).toBe(2 * (Object.keys(registry).length + parameters));
    // Danish with no English beside it, here a department workbook's cover sheet.
    expect(words.some((w) => w.style === "danish only" && w.file === "workbooks/generate/coverSheet.ts")).toBe(true);
  });

  test("the folders that hold their words in tables (docs/words.md) write none where they use them", () => {
    const moved = /^(text|taskpane\/(logic|ui|wizards)|workbooks\/messages)\//;
    const loose = words.filter((w) => moved.test(w.file) && (w.style === "inline" || w.style === "inline error"));
    expect(loose.map((w) => w.id)).toEqual([]);
  });

  test("ids are unique, and the survey counts every text once", () => {
    expect(new Set(words.map((w) => w.id)).size).toBe(words.length);
    let counted = 0;
    for (const row of styleCounts(words).values()) for (const n of row.values()) counted += n;
    expect(counted).toBe(words.length);
  });
});
