/**
 * Every message the user can be shown exists in Danish and English: each catalogue (the workbook
 * messages, the workbook errors) is rendered code by code in both languages with sample
 * parameters, and the pane's bilingual word lists are walked pair by pair. A sentence that is
 * missing, empty, the same in both languages (where that is not legitimately so), or Danish with an
 * English word in it fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WorkbookError } from "../../src/sheet/errors";
import { STATUS_WORDS, W } from "../../src/negotiation/words";
import { messageOf, workbookErrorText } from "../../src/taskpane/logic/errorMessages";
import { UNIT_WORDS } from "../../src/text/units";
import { common } from "../../src/taskpane/ui/strings";
import { allocationText } from "../../src/taskpane/wizards/allocation/allocationText";
import { annexText } from "../../src/taskpane/wizards/annex/annexText";
import { followUpText } from "../../src/taskpane/wizards/followup/followUpText";
import { implementationText } from "../../src/taskpane/wizards/implementation/implementationText";
import { negotiationText } from "../../src/taskpane/wizards/negotiation/negotiationText";
import { programmeText } from "../../src/taskpane/wizards/programme/programmeText";
import { quotaText } from "../../src/taskpane/wizards/quota/quotaText";
import { workbooksMessages, workbooksText } from "../../src/taskpane/wizards/workbooks/workbooksText";
import type { Language } from "../../src/text/language";
import { UserError } from "../../src/text/userError";
import {
  WORKBOOK_ERROR_TEXTS,
  workbookErrorIn,
  type WorkbookErrorCode,
  type WorkbookErrorMessage,
} from "../../src/text/workbookErrors";
import { render } from "../../src/workbooks/messages";
import { ENGLISH_WORD } from "./english-words";
import { CASES } from "./workbooks-messages-cases";

/** A Danish sentence without the parameters put into it (a library's own words may be English). */
function withoutParameters(text: string, params: object): string {
  let rest = text;
  for (const value of Object.values(params))
    if (typeof value === "string" && value !== "") rest = rest.split(value).join("…");
    else if (value !== null && typeof value === "object") rest = withoutParameters(rest, value as object);
  return rest;
}

/** Checks one message in both languages; `same` when the two may legitimately read alike. */
function expectBilingual(da: string, en: string, same = false): void {
  expect(typeof da).toBe("string");
  expect(typeof en).toBe("string");
  expect(da.trim()).not.toBe("");
  expect(en.trim()).not.toBe("");
  if (!same) expect(da).not.toBe(en);
  expect(da).not.toMatch(ENGLISH_WORD);
}

describe("the English give-away check", () => {
  test("catches an English sentence and passes a Danish one", () => {
    expect('There is no sheet named "Budget".').toMatch(ENGLISH_WORD);
    expect("Excel refused the action (Ark1): låst").toMatch(ENGLISH_WORD);
    expect("Skriv et tal i cellen, ikke the value.").toMatch(ENGLISH_WORD);
    expect("den har ingen xl/workbook.xml").not.toMatch(ENGLISH_WORD);
    expect('Der er intet ark med navnet "Budget". Skriv et tal for året, i alt 1.000 kr.').not.toMatch(ENGLISH_WORD);
  });
});

describe("the workbook messages (src/workbooks/messages)", () => {
  test.each(Object.keys(CASES))("%s", (code) => {
    const [message] = CASES[code as keyof typeof CASES];
    expectBilingual(withoutParameters(render(message, "da"), message.params), render(message, "en"));
  });
});

/** One sample of every workbook error; the mapped type makes a new code without one a compile error. */
const WORKBOOK_ERRORS: { [K in WorkbookErrorCode]: WorkbookErrorMessage & { code: K } } = {
  unknownRange: { code: "unknownRange", params: { subject: "Nøgle!B2:B7" } },
  unknownSheet: { code: "unknownSheet", params: { subject: "Budget 2027" } },
  tooLarge: { code: "tooLarge", params: { subject: "Data!A1:ZZ90000" } },
  emptyChart: { code: "emptyChart", params: { subject: "Katalog" } },
  excelFailed: { code: "excelFailed", params: { subject: "Ark1", excel: "Arket er beskyttet." } },
};

