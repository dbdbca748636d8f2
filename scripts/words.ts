/**
 * Every Danish text the product shows, beside its English, read from the sources as the compiler
 * parses them (nothing of the product is run): the pairs written `{ da: …, en: … }` wherever they
 * stand (tables of words, message catalogues, texts thrown with an error), the core's input errors
 * (English in src/core/messages.ts, Danish in src/text/inputErrors.ts, one renderer per code) and
 * the function registry's Danish names and help. A text built from parameters is shown as written,
 * its parameters as ${…}. docs/ordliste.da.md is made from this (`npm run words`), for a
 * proofreader who should not have to read code; its test fails when the file is out of date.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";

/** How a text is held in the code (docs/words.md says which the pane uses and why). */
export type Style =
  /** `{ da: (p) => …, en: (p) => … }`: a code's renderers, chosen by a message's code later. */
  | "catalogue"
  /** A renderer per language in two files, one per code (the core's input errors). */
  | "twin"
  /** `{ key: { da, en } }`: a table of words under names, or a function of one returning a pair. */
  | "table"
  /** `new UserError({ da, en })`: the pair written where the error is thrown. */
  | "inline error"
  /** Any other pair written where it is used (an argument, a variable, a return). */
  | "inline"
  /** The custom functions' Danish names and help, in src/functions/registry.json. */
  | "registry"
  /** Danish with no English beside it: the department workbooks' sheets, pieces of sentences. */
  | "danish only";

export interface Word {
  /** The file under src/, and the names that lead to the pair in it: "text/units.ts UNIT_WORDS.kr". */
  id: string;
  file: string;
  style: Style;
  da: string;
  en: string;
}

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");

/** The TypeScript sources under src/, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
    });
}

const propertyName = (name: ts.PropertyName): string =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : name.getText();

/** The names that lead from the file down to a node: variables, functions, methods, properties. */
function pathTo(node: ts.Node): string[] {
  const names: string[] = [];
  for (let at: ts.Node | undefined = node.parent; at && !ts.isSourceFile(at); at = at.parent) {
    if (ts.isPropertyAssignment(at) || ts.isMethodDeclaration(at)) names.unshift(propertyName(at.name));
    else if (
      (ts.isVariableDeclaration(at) || ts.isFunctionDeclaration(at) || ts.isClassDeclaration(at)) &&
      at.name &&
      ts.isIdentifier(at.name)
    )
      names.unshift(at.name.text);
    else if (ts.isNewExpression(at) && at.expression.getText().endsWith("Error")) names.unshift("error");
    else if (ts.isNewExpression(at) || ts.isCallExpression(at)) {
      const callee = at.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : "";
      if (name !== "") names.unshift(`${name}()`);
    }
  }
  return names;
}

/** A text as a reader should see it: a literal's characters, else its source with ${…} for what is filled in. */
function shown(expression: ts.Expression): string | undefined {
  let node: ts.Node = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) node = node.expression;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const body = node.body;
    return ts.isBlock(body) ? oneLine(body.getText()) : (shown(body) ?? oneLine(body.getText()));
  }
  if (ts.isTemplateExpression(node) || ts.isConditionalExpression(node) || ts.isBinaryExpression(node))
    return oneLine(node.getText().replace(/^`|`$/g, ""));
  return undefined;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, " ");

/** A pair's style by where it stands. */
function styleOf(pair: ts.ObjectLiteralExpression, da: ts.Expression): Style {
  const value = ts.isParenthesizedExpression(da) ? da.expression : da;
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return "catalogue";
  // Up through what only chooses or hands back a text: a conditional, a function's body, a return.
  let at: ts.Node = pair.parent;
  while (
    ts.isParenthesizedExpression(at) ||
    ts.isConditionalExpression(at) ||
    ts.isArrowFunction(at) ||
    ts.isReturnStatement(at) ||
    ts.isBlock(at) ||
    ts.isIfStatement(at)
  )
    at = at.parent;
  if (ts.isNewExpression(at)) return "inline error";
  // A table's entry: the pair, or a function of the entry's parameters that returns one.
  if (ts.isPropertyAssignment(at)) return "table";
  // A function in a file of words that returns a pair (`confirmMessage(n): Text` in ui/strings.ts).
  if ((ts.isFunctionDeclaration(at) || ts.isVariableDeclaration(at)) && WORDS_FILE.test(pair.getSourceFile().fileName))
    return "table";
  return "inline";
}

