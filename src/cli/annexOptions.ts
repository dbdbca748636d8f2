/** The annex command's options that take a value (src/cli/args.ts reads them from here; apart from annexCommand.ts, which imports args.ts). */
export const ANNEX_VALUED = ["scenario", "unit", "decimals", "municipality"];
