/** The command line of `npm run workbooks -- <command> ...`: positionals and --options, nothing more. */
import { ANNEX_VALUED } from "./annexOptions";

export interface ParsedArgs {
  command: string;
  positionals: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Options that take a value; all others are flags. */
const VALUED = new Set(["out", "into", "central", "departments", "language", ...ANNEX_VALUED]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command = "help", ...rest] = argv;
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!VALUED.has(name)) {
      options.set(name, true);
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value.`);
    options.set(name, value);
  }
  return { command, positionals, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

export function requireOption(args: ParsedArgs, name: string, example: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(`${args.command} needs --${name}, e.g. ${example}.`);
  return value;
}

export function checkKnown(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys())
    if (!known.includes(name)) throw new UsageError(`${args.command} does not know --${name}.`);
}
