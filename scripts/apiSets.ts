/**
 * Which Office.js requirement set each member used in src/excel/office needs, and whether a use
 * above what the manifest requires is guarded by a run-time support check. The TypeScript compiler
 * resolves every property access to its declaration; @types/office-js tags each member with
 * "[Api set: ExcelApi 1.9]". A support check is a function of src/excel/office that calls
 * requirementSupported(SET) with a constant { name, version }; a use is guarded when it sits in the
 * true branch of a condition that calls such a function for an equal or later set, or inside an
 * exported function every call of which is so guarded.
 */
import * as path from "node:path";
import ts from "typescript";

export interface RequirementSet {
  name: string;
  version: string;
}

export interface MemberUse {
  /** e.g. "Excel.WorksheetCollection.onChanged" */
  member: string;
  set: RequirementSet;
  file: string;
  line: number;
  /** Where the support check is ("officeWorkbook.ts:95, changeEventsSupported"), or undefined. */
  guard: string | undefined;
}

const API_SET = /\[Api set: (\w+) (\d+\.\d+)/;

export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** The set a declaration's doc comment names, if any. */
function setOf(declaration: ts.Declaration): RequirementSet | undefined {
  const text = declaration.getSourceFile().getFullText();
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const range of comments) {
    const match = API_SET.exec(text.slice(range.pos, range.end));
    if (match) return { name: match[1] as string, version: match[2] as string };
  }
  return undefined;
}

function ownerName(declaration: ts.Declaration): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isModuleDeclaration(node)) && node.name)
      names.unshift(node.name.getText());
  }
  return names.join(".");
}

function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

export function analyseApiSets(folder: string, tsconfig: string, baseline: RequirementSet): MemberUse[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const files = ts.sys.readDirectory(folder, [".ts"]);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const sources = files.map((f) => program.getSourceFile(f)).filter((s): s is ts.SourceFile => s !== undefined);

  // Support checks: functions whose body calls requirementSupported(CONST) with a { name, version } constant.
  const supportChecks = new Map<string, RequirementSet>();
  const constantSet = (expression: ts.Expression): RequirementSet | undefined => {
    const symbol = checker.getSymbolAtLocation(expression);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    let initializer: ts.Expression = declaration.initializer;
    if (ts.isAsExpression(initializer)) initializer = initializer.expression;
    if (!ts.isObjectLiteralExpression(initializer)) return undefined;
    const field = (name: string): string | undefined => {
      const property = initializer.properties.find((p) => p.name?.getText() === name);
      return property && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)
        ? property.initializer.text
        : undefined;
    };
    const name = field("name");
    const version = field("version");
    return name && version ? { name, version } : undefined;
  };
  for (const source of sources) {
    source.forEachChild(function visit(node) {
      if (ts.isFunctionDeclaration(node) && node.name && node.body) {
        const owner = node.name.text;
        node.body.forEachChild(function inner(child) {
          if (ts.isCallExpression(child) && child.expression.getText() === "requirementSupported") {
            const set = child.arguments[0] && constantSet(child.arguments[0]);
            if (set) supportChecks.set(owner, set);
          }
          child.forEachChild(inner);
        });
      }
      node.forEachChild(visit);
    });
  }

  const covers = (check: RequirementSet, needed: RequirementSet): boolean =>
    check.name === needed.name && compareVersions(check.version, needed.version) >= 0;

  /** The support check a condition calls, if it covers `needed`. */
  const checkIn = (condition: ts.Node, needed: RequirementSet): string | undefined => {
    let found: string | undefined;
    condition.forEachChild(function visit(node) {
      if (found) return;
      if (ts.isIdentifier(node)) {
        const set = supportChecks.get(node.text);
        if (set && covers(set, needed)) found = node.text;
      }
      node.forEachChild(visit);
    });
    if (!found && ts.isIdentifier(condition)) {
      const set = supportChecks.get(condition.text);
      if (set && covers(set, needed)) found = condition.text;
    }
    return found;
  };

  const guardOf = (node: ts.Node, needed: RequirementSet, depth: number): string | undefined => {
    for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      let check: string | undefined;
      if (ts.isConditionalExpression(parent) && child === parent.whenTrue) check = checkIn(parent.condition, needed);
      if (ts.isIfStatement(parent) && child === parent.thenStatement) check = checkIn(parent.expression, needed);
      if (check) return `${path.basename(parent.getSourceFile().fileName)}:${lineOf(parent)} (${check})`;
      // An exported function: guarded when every call of it in the folder is.
      if (ts.isFunctionDeclaration(parent) && parent.name && ts.isSourceFile(parent.parent) && depth < 3) {
        const symbol = checker.getSymbolAtLocation(parent.name);
        const calls = sources.flatMap((source) => referencesTo(source, symbol, parent.name as ts.Identifier));
        if (calls.length === 0) return undefined;
        const guards = calls.map((call) => guardOf(call, needed, depth + 1));
        return guards.every((g) => g !== undefined) ? [...new Set(guards)].join("; ") : undefined;
      }
    }
    return undefined;
  };

  const referencesTo = (source: ts.SourceFile, symbol: ts.Symbol | undefined, declared: ts.Identifier): ts.Node[] => {
    const found: ts.Node[] = [];
    if (!symbol) return found;
    source.forEachChild(function visit(node) {
      if (ts.isIdentifier(node) && node !== declared && node.text === declared.text) {
        let target = checker.getSymbolAtLocation(node);
        if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
        const inImport = ts.isImportSpecifier(node.parent) || ts.isImportClause(node.parent);
        if (target === symbol && !inImport) found.push(node);
      }
      node.forEachChild(visit);
    });
    return found;
  };

  const uses: MemberUse[] = [];
  for (const source of sources) {
    source.forEachChild(function visit(node) {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (declaration && declaration.getSourceFile().fileName.includes("@types/office-js/")) {
          const set = setOf(declaration);
          if (set) {
            const above = set.name === baseline.name && compareVersions(set.version, baseline.version) > 0;
            uses.push({
              member: `${ownerName(declaration)}.${node.name.text}`,
              set,
              file: path.basename(source.fileName),
              line: lineOf(node),
              guard: above ? guardOf(node, set, 0) : undefined,
            });
          }
        }
      }
      node.forEachChild(visit);
    });
  }
  return uses;
}
