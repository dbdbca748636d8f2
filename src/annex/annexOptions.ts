/** The annex command's options that take a value (src/cli/args.ts reads them from here). */
export const ANNEX_VALUED = ["scenario", "unit", "decimals", "municipality"];