/** Files that hold nothing but words. */
const WORDS_FILE = /(Text|Texts|strings|words)\.ts$/;

/**
 * Words that make a text Danish when no pair says so: Danish letters, or a word that is Danish and
 * not English. Found by reading, so a short Danish label without them ("Forslag") is missed.
 */
const DANISH = /[æøåÆØÅ]|\b(og|er|ikke|af|til|skal|med|den|det|der|som|eller|kan|fra|hver|ingen|ved)\b/;
const ENGLISH = /\b(the|is|and|not|of|with|please)\b/;

function isDanishOnly(node: ts.Node, text: string): boolean {
  // The product's name is Danish in every language; Excel's own function names are not its words.
  const words = text.replace(/\$\{[^}]*\}/g, " ").replace(/Råderum/g, "");
  if (!/[a-zæøå]/.test(words) || ENGLISH.test(words)) return false;
  if (!/\s/.test(words.trim()) && !/[æøåÆØÅ]/.test(words)) return false;
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return false;
  return DANISH.test(words);
}

/** Functions of the file that take a Danish and an English text as parameters named `da` and `en`. */
function pairTakers(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      const parameters = node.parameters.map((p) => p.name.getText());
      if (parameters.includes("da") && parameters.includes("en")) names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/**
 * The `{ da, en }` pairs of one source file, both sides texts (not names of texts made elsewhere),
 * and the Danish texts that stand alone. `skip` names a variable whose texts are collected elsewhere.
 */
function pairsOf(file: string, skip?: string): Word[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const relative = path.relative(SRC, file).split(path.sep).join("/");
  const words: Word[] = [];
  const takers = pairTakers(source);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && takers.has(node.expression.text)) {
      const declaration = source.statements.find(
        (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === node.expression.getText(),
      );
      const at = (name: string): ts.Expression | undefined =>
        node.arguments[declaration?.parameters.findIndex((p) => p.name.getText() === name) ?? -1];
      const da = at("da");
      const en = at("en");
      const daText = da && shown(da);
      const enText = en && shown(en);
      if (daText !== undefined && enText !== undefined) {
        const id = `${relative} ${[...pathTo(node), `${node.expression.text}()`].join(".")}`;
        words.push({ id, file: relative, style: "inline", da: daText, en: enText });
        return;
      }
    }
    if (ts.isObjectLiteralExpression(node) && node.properties.length === 2) {
      const sides = new Map<string, ts.Expression>();
      for (const property of node.properties)
        if (ts.isPropertyAssignment(property)) sides.set(propertyName(property.name), property.initializer);
      const da = sides.get("da");
      const en = sides.get("en");
      const daText = da && shown(da);
      const enText = en && shown(en);
      if (da && daText !== undefined && enText !== undefined) {
        const id = `${relative} ${pathTo(node).join(".")}`.trim();
        words.push({ id, file: relative, style: styleOf(node, da), da: daText, en: enText });
        return;
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === skip) return;
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? shown(node)
          : undefined;
    if (text !== undefined) {
      if (isDanishOnly(node, text)) {
        const id = `${relative} ${pathTo(node).join(".")}`.trim();
        words.push({ id, file: relative, style: "danish only", da: oneLine(text.trim()), en: "" });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return words;
}

/** The core's input errors: the English renderer exported under each code, the Danish one in DANISH. */
function twins(): Word[] {
  const renderers = (file: string, inObject?: string): Map<string, string> => {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const found = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (inObject === undefined && ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations) {
          const text = declaration.initializer && shown(declaration.initializer);
          if (ts.isIdentifier(declaration.name) && text !== undefined) found.set(declaration.name.text, text);
        }
        return;
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === inObject) {
        const object = node.initializer;
        if (object && ts.isObjectLiteralExpression(object))
          for (const property of object.properties)
            if (ts.isPropertyAssignment(property)) {
              const text = shown(property.initializer);
              if (text !== undefined) found.set(propertyName(property.name), text);
            }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  };
  const english = renderers(path.join(SRC, "core/messages.ts"));
  const danish = renderers(path.join(SRC, "text/inputErrors.ts"), "DANISH");
  return [...danish].map(([code, da]) => ({
    id: `text/inputErrors.ts DANISH.${code}`,
    file: "text/inputErrors.ts",
    style: "twin" as const,
    da,
    en: english.get(code) ?? "",
  }));
}

interface RegistryText {
  name?: string;
  description: string;
  danish: { name: string; description: string };
  parameters?: RegistryText[];
}

/** The custom functions' Danish names and help (Excel shows them in a Danish Excel). */
function registry(): Word[] {
  const functions = JSON.parse(readFileSync(path.join(SRC, "functions/registry.json"), "utf8")) as Record<
    string,
    RegistryText
  >;
  const file = "functions/registry.json";
  return Object.keys(functions).flatMap((id) => {
    const entry = functions[id] as RegistryText;
    const of = (key: string, text: RegistryText, name: string): Word[] => [
      { id: `${file} ${key} name`, file, style: "registry", da: text.danish.name, en: name },
      { id: `${file} ${key} description`, file, style: "registry", da: text.danish.description, en: text.description },
    ];
    return [
      ...of(id, entry, id),
      ...(entry.parameters ?? []).flatMap((p) => of(`${id}.${p.name ?? ""}`, p, p.name ?? "")),
    ];
  });
}

/** Every Danish text with its English, file by file, ids made unique by a number where two are alike. */
export function collectWords(): Word[] {
  // The sample municipality is made-up data, not the product's words (the CLI's measuring fills
  // workbooks with it); the core's messages are English.
  const notWords = /[\\/](sample[\\/]|core[\\/]messages\.ts$|cli[\\/]measureWorkbooks\.ts$)/;
  const files = sourceFiles(SRC).filter((file) => !notWords.test(file));
  const all = [
    ...files.flatMap((file) => pairsOf(file, file.endsWith("inputErrors.ts") ? "DANISH" : undefined)),
    ...twins(),
    ...registry(),
  ];
  const seen = new Map<string, number>();
  return all.map((word) => {
    const n = (seen.get(word.id) ?? 0) + 1;
    seen.set(word.id, n);
    return n === 1 ? word : { ...word, id: `${word.id} #${n}` };
  });
}

/** How many texts of each style each folder holds: "taskpane/wizards" → { table: 300, … }. */
export function styleCounts(words: readonly Word[], depth = 2): Map<string, Map<Style, number>> {
  const counts = new Map<string, Map<Style, number>>();
  for (const word of words) {
    const folder = word.file.split("/").slice(0, -1).slice(0, depth).join("/") || ".";
    const row = counts.get(folder) ?? new Map<Style, number>();
    row.set(word.style, (row.get(word.style) ?? 0) + 1);
    counts.set(folder, row);
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const cell = (text: string): string => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, " ");

/** The proofreader's file: one table per source file, Danish first. */
export function reviewFile(words: readonly Word[]): string {
  const files = [...new Set(words.map((w) => w.file))].sort();
  const sections = files.map((file) => {
    const rows = words
      .filter((w) => w.file === file)
      .map((w) => `| ${cell(w.id.slice(file.length).trim() || "(filen)")} | ${cell(w.da)} | ${cell(w.en)} |`);
    return [`## ${file}`, "", "| hvor | dansk | engelsk |", "| --- | --- | --- |", ...rows].join("\n");
  });
  return [
    "# Ordliste: alle danske tekster, Råderum viser",
    "",
    "Skrevet af `npm run words` (scripts/words.ts) ud fra kildekoden; ret ikke her, men i filen, der",
    "står over hver tabel (under src/). Tekst som `${…}` udfyldes, når teksten vises (et beløb, en",
    "celle, et navn). En test fejler, når filen ikke svarer til koden.",
    "",
    `${words.length} tekster i ${files.length} filer.`,
    "",
    ...sections.map((s) => `${s}\n`),
  ].join("\n");
}

export const REVIEW_FILE = path.join(ROOT, "docs/ordliste.da.md");
