/**
 * A parser for the small formula language the in-memory workbook evaluates: what the wizards write
 * and what a person tries in the playground. Invariant syntax as Office.js `formulas` uses it
 * ("," between arguments, "." as decimal mark, array constants {1,2;3,4}); ";" is also accepted
 * between arguments, as a Danish user types it.
 */
import { parseRange, type RangeRef } from "../../../sheet/address";

export type Node =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "range"; range: RangeRef }
  | { kind: "name"; name: string }
  | { kind: "array"; rows: Node[][] }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "unary"; op: "-" | "+"; arg: Node }
  | { kind: "percent"; arg: Node }
  | { kind: "binary"; op: BinaryOp; left: Node; right: Node };

export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export class FormulaSyntaxError extends Error {}

type Token =
  | { type: "number"; value: number }
  | { type: "string"; value: string }
  | { type: "word"; text: string }
  | { type: "op"; text: string };

const WORD =
  /^(?:'(?:[^']|'')+'!|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*!)?[$A-Za-z_\u00C0-\u024F][\w.$\u00C0-\u024F]*(?::\$?[A-Za-z]{1,3}\$?\d+)?/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const OPERATORS = ["<=", ">=", "<>", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", "(", ")", ",", ";", "{", "}"];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = rest[0] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let value = "";
      let j = 1;
      for (;;) {
        if (j >= rest.length) throw new FormulaSyntaxError("a text in quotes is not closed");
        if (rest[j] === '"') {
          if (rest[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += rest[j];
        j++;
      }
      tokens.push({ type: "string", value });
      i += j + 1;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ type: "word", text: word[0] });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (!op) throw new FormulaSyntaxError(`unexpected "${ch}"`);
    tokens.push({ type: "op", text: op });
    i += op.length;
  }
  return tokens;
}

const PRECEDENCE: Record<BinaryOp, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.expression(0);
    if (this.position < this.tokens.length) throw new FormulaSyntaxError("unexpected text after the formula");
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token?.type === "op" && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new FormulaSyntaxError(`"${text}" expected`);
    this.position++;
  }

  private expression(minPrecedence: number): Node {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token?.type !== "op" || !(token.text in PRECEDENCE)) return left;
      const op = token.text as BinaryOp;
      const precedence = PRECEDENCE[op];
      if (precedence <= minPrecedence) return left;
      this.position++;
      // Every binary operator groups left to right in Excel, "^" too: =2^3^2 is (2^3)^2 = 64.
      const right = this.expression(precedence);
      left = { kind: "binary", op, left, right };
    }
  }

  private unary(): Node {
    if (this.isOp("-") || this.isOp("+")) {
      const op = (this.tokens[this.position++] as { text: "-" | "+" }).text;
      return { kind: "unary", op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp("%")) {
      this.position++;
      node = { kind: "percent", arg: node };
    }
    return node;
  }

  private primary(): Node {
    const token = this.peek();
    if (!token) throw new FormulaSyntaxError("the formula ends too early");
    this.position++;
    if (token.type === "number") return { kind: "number", value: token.value };
    if (token.type === "string") return { kind: "string", value: token.value };
    if (token.type === "op") {
      if (token.text === "(") {
        const inner = this.expression(0);
        this.expect(")");
        return inner;
      }
      if (token.text === "{") return this.array();
      throw new FormulaSyntaxError(`unexpected "${token.text}"`);
    }
    if (this.isOp("(")) {
      this.position++;
      return { kind: "call", name: token.text.toUpperCase(), args: this.arguments() };
    }
    const upper = token.text.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
    const range = parseRange(token.text);
    if (range) return { kind: "range", range };
    return { kind: "name", name: token.text };
  }

  private arguments(): (Node | null)[] {
    const args: (Node | null)[] = [];
    if (this.isOp(")")) {
      this.position++;
      return args;
    }
    for (;;) {
      if (this.isOp(",") || this.isOp(";") || this.isOp(")")) args.push(null);
      else args.push(this.expression(0));
      if (this.isOp(")")) {
        this.position++;
        return args;
      }
      if (this.isOp(",") || this.isOp(";")) this.position++;
      else throw new FormulaSyntaxError('"," or ")" expected');
    }
  }

  private array(): Node {
    const rows: Node[][] = [[]];
    for (;;) {
      (rows[rows.length - 1] as Node[]).push(this.unary());
      if (this.isOp("}")) {
        this.position++;
        break;
      }
      if (this.isOp(",")) this.position++;
      else if (this.isOp(";")) {
        this.position++;
        rows.push([]);
      } else throw new FormulaSyntaxError('"," ";" or "}" expected in an array constant');
    }
    if (rows.some((row) => row.length !== (rows[0] as Node[]).length))
      throw new FormulaSyntaxError("the rows of an array constant differ in length");
    return { kind: "array", rows };
  }
}

/** Parses a formula text with or without its leading "=". */
export function parseFormula(text: string): Node {
  const body = text.startsWith("=") ? text.slice(1) : text;
  return new Parser(tokenize(body)).parse();
}
