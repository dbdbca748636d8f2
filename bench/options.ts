import type { GroupId } from "./results";

export const GROUPS: readonly GroupId[] = ["B1", "worst", "limit", "B2", "B3", "B4", "memory", "playground"];

export interface Options {
  mode: "quick" | "default" | "full";
  groups: GroupId[];
  /** Internal: run this one group in this process and write its result to `out`. */
  group: GroupId | null;
  out: string | null;
  /** Rewrite the table in BENCHMARKS.md and bench/latest.json from this run. */
  updateDocs: boolean;
  /** Before each group, wait up to this many seconds for the 1-minute load to fall below 1. */
  waitQuiet: number;
}

export const USAGE = `npm run bench -- [--quick | --full] [--only=B1,worst,limit,B2,B3,B4,memory,playground] [--update-docs] [--wait-quiet=SECONDS]
  --quick        smaller sizes and 5 runs per case, for a check while working (about a minute)
  --full         every weight/holds variant also at N = 1e6 (several minutes more)
  --only=…       run only these groups
  --update-docs  write the table into BENCHMARKS.md and the JSON into bench/latest.json
  --wait-quiet=S wait up to S seconds before each group for the machine's load to drop`;

function isGroup(value: string): value is GroupId {
  return (GROUPS as readonly string[]).includes(value);
}

export function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    mode: "default",
    groups: [...GROUPS],
    group: null,
    out: null,
    updateDocs: false,
    waitQuiet: 0,
  };
  for (const arg of argv) {
    const [flag, value = ""] = arg.split("=", 2) as [string, string?];
    if (flag === "--quick") options.mode = "quick";
    else if (flag === "--full") options.mode = "full";
    else if (flag === "--update-docs") options.updateDocs = true;
    else if (flag === "--wait-quiet") options.waitQuiet = Number(value) || 0;
    else if (flag === "--out") options.out = value;
    else if (flag === "--group" && isGroup(value)) options.group = value;
    else if (flag === "--only") {
      const wanted = value.split(",").map((g) => g.trim());
      const unknown = wanted.filter((g) => !isGroup(g));
      if (unknown.length > 0) throw new Error(`unknown group ${unknown.join(", ")}\n${USAGE}`);
      options.groups = wanted.filter(isGroup);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

/** Flags a group's child process gets: the same mode. */
export function childArgs(options: Options): string[] {
  return options.mode === "default" ? [] : [`--${options.mode}`];
}