describe("the workbook errors (src/text/workbookErrors.ts)", () => {
  test("every code of the catalogue has a sample", () => {
    expect(Object.keys(WORKBOOK_ERRORS).sort()).toEqual(Object.keys(WORKBOOK_ERROR_TEXTS).sort());
  });

  test.each(Object.keys(WORKBOOK_ERRORS))("%s, naming its subject", (code) => {
    const message = WORKBOOK_ERRORS[code as WorkbookErrorCode];
    const [da, en] = [workbookErrorIn(message, "da"), workbookErrorIn(message, "en")];
    expectBilingual(da, en);
    expect(da).toContain(message.params.subject);
    expect(en).toContain(message.params.subject);
  });

  test("a WorkbookError's message is the English sentence, and the pane says it in its language", () => {
    const error = new WorkbookError("unknownSheet", "Budget 2027");
    expect(error.message).toBe('There is no sheet named "Budget 2027".');
    expect(messageOf(error, "da")).toBe('Der er intet ark med navnet "Budget 2027".');
    expect(workbookErrorText(error)).toEqual({
      da: workbookErrorIn(WORKBOOK_ERRORS.unknownSheet, "da"),
      en: error.message,
    });
  });

  test("Excel's refusal keeps Excel's own words as its message and inside both sentences", () => {
    const error = new WorkbookError("excelFailed", "Ark1", "Excel could not do it: Arket er beskyttet.");
    expect(error.message).toBe("Excel could not do it: Arket er beskyttet.");
    expect(messageOf(error, "da")).toBe("Excel afviste handlingen (Ark1): Arket er beskyttet.");
    expect(messageOf(error, "en")).toBe("Excel refused the action (Ark1): Arket er beskyttet.");
  });
});

describe("errors of the negotiation and the annex are UserErrors the pane says in Danish", () => {
  test("a UserError's message is its English; messageOf picks the language", () => {
    const error = new UserError({ da: "Forliget findes ikke.", en: "The scenario does not exist." });
    expect(error.message).toBe("The scenario does not exist.");
    expect(messageOf(error, "da")).toBe("Forliget findes ikke.");
  });
});

/** Sample arguments for a message with parameters: numbers where it counts, text where it names. */
const SAMPLE_ARGUMENTS = [2, 3, 4, 5];

/** Pairs that read the same in both languages on purpose: a name, a symbol, words both languages use. */
const SAME_IN_BOTH = new Set(["Råderum", "English", "Id", "Status", "✗"]);

type Pair = { path: string; da: string; en: string };

/** Every {da, en} pair in a word list, its functions called with the sample arguments. */
function pairsOf(path: string, value: unknown, out: Pair[] = []): Pair[] {
  if (value === null || typeof value !== "object") return out;
  const record = value as Record<string, unknown>;
  const { da, en } = record;
  if (typeof da === "string" && typeof en === "string") out.push({ path, da, en });
  else if (typeof da === "function" && typeof en === "function") {
    const call = (f: unknown) => String((f as (...a: unknown[]) => unknown)(...SAMPLE_ARGUMENTS));
    out.push({ path, da: call(da), en: call(en) });
  } else for (const key of Object.keys(record)) pairsOf(`${path}.${key}`, record[key], out);
  return out;
}

const WORD_LISTS: Record<string, unknown> = {
  common,
  UNIT_WORDS,
  STATUS_WORDS,
  W,
  allocationText,
  annexText,
  followUpText,
  implementationText,
  negotiationText,
  programmeText,
  quotaText,
  workbooksText,
  workbooksMessages,
};

describe("the pane's word lists", () => {
  const pairs = Object.keys(WORD_LISTS).flatMap((name) => pairsOf(name, WORD_LISTS[name]));

  test("are found (the walk is not empty)", () => {
    expect(pairs.length).toBeGreaterThan(100);
  });

  test.each(pairs.map((p) => [p.path, p] as const))("%s", (_path, pair) => {
    expectBilingual(pair.da, pair.en, SAME_IN_BOTH.has(pair.da));
  });
});

describe("every language is covered", () => {
  test("the catalogues know exactly Danish and English", () => {
    const languages: Language[] = ["da", "en"];
    for (const entry of Object.values(WORKBOOK_ERROR_TEXTS)) expect(Object.keys(entry).sort()).toEqual(languages);
  });
});

describe("src/text stands on the core and the core on nothing", () => {
  const folder = join(__dirname, "../../src/text");

  test("src/text imports only itself and src/core", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".ts"));
    expect(files).toContain("language.ts");
    for (const name of files) {
      const source = readFileSync(join(folder, name), "utf8");
      const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      const allowed = (path: string | undefined): boolean =>
        path?.startsWith("./") === true || path?.startsWith("../core") === true;
      expect({ name, outside: imports.filter((path) => !allowed(path)) }).toEqual({ name, outside: [] });
    }
  });

  test("src/core imports nothing outside itself, so no cycle runs through src/text", () => {
    const core = join(__dirname, "../../src/core");
    const sources = readdirSync(core, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"));
    expect(sources).toContain("danishFormat.ts");
    for (const name of sources) {
      const source = readFileSync(join(core, name), "utf8");
      const depth = name.split("/").length - 1;
      const outside = [...source.matchAll(/from "([^"]+)"/g)]
        .map((m) => m[1] ?? "")
        .filter(
          (path) => !path.startsWith("./") && !(depth > 0 && path.startsWith("../") && !path.startsWith("../../")),
        );
      expect({ name, outside }).toEqual({ name, outside: [] });
    }
  });

  test("language.ts holds the Language type and nothing else", () => {
    expect(readFileSync(join(folder, "language.ts"), "utf8")).toBe('export type Language = "da" | "en";\n');
  });
});
